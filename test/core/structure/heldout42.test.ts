// Rules found by held-out round 42 (p165–p166: plans that carry their history — a status column per
// half-year to the right with one laid out ahead, "Oprindelig frist | Ny frist" with the new one
// mostly empty; a corrected row's old version struck through with the corrected copy under it), each
// on a probe of one habit built here (SheetJS, or a grid built by hand), never the round's plans.

import { structure } from '../../../core/structure';
import { checkedAt, COVER, inspectSheetjs, type Inspected } from '../../fixtures/sheetjs';
import { gridOf } from './grid-builder';

const read = (r: Inspected) =>
  r.structure.draft.activities.map(
    (a) => `${a.values.activity ?? '—'} | ${a.values.status ?? '—'} | ${a.values.deadline ?? '—'}`,
  );

const cover = (period: string): readonly (readonly [string, string])[] => [
  ...COVER.filter(([label]) => label !== 'Periode'),
  ['Periode', period],
];

describe('a status column per half-year, one laid out ahead of the period', () => {
  const rows = [
    [
      'Tema',
      'Aktivitet',
      'Ansvarlig',
      'Frist',
      'Status 1. halvår 2027',
      'Status 2. halvår 2027',
      'Status 1. halvår 2028',
    ],
    ['Ledelse', 'Styregruppemøde', 'Anne Lund', '15.05.2027', 'Ikke startet', 'I gang', 'Gennemført'],
    ['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', '31.03.2027', 'I gang', 'Gennemført', ''],
    ['Inddragelse', 'Forældrecafé', 'Bo Kjær', '20.01.2027', 'Gennemført', '', ''],
  ];

  test("the period's column is the latest: a status typed ahead in a later half-year's column is not read", () => {
    const r = inspectSheetjs([
      ['Forside', cover('2. halvår 2027')],
      ['Plan', rows],
    ]);
    expect(read(r)).toEqual([
      'Styregruppemøde | in_progress | 2027-05-15',
      'Nyhedsbrev | done | 2027-03-31',
      'Forældrecafé | done | 2027-01-20',
    ]);
    // Done in an earlier half-year and not copied over: read from there, checked.
    expect(checkedAt(r, 'Plan', 'E4')).toBe(true);
  });

  test("once the period reaches that half-year, its column is the row's status", () => {
    const r = inspectSheetjs([
      ['Forside', cover('1. halvår 2028')],
      ['Plan', rows],
    ]);
    expect(read(r)[0]).toBe('Styregruppemøde | done | 2027-05-15');
  });
});

describe('"Oprindelig frist | Ny frist", the new one mostly empty', () => {
  test('a row with no new deadline keeps its first; one with a new deadline has moved', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Oprindelig frist', 'Ny frist', 'Status'],
          ['Ledelse', 'Styregruppemøde', 'Anne Lund', '15.03.2027', '', 'I gang'],
          ['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', '31.03.2027', '30.04.2027', 'I gang'],
          ['Inddragelse', 'Forældrecafé', 'Bo Kjær', '20.01.2027', '', 'Gennemført'],
        ],
      ],
    ]);
    expect(read(r)).toEqual([
      'Styregruppemøde | in_progress | 2027-03-15',
      'Nyhedsbrev | in_progress | 2027-04-30',
      'Forældrecafé | done | 2027-01-20',
    ]);
    expect(r.structure.draft.activities[1]?.cells.deadline).toBe('E3');
  });
});

describe('a corrected row: the old one struck through, the corrected copy under it', () => {
  const cover = {
    name: 'Forside',
    rows: [
      ['Kommune', 'Vejle'],
      ['Periode', '1. halvår 2027'],
    ],
  };
  test('the struck row with its copy under it is no activity (checked); one struck with none under it is cancelled', () => {
    const r = structure(
      gridOf(cover, {
        name: 'Plan',
        rows: [
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
          ['Ledelse', 'Ledelsesmøde om økonomi', 'Klaus Bonde', '10.02.2027', 'Ikke startet'],
          ['Ledelse', 'Ledelsesmøde om økonomi og bemanding', 'Klaus Bonde', '24.02.2027', 'Gennemført'],
          ['Opkvalificering', 'LAT-kursus', 'Sanne Winther', '20.03.2027', 'Ikke startet'],
          ['Opkvalificering', 'LAT-kursus', 'Pia Holm', '20.05.2027', 'I gang'],
          ['Inddragelse', 'Fokusgruppe med forældre', 'Pia Holm', '18.03.2027', 'Ikke startet'],
          ['Kommunikation', 'Informationsmøde', 'Sanne Winther', '04.03.2027', 'I gang'],
        ],
        strike: ['A2', 'B2', 'C2', 'D2', 'E2', 'A4', 'B4', 'C4', 'D4', 'E4', 'A6', 'B6', 'C6', 'D6', 'E6'],
      }),
    );
    expect(
      r.draft.activities.map((a) => `${a.values.activity} | ${a.values.responsible} | ${a.values.status}`),
    ).toEqual([
      'Ledelsesmøde om økonomi og bemanding | Klaus Bonde | done',
      'LAT-kursus | Pia Holm | in_progress',
      'Fokusgruppe med forældre | Pia Holm | closed',
      'Informationsmøde | Sanne Winther | in_progress',
    ]);
    const rowChecks = r.checks
      .filter((c) => c.sheet === 'Plan' && c.field === 'activities.row')
      .map((c) => c.cell);
    expect(rowChecks).toEqual(['B2', 'B4']);
    // The superseded rows' "cancelled" reading is gone; the dropped activity's stands.
    const statusChecks = r.checks
      .filter((c) => c.sheet === 'Plan' && c.field === 'activities.status')
      .map((c) => c.cell);
    expect(statusChecks).toEqual(['E6']);
  });

  test('a struck row above another activity (another name) stays a cancelled activity', () => {
    const r = structure(
      gridOf(cover, {
        name: 'Plan',
        rows: [
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
          ['Ledelse', 'Ledelsesmøde om økonomi', 'Klaus Bonde', '10.02.2027', 'Ikke startet'],
          ['Ledelse', 'Budgetseminar', 'Klaus Bonde', '24.02.2027', 'Gennemført'],
        ],
        strike: ['A2', 'B2', 'C2', 'D2', 'E2'],
      }),
    );
    expect(r.draft.activities.map((a) => a.values.status)).toEqual(['closed', 'done']);
  });
});
