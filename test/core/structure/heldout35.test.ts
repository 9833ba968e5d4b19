// Rules found by held-out round 35 (p151: a list exported as UTF-8 CSV and opened in Danish Excel
// as Windows-1252, "SÃ¸ren KjÃ¦r"; p152: a pasted screenshot of the plan and checklist answers only
// in a picture), each on a probe built here — workbooks written by SheetJS or by the accuracy
// corpus's hand-built package writer — never the round's plans.

import * as XLSX from 'xlsx';
import { inspectBytes, inspectGrid } from '../../../core/inspect';
import { hasLostLetters, recodedText } from '../../../core/mojibake';
import { matchListValue } from '../../../core/normalize';
import { visibleGrid } from '../../../core/visible';
import { readWorkbook } from '../../../core/xlsx';
import { toXlsx } from '../../accuracy/build/xlsx';
import { tableScreenshot } from '../../accuracy/build/png';
import { WorkbookModel, type AnchorPoint } from '../../accuracy/build/model';
import { SEED_QUESTIONS } from '../../accuracy/plans/checklist-seed';
import { mojibake } from '../../accuracy/plans/p151-koebenhavn-mojibake-utf8-laest-som-cp1252';
import { readGridFromExcel } from '../../../addin/src/office/read';
import { fakeFromGrid } from '../../addin/support/fakeExcel';

const TODAY = '2026-12-05';

/** A workbook written by SheetJS: a cover and a plan sheet of these rows. */
function sheetjs(rows: readonly (readonly (string | number)[])[]): Uint8Array {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    wb,
    XLSX.utils.aoa_to_sheet([
      ['Kommune', 'Vejle'],
      ['Periode', '1. halvår 2027'],
    ]),
    'Forside',
  );
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows.map((r) => [...r])), 'Eksport');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}

const HEADER = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'];
const PLAN: readonly (readonly string[])[] = [
  ['Ledelse', 'Styregruppemøde om mål og målgruppe', 'Søren Kjær', 'marts 2027', 'Igangværende'],
  ['Opfølgning på dokumentation', 'Registrering af forløb', 'Åse Brøndum', 'uge 6–8 2027', 'Ikke påbegyndt'],
  ['Kommunikation', 'Café-møde for forældre', 'Aylin Özkan', 'februar–marts 2027', 'Færdig'],
];

const read = (bytes: Uint8Array) => inspectBytes(bytes, { today: TODAY });
const values = (r: ReturnType<typeof read>) => r.structure.draft.activities.map((a) => a.values);

