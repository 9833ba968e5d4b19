// What other programs write wrongly into a package, read as the writer meant it, with a check for
// the coordinator: R's openxlsx (loadWorkbook + saveWorkbook) keeps a SheetJS date cell's ISO text in
// a number cell, and writes a sheet name's & bare in xl/workbook.xml. Both had refused the whole
// file as damaged (the corpus re-saved by openxlsx: p05, p27, p34, p40, p67 and p73 read nothing).

import ExcelJS from 'exceljs';
import { RefusalError } from '../../../core/codes';
import { inspectBytes } from '../../../core/inspect';
import { readWorkbook } from '../../../core/xlsx';
import { buildZip, workbookParts, workbookZip, worksheet } from '../../fixtures/hostile';
import { patched, text, written } from './workbooks';

const TODAY = '2026-12-05';

function refusalCode(bytes: Uint8Array): string {
  try {
    readWorkbook(bytes);
  } catch (err) {
    if (err instanceof RefusalError) return err.code;
    throw err;
  }
  return 'accepted';
}

/** A small plan whose start and deadline are date cells (dd-mm-yyyy), as Excel writes them. */
async function datedPlan(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const cover = wb.addWorksheet('Forside');
  cover.addRow(['Kommune', 'Guldborgsund Kommune']);
  cover.addRow(['Halvår', '1. halvår 2027']);
  const ws = wb.addWorksheet('Handleplan');
  ws.addRow(['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Frist', 'Status']);
  const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
  ws.addRow(['Ledelse', 'Styregruppemøde', 'Lone Mortensen', day('2027-01-04'), day('2027-01-22'), 'I gang']);
  ws.addRow([
    'Kommunikation',
    'Pjece til forældre',
    'Hans Krog',
    day('2027-02-01'),
    day('2027-03-15'),
    'Ikke startet',
  ]);
  ws.addRow([
    'Opkvalificering',
    'Uddanne mentorer',
    'Lone Mortensen',
    day('2027-03-01'),
    day('2027-04-30'),
    'I gang',
  ]);
  ws.getColumn(4).numFmt = 'dd-mm-yyyy';
  ws.getColumn(5).numFmt = 'dd-mm-yyyy';
  return written(wb);
}

/** The plan as openxlsx re-saves a SheetJS date cell: the number cell holds the day's ISO text. */
function withTextDates(bytes: Uint8Array, cells: Readonly<Record<string, string>>): Uint8Array {
  return patched(bytes, (parts) => {
    let xml = text(parts, 'xl/worksheets/sheet2.xml');
    for (const [ref, iso] of Object.entries(cells)) {
      const cell = new RegExp(`<c r="${ref}"( s="\\d+")?( t="n")?><v>[0-9.]+</v></c>`);
      if (!cell.test(xml)) throw new Error(`no date cell ${ref}`);
      xml = xml.replace(cell, `<c r="${ref}"$1 t="n"><v>${iso}</v></c>`);
    }
    parts.set('xl/worksheets/sheet2.xml', xml);
  });
}

describe('a date written as ISO text in a number cell (R openxlsx re-saving a SheetJS date cell)', () => {
  test('is read as that day, with a check at the cell saying the program stored it as text', async () => {
    const bytes = withTextDates(await datedPlan(), {
      D2: '2027-01-04T00:00:00.000Z',
      E2: '2027-01-22T00:00:00.000Z',
      E3: '2027-03-15',
    });
    const r = inspectBytes(bytes, { today: TODAY });
    const rows = r.structure.draft.activities.map((a) => [a.values.start, a.values.deadline]);
    expect(rows).toEqual([
      ['2027-01-04', '2027-01-22'],
      ['2027-02-01', '2027-03-15'],
      ['2027-03-01', '2027-04-30'],
    ]);
    const checks = (r.checks ?? []).filter((c) => c.field === 'textDate');
    expect(checks.map((c) => [`${c.sheet}!${c.cell}`, c.value])).toEqual([
      ['Handleplan!D2', '2027-01-04'],
      ['Handleplan!E2', '2027-01-22'],
      ['Handleplan!E3', '2027-03-15'],
    ]);
    expect(checks[0]?.reason.da).toMatch(/gemt som tekst .* i en talcelle/);
    expect(checks[0]?.reason.en).toMatch(/stored as text .* in a number cell/);
  });

  test('the same plan as Excel writes it has no such check', async () => {
    const r = inspectBytes(await datedPlan(), { today: TODAY });
    expect((r.checks ?? []).filter((c) => c.field === 'textDate')).toEqual([]);
    expect(r.grid.sheets.every((s) => s.textDates === undefined)).toBe(true);
  });

  test('a number cell holding other text is still refused as damaged', () => {
    const sheet = (v: string): Uint8Array =>
      workbookZip({
        sheets: [{ name: 'Ark1', xml: worksheet(`<row r="1"><c r="A1" t="n"><v>${v}</v></c></row>`) }],
      });
    expect(refusalCode(sheet('4. januar 2027'))).toBe('xml_invalid');
    expect(refusalCode(sheet('2027-13-45'))).toBe('xml_invalid');
    expect(refusalCode(sheet('2027-01-04'))).toBe('accepted');
  });

  test('a day out of range is no date, in a number cell or a date cell (t="d"): refused, not moved to another day', () => {
    const cell = (t: string, v: string): Uint8Array =>
      workbookZip({
        sheets: [{ name: 'Ark1', xml: worksheet(`<row r="1"><c r="A1" t="${t}"><v>${v}</v></c></row>`) }],
      });
    expect(refusalCode(cell('d', '2027-02-30'))).toBe('xml_invalid');
    expect(refusalCode(cell('d', '2027-01-04T25:00:00'))).toBe('xml_invalid');
    expect(refusalCode(cell('n', '2027-02-30T00:00:00.000Z'))).toBe('xml_invalid');
    expect(refusalCode(cell('d', '2028-02-29'))).toBe('accepted');
  });
});

