// Sixth held-out round (p53–p57): readings a careful human gives that the first reader missed.

import { structure } from '../../../core/structure';
import { withoutOwnLabel } from '../../../core/structure/activities';
import { gridOf, type In } from './grid-builder';

const HEADER = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'];

function plan(rows: readonly (readonly In[])[]) {
  return structure(gridOf({ name: 'Plan', rows: [HEADER, ...rows] }));
}

describe("a cell pasted from Word repeats its column's name on a line above the value", () => {
  it('the label line of the same field is dropped ("Ansvarlig:⏎Lars Holt")', () => {
    const result = plan([
      ['Ledelse', 'Aktivitet:\nStyregruppemøde', 'Ansvarlig:\nLars Holt', '01-03-2027', 'I gang'],
      ['Kommunikation', 'Nyhedsbrev', 'Ansvarlig:\nMette Lund', '01-04-2027', 'I gang'],
    ]);
    expect(result.draft.activities.map((a) => [a.values.activity, a.values.responsible])).toEqual([
      ['Styregruppemøde', 'Lars Holt'],
      ['Nyhedsbrev', 'Mette Lund'],
    ]);
  });

  it("another field's label, a label with no value under it, or a text with a colon stays whole", () => {
    expect(withoutOwnLabel('Tema:\nLars Holt', 'responsible')).toBe('Tema:\nLars Holt');
    expect(withoutOwnLabel('Ansvarlig:', 'responsible')).toBe('Ansvarlig:');
    expect(withoutOwnLabel('Ansvarlig:\n', 'responsible')).toBe('Ansvarlig:\n');
    expect(withoutOwnLabel('Møde om dagsorden:\nbudget og mål', 'activity')).toBe(
      'Møde om dagsorden:\nbudget og mål',
    );
    expect(withoutOwnLabel('Ansvarlig:\nLars Holt', 'responsible')).toBe('Lars Holt');
  });
});
