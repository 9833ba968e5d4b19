// What other programs do to a plan when they save it again (test/accuracy/writers/): each probe is
// the package as the program leaves it, built by the hand-built Excel-style writer and read
// through the intake.

import { inspectBytes } from '../../../core/inspect';
import { structure } from '../../../core/structure';
import { CHECKLIST } from '../../../core/spec';
import { gridOf } from './grid-builder';
import { WorkbookModel } from '../../accuracy/build/model';
import { toXlsx } from '../../accuracy/build/xlsx';
import { checkedAt, COVER, type Inspected } from '../../fixtures/sheetjs';

const ROWS = [
  ['Ledelse', 'Opstartsmøde i direktionen', 'Søren', '04.01.2027', '20.01.2027', 'Gennemført'],
  ['Kommunikation', 'Informationsmøde for skolerne', 'Camilla', '11.01.2027', '24.02.2027', 'I gang'],
  [
    'Opkvalificering',
    'LAT-grunduddannelse for mentorer',
    'Nikolaj',
    '01.03.2027',
    '07.05.2027',
    'Ikke startet',
  ],
];

/** A plan kept as an Excel table with its header row turned off, the table's names given. */
function headerless(columns: readonly string[]): Inspected {
  const wb = new WorkbookModel();
  const cover = wb.sheet('Forside');
  COVER.forEach(([k, v], i) => cover.row(`A${i + 1}`, [k, v]));
  const s = wb.sheet('Plan');
  s.set('A1', 'Implementeringsplan 2027');
  ROWS.forEach((row, i) => s.row(`A${3 + i}`, row));
  s.table = { name: 'Plan', ref: 'A3:F5', headerRow: false, columns: [...columns] };
  return inspectBytes(toXlsx(wb), { today: '2026-12-05' });
}

describe("a headerless table's column names rewritten from its first row (Apache POI's round trip)", () => {
  // POI sets every table's column names from the cells of its first row when it saves, whatever
  // the header row's state: "Tema, Aktivitet, ..." become "Ledelse, Opstartsmøde i direktionen, ...".
  // Read as a header set above the table, they named no column and no activity was read.
  const r = headerless(ROWS[0] as string[]);

  test('the names are no header: the plan is read by what its columns hold, with a check', () => {
    expect(
      r.structure.draft.activities.map((a) => [
        a.source.row,
        a.values.theme,
        a.values.activity,
        a.values.responsible,
        a.values.start,
        a.values.deadline,
        a.values.status,
      ]),
    ).toEqual([
      [3, 'leadership', 'Opstartsmøde i direktionen', 'Søren', '2027-01-04', '2027-01-20', 'done'],
      [
        4,
        'communication',
        'Informationsmøde for skolerne',
        'Camilla',
        '2027-01-11',
        '2027-02-24',
        'in_progress',
      ],
      [
        5,
        'upskilling',
        'LAT-grunduddannelse for mentorer',
        'Nikolaj',
        '2027-03-01',
        '2027-05-07',
        'not_started',
      ],
    ]);
    expect(checkedAt(r, 'Plan', 'A3')).toBe(true);
  });

  test('names the table keeps that differ from the first row are still its header', () => {
    const kept = headerless(['Tema', 'Aktivitet', 'Tovholder', 'Start', 'Slut', 'Status']);
    expect(
      kept.structure.checks.some((c) => c.field === 'column' && c.value.startsWith('Tema, Aktivitet')),
    ).toBe(true);
    expect(kept.structure.draft.activities.map((a) => a.values.responsible)).toEqual([
      'Søren',
      'Camilla',
      'Nikolaj',
    ]);
  });
});

describe('a headerless table whose columns LibreOffice named "Column1", "Column2", … (a plan kept as .ods, saved as .xlsx)', () => {
  // LibreOffice gives every column of a table with no header row a made-up name when it saves the
  // .ods again as .xlsx. Read as a header set above the table, they named no column and no activity
  // was read.
  test('the made-up names are no header: the plan is read by what its columns hold, with a check', () => {
    const r = headerless(['Column1', 'Column2', 'Column3', 'Column4', 'Column5', 'Column6']);
    expect(
      r.structure.draft.activities.map((a) => [a.source.row, a.values.activity, a.values.deadline]),
    ).toEqual([
      [3, 'Opstartsmøde i direktionen', '2027-01-20'],
      [4, 'Informationsmøde for skolerne', '2027-02-24'],
      [5, 'LAT-grunduddannelse for mentorer', '2027-05-07'],
    ]);
    expect(checkedAt(r, 'Plan', 'A3')).toBe(true);
  });

  test('Danish Excel\'s "Kolonne1" is such a name too', () => {
    const r = headerless(['Kolonne1', 'Kolonne2', 'Kolonne3', 'Kolonne4', 'Kolonne5', 'Kolonne6']);
    expect(r.structure.draft.activities).toHaveLength(3);
  });
});