describe('a bare & in a part (openxlsx writes a sheet name "Arbejdsproces & kultur" so)', () => {
  const items = workbookParts({
    sheets: [
      {
        name: 'Forside',
        xml: worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Plan</t></is></c></row>'),
      },
      {
        name: 'Arbejdsproces & kultur',
        xml: worksheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Tema</t></is></c></row>'),
      },
    ],
  });
  const bare = buildZip(
    items.map((i) =>
      i.name === 'xl/workbook.xml' && typeof i.data === 'string'
        ? { ...i, data: i.data.replace('&amp;', '&') }
        : i,
    ),
  );

  test('the & is read as the character, and the coordinator is told the file is not valid', () => {
    const r = inspectBytes(bare, { today: TODAY });
    expect(r.grid.sheets.map((s) => s.name)).toEqual(['Forside', 'Arbejdsproces & kultur']);
    expect(r.grid.bareAmpersands).toEqual(['xl/workbook.xml']);
    const file = (r.checks ?? []).filter((c) => c.field === 'fileSyntax');
    expect(file).toHaveLength(1);
    expect(file[0]?.reason.da).toMatch(/xl\/workbook\.xml har et &-tegn/);
    expect(file[0]?.reason.en).toMatch(/xl\/workbook\.xml has an &/);
  });

  test('written as &amp; (Excel, and every other program) there is no such check', () => {
    const r = inspectBytes(buildZip(items), { today: TODAY });
    expect(r.grid.sheets.map((s) => s.name)).toEqual(['Forside', 'Arbejdsproces & kultur']);
    expect(r.grid.bareAmpersands).toBeUndefined();
    expect((r.checks ?? []).filter((c) => c.field === 'fileSyntax')).toEqual([]);
  });
});

