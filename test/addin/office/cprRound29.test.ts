// CPR door, round 29 in the add-in: the pane judges what the Office layer reads
// (addin/src/office/read.ts), not the file's bytes. A CPR number in each place Office.js gives the
// pane — a value on a hidden sheet, in a hidden column, a formula's result, a number shown through
// its number format, a note's text — is named by sheet and cell, and nothing the inspection
// returns repeats it. Controls: the same places holding a date, an amount, a phone number.

import { readGridFromExcel } from '../../../addin/src/office/read';
import { inspectGrid } from '../../../core/inspect';
import { FakeExcel, type FakeSheetInit } from '../support/fakeExcel';

const PLAN: FakeSheetInit = {
  name: 'Plan',
  rows: [
    ['Kommune:', 'Aarhus'],
    ['Periode:', '2026-H2'],
    [],
    ['Tidsplan', 'Aktivitet', 'Ansvarlig', 'Status', 'Note'],
    ['uge 12 2026', 'Kick-off', 'Mette', 'I gang', 'Se noten'],
    ['uge 14 2026', 'Uddannelse', 'Lars', 'I gang', ''],
  ],
};

const inspected = async (sheets: readonly FakeSheetInit[]) => {
  const grid = await readGridFromExcel(new FakeExcel({ sheets }).context(), { supports: () => true });
  const r = inspectGrid(grid, { today: '2026-10-01' });
  return {
    cells: r.issues.filter((i) => i.code === 'cpr_number').map((i) => `${i.sheet}!${i.cell}`),
    json: JSON.stringify({ issues: r.issues, plan: r.plan, unmapped: r.unmapped }),
  };
};
const withNote = (E6: string | number, more: Partial<FakeSheetInit> = {}): FakeSheetInit => ({
  ...PLAN,
  rows: [...(PLAN.rows ?? []).slice(0, 5), ['uge 14 2026', 'Uddannelse', 'Lars', 'I gang', E6]],
  ...more,
});

test.each([
  [
    'a value on a hidden sheet',
    [PLAN, { name: 'Skjult', visibility: 'Hidden', rows: [['Borger 020691-2921']] }],
    'Skjult!A1',
    '020691-2921',
  ],
  [
    'a value on a very hidden sheet',
    [PLAN, { name: 'Skjult', visibility: 'VeryHidden', rows: [['', 'Id 030691-2922']] }],
    'Skjult!B1',
    '030691-2922',
  ],
  [
    'a value in a hidden column',
    [withNote('040691-2923', { hiddenColumns: [{ min: 4, max: 4 }] })],
    'Plan!E6',
    '040691-2923',
  ],
  ["a formula's result", [withNote('050691-2924', { formulas: ['E6'] })], 'Plan!E6', '050691-2924'],
  [
    'a number shown through its format',
    [withNote(601912925, { formats: { E6: '0000000000' } })],
    'Plan!E6',
    '0601912925',
  ],
  [
    'a number shown with a dash by its format',
    [withNote(701912926, { formats: { E6: '000000-0000' } })],
    'Plan!E6',
    '0701912926',
  ],
  [
    "a note's text",
    [{ ...PLAN, comments: [{ cell: 'E5', text: 'Borger 080691-2927' }] }],
    'Plan!E5',
    '080691-2927',
  ],
] as const)('%s is named at its cell, never repeated', async (_what, sheets, cell, written) => {
  const r = await inspected(sheets);
  expect(r.cells).toContain(cell);
  expect(r.json).not.toContain(written);
  expect(r.json).not.toContain(written.replace('-', ''));
});

test.each([
  [
    'a date on a hidden sheet',
    [PLAN, { name: 'Skjult', visibility: 'Hidden', rows: [['Møde 02.06.2026 kl. 12']] }],
  ],
  ['an amount in a hidden column', [withNote(1250000, { hiddenColumns: [{ min: 4, max: 4 }] })]],
  ['a phone number by its format', [withNote(12345678, { formats: { E6: '00 00 00 00' } })]],
  ["a formula's date", [withNote('01.06.2026', { formulas: ['E6'] })]],
] as const)('control: %s is no CPR number', async (_what, sheets) => {
  expect((await inspected(sheets as readonly FakeSheetInit[])).cells).toEqual([]);
});
