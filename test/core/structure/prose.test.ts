// A plan kept as prose in one column: one activity a cell under theme headings (prose.ts).

import { structure } from '../../../core/structure';
import { proseLine } from '../../../core/structure/prose';
import { gridOf } from './grid-builder';

describe('a plan kept as lines of prose', () => {
  it('splits a line into time, activity, responsible and status', () => {
    expect(
      proseLine('• senest 31/1: Styregruppemøde om korpsets mål (ansvar: Lars Holt) – afsluttet'),
    ).toEqual({
      when: 'senest 31/1',
      activity: 'Styregruppemøde om korpsets mål',
      responsible: 'Lars Holt',
      status: 'afsluttet',
    });
    // A dash inside the activity is no status; a line with neither a responsible nor a status is none.
    expect(proseLine('- marts: Møde med PPR – og skolerne (ansvar: MK)')).toEqual({
      when: 'marts',
      activity: 'Møde med PPR – og skolerne',
      responsible: 'MK',
    });
    expect(proseLine('Bemærk: alle møder holdes på rådhuset')).toBeUndefined();
    expect(proseLine('Husk: ring til Lars (ansvar: MK) – i gang')).toBeUndefined();
  });

  it('reads each line as an activity, the theme from the heading above, every place the line', () => {
    const result = structure(
      gridOf({
        name: 'Plan 2027',
        rows: [
          ['Implementeringsplan 2027'],
          [],
          ['LEDELSE'],
          ['• senest 31/1: Styregruppemøde om korpsets mål (ansvar: Lars Holt) – afsluttet'],
          ['• ultimo juni: Beslutning om forankring (ansvar: Lars Holt) – ikke startet'],
          [],
          ['KOMMUNIKATION'],
          ['• marts: Nyhed på intranettet (ansvar: Helle Winther) – i gang'],
        ],
      }),
    );
    expect(
      result.draft.activities.map((a) => [
        a.source.row,
        a.values.theme,
        a.values.activity,
        a.values.responsible,
        a.values.status,
        a.values.start ?? null,
        a.values.deadline,
        a.cells.deadline,
      ]),
    ).toEqual([
      [4, 'leadership', 'Styregruppemøde om korpsets mål', 'Lars Holt', 'done', null, '2027-01-31', 'A4'],
      [5, 'leadership', 'Beslutning om forankring', 'Lars Holt', 'not_started', null, '2027-06-30', 'A5'],
      [8, 'communication', 'Nyhed på intranettet', 'Helle Winther', 'in_progress', null, '2027-03-31', 'A8'],
    ]);
    expect(result.draft.activities[0]?.cells.theme).toBe('A3');
    // Every line and heading is used; only the title (which gives no cover fact) is left.
    expect(result.unmapped.map((u) => u.cell)).toEqual(['A1']);
  });

  it('two lines are no plan: they stay listed as not placed', () => {
    const result = structure(
      gridOf({
        name: 'Noter',
        rows: [
          ['• senest 31/1: Styregruppemøde (ansvar: Lars Holt) – afsluttet'],
          ['• marts: Nyhed på intranettet (ansvar: Helle Winther) – i gang'],
        ],
      }),
    );
    expect(result.draft.activities).toEqual([]);
    expect(result.unmapped.map((u) => u.cell)).toEqual(['A1', 'A2']);
  });
});
