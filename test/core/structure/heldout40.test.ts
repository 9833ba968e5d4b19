// Rules found by held-out round 40 (p161–p162: finished and dropped activities moved under banner
// rows of their own; a "Gentages" column with recurring activities that have no deadline), each on
// a probe of one habit built here with SheetJS, never the round's plans.

import * as XLSX from 'xlsx';
import { checkedAt, COVER, inspectSheetjs, type Inspected } from '../../fixtures/sheetjs';

const activitiesOf = (r: Inspected) => r.structure.draft.activities;
const statuses = (r: Inspected) =>
  activitiesOf(r).map((a) => `${a.values.activity ?? '—'}:${a.values.status ?? '—'}`);

/** A sheet of these rows with the one-cell rows at `banners` (0-based) merged across `width` columns. */
function withBanners(
  rows: readonly (readonly unknown[])[],
  banners: readonly number[],
  width: number,
): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet(rows.map((row) => [...row]));
  ws['!merges'] = banners.map((r) => ({ s: { r, c: 0 }, e: { r, c: width - 1 } }));
  return ws;
}

// --- Finished and dropped activities moved under a banner ---------------------------------------

const HEAD = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status', 'Bemærkning'];
const RUNNING = [
  ['Ledelse', 'Styregruppemøde', 'Anne Lund', '15.03.2027', 'I gang'],
  ['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', '31.03.2027', 'Ikke startet'],
];

describe('a banner row inside the table that names a stage', () => {
  test('the rows moved under "FÆRDIGE AKTIVITETER" are done, under "DROPPET" closed, each checked', () => {
    const ws = withBanners(
      [
        HEAD,
        ...RUNNING,
        ['FÆRDIGE AKTIVITETER'],
        ['Opkvalificering', 'LAT-kursus', 'Bo Kjær', '15.01.2027'],
        ['Inddragelse', 'Forældrecafé', 'Anne Lund', '20.01.2027', 'I gang', 'Holdt'],
        ['DROPPET'],
        ['Kommunikation', 'Plakatkampagne', 'Bo Kjær', '28.02.2027', '', 'For få tilmeldte'],
      ],
      [3, 6],
      6,
    );
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', ws],
    ]);
    expect(statuses(r)).toEqual([
      'Styregruppemøde:in_progress',
      'Nyhedsbrev:not_started',
      'LAT-kursus:done',
      'Forældrecafé:done',
      'Plakatkampagne:closed',
    ]);
    // The cleared cells: at the banner; the old "I gang" left in the cell: at the cell.
    expect(checkedAt(r, 'Plan', 'A4')).toBe(true);
    expect(checkedAt(r, 'Plan', 'E6')).toBe(true);
    expect(checkedAt(r, 'Plan', 'A7')).toBe(true);
  });

  test('a banner spaced otherwise (a no-break space, a double space, a line break) is the same stage', () => {
    for (const banner of ['Færdige\u00a0aktiviteter', 'Færdige  aktiviteter', 'Færdige\naktiviteter']) {
      const ws = withBanners(
        [HEAD, ...RUNNING, [banner], ['Opkvalificering', 'LAT-kursus', 'Bo Kjær', '15.01.2027']],
        [3],
        6,
      );
      const r = inspectSheetjs([
        ['Forside', COVER],
        ['Plan', ws],
      ]);
      expect(statuses(r)).toEqual([
        'Styregruppemøde:in_progress',
        'Nyhedsbrev:not_started',
        'LAT-kursus:done',
      ]);
    }
  });

  test('a banner that names no stage gives no status, and a theme heading ends the stage', () => {
    const ws = withBanners(
      [
        HEAD,
        ...RUNNING,
        ['Øvrige aktiviteter'],
        ['Opkvalificering', 'LAT-kursus', 'Bo Kjær', '15.01.2027'],
        ['Færdige'],
        ['Inddragelse', 'Forældrecafé', 'Anne Lund', '20.01.2027'],
        ['Evaluering og tilpasning'],
        ['Evaluering og tilpasning', 'Evalueringsmøde', 'Anne Lund', '15.06.2027'],
      ],
      [3, 5, 7],
      6,
    );
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', ws],
    ]);
    expect(statuses(r)).toEqual([
      'Styregruppemøde:in_progress',
      'Nyhedsbrev:not_started',
      'LAT-kursus:—',
      'Forældrecafé:done',
      'Evalueringsmøde:—',
    ]);
  });
});

// --- A recurrence column --------------------------------------------------------------------------

const REC_HEAD = ['Tema', 'Aktivitet', 'Ansvarlig', 'Gentages', 'Frist', 'Status'];
const when = (r: Inspected) =>
  activitiesOf(r).map(
    (a) => `${a.values.activity ?? '—'}:${a.values.start ?? '—'}..${a.values.deadline ?? '—'}`,
  );

describe('a "Gentages" column: recurring activities without a deadline of their own', () => {
  test('run through the reporting half-year, from where the recurrence says, checked at it', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [
          REC_HEAD,
          ['Arbejdsproces og kultur', 'Netværksmøde', 'Anne Lund', 'hver måned', '', 'I gang'],
          ['Opkvalificering', 'Supervision', 'Bo Kjær', 'hver 2. uge fra uge 10', '', 'Ikke startet'],
          ['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', 'månedligt fra april', '–', 'Ikke startet'],
          ['Ledelse', 'Styregruppemøde', 'Anne Lund', 'Nej', '15.03.2027', 'I gang'],
          ['Inddragelse', 'Åbent hus', 'Anne Lund', 'hver uge', '30.04.2027', 'I gang'],
          ['Evaluering og tilpasning', 'Evalueringsmøde', 'Anne Lund', '1 gang', '', 'Ikke startet'],
          ['Inddragelse', 'Forældrecafé', 'Bo Kjær', 'hver måned fra februar til april', '', 'I gang'],
          ['Opkvalificering', 'Sparring', 'Bo Kjær', 'hver uge indtil uge 20', '', 'I gang'],
        ],
      ],
    ]);
    expect(when(r)).toEqual([
      'Netværksmøde:—..2027-06-30',
      'Supervision:2027-03-08..2027-06-30',
      'Nyhedsbrev:2027-04-01..2027-06-30',
      'Styregruppemøde:—..2027-03-15',
      'Åbent hus:—..2027-04-30',
      'Evalueringsmøde:—..—',
      'Forældrecafé:2027-02-01..2027-04-30',
      'Sparring:—..2027-05-23',
    ]);
    expect(checkedAt(r, 'Plan', 'D2')).toBe(true);
    expect(checkedAt(r, 'Plan', 'D3')).toBe(true);
    expect(checkedAt(r, 'Plan', 'D4')).toBe(true);
  });

  test('no recurrence column, or a time of its own that reads as no date: nothing is made up', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Bemærkning', 'Frist', 'Status'],
          ['Arbejdsproces og kultur', 'Netværksmøde', 'Anne Lund', 'hver måned', '', 'I gang'],
        ],
      ],
      [
        'Plan 2',
        [REC_HEAD, ['Arbejdsproces og kultur', 'Sparring', 'Anne Lund', 'hver måned', 'efterår', 'I gang']],
      ],
    ]);
    expect(when(r)).toEqual(['Netværksmøde:—..—', 'Sparring:—..—']);
  });
});
