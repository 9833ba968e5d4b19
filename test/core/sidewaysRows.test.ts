// An activity of a plan laid on its side (one column per activity, core/structure/sideways.ts) is
// known by its cell, the row and column of its text: every activity's text stands in the same row,
// so whatever finds a row by its row number alone — a correction in the pane, the issue an
// activity's message names, the place shown in the CLI's report and in the corps summary — finds it
// by its cell (a month calendar's activities, several to a row, likewise).

import { applyCorrections, NO_CORRECTIONS } from '../../core/corrections';
import { sourceHolds, sourceKey, sourceText, sourceWhere } from '../../core/draft';
import { issueTarget, placementChoices, rowViews } from '../../addin/src/ui/corrections';
import { inspectSheet } from '../fixtures/sheetjs';

const r = inspectSheet('Plan', [
  ['Aktivitet', 'Styregruppemøde', 'Forældrepanel', 'LAT-kursus', ''],
  ['Tema', 'Ledelse', 'Inddragelse', 'Opkvalificering', 'Ledelse'],
  ['Ansvarlig', 'Per Lund', 'Ida Berg', 'Ida Berg', 'Per Lund'],
  ['Frist', '15.03.2027', '30.04.2027', '21.05.2027', '01.06.2027'],
  ['Status', 'I gang', 'Ikke startet', 'Gennemført', 'Ikke startet'],
]);
const draft = r.structure.draft;
const byCol = (d: typeof draft, col: number) =>
  d.activities.find((a) => a.source.sheet === 'Plan' && a.source.col === col);

test('the probe is read on its side: four activities, all with their text row 1', () => {
  expect(draft.activities.map((a) => [a.source.row, a.source.col])).toEqual([
    [1, 2],
    [1, 3],
    [1, 4],
    [1, 5],
  ]);
});

test("a correction of an activity's text changes that activity, not the first with the same row", () => {
  const out = applyCorrections(r.structure, {
    ...NO_CORRECTIONS,
    values: [{ sheet: 'Plan', cell: 'D1', field: 'activities.activity', value: 'LAT-kursus for mentorer' }],
  });
  expect(out.unapplied).toEqual([]);
  expect(byCol(out.draft, 4)?.values.activity).toBe('LAT-kursus for mentorer');
  expect(byCol(out.draft, 2)?.values.activity).toBe('Styregruppemøde');
});

test("a correction in an activity's column where it has no value yet lands in that activity", () => {
  const out = applyCorrections(r.structure, {
    ...NO_CORRECTIONS,
    values: [{ sheet: 'Plan', cell: 'E1', field: 'activities.activity', value: 'Evalueringsmøde' }],
  });
  expect(out.unapplied).toEqual([]);
  expect(byCol(out.draft, 5)?.values.activity).toBe('Evalueringsmøde');
  expect(byCol(out.draft, 2)?.values.activity).toBe('Styregruppemøde');
});

test('the message about an activity without text names its cell, not the shared row', () => {
  const missing = r.issues.find((i) => i.code === 'required_missing' && i.cell === 'E1');
  expect(missing?.message.da).toContain('Aktiviteten i celle E1');
  expect(missing?.message.en).toContain('The activity in cell E1');
  expect(missing?.message.da).not.toContain('række 1');
});

test("the pane finds the issue's activity by its cell, and lists each activity once", () => {
  const missing = r.issues.find((i) => i.code === 'required_missing' && i.cell === 'E1');
  expect(missing && issueTarget(missing, draft)).toMatchObject({ cell: 'E1', field: 'activities.activity' });
  const views = rowViews(draft, 'activities', 'da');
  expect(new Set(views.map((v) => v.key)).size).toBe(4);
  expect(views.map((v) => v.label)).toEqual([
    'Plan celle B1: Styregruppemøde',
    'Plan celle C1: Forældrepanel',
    'Plan celle D1: LAT-kursus',
    'Plan celle E1: ',
  ]);
  // A value of an activity's field placed by the pane lands in that activity (its deadline's cell).
  const placed = applyCorrections(r.structure, {
    ...NO_CORRECTIONS,
    values: [{ sheet: 'Plan', cell: 'C4', field: 'activities.deadline', value: '01.05.2027' }],
  });
  expect(byCol(placed.draft, 3)?.values.deadline).toBe('2027-05-01');
  expect(byCol(placed.draft, 2)?.values.deadline).toBe('2027-03-15');
  // A value in the activities' shared row is offered to the activities' fields.
  expect(placementChoices(draft, { sheet: 'Plan', cell: 'C1' }, 'da').map((c) => c.value)).toContain(
    'activities.activity',
  );
});

test('where a row came from, said and keyed', () => {
  const upright = { sheet: 'Plan', row: 5 };
  const onSide = { sheet: 'Plan', row: 1, col: 4 };
  expect(sourceText(upright)).toBe('Plan!5');
  expect(sourceText(onSide)).toBe('Plan!D1');
  expect(sourceText(onSide, false)).toBe('D1');
  expect(sourceWhere(onSide)).toEqual({ da: 'celle D1', en: 'cell D1' });
  expect(sourceWhere(upright)).toEqual({ da: 'række 5', en: 'row 5' });
  expect(sourceKey(onSide)).not.toBe(sourceKey({ ...onSide, col: 5 }));
  expect(sourceHolds(onSide, 0, 3)).toBe(true);
  expect(sourceHolds(onSide, 8, 3)).toBe(false);
  expect(sourceHolds(onSide, 0, 1)).toBe(false);
  expect(sourceHolds(upright, 4, 9)).toBe(true);
});
