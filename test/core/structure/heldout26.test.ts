// Rules found by held-out round 26 (p133–p134: a scanned paper plan run through OCR into Excel, and a
// plan dictated on a phone), each on a SheetJS probe of one habit, never the round's plans.

import { SEED_QUESTIONS } from '../../accuracy/plans/checklist-seed';
import { COVER, checkedAt, inspectSheet, inspectSheetjs, type Inspected } from '../../fixtures/sheetjs';

const rowOf = (r: Inspected, row: number) =>
  r.structure.draft.activities.find((a) => a.source.row === row)?.values;

const HEAD = ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Frist', 'Status'];

describe('a plan dictated to voice typing', () => {
  const r = inspectSheetjs([
    ['Forside', [...COVER, ['Koordinator', 'Karen Holm']]],
    [
      'Plan',
      [
        HEAD,
        ['Ledelse', 'Møde med chefer komma skoler og PPR punktum', 'Per Lund', '', '15.03.2027', 'I gang'],
        ['Inddragelse', 'Dialogmøde ny linje husk tolk', 'mig selv', '', 'femtende marts', 'I gang'],
        ['Kommunikation', 'Sæt punktum for pilotfasen', 'jeg', 'fra uge ti', 'uge tolv', 'I gang'],
        ['Evaluering', 'Evaluering', '@Ida Berg og @Ole Dahl', '', 'den første i fjerde', 'Ikke startet'],
        ['Opkvalificering', 'Kursus', 'Ida Berg', '', 'enogtredivte maj', 'Ikke startet'],
        ['Opkvalificering', 'Kursus 2', 'Ida Berg', '', 'den femte', 'Ikke startet'],
        ['Ledelse', 'Punktum – afslutning for piloten', 'Ida Berg', '', '15.03.2027', 'Ikke startet'],
      ],
    ],
  ]);

  test('spoken punctuation is written as marks, checked at the cell', () => {
    expect(rowOf(r, 2)?.activity).toBe('Møde med chefer, skoler og PPR.');
    expect(checkedAt(r, 'Plan', 'B2')).toBe(true);
    expect(rowOf(r, 3)?.activity?.replace(/\s+/g, ' ')).toBe('Dialogmøde husk tolk');
  });

  test('"punktum" in Danish prose ("sæt punktum for") or naming a thing at the start is left as written', () => {
    expect(rowOf(r, 4)?.activity).toBe('Sæt punktum for pilotfasen');
    expect(rowOf(r, 8)?.activity).toBe('Punktum – afslutning for piloten');
  });

  test('"mig selv" and "jeg" as the responsible are the coordinator on the cover, checked', () => {
    expect(rowOf(r, 3)?.responsible).toBe('Karen Holm');
    expect(rowOf(r, 4)?.responsible).toBe('Karen Holm');
    expect(checkedAt(r, 'Plan', 'C3')).toBe(true);
    expect(checkedAt(r, 'Plan', 'C4')).toBe(true);
  });

  test('"@A og @B" is two people, not "A og"', () => {
    expect(rowOf(r, 5)?.responsible).toBe('Ida Berg, Ole Dahl');
  });

  test('dates and weeks said in words are read (the plan’s year), checked; a day without its month is not', () => {
    expect(rowOf(r, 3)?.deadline).toBe('2027-03-15');
    expect(rowOf(r, 4)).toMatchObject({ start: '2027-03-08', deadline: '2027-03-28' });
    expect(rowOf(r, 5)?.deadline).toBe('2027-04-01');
    expect(rowOf(r, 6)?.deadline).toBe('2027-05-31');
    expect(checkedAt(r, 'Plan', 'E3')).toBe(true);
    expect(rowOf(r, 7)?.deadline).toBeUndefined();
  });

  test('without a coordinator on the cover, "mig selv" stays as written', () => {
    const bare = inspectSheet('Plan', [HEAD, ['Ledelse', 'Møde', 'mig selv', '', '15.03.2027', 'I gang']]);
    expect(rowOf(bare, 2)?.responsible).toBe('mig selv');
  });

  test('a checklist answer dictated with its comma keeps the comment without "komma"', () => {
    const rows = [['Nr', 'Spørgsmål', 'Svar'], ...SEED_QUESTIONS.map(([id, q]) => [id, q, 'ja punktum'])];
    rows[3] = [SEED_QUESTIONS[2]![0], SEED_QUESTIONS[2]![1], 'delvist komma mangler aftale med skolerne'];
    const c = inspectSheet('Huskeliste', rows);
    const f3 = c.structure.draft.checklist.find((a) => a.id === 'F3');
    expect(f3).toMatchObject({ answer: 'partly', comment: 'mangler aftale med skolerne' });
    expect(c.structure.draft.checklist.find((a) => a.id === 'F1')?.answer).toBe('yes');
  });
});

