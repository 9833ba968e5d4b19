// The indicator catalogue in the template's dropdown: coordinators choose an indicator by its name in
// the workbook's language ("Aktive mentorforløb"), never by a code; the plan keeps the code behind it.
// The template is read with SheetJS (not our reader); a plan written by our writer and one made by
// SheetJS are read back by the intake.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { colName } from '../../core/grid';
import { inspectBytes } from '../../core/inspect';
import { draftFromPlan } from '../../core/plan';
import {
  INDICATORS,
  INDICATORS_SHEET,
  LANGS,
  LISTS_SHEET,
  type ColumnSpec,
  type Lang,
} from '../../core/spec';
import { TEMPLATE_FILES, writeStructured } from '../../workbook/template';
import { validPlan } from '../addin/support/plans';

const root = join(__dirname, '..', '..');
const codeColumn = (INDICATORS_SHEET.columns as readonly ColumnSpec[]).findIndex((c) => c.catalogue);

/** The data validation of the catalogue column on the indicators sheet, from the sheet's XML. */
function catalogueValidation(bytes: Uint8Array, lang: Lang): string {
  const book = XLSX.read(bytes, { type: 'array', bookSheets: true });
  const index = book.SheetNames.indexOf(INDICATORS_SHEET.sheet[lang]);
  const xml = strFromU8(unzipSync(bytes)[`xl/worksheets/sheet${index + 1}.xml`]!);
  const letter = colName(codeColumn);
  const dv = [...xml.matchAll(/<dataValidation ([^>]*)>\s*<formula1>([^<]*)<\/formula1>/g)].find((m) =>
    new RegExp(`sqref="${letter}\\d+:${letter}\\d+"`).test(m[1]!),
  );
  if (!dv) throw new Error(`no dropdown on column ${letter}`);
  expect(dv[1]).toContain('type="list"');
  return dv[2]!;
}

describe.each(LANGS)('the %s template', (lang) => {
  const bytes = new Uint8Array(readFileSync(join(root, TEMPLATE_FILES[lang])));

  test('offers the catalogue indicators by their names in the workbook language, not by code', () => {
    const source = catalogueValidation(bytes, lang);
    const m = /^'?([^'!]+)'?!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(source);
    expect(m?.[1]).toBe(LISTS_SHEET[lang]);
    const book = XLSX.read(bytes, { type: 'array' });
    const lists = book.Sheets[LISTS_SHEET[lang]]!;
    const offered: unknown[] = [];
    for (let r = Number(m![3]); r <= Number(m![5]); r++)
      offered.push((lists[`${m![2]}${r}`] as XLSX.CellObject | undefined)?.v);
    expect(offered).toEqual(INDICATORS.map((i) => i.label[lang]));
    for (const i of INDICATORS) expect(offered).not.toContain(i.code);
  });

  test('names the column and its prompt for what it holds', () => {
    const book = XLSX.read(bytes, { type: 'array' });
    const sheet = book.Sheets[INDICATORS_SHEET.sheet[lang]]!;
    const header = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 })[2] ?? [];
    expect(header[codeColumn]).toBe(INDICATORS_SHEET.columns[codeColumn]!.label[lang]);
    expect(header[codeColumn]).not.toMatch(/^(kode|code)$/i);
  });
});

describe('a plan with catalogue indicators', () => {
  const plan = validPlan({
    indicators: INDICATORS.slice(0, 3).map((i, k) => ({
      code: i.code,
      name: i.label.da,
      unit: i.unit,
      result: 10 + k,
    })),
  });

  test.each(LANGS)('written in %s shows the names and is read back as the codes', async (lang) => {
    const bytes = await writeStructured(lang, { draft: draftFromPlan(plan) });
    const book = XLSX.read(bytes, { type: 'array' });
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[INDICATORS_SHEET.sheet[lang]]!, {
      header: 1,
    });
    const shown = rows.slice(3, 6).map((r) => r[codeColumn]);
    expect(shown).toEqual(INDICATORS.slice(0, 3).map((i) => i.label[lang]));
    const read = inspectBytes(bytes, { today: '2026-09-01' });
    expect(read.plan?.indicators.map((i) => i.code)).toEqual(INDICATORS.slice(0, 3).map((i) => i.code));
  });

  test('made by another tool with names in Danish, in English and a code, reads as the codes', () => {
    const header = INDICATORS_SHEET.columns.map((c) => c.label.da);
    const at = (field: string) => INDICATORS_SHEET.columns.findIndex((c) => c.field === field);
    const row = (code: string, result: number) => {
      const r: unknown[] = header.map(() => null);
      r[codeColumn] = code;
      r[at('result')] = result;
      return r;
    };
    const [a, b, c] = INDICATORS;
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([
        ['Implementeringsplan Aarhus 2026-H2'],
        ['Kommune', 'Aarhus'],
        ['Periode', '2026-H2'],
      ]),
      'Forside',
    );
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([header, row(a!.label.da, 4), row(b!.label.en, 5), row(c!.code, 6)]),
      'Indikatorer',
    );
    const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const read = inspectBytes(bytes, { today: '2026-09-01' });
    const indicators = read.structure.draft.indicators.map((r) => r.values);
    expect(indicators.map((i) => i.code)).toEqual([a!.code, b!.code, c!.code]);
    expect(indicators.map((i) => i.result)).toEqual([4, 5, 6]);
  });
});
