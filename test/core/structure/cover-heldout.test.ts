// Cover habits of the held-out workbooks p38–p42 (test/accuracy/plans).

import { structure } from '../../../core/structure';
import { gridOf } from './grid-builder';

describe('the leader labelled "Ledelse"', () => {
  it('reads "Ledelse | Henrik Dahl" on a cover as the leader', () => {
    const r = structure(
      gridOf(
        {
          name: 'Forside',
          rows: [
            ['Kommune', 'Kalundborg'],
            ['Koordinator', 'Louise Brandt'],
            ['Ledelse', 'Henrik Dahl'],
          ],
        },
        {
          name: 'Plan',
          rows: [
            ['Tema', 'Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
            ['Ledelse', 'Ledergruppen følger op', 'Henrik Dahl', '25.09.2026', 'I gang'],
          ],
        },
      ),
    );
    expect(r.draft.leader).toEqual({ name: 'Henrik Dahl' });
    expect(r.draft.activities.map((a) => a.values.theme)).toEqual(['leadership']);
  });

  it('leaves a plan\'s "Ledelse" theme heading a theme, not a leader', () => {
    const r = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Aktivitet', 'Ansvarlig', 'Deadline', 'Status'],
          ['Ledelse'],
          ['Ledergruppen følger op', 'Henrik Dahl', '25.09.2026', 'I gang'],
        ],
      }),
    );
    expect(r.draft.leader).toBeUndefined();
    expect(r.draft.activities.map((a) => a.values.theme)).toEqual(['leadership']);
  });
});
