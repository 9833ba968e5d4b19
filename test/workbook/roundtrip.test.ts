// Round trips through the template layout: a filled template gives back the same plan, and a
// structured messy workbook gives back the same plan with nothing unmapped.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { draftFromPlan } from '../../core/plan';
import { inspectBytes } from '../../core/inspect';
import type { Plan } from '../../core/schema';
import { writeStructured } from '../../workbook/template';
import { generatePlan, makeRng, pickMunicipalities } from '../fixtures/plans';
import { englishHeadings, planAndChecklistOnOneSheet } from '../fixtures/messy';
import { main } from '../../cli/main';
import ExcelJS from 'exceljs';

const TODAY = '2026-11-23';

function withoutSource(plan: Plan): unknown {
  return { ...plan, activities: plan.activities.map(({ source: _source, ...rest }) => rest) };
}

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'korpsplan', ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

describe('a filled template', () => {
  const municipalities = pickMunicipalities(7, 4);
  it.each(municipalities.flatMap((m, i) => [[m.name, 'da', i] as const, [m.name, 'en', i] as const]))(
    'for %s (%s) reads back as the same plan',
    async (_name, lang, i) => {
      const plan = generatePlan(makeRng(100 + i), municipalities[i]!);
      const bytes = await writeStructured(lang, { draft: draftFromPlan(plan) });
      const result = inspectBytes(bytes, { today: TODAY });
      expect(result.unmapped).toEqual([]);
      expect(result.issues.filter((x) => x.severity === 'error')).toEqual([]);
      expect(result.plan).not.toBeNull();
      expect(withoutSource(result.plan!)).toEqual(withoutSource(plan));
      // Activities point at their rows in the template's plan sheet.
      expect(result.plan!.activities.map((a) => a.source.row)).toEqual(plan.activities.map((_, k) => k + 4));
    },
  );
});

describe('korpsplan structure on a messy workbook', () => {
  const dir = mkdtempSync(join(tmpdir(), 'korpsplan-roundtrip-'));

  it.each([
    ['englishHeadings', englishHeadings],
    ['planAndChecklistOnOneSheet', planAndChecklistOnOneSheet],
  ] as const)(
    '%s: the structured workbook inspects to the same plan with no unmapped values',
    async (name, build) => {
      const input = join(dir, `${name}.xlsx`);
      const output = join(dir, `${name}.structured.xlsx`);
      writeFileSync(input, await build());

      const before = await cli('inspect', input, '--json', '--today', TODAY, '--period', '2026-H2');
      const original = JSON.parse(before.stdout) as { plan: Plan | null; unmapped: unknown[] };

      const structured = await cli('structure', input, '-o', output, '--today', TODAY, '--period', '2026-H2');
      expect(structured.stderr).toBe('');
      expect(structured.code).toBe(before.code);

      const after = await cli('inspect', output, '--json', '--today', TODAY);
      const again = JSON.parse(after.stdout) as { plan: Plan | null; unmapped: unknown[] };
      expect(again.unmapped).toEqual([]);
      expect(again.plan).not.toBeNull();
      expect(withoutSource(again.plan!)).toEqual(withoutSource(original.plan!));

      // The original sheets are kept beside the template, with their values.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(new Uint8Array(readFileSync(output)).buffer);
      const originals = wb.worksheets.filter((s) => s.name.startsWith('Original - '));
      expect(originals.length).toBeGreaterThan(0);
    },
  );

  it('carries a municipality it could not recognise over as typed, so the coordinator can correct it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ark1');
    ws.getCell('A1').value = 'Kommune';
    // No municipality is near this name ("Vejlle" would now be read as Vejle, with a check).
    ws.getCell('B1').value = 'Springfield';
    ws.getCell('A3').value = 'Aktivitet';
    ws.getCell('B3').value = 'Ansvarlig';
    ws.getCell('A4').value = 'Styregruppemøde';
    ws.getCell('B4').value = 'Koordinator';
    const input = join(dir, 'unknown-municipality.xlsx');
    const output = join(dir, 'unknown-municipality.structured.xlsx');
    writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
    await cli('structure', input, '-o', output, '--today', TODAY);
    const after = inspectBytes(new Uint8Array(readFileSync(output)), { today: TODAY });
    const unknown = after.issues.find((i) => i.code === 'municipality_unknown');
    expect(unknown).toMatchObject({ sheet: 'Forside', cell: 'B3' });
    expect(unknown?.message.da).toContain('Springfield');
  });
});

describe('a template filled in by hand', () => {
  it('keeps rows typed under a table that the editor did not grow (LibreOffice, scripts)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      new Uint8Array(readFileSync(join(__dirname, '..', '..', 'templates', 'Implementeringsplan.xlsx')))
        .buffer,
    );
    const front = wb.getWorksheet('Forside')!;
    front.getCell('B3').value = 'Aarhus';
    front.getCell('B4').value = '2026-H2';
    front.getCell('B5').value = 'Indledende implementering';
    const plan = wb.getWorksheet('Implementeringsplan')!;
    const rows = [
      [
        '15-09-2026',
        'Ledelse',
        'Styregruppemøde om opstart',
        'Referat godkendt',
        'Afdelingsleder',
        'Gennemført',
      ],
      [
        'uge 44 2026',
        'Kommunikation',
        'Nyhedsbrev til samarbejdspartnere',
        'Udsendt',
        'Koordinator',
        'I gang',
      ],
      ['december 2026', 'Opkvalificering', 'Temadag om LAT-metoden', 'Alle deltaget', 'NCFE', 'Ikke startet'],
    ];
    // The template's table covers header and one row (A3:I4); rows 5 and 6 lie below it.
    rows.forEach((row, i) => row.forEach((v, c) => (plan.getCell(4 + i, 2 + c).value = v)));
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const result = inspectBytes(bytes, { today: TODAY });
    expect(result.unmapped).toEqual([]);
    expect(result.plan?.activities.map((a) => [a.activity, a.deadline, a.source.row])).toEqual([
      ['Styregruppemøde om opstart', '2026-09-15', 4],
      ['Nyhedsbrev til samarbejdspartnere', '2026-11-01', 5],
      ['Temadag om LAT-metoden', '2026-12-31', 6],
    ]);
  });
});
