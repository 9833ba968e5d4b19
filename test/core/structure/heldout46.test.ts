// Rules found by held-out round 46 (p173–p174: a plan that has passed through other hands — sent
// back by the corps' secretariat with a list of what to fix, or edited by a consultant who marked her
// changes in the text), each on a probe of one habit built here with SheetJS, never the round's plans.

import { unmarked } from '../../../core/structure/review';
import { checkedAt, COVER, inspectSheetjs } from '../../fixtures/sheetjs';

const HEADER = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'];

describe("a reviewer's edit marks typed into the texts", () => {
  const marked: readonly (readonly string[])[] = [
    ['Handleplan med rettelser'],
    [],
    HEADER,
    ['Ledelse', 'Styregruppemøde', 'Anne Lund', '15.03.2027', 'I gang'],
    ['Kommunikation', '(ny) Nyhedsbrev til skolerne', 'Bo Kjær', '[ÆNDRET] 30.04.2027 (var 31.03.2027)', 'Ikke startet'],
    ['Opkvalificering', 'Temadag for mentorer', '[ændret] Eva Holm (var Bo Kjær)', '31.05.2027', 'Ikke startet'],
    ['Inddragelse', 'SLET? Spørgeskema til forældre', 'Bo Kjær', '30.06.2027', 'Ikke startet'],
  ]; // prettier-ignore

  test('values are read without the marks and the old values, each mark checked at its cell', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', marked],
    ]);
    const acts = r.structure.draft.activities;
    expect(acts.map((a) => a.values.activity)).toEqual([
      'Styregruppemøde',
      'Nyhedsbrev til skolerne',
      'Temadag for mentorer',
      'Spørgeskema til forældre',
    ]);
    expect(acts[1]?.values.deadline).toBe('2027-04-30');
    expect(acts[2]?.values.responsible).toBe('Eva Holm');
    // The proposed deletion nobody answered: read, and asked about at its cell.
    expect(checkedAt(r, 'Plan', 'B7')).toBe(true);
    expect(checkedAt(r, 'Plan', 'D5')).toBe(true);
    expect(checkedAt(r, 'Plan', 'C6')).toBe(true);
  });

  test('one mark alone, or words that only look like one, are read as typed', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [
          HEADER,
          ['Ledelse', '(ny) Styregruppe', 'Anne Lund', '15.03.2027', 'I gang'],
          ['Kommunikation', 'Ny hjemmeside om korpset', 'Bo Kjær', '30.04.2027', 'Ikke startet'],
          ['Opkvalificering', 'Ændret mødeplan for mentorer (var ugentlig)', 'Eva Holm', '31.05.2027', 'Ikke startet'],
        ],
      ],
    ]); // prettier-ignore
    expect(r.structure.draft.activities.map((a) => a.values.activity)).toEqual([
      '(ny) Styregruppe',
      'Ny hjemmeside om korpset',
      'Ændret mødeplan for mentorer (var ugentlig)',
    ]);
  });

  test('the marks as people type them', () => {
    expect(unmarked('(NY) Forældrecafé')).toEqual({ mark: 'new', read: 'Forældrecafé' });
    expect(unmarked('NY: Forældrecafé')).toEqual({ mark: 'new', read: 'Forældrecafé' });
    expect(unmarked('[Ændret] I gang (før: Ikke startet)')).toEqual({
      mark: 'changed',
      read: 'I gang',
      old: 'Ikke startet',
    });
    expect(unmarked('Slettes? Temadag')).toEqual({ mark: 'delete', read: 'Temadag' });
    expect(unmarked('[DELETE?] Newsletter')).toEqual({ mark: 'delete', read: 'Newsletter' });
    // No mark: a word at the start that is no mark, or a mark with nothing after it.
    expect(unmarked('Nyhedsbrev')).toBeUndefined();
    expect(unmarked('Slet ikke startet')).toBeUndefined();
    expect(unmarked('(ny)')).toBeUndefined();
  });
});

describe("a review's list of what to fix, kept beside the plan", () => {
  const plan: readonly (readonly string[])[] = [
    HEADER,
    ['Ledelse', 'Styregruppemøde', 'Anne Lund', '15.03.2027', 'I gang'],
    ['Kommunikation', 'Nyhedsbrev til skolerne', 'Bo Kjær', '30.04.2027', 'Ikke startet'],
  ];
  const fixes = (header: string): (readonly string[])[] => [
    ['Nr.', 'Aktivitet', header, 'Ansvarlig', 'Frist', 'Status'],
    ['1', 'Styregruppemøde', 'Milepæl mangler', 'Anne Lund', '20.01.2027', 'Rettet'],
    ['2', 'Nyhedsbrev til skolerne', 'Frist overskredet', 'Bo Kjær', '20.01.2027', 'Ikke rettet'],
  ];

  test('a sheet named for the send-back, with a column of what to fix, is no plan (checked)', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Sendt retur', fixes('Hvad skal rettes')],
      ['Plan', plan],
    ]);
    const acts = r.structure.draft.activities;
    expect(acts.map((a) => a.source.sheet)).toEqual(['Plan', 'Plan']);
    expect(checkedAt(r, 'Sendt retur', 'A1')).toBe(true);
  });

  test('the same list under a title naming the review is no plan either', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Ark2', [['Tilbagemelding fra korpssekretariatet 12.01.2027'], [], ...fixes('Rettelse')]],
      ['Plan', plan],
    ]);
    expect(r.structure.draft.activities.map((a) => a.source.sheet)).toEqual(['Plan', 'Plan']);
  });

  test('with no review named, or with a theme column, the rows are read as before', () => {
    const plain = inspectSheetjs([
      ['Forside', COVER],
      ['Opgaver', fixes('Hvad skal rettes')],
      ['Plan', plan],
    ]);
    expect(plain.structure.draft.activities.some((a) => a.source.sheet === 'Opgaver')).toBe(true);
    const themed = inspectSheetjs([
      ['Forside', COVER],
      [
        'Sendt retur',
        [
          ['Tema', 'Aktivitet', 'Mangler', 'Ansvarlig', 'Frist', 'Status'],
          ['Ledelse', 'Styregruppemøde', 'Milepæl', 'Anne Lund', '15.03.2027', 'I gang'],
        ],
      ],
    ]);
    expect(themed.structure.draft.activities.map((a) => a.values.activity)).toEqual(['Styregruppemøde']);
  });
});