describe('a scanned paper plan read by OCR', () => {
  const r = inspectSheetjs([
    [
      'Forside',
      [
        ['Kommune', 'Vejle'],
        ['Periode', '1. halvår 2O27'],
      ],
    ],
    [
      'Table 1',
      [
        [...HEAD, ''],
        ['Ledelse', 'Møde', 'Mads Holt |', '', '1S.05.2027', 'I gang', '|'],
        ['Ledelse', 'Møde 2', 'Per Lund', '', '2B.06.2027', 'I gang', ''],
        ['', "'", '', '', '', '', ''],
        ['lnddragelse', 'Fokusgruppe', 'Per Lund', '', '15.03.2027', 'I gang', ''],
      ],
    ],
  ]);

  test('S and B among the digits of a date are 5 and 8, checked', () => {
    expect(rowOf(r, 2)?.deadline).toBe('2027-05-15');
    expect(rowOf(r, 3)?.deadline).toBe('2027-06-28');
    expect(checkedAt(r, 'Table 1', 'E2')).toBe(true);
  });

  test("the ruling line's stroke at the end of a name is no part of it", () => {
    expect(rowOf(r, 2)?.responsible).toBe('Mads Holt');
  });

  test('a theme with a small l for its capital I ("lnddragelse") is read, checked', () => {
    expect(rowOf(r, 5)?.theme).toBe('involvement');
    expect(checkedAt(r, 'Table 1', 'A5')).toBe(true);
  });

  test('a row of a speck alone is no entry', () => {
    expect(rowOf(r, 4)).toBeUndefined();
  });

  test("the cover's period with a letter for a digit is read", () => {
    expect(r.structure.draft.period).toBe('2027-H1');
  });

  test("a box's stroke beside the cross in a checklist is no tick", () => {
    const rows = [
      ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej'],
      ...SEED_QUESTIONS.map(([id, q], i) => [id, q, 'X', i % 2 === 0 ? '|' : '', '']),
    ];
    const c = inspectSheet('Table 3', rows);
    const answers = SEED_QUESTIONS.map(
      ([id]) => c.structure.draft.checklist.find((a) => a.id === id)?.answer,
    );
    expect(answers).toEqual(SEED_QUESTIONS.map(() => 'yes'));
  });

  test('a line split over two rows, its values on the first, is one activity, checked', () => {
    const c = inspectSheet('Table 2', [
      HEAD,
      ['Organisering, roller og', 'Aftale med PPR og', 'Per Lund', '', '31.03.2027', 'I gang'],
      ['ansvar', 'sundhedsplejen', '', '', '', ''],
    ]);
    expect(rowOf(c, 2)).toMatchObject({
      theme: 'organisation_roles',
      activity: 'Aftale med PPR og sundhedsplejen',
      responsible: 'Per Lund',
      deadline: '2027-03-31',
    });
    expect(rowOf(c, 3)).toBeUndefined();
    expect(checkedAt(c, 'Table 2', 'B3')).toBe(true);
  });

  test('corps hours with S for a 5 ("1S") are 15', () => {
    const c = inspectSheet('Korps', [
      ['Initialer', 'Rolle', 'Afdeling', 'Timer pr. uge', 'Aktive forløb'],
      ['AH', 'Mentor', 'Jobcenter', '1S', '3'],
      ['BN', 'Mentor', 'Jobcenter', '8', '2'],
    ]);
    expect(c.structure.draft.corps[0]?.values.hoursPerWeek).toBe(15);
  });
});
