// A plan kept as forms (a block of "Aktivitet:", "Tema:", "Frist:" … rows per activity, on one sheet
// or a sheet each) gives activities but no plan table: the activity rules check them as they check
// a table's rows. Before, they ran only where a plan table was found, so a form without a deadline
// or a milestone went unremarked. Workbooks written by SheetJS.

import { COVER, inspectSheetjs } from '../../fixtures/sheetjs';

const block = (akt: string, tema: string, who: string, frist: string, status: string): string[][] => [
  ['Aktivitet:', akt],
  ['Tema:', tema],
  ['Ansvarlig:', who],
  ['Frist:', frist],
  ['Status:', status],
  [],
];

const FORMS = [
  ['Handleplan 2027'],
  [],
  ...block('Opstartsmøde i styregruppen', 'Ledelse', 'Mette Krogh', '01.03.2027', 'I gang'),
  ...block('Nyhedsbrev til medarbejderne', 'Kommunikation', '', '15.04.2027', 'Ikke startet'),
  ...block('Temadag for korpset', 'Opkvalificering', 'Lars Holm', '', 'Ikke startet'),
];

const codesAt = (r: ReturnType<typeof inspectSheetjs>, cell: string): string[] =>
  r.issues.filter((i) => i.sheet === 'Handleplan' && i.cell === cell).map((i) => i.code);

test("each form's activity is checked by the activity rules", () => {
  const r = inspectSheetjs([
    ['Forside', COVER],
    ['Handleplan', FORMS],
  ]);
  expect(r.structure.draft.activities.map((a) => a.values.activity)).toEqual([
    'Opstartsmøde i styregruppen',
    'Nyhedsbrev til medarbejderne',
    'Temadag for korpset',
  ]);
  // The second form names no one responsible (B11), the third no deadline (B18): each said at the
  // form's own line; every form has no milestone, said at its activity.
  expect(codesAt(r, 'B11')).toEqual(['required_missing']);
  expect(codesAt(r, 'B18')).toEqual(['required_missing']);
  expect(['A3', 'A9', 'A15'].map((cell) => codesAt(r, cell))).toEqual([
    ['milestone_missing'],
    ['milestone_missing'],
    ['milestone_missing'],
  ]);
  expect(r.issues.some((i) => i.code === 'plan_table_missing')).toBe(false);
  // A form has lines, not columns: the message says where the value goes as the form shows it.
  const missing = r.issues.find((i) => i.cell === 'B11');
  expect(missing?.message.da).toContain("mangler en værdi ud for 'Ansvarlig'");
  expect(missing?.message.en).toContain("has no value beside 'Responsible'");
});

test('a table row still hears of its column', () => {
  const r = inspectSheetjs([
    ['Forside', COVER],
    [
      'Plan',
      [
        ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline'],
        ['Ledelse', 'Styregruppemøde', '', '01.03.2027'],
      ],
    ],
  ]);
  const missing = r.issues.find((i) => i.sheet === 'Plan' && i.cell === 'C2');
  expect(missing?.message.da).toContain("mangler en værdi i kolonnen 'Ansvarlig'");
});