describe('text saved as UTF-8 and read as Windows-1252 (core/mojibake.ts, core/visible.ts)', () => {
  test('a damaged text written in decomposed form ("A" + tilde for "Ã") is composed, then turned back', () => {
    const rows = [HEADER, ...PLAN].map((r) => r.map((t) => mojibake(t).normalize('NFD')));
    expect(rows.some((r) => r.some((t) => t.includes('A\u0303')))).toBe(true);
    expect(values(read(sheetjs(rows)))).toEqual(values(read(sheetjs([HEADER, ...PLAN]))));
  });

  test('a plan whose every text is double-encoded reads as the plan itself, one check a sheet', () => {
    const plain = read(sheetjs([HEADER, ...PLAN]));
    const damaged = read(sheetjs([HEADER.map(mojibake), ...PLAN.map((r) => r.map(mojibake))]));
    expect(values(plain).map((v) => v.responsible)).toEqual(['Søren Kjær', 'Åse Brøndum', 'Aylin Özkan']);
    expect(values(damaged)).toEqual(values(plain));
    const checks = (damaged.checks ?? []).filter((c) => c.field === 'recodedText');
    expect(checks.map((c) => `${c.sheet}!${c.cell}`)).toEqual(['Eksport!B2']);
    expect(checks[0]?.reason.da).toContain('Styregruppemøde');
    expect((plain.checks ?? []).some((c) => c.field === 'recodedText')).toBe(false);
  });

  test('the repair is exact and only where the whole text turns back', () => {
    expect(recodedText(mojibake('SØREN KJÆR – uge 6\u00a02027 ÅÆØ é Ö'))).toBe(
      'SØREN KJÆR – uge 6\u00a02027 ÅÆØ é Ö',
    );
    // A real "ø" beside a double-encoded "æ": not the one damage throughout; left as written.
    expect(recodedText('Søren KjÃ¦r')).toBeUndefined();
    // "Ã" before a plain letter, a French "â": no UTF-8 sequence.
    expect(recodedText('Ãrhus')).toBeUndefined();
    expect(recodedText('pâté')).toBeUndefined();
    expect(recodedText('Styregruppemøde')).toBeUndefined();
    // Bytes that are UTF-8 but decode to a control character are no better text.
    expect(recodedText('Â\u0085')).toBeUndefined();
    // No-break spaces typed between damaged words after the damage: each word turns back.
    expect(recodedText('SÃ¸ren\u00a0KjÃ¦r\u202fog\u00a0Ã…se')).toBe('Søren\u00a0Kjær\u202fog\u00a0Åse');
    expect(recodedText('Søren\u00a0KjÃ¦r')).toBeUndefined();
  });

  test('a plain plan is not read again: its grid comes back as read (the byte pre-check)', () => {
    const plain = readWorkbook(sheetjs([HEADER, ...PLAN]));
    expect(visibleGrid(plain)).toBe(plain);
    const damaged = readWorkbook(sheetjs([HEADER, ...PLAN.map((r) => r.map(mojibake))]));
    expect(visibleGrid(damaged)).not.toBe(damaged);
  });

  test('the open workbook (the add-in) reads double-encoded texts the same way', async () => {
    const fromFile = readWorkbook(sheetjs([HEADER, ...PLAN.map((r) => r.map(mojibake))]));
    const inExcel = await readGridFromExcel(fakeFromGrid(fromFile).context(), { supports: () => true });
    const r = inspectGrid(inExcel, { today: TODAY });
    expect(r.structure.draft.activities.map((a) => a.values.responsible)).toEqual([
      'Søren Kjær',
      'Åse Brøndum',
      'Aylin Özkan',
    ]);
  });
});

describe('text that lost letters (U+FFFD)', () => {
  const lostText = (s: string): string =>
    [...s].map((ch) => (ch.charCodeAt(0) > 0x7f ? '\ufffd' : ch)).join('');

  test('a list value is read where only one value fits the lost letters', () => {
    expect(hasLostLetters(lostText('Opfølgning på dokumentation'))).toBe(true);
    expect(matchListValue('theme', lostText('Opfølgning på dokumentation'))).toBe('documentation');
    expect(matchListValue('status', lostText('Gennemført'))).toBe('done');
    // Four lost letters: too many readings to trust.
    expect(matchListValue('theme', 'Opf\ufffd\ufffd\ufffd\ufffdgning')).toBeUndefined();
  });

  test('each such cell is checked; the text is kept as written', () => {
    const r = read(
      sheetjs([
        HEADER,
        ['Ledelse', 'Styregruppemøde', lostText('Mads Brændgaard'), 'marts 2027', 'I gang'],
        [lostText('Opfølgning på dokumentation'), 'Registrering', 'Tove Holm', 'maj 2027', 'I gang'],
      ]),
    );
    expect(values(r).map((v) => v.responsible)).toEqual(['Mads Br\ufffdndgaard', 'Tove Holm']);
    expect(values(r)[1]?.theme).toBe('documentation');
    const lost = (r.checks ?? []).filter((c) => c.field === 'lostLetters').map((c) => `${c.sheet}!${c.cell}`);
    expect(lost).toEqual(['Eksport!C2', 'Eksport!A3']);
  });
});

// --- Pictures on a sheet (GridSheet.pictures, layoutChecks.ts pictureChecks) --------------------

