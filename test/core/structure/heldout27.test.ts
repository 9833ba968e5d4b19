// Rules found by held-out round 27 (p135–p136: a plan written by Excel 365's COPILOT function with a
// column of suggested themes, and a forløbsplan exported from a municipal case system), each on a
// SheetJS probe of one habit, never the round's plans.

import { checkedAt, inspectSheet, type Inspected } from '../../fixtures/sheetjs';

const rowOf = (r: Inspected, row: number) =>
  r.structure.draft.activities.find((a) => a.source.row === row)?.values;

describe('a column suggesting a list value beside her own column', () => {
  const r = inspectSheet('Plan', [
    ['Tema', 'Foreslået tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status', 'Suggested status'],
    ['Ledelse', 'Kommunikation', 'Styregruppemøde', 'Per Lund', '15.03.2027', 'I gang', 'Gennemført'],
    ['', 'Inddragelse', 'Forældrepanel', 'Ida Berg', '30.04.2027', '', 'Ikke startet'],
    ['', 'ved ikke', 'Nyhedsbrev', 'Ida Berg', '30.04.2027', 'I gang', ''],
  ]);

  test('her own value wins over the suggestion', () => {
    expect(rowOf(r, 2)).toMatchObject({ theme: 'leadership', status: 'in_progress' });
    expect(checkedAt(r, 'Plan', 'B2')).toBe(false);
  });

  test('where her cell is empty, the suggestion is read, checked at its cell', () => {
    expect(rowOf(r, 3)).toMatchObject({ theme: 'involvement', status: 'not_started' });
    expect(checkedAt(r, 'Plan', 'B3')).toBe(true);
    expect(checkedAt(r, 'Plan', 'G3')).toBe(true);
    expect(r.structure.draft.activities.find((a) => a.source.row === 3)?.cells.theme).toBe('B3');
  });

  test('a suggestion that names no value gives none', () => {
    expect(rowOf(r, 4)?.theme).toBeUndefined();
  });
});

describe('a forløbsplan exported from a case system', () => {
  const HEAD = [
    'Indsats-ID',
    'Tema',
    'Indsats',
    'Status',
    'Bevilget fra',
    'Bevilget til',
    'Næste opfølgning',
    'Leverandør',
    'Sagsbehandler',
  ];
  const r = inspectSheet('Indsatser', [
    HEAD,
    [5512001, 'Ledelse', 'Styregruppemøde', 'Aktiv', '04-01-2027', '29-01-2027', '15-01-2027', 'Familieafdelingen', 'Per Lund'],
    [5512002, 'Inddragelse', 'Forældrepanel', 'Bevilget', '01-03-2027', '30-04-2027', '15-03-2027', 'Familiecentret', 'Ida Berg'],
    [5512003, 'Opkvalificering', 'LAT-kursus', 'Visiteret', '', '21-05-2027', '29-03-2027', 'PPR', 'Ida Berg'],
  ]); // prettier-ignore

  test('"Bevilget fra" and "Bevilget til" are the start and the deadline; "Næste opfølgning" neither', () => {
    expect(rowOf(r, 2)).toMatchObject({ start: '2027-01-04', deadline: '2027-01-29' });
    expect(rowOf(r, 4)?.deadline).toBe('2027-05-21');
    expect(rowOf(r, 2)?.evaluation).toBeUndefined();
    // Known names of the fields: no column to confirm.
    expect(checkedAt(r, 'Indsatser', 'E1')).toBe(false);
    expect(checkedAt(r, 'Indsatser', 'F1')).toBe(false);
  });

  test('"Sagsbehandler" is the responsible; "Leverandør" is no milestone', () => {
    expect(rowOf(r, 2)?.responsible).toBe('Per Lund');
    expect(rowOf(r, 2)?.milestone).toBeUndefined();
  });

  test('"Aktiv" is in progress; "Bevilget" and "Visiteret" not started, checked', () => {
    expect(rowOf(r, 2)?.status).toBe('in_progress');
    expect(rowOf(r, 3)?.status).toBe('not_started');
    expect(rowOf(r, 4)?.status).toBe('not_started');
    expect(checkedAt(r, 'Indsatser', 'D3')).toBe(true);
    expect(checkedAt(r, 'Indsatser', 'D4')).toBe(true);
  });

  test('a grant without its "fra"/"til" ("Bevilget", an amount) is no date column', () => {
    const money = inspectSheet('Plan', [
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Bevilget', 'Status'],
      ['Ledelse', 'Styregruppemøde', 'Per Lund', '25.000', 'I gang'],
    ]);
    const bevilget = money.structure.tables.flatMap((t) => t.columns).find((c) => c.header === 'Bevilget');
    expect(bevilget?.field ?? null).not.toBe('deadline');
    expect(bevilget?.field ?? null).not.toBe('start');
  });

  test('beside an "Ansvarlig" column, "Sagsbehandler" gives way', () => {
    const both = inspectSheet('Plan', [
      ['Tema', 'Aktivitet', 'Sagsbehandler', 'Ansvarlig', 'Frist', 'Status'],
      ['Ledelse', 'Styregruppemøde', 'Ida Berg', 'Per Lund', '15.03.2027', 'I gang'],
    ]);
    expect(rowOf(both, 2)?.responsible).toBe('Per Lund');
  });
});
