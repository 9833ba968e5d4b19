// A plan written as a table in Word and pasted into Excel: label lines inside the cells.

import { structure } from '../../../core/structure';
import { responsibleLine } from '../../../core/structure/activities';
import { gridOf } from './grid-builder';

describe('a table pasted from Word', () => {
  it('splits "Ansvarlig: name" on a line of its own off the activity', () => {
    expect(responsibleLine('Artikel på intranettet\nAnsvarlig: Lars Holt\n')).toEqual({
      name: 'Lars Holt',
      rest: 'Artikel på intranettet',
    });
    // One line, or a label inside a sentence, is no such line.
    expect(responsibleLine('Ansvarlig: Lars Holt')).toBeUndefined();
    expect(responsibleLine('Møde om hvem der er ansvarlig: alle\nog hvornår')).toBeUndefined();
  });

  it('reads the activity and the responsible from the activity cell when no column gives one', () => {
    const result = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Tema', 'Aktivitet', 'Frist', 'Status'],
          ['Ledelse', 'Styregruppemøde\nAnsvarlig: Birgitte Winther', '20.08.2027', 'I gang'],
          ['Kommunikation', 'Artikel på intranettet\nAnsvarlig: Lars Holt\n', '15.09.2027', 'Ikke startet'],
          ['Kommunikation', 'Pjece til familier', '30.11.2027', 'Ikke startet'],
        ],
      }),
    );
    expect(
      result.draft.activities.map((a) => [
        a.values.activity,
        a.values.responsible ?? null,
        a.cells.responsible,
      ]),
    ).toEqual([
      ['Styregruppemøde', 'Birgitte Winther', 'B2'],
      ['Artikel på intranettet', 'Lars Holt', 'B3'],
      ['Pjece til familier', null, undefined],
    ]);
  });

  it('keeps the cell whole when a column gives the responsible', () => {
    const result = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
          ['Ledelse', 'Styregruppemøde\nAnsvarlig: Birgitte Winther', 'BW', '20.08.2027', 'I gang'],
          ['Ledelse', 'Ledermøde', 'BW', '27.08.2027', 'I gang'],
        ],
      }),
    );
    expect(result.draft.activities[0]?.values.responsible).toBe('BW');
  });
});