const PX = 9525;
const pt = (cell: string, dx = 0, dy = 0): AnchorPoint => ({ cell, dx: dx * PX, dy: dy * PX });

/** A hand-built workbook: a cover, a plan of two rows under a picture's edge, a checklist with L4–L8 in a picture. */
function withPictures(logoOnly = false): Uint8Array {
  const wb = new WorkbookModel();
  wb.sheet('Forside').row('A1', ['Kommune', 'Vejle']).row('A2', ['Periode', '1. halvår 2027']);
  const s = wb.sheet('Plan');
  s.set('A1', 'Se billedet – ny plan nedenfor');
  s.pictures.push(
    logoOnly
      ? { name: 'Logo', from: pt('F1'), to: pt('G2'), png: tableScreenshot(40, 20, 1, [0, 0, 128]) }
      : {
          name: 'Billede 3',
          from: pt('A2', 3, 3),
          to: pt('E9', 0, 8),
          png: tableScreenshot(120, 60, 6, [217, 225, 242]),
        },
  );
  s.row('A8', ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status']);
  s.row('A9', ['Ledelse', 'Styregruppemøde', 'Bo Holm', '31-03-2027', 'I gang']);
  s.row('A10', ['Kommunikation', 'Nyhedsbrev', 'Eva Dam', '30-04-2027', 'Ikke startet']);
  const t = wb.sheet('Tjekliste');
  t.row('A1', ['Nr.', 'Spørgsmål', 'Svar']);
  SEED_QUESTIONS.forEach(([id, q], i) => t.row(`A${2 + i}`, [id, q, i < 10 ? 'Ja' : '']));
  if (!logoOnly)
    t.pictures.push({
      name: 'Svar marts',
      from: pt('C12'),
      to: pt('E17'),
      png: tableScreenshot(60, 60, 5, [255, 255, 255]),
    });
  return toXlsx(wb);
}

describe('pictures on a sheet', () => {
  test('the file gives each picture with its cells', () => {
    const grid = readWorkbook(withPictures());
    expect(grid.sheets.find((s) => s.name === 'Plan')?.pictures).toEqual([
      { name: 'Billede 3', r: 1, c: 0, r2: 8, c2: 4 },
    ]);
  });

  test('a picture big enough to show a table is checked at its anchor cell; the cells under it are read', () => {
    const r = read(withPictures());
    const pics = (r.checks ?? []).filter((c) => c.field === 'picture');
    expect(pics.map((c) => `${c.sheet}!${c.cell} ${c.value}`)).toEqual([
      'Plan!A2 Billede 3',
      'Tjekliste!C12 Svar marts',
    ]);
    expect(pics[1]?.reason.da).toContain('C12:E17');
    expect(r.structure.draft.activities.map((a) => a.values.activity)).toEqual([
      'Styregruppemøde',
      'Nyhedsbrev',
    ]);
    // Nothing invented from the picture: L4–L8 unanswered.
    const unanswered = r.structure.draft.checklist.filter((a) => a.answer === null).map((a) => a.id);
    expect(unanswered.filter((id) => id !== 'L9')).toEqual(['L4', 'L5', 'L6', 'L7', 'L8']);
  });

  test('a logo is no picture of a table: no check', () => {
    const r = read(withPictures(true));
    expect((r.checks ?? []).some((c) => c.field === 'picture')).toBe(false);
  });

  test('the open workbook lists the pictures by name and, where answers are missing, says so at A1', async () => {
    const fromFile = readWorkbook(withPictures());
    const inExcel = await readGridFromExcel(fakeFromGrid(fromFile).context(), { supports: () => true });
    expect(inExcel.sheets.every((s) => s.pictures === undefined)).toBe(true);
    const r = inspectGrid(inExcel, { today: TODAY });
    const pics = (r.checks ?? []).filter((c) => c.field === 'picture').map((c) => `${c.sheet}!${c.cell}`);
    expect(pics).toEqual(['Plan!A1', 'Tjekliste!A1']);
  });
});