describe('a cover cell of "Label: value" lines that lost its line breaks (LibreOffice through .ods)', () => {
  const PLAN = [
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist'],
    ['Ledelse', 'Styregruppemøde', 'Louise Dam', '15.03.2027'],
  ];
  const read = (text: string) => structure(gridOf({ name: 'Plan', rows: [[text], [], ...PLAN] }));

  test('each known label, glued to the word before it, starts a fact of its own, checked', () => {
    const r = read('Kommune: RødovreKoordinator: Louise DamLeder: Martin Lund');
    expect(r.draft.municipality).toEqual({ code: '175', name: 'Rødovre' });
    expect(r.draft.coordinator).toEqual({ name: 'Louise Dam' });
    expect(r.draft.leader).toEqual({ name: 'Martin Lund' });
    expect(r.checks.filter((c) => c.sheet === 'Plan' && c.cell === 'A1').map((c) => c.field)).toEqual(
      expect.arrayContaining(['cover.municipality', 'cover.coordinator', 'cover.leader']),
    );
  });

  test('a title glued before the first label, and two facts of a line set apart by a space, are read too', () => {
    // The cover cell of a table a PDF converter wrote, "Implementeringsplan – …⏎Periode: 1. halvår
    // 2027 Fase: Fuld implementering⏎Koordinator: Lise Mørk Leder: Anders Friis", through .ods.
    const r = read(
      'Implementeringsplan – mentor- og forældrecoachindsatsenPeriode: 1. halvår 2027 Fase: Fuld implementeringKoordinator: Lise Mørk Leder: Anders Friis',
    );
    expect(r.draft.period).toBe('2027-H1');
    expect(r.draft.phase).toBe('full');
    expect(r.draft.coordinator).toEqual({ name: 'Lise Mørk' });
    expect(r.draft.leader).toEqual({ name: 'Anders Friis' });
    expect(r.checks.filter((c) => c.sheet === 'Plan' && c.cell === 'A1').map((c) => c.field)).toEqual(
      expect.arrayContaining(['cover.phase', 'cover.coordinator', 'cover.leader']),
    );
  });

  test('a line that lost its break before a label, beside lines that kept theirs, is cut there too', () => {
    const r = read('Periode: 1. halvår 2027\nFase: Fuld implementeringKoordinator: Lise Mørk');
    expect(r.draft.phase).toBe('full');
    expect(r.draft.coordinator).toEqual({ name: 'Lise Mørk' });
    expect(r.checks.some((c) => c.cell === 'A1' && c.field === 'cover.coordinator')).toBe(true);
  });

  test('a capital after a lower-case letter inside a value is no label unless a known label with a colon', () => {
    const r = read('Koordinator: Louise McDam');
    expect(r.draft.coordinator).toEqual({ name: 'Louise McDam' });
  });
});

