// CPR door, round 15 (test/fixtures/cprRound15.ts) in the add-in: what the pane judges is what the
// Office layer reads (addin/src/office/read.ts), not the file's bytes. A text shown through its
// number format's text section (`0;0;0;"010190-"@` on the text 1234 shows 010190-1234) is judged as
// shown in the file (round 14), so the pane must read that format too — with ExcelApi 1.9 (formats
// by area) and without (formats with the values). Controls: a text cell under `@`, a number under a
// phone number's format.

import { readGridFromExcel } from '../../../addin/src/office/read';
import { inspectGrid } from '../../../core/inspect';
import { FakeExcel } from '../support/fakeExcel';

const all = (_set: string, _version: string) => true;
const valuesOnly = (set: string, version: string) => !(set === 'ExcelApi' && version === '1.9');

function plan(formats: Record<string, string>): FakeExcel {
  return new FakeExcel({
    sheets: [
      {
        name: 'Deltagere',
        rows: [
          ['Kommune:', 'Aarhus'],
          ['Periode:', '2026-H2'],
          [],
          ['Tidsplan', 'Aktivitet', 'Ansvarlig', 'Status', 'Note'],
          ['uge 12 2026', 'Kick-off', 'Mette', 'I gang', '1234'],
          ['uge 14 2026', 'Uddannelse', 'Lars', 'I gang', 12345678],
        ],
        formats,
      },
    ],
  });
}

const cprCells = async (excel: FakeExcel, supports: typeof all) => {
  const grid = await readGridFromExcel(excel.context(), { supports });
  return inspectGrid(grid, { today: '2026-10-01' })
    .issues.filter((i) => i.code === 'cpr_number')
    .map((i) => `${i.sheet}!${i.cell}`);
};

test.each([
  ['with ExcelApi 1.9', all],
  ['without ExcelApi 1.9', valuesOnly],
])('a text shown through its format as a CPR number is named at its cell (%s)', async (_what, supports) => {
  expect(await cprCells(plan({ E5: '0;0;0;"010190-"@' }), supports)).toEqual(['Deltagere!E5']);
});

test.each([
  ['with ExcelApi 1.9', all],
  ['without ExcelApi 1.9', valuesOnly],
])('controls: a text under @ and a phone number in pairs are no CPR number (%s)', async (_what, supports) => {
  expect(await cprCells(plan({ E5: '@', E6: '00 00 00 00' }), supports)).toEqual([]);
});
