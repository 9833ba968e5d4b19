// A task tool's export (Asana, Planner): a "Completed At" day means the task is done.

import { structure } from '../../../core/structure';
import { gridOf } from './grid-builder';

describe('a column of the day each task was finished', () => {
  it('a day under "Completed At" is done where no status is written; a written status is kept', () => {
    const result = structure(
      gridOf({
        name: 'Export',
        rows: [
          ['Name', 'Section/Column', 'Assignee', 'Completed At', 'Due Date', 'Fremdrift'],
          ['Kick-off', 'Ledelse', 'Torben Lund', '2027-01-14', '2027-01-15', ''],
          ['Nyhedsbrev', 'Kommunikation', 'Line Bech', '', '2027-02-01', 'I gang'],
          ['Møde', 'Kommunikation', 'Line Bech', '', '2027-03-01', 'Ikke startet'],
          ['Kursus', 'Opkvalificering', 'Sara Holm', '2027-02-20', '2027-03-26', 'I gang'],
        ],
      }),
    );
    expect(result.draft.activities.map((a) => [a.values.status ?? null, a.cells.status])).toEqual([
      ['done', 'D2'],
      ['in_progress', 'F3'],
      ['not_started', 'F4'],
      ['in_progress', 'F5'],
    ]);
  });

  it('a day under a header that may name the day planned ("Completion date", "Dato for afslutning") is no status', () => {
    for (const header of ['Completion date', 'Dato for afslutning', 'Færdigdato']) {
      const result = structure(
        gridOf({
          name: 'Export',
          rows: [
            ['Name', 'Section/Column', 'Assignee', header, 'Due Date'],
            ['Kick-off', 'Ledelse', 'Torben Lund', '2027-05-14', '2027-05-15'],
          ],
        }),
      );
      expect(result.draft.activities[0]?.values.status).toBeUndefined();
    }
  });
});
