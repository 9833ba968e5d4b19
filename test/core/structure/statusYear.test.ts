// A status column dated to a year before the plan's ("Status 2026" in a plan for 1. halvår 2027)
// holds last year's statuses. Beside a column that names the status now ("Fremdrift"), the reading
// took the dated one, silently, because its header without the year is the exact word "Status"
// (the metamorphic explorer, each corpus plan's "Status" header written as "Fremdrift": p49 read 3
// statuses wrong). The current column is the row's status whatever the order; a column a person
// mapped stays as they said. Probes written by SheetJS (plan period 1. halvår 2027).

import { inspectBytes } from '../../../core/inspect';
import { COVER, TODAY, inspectSheet, sheetjsBytes } from '../../fixtures/sheetjs';

const ROWS = [
  ['Kickoff', '31.01.2027', 'Gennemført', 'Ikke startet'],
  ['Infobrev', '28.02.2027', 'I gang', 'Ikke startet'],
];

function statuses(header: readonly string[], rows: readonly (readonly string[])[] = ROWS) {
  return inspectSheet('Plan', [header, ...rows]).structure.draft.activities.map((a) => [
    a.values.status,
    a.cells.status,
  ]);
}

test("the column naming the status now is read, not last year's beside it", () => {
  expect(statuses(['Aktivitet', 'Frist', 'Fremdrift', 'Status 2026'])).toEqual([
    ['done', 'C2'],
    ['in_progress', 'C3'],
  ]);
  // The old column first: the same.
  expect(
    statuses(
      ['Aktivitet', 'Frist', 'Status 2026', 'Fremdrift'],
      ROWS.map(([a, d, now, old]) => [a!, d!, old!, now!]),
    ),
  ).toEqual([
    ['done', 'D2'],
    ['in_progress', 'D3'],
  ]);
});

test("this year's status column stays the status; a status column of last year alone is read", () => {
  expect(statuses(['Aktivitet', 'Frist', 'Status 2027', 'Fremdrift'])).toEqual([
    ['done', 'C2'],
    ['in_progress', 'C3'],
  ]);
  expect(statuses(['Aktivitet', 'Frist', 'Status 2026', 'Bemærkning'])).toEqual([
    ['done', 'C2'],
    ['in_progress', 'C3'],
  ]);
});

test('a status column a person mapped stays theirs', () => {
  const bytes = sheetjsBytes([
    ['Forside', COVER],
    ['Plan', [['Aktivitet', 'Frist', 'Fremdrift', 'Status 2026'], ...ROWS]],
  ]);
  const r = inspectBytes(bytes, {
    today: TODAY,
    columnOverrides: [{ sheet: 'Plan', col: 3, field: 'status' }],
  });
  expect(r.structure.draft.activities.map((a) => a.values.status)).toEqual(['not_started', 'not_started']);
});