describe('an activity cell of labelled lines that lost its line breaks (LibreOffice through .ods)', () => {
  // LibreOffice gives back a cell of several lines it saved in .ods without its breaks: "Tema:
  // Ledelse⏎Akt.: …⏎Ansv.: …" becomes "Tema: LedelseAkt.: …Ansv.: …", and the whole text was read as
  // the activity, silently.
  const read = (...cells: string[]) =>
    structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Plan for 2027'],
          [],
          ['Nr', 'Aktivitet (tema / hvad / ansv. / frist / status)', 'Noter'],
          ...cells.map((c, i) => [i + 1, c]),
        ],
      }),
    );

  test('each field label glued to the text before it starts a line of its own, checked at the cell', () => {
    const r = read(
      'Tema: LedelseAkt.: Styregruppemøde om korpsets målAnsv.: Henrik ThygesenFrist: 15.03.2027Status: gennemf.',
      'Tema: KommunikationAkt.: Oplæg på personalemøde i PPRAnsv.: Lise M.Frist: 01.04.2027Status: igang',
    );
    expect(
      r.draft.activities.map((a) => [
        a.values.theme,
        a.values.activity,
        a.values.responsible,
        a.values.deadline,
        a.values.status,
      ]),
    ).toEqual([
      ['leadership', 'Styregruppemøde om korpsets mål', 'Henrik Thygesen', '2027-03-15', 'done'],
      ['communication', 'Oplæg på personalemøde i PPR', 'Lise M.', '2027-04-01', 'in_progress'],
    ]);
    for (const cell of ['B4', 'B5'])
      expect(r.checks.filter((c) => c.sheet === 'Plan' && c.cell === cell).map((c) => c.field)).toContain(
        'activities.activity',
      );
  });

  test('a glued capital that starts no field label leaves the cell whole', () => {
    const r = read('Akt.: StyregruppemødeNoter: se mailen: kl. 10');
    expect(r.draft.activities.map((a) => a.values.activity)).toEqual([
      'Akt.: StyregruppemødeNoter: se mailen: kl. 10',
    ]);
  });
});

describe("a hidden copy of the checklist shown again (Gnumeric drops a sheet's hidden state)", () => {
  // p98 keeps last half-year's checklist on a hidden sheet beside the copy it answers now. Gnumeric
  // saves the hidden sheet as visible: two checklists, the first's answers read, the copy's
  // different answers reported as not used; a question the copy leaves unanswered was read from the
  // old one with nothing said.
  const MARKS = ['Spørgsmål', 'Ja', 'Delvist', 'Nej'];
  const question = (id: string): string => CHECKLIST.find((c) => c.id === id)?.text.da ?? id;
  const list = (name: string, marks: readonly (0 | 1 | 2 | 3)[]) => ({
    name,
    rows: [
      MARKS,
      ...marks.map((m, i) => [
        question(`F${i + 1}`),
        m === 1 ? 'x' : '',
        m === 2 ? 'x' : '',
        m === 3 ? 'x' : '',
      ]),
    ],
  });

  test('an answer the other checklist leaves blank is checked at the answer used, naming the blank cell', () => {
    const r = structure(gridOf(list('Huskeliste F26', [1, 3, 3, 1]), list('Huskeliste (2)', [1, 2, 2, 0])));
    expect(r.draft.checklist.find((c) => c.id === 'F4')?.answer).toBe('yes');
    const check = r.checks.find((c) => c.field === 'checklist.F4');
    expect(check).toMatchObject({ sheet: 'Huskeliste F26', cell: 'B5' });
    expect(check?.reason.da).toContain("'Huskeliste (2)'!");
    // The copy's answers are reported at their cells as not used, as before.
    expect(
      r.issues.filter((i) => i.code === 'checklist_question_unmatched').map((i) => `${i.sheet}!${i.cell}`),
    ).toEqual(['Huskeliste (2)!B2', 'Huskeliste (2)!C3', 'Huskeliste (2)!C4']);
  });

  test('a blank checklist beside the answered one (a template kept in the workbook) is no such copy', () => {
    const r = structure(gridOf(list('Huskeliste', [1, 3, 3, 1]), list('Skabelon', [0, 0, 0, 0])));
    expect(r.checks.filter((c) => c.reason.en.includes('another checklist'))).toEqual([]);
  });
});

