// Habits found by the second held-out round of the accuracy corpus (p32–p37): which sheets and
// tables are the plan, and how a careful reader takes what a coordinator wrote beside it.

import { structure } from '../../../core/structure';
import { gridOf } from './grid-builder';

const PLAN_HEADER = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'];
const planRows = (who: string): (string | number)[][] => [
  PLAN_HEADER,
  ['Ledelse', 'Styregruppemøde om planen', who, '31.03.2027', 'I gang'],
  ['Kommunikation', 'Nyhedsbrev til medarbejdere', who, '30.04.2027', 'Ikke startet'],
];

describe('a count by theme beside the plan is no plan', () => {
  test('"Tema | Antal aktiviteter | Heraf færdige | Ansvarlig" adds no activities, and its cells are listed', () => {
    const r = structure(
      gridOf(
        {
          name: 'Overblik',
          rows: [
            ['Tema', 'Antal aktiviteter', 'Heraf færdige', 'Ansvarlig'],
            ['Ledelse', 1, 1, 'Søren Boll'],
            ['Kommunikation', 2, 1, 'Maja Kjær'],
            ['Opkvalificering', 1, 0, 'Maja Kjær'],
          ],
        },
        { name: 'Aktiviteter', rows: planRows('Maja Kjær') },
      ),
    );
    expect(r.draft.activities.map((a) => `${a.source.sheet}!${a.source.row}`)).toEqual([
      'Aktiviteter!2',
      'Aktiviteter!3',
    ]);
    expect(r.unmapped.filter((u) => u.sheet === 'Overblik').map((u) => u.cell)).toContain('B3');
  });

  test("a column headed by the activity's own label keeps its numbered rows", () => {
    const r = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Tema', 'Aktivitet', 'Ansvarlig'],
          ['Ledelse', '1', 'Søren Boll'],
          ['Kommunikation', '2', 'Maja Kjær'],
        ],
      }),
    );
    expect(r.draft.activities.map((a) => a.values.activity)).toEqual(['1', '2']);
  });
});