describe('an inline text that begins with its element\'s xml:space attribute (openxlsx re-saving <t xml:space="preserve">)', () => {
  const inline = (ref: string, text: string, slip: boolean): string =>
    `<c r="${ref}" t="inlineStr"><is><t>${slip ? 'xml:space="preserve">' : ''}${text}</t></is></c>`;
  /** A plan of inline texts; `slipped`: the cells openxlsx wrote with the attribute in their text. */
  const plan = (slipped: readonly string[]): Uint8Array => {
    const row = (r: number, cells: readonly string[]): string =>
      `<row r="${r}">${cells.map((t, i) => inline(`${'ABCD'[i]}${r}`, t, slipped.includes(`${'ABCD'[i]}${r}`))).join('')}</row>`;
    return workbookZip({
      sheets: [
        {
          name: 'Forside',
          xml: worksheet(row(1, ['Kommune', 'Guldborgsund Kommune']) + row(2, ['Halvår', '1. halvår 2027'])),
        },
        {
          name: 'Handleplan',
          xml: worksheet(
            row(1, ['Tema', 'Aktivitet', 'Ansvarlig', 'Status']) +
              row(2, ['Ledelse', 'Styregruppemøde', 'Lone Mortensen', 'I gang']) +
              row(3, ['Kommunikation', 'Pjece til forældre', 'Hans Krog', 'Ikke startet']),
          ),
        },
      ],
    });
  };
  const read = (bytes: Uint8Array) => {
    const r = inspectBytes(bytes, { today: TODAY });
    return {
      rows: r.structure.draft.activities.map((a) => [
        a.values.activity,
        a.values.responsible,
        a.values.status,
      ]),
      checks: (r.checks ?? []).filter((c) => c.field === 'markupText').map((c) => `${c.sheet}!${c.cell}`),
      reasons: (r.checks ?? []).filter((c) => c.field === 'markupText').map((c) => c.reason),
      municipality: r.structure.draft.municipality?.name,
    };
  };

  test('is read without it, with a check at each such cell', () => {
    const clean = read(plan([]));
    // On both sheets: the cover's values, a header, an activity, a responsible and a status.
    const slipped = read(plan(['B1', 'B2', 'C3', 'D2']));
    expect(clean.rows).toHaveLength(2);
    expect(slipped.rows).toEqual(clean.rows);
    expect(clean.municipality).toBe('Guldborgsund');
    expect(slipped.municipality).toBe('Guldborgsund');
    expect(slipped.checks).toEqual([
      'Forside!B1',
      'Forside!B2',
      'Handleplan!B1',
      'Handleplan!B2',
      'Handleplan!D2',
      'Handleplan!C3',
    ]);
    expect(slipped.reasons[0]?.da).toMatch(/begynder med xml:space="preserve">/);
    expect(slipped.reasons[0]?.en).toMatch(/begins with xml:space="preserve">/);
  });

  test('the same plan without the slip has no such check', () => {
    expect(read(plan([])).checks).toEqual([]);
  });
});

describe("a control character's escape written out as text (LibreOffice or XlsxWriter re-saving PowerPoint's line break)", () => {
  // A text pasted from PowerPoint holds its soft line break, U+000B, which a package carries as
  // `_x000B_`. LibreOffice and XlsxWriter write such a text with the escape escaped,
  // `_x005F_x000B_`: the cell now holds the seven letters `_x000B_` between the words.
  async function pastedPlan(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const cover = wb.addWorksheet('Forside');
    cover.addRow(['Kommune', 'Guldborgsund Kommune']);
    const ws = wb.addWorksheet('Handleplan');
    ws.addRow(['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status']);
    ws.addRow(['Ledelse', 'Styregruppemøde om§korpsets mål', 'Lone Mortensen', '22.01.2027', 'I gang']);
    ws.addRow(['Kommunikation', 'Pjece til forældre', 'Hans Krog', '15.03.2027', 'Ikke startet']);
    return patched(await written(wb), (parts) => {
      const name = [...parts.keys()].find(
        (p) => /sharedStrings|sheet2/.test(p) && text(parts, p).includes('§'),
      );
      if (name === undefined) throw new Error('no part with the text');
      parts.set(name, text(parts, name).replace('§', '_x005F_x000B_'));
    });
  }

  test('is read as the character, with a check at the cell, where the code still shows', async () => {
    const r = inspectBytes(await pastedPlan(), { today: TODAY });
    // The line break as PowerPoint put it (the original's own reading), not the code's letters.
    expect(r.structure.draft.activities.map((a) => a.values.activity)).toEqual([
      'Styregruppemøde om\u000bkorpsets mål',
      'Pjece til forældre',
    ]);
    const checks = (r.checks ?? []).filter((c) => c.field === 'markupText');
    expect(checks.map((c) => [`${c.sheet}!${c.cell}`, c.value])).toEqual([['Handleplan!B2', '_x000B_']]);
    expect(checks[0]?.reason.da).toMatch(/_x000B_.*Erstat _x000B_/);
    expect(checks[0]?.reason.en).toMatch(/_x000B_.*Replace _x000B_/);
  });

  test('an escape of a character XML can carry (_x0041_, "A") written out is left as the text it is', async () => {
    const bytes = patched(await pastedPlan(), (parts) => {
      for (const p of parts.keys())
        if (typeof parts.get(p) === 'string' || p.endsWith('.xml')) {
          const t = text(parts, p);
          if (t.includes('_x005F_x000B_')) parts.set(p, t.replace('_x005F_x000B_', ' _x005F_x0041_ '));
        }
    });
    const r = inspectBytes(bytes, { today: TODAY });
    expect(r.structure.draft.activities[0]?.values.activity).toBe('Styregruppemøde om _x0041_ korpsets mål');
    expect((r.checks ?? []).filter((c) => c.field === 'markupText')).toEqual([]);
  });
});
