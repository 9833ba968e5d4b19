// POST /api/structure: the web page's way to the structured workbook. The coordinator's workbook in,
// the template layout out (with the originals kept), the coordinator's column corrections applied,
// nothing stored, and nothing personal passed through.

import { readWorkbook } from '../../core/xlsx';
import { inspectGrid } from '../../core/inspect';
import { XLSX_TYPE } from '../../functions/src/storage/submissions';
import * as messy from '../fixtures/messy';
import { bearer, startService, type TestService } from '../functions/harness';
import { CPR } from '../functions/fixtures';
import ExcelJS from 'exceljs';

let svc: TestService;

beforeAll(async () => {
  svc = await startService({ parts: { today: () => '2026-10-01' } });
});
afterAll(async () => {
  await svc.close();
});

async function structure(
  bytes: Uint8Array,
  headers: Record<string, string> = {},
  path = 'api/structure?lang=da',
) {
  return svc.call('structure', {
    path,
    body: bytes,
    headers: { 'content-type': XLSX_TYPE, ...bearer(await svc.token('coordinator:751')), ...headers },
  });
}

describe('POST /api/structure', () => {
  test('a messy workbook comes back in the template layout, its sheets kept as originals, and nothing is stored', async () => {
    const res = await structure(await messy.seedHeadingsUnderTitle());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX_TYPE);
    expect(res.headers.get('content-disposition')).toContain("filename*=UTF-8''Implementeringsplan");
    const grid = readWorkbook(new Uint8Array(res.bytes));
    const names = grid.sheets.map((s) => s.name);
    expect(names.slice(0, 8)).toEqual([
      'Forside',
      'Implementeringsplan',
      'Huskeliste',
      'Roller',
      'Korps',
      'Indikatorer',
      'Kommunikation',
      'Behovsanalyse',
    ]);
    expect(names.some((n) => n.startsWith('Original - '))).toBe(true);
    const again = inspectGrid(grid, { today: '2026-10-01' });
    expect(again.structure.draft.activities.length).toBeGreaterThan(0);
    expect(await svc.deps.submissions.history({})).toHaveLength(0);
  });

  test('in English when asked', async () => {
    const res = await structure(await messy.englishHeadings(), {}, 'api/structure?lang=en');
    expect(res.status).toBe(200);
    expect(readWorkbook(new Uint8Array(res.bytes)).sheets[0]?.name).toBe('Cover');
  });

  test('the coordinator’s column corrections are applied', async () => {
    const bytes = await messy.seedHeadingsUnderTitle();
    const plain = inspectGrid(readWorkbook(bytes), { today: '2026-10-01' });
    const table = plain.structure.tables.find((t) => t.key === 'activities')!;
    const milestone = table.columns.find((c) => c.field === 'milestone')!;
    const overrides = [{ sheet: table.sheet, col: milestone.col, field: null }];
    const res = await structure(bytes, {
      'x-korpsplan-column-overrides': encodeURIComponent(JSON.stringify(overrides)),
    });
    expect(res.status).toBe(200);
    const out = inspectGrid(readWorkbook(new Uint8Array(res.bytes)), { today: '2026-10-01' });
    expect(out.structure.draft.activities.every((a) => a.values.milestone === undefined)).toBe(true);
    expect(plain.structure.draft.activities.some((a) => a.values.milestone !== undefined)).toBe(true);
  });

  test('a malformed corrections header is a 400 in both languages', async () => {
    const res = await structure(await messy.seedHeadingsUnderTitle(), {
      'x-korpsplan-column-overrides': '%7Bnot json',
    });
    expect(res.status).toBe(400);
    expect(res.json<{ error: { code: string; message: { da: string; en: string } } }>().error.code).toBe(
      'bad_query',
    );
  });

  test('the pane’s corrections (cover, column, value) are in the structured workbook the service reads again', async () => {
    const bytes = await messy.seedHeadingsUnderTitle();
    const corrections = {
      cover: { phase: 'initial' },
      columns: [{ sheet: 'Ark1', col: 3, field: null }],
      values: [{ sheet: 'Ark1', cell: 'F6', field: 'activities.status', value: 'Gennemført' }],
      placed: [],
      dismissed: [],
    };
    const res = await structure(bytes, {
      'x-korpsplan-corrections': encodeURIComponent(JSON.stringify(corrections)),
    });
    expect(res.status).toBe(200);
    const out = inspectGrid(readWorkbook(new Uint8Array(res.bytes)), { today: '2026-10-01' });
    expect(out.structure.draft.phase).toBe('initial');
    expect(out.structure.draft.activities[1]?.values.status).toBe('done');
    expect(out.structure.draft.activities.every((a) => a.values.milestone === undefined)).toBe(true);
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('corrections that are malformed, too large or hold a CPR number are a 400 that never repeats the number', async () => {
    const bytes = await messy.seedHeadingsUnderTitle();
    const base = { cover: {}, columns: [], placed: [], dismissed: [] };
    const cpr = {
      ...base,
      values: [{ sheet: 'Ark1', cell: 'E5', field: 'activities.responsible', value: `Mette ${CPR}` }],
    };
    const cases = [
      encodeURIComponent(
        JSON.stringify({ ...base, values: [{ sheet: 'Ark1', cell: 'E5', field: 'colour', value: 'x' }] }),
      ),
      encodeURIComponent(JSON.stringify(cpr)),
      'x'.repeat(12_001),
    ];
    const messages: string[] = [];
    for (const header of cases) {
      const res = await structure(bytes, { 'x-korpsplan-corrections': header });
      expect(res.status).toBe(400);
      expect(res.text).not.toContain(CPR);
      messages.push(res.json<{ error: { message: { da: string } } }>().error.message.da);
    }
    expect(messages[1]).toMatch(/CPR-nummer/);
    expect(messages[2]).toMatch(/for stor/);
    expect(svc.logs.join('\n')).not.toContain(CPR);
  });

  test('signed out: 401; not a workbook: 415', async () => {
    const anonymous = await svc.call('structure', {
      path: 'api/structure',
      body: await messy.seedHeadingsUnderTitle(),
      headers: { 'content-type': XLSX_TYPE },
    });
    expect(anonymous.status).toBe(401);
    const pdf = await structure(new TextEncoder().encode('%PDF-1.7 not a workbook'));
    expect(pdf.status).toBe(415);
  });

  test('a workbook with a CPR number is refused with where it is, never the number', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Plan');
    ws.getCell('A1').value = 'Aktivitet';
    ws.getCell('A2').value = `Samtale med borger ${CPR}`;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const res = await structure(bytes);
    expect(res.status).toBe(422);
    const body = res.json<{ error: { code: string }; issues: { code: string; cell: string }[] }>();
    expect(body.error.code).toBe('cpr_found');
    expect(body.issues.every((i) => i.code === 'cpr_number')).toBe(true);
    expect(res.text).not.toContain(CPR);
    expect(svc.logs.join('\n')).not.toContain(CPR);
  });
});