describe("a project sheet's hierarchy shown by indentation alone (Gnumeric through .ods drops the outline levels)", () => {
  // A Smartsheet export groups its rows and indents each level's text as it groups it: the project's
  // row, theme parents with nobody assigned, activities, their tasks. Gnumeric saving the plan as
  // .ods and back drops the rows' outline levels and keeps the indentation (round 18's p101).
  // [text, level, start, finish, assigned to, status]
  const lines: [string, number, string, string, string, string][] = [
    ['Mentorkorps 2027', 0, '2027-01-04', '2027-06-25', '', ''],
    ['Ledelse', 1, '2027-01-04', '2027-03-31', '', ''],
    ['Styregruppemøde om målene', 2, '2027-01-04', '2027-01-15', 'bo@x.dk', 'Complete'],
    ['Ledermøde om caseload', 2, '2027-02-01', '2027-03-31', 'bo@x.dk', 'Not Started'],
    ['Opkvalificering', 1, '2027-02-01', '2027-06-25', '', ''],
    ['Grundkursus for mentorer', 2, '2027-02-01', '2027-02-19', 'ane@x.dk', 'In Progress'],
    ['Book lokale', 3, '2027-02-01', '2027-02-05', 'ane@x.dk', 'Complete'],
    ['Send invitationer', 3, '2027-02-01', '2027-02-12', 'ane@x.dk', 'Not Started'],
    ['Supervision af mentorerne', 2, '2027-03-01', '2027-06-25', 'ane@x.dk', 'In Progress'],
  ];
  function project(keep: { outline: boolean; indent: boolean }): Inspected {
    const wb = new WorkbookModel();
    const cover = wb.sheet('Forside');
    COVER.forEach(([k, v], i) => cover.row(`A${i + 1}`, [k, v]));
    const s = wb.sheet('Plan');
    s.row('A1', ['Task Name', 'Start', 'Finish', 'Assigned To', 'Status'], { bold: true });
    lines.forEach(([text, level, start, finish, who, status], i) => {
      s.set(`A${i + 2}`, text, keep.indent && level > 0 ? { indent: level } : undefined);
      s.row(`B${i + 2}`, [{ date: start }, { date: finish }, who, status], { fmt: 'dd-mm-yyyy' });
      if (keep.outline && level > 0) s.outline.set(i + 2, level);
    });
    return inspectBytes(toXlsx(wb), { today: '2026-12-05' });
  }
  const read = (r: Inspected) =>
    r.structure.draft.activities.map((a) => [a.source.row, a.values.theme, a.values.activity]);
  const grouped = project({ outline: true, indent: true });
  const indented = project({ outline: false, indent: true });

  test('read as the same plan with its rows grouped: themes from the parents, tasks left under their activity', () => {
    expect(read(grouped)).toEqual([
      [4, 'leadership', 'Styregruppemøde om målene'],
      [5, 'leadership', 'Ledermøde om caseload'],
      [7, 'upskilling', 'Grundkursus for mentorer'],
      [10, 'upskilling', 'Supervision af mentorerne'],
    ]);
    expect(read(indented)).toEqual(read(grouped));
  });

  test('each parent read as a heading is checked at its cell, saying the rows are indented under it', () => {
    for (const cell of ['A2', 'A3', 'A6']) expect(checkedAt(indented, 'Plan', cell)).toBe(true);
    const heading = indented.checks?.find((c) => c.cell === 'A3');
    expect(heading?.reason.da).toContain('rykket ind under den');
    expect(heading?.reason.en).toContain('indented under it');
  });

  test('with neither (a copy that lost both), the parents are activities without a theme, reported at their rows', () => {
    const bare = project({ outline: false, indent: false });
    expect(read(bare).map(([row]) => row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const parents = bare.structure.draft.activities.filter((a) => a.values.theme === undefined);
    expect(parents.map((a) => a.source.row)).toEqual(expect.arrayContaining([3, 6]));
    for (const row of [3, 6])
      expect(
        (bare.issues ?? []).some((i) => i.sheet === 'Plan' && i.cell?.replace(/\D/g, '') === String(row)),
      ).toBe(true);
  });
});

describe("a symbol font's bullet glued to the text (LibreOffice through .ods drops the tab after it)", () => {
  // A plan through a PDF keeps Symbol's bullet as U+F0B7 and a tab before each item's text; saved
  // through .ods the tab is gone: "\uF0B7Fast sparringsmøde i mentorgruppen".
  const read = (activity: string) =>
    structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist'],
          ['Ledelse', activity, 'Louise Dam', '15.03.2027'],
        ],
      }),
    ).draft.activities.map((a) => a.values.activity);

  test('is a bullet still, left out of the activity', () => {
    expect(read('\uF0B7Fast sparringsmøde i mentorgruppen')).toEqual(['Fast sparringsmøde i mentorgruppen']);
    expect(read('\uF0B7\tFast sparringsmøde i mentorgruppen')).toEqual([
      'Fast sparringsmøde i mentorgruppen',
    ]);
  });
});
