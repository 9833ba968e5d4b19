// Habits found by the fourth held-out round of the accuracy corpus (p43–p47): plans exported from
// project tools, outlines, numbered statuses, symbol fonts, and the other shapes coordinators keep.

import { structure } from '../../../core/structure';
import { readAnswerText } from '../../../core/structure/checklist';
import { gridOf } from './grid-builder';

describe('a board exported from a project tool, one group per theme', () => {
  const HEADER = ['Name', 'Person', 'Status', 'Deadline', 'Item ID'];
  const board = gridOf({
    name: 'Mentorkorps 2027',
    rows: [
      ['Mentorkorps 2027'],
      [],
      ['Ledelse & forankring'],
      HEADER,
      ['Kvartalsmøde med ledelsen', 'Jens Kock', 'Done', '2027-06-30', '4018203553'],
      [],
      ['Kommunikation'],
      HEADER,
      ['Folder til forældre', 'Rikke Due', 'Done', '2027-02-05', '4018203551'],
      ['Opslag på hjemmesiden', 'Rikke Due', 'Done', '2027-04-15', '4018203552'],
    ],
  });

  test("each group's name over its own header is the theme of its items; one said in other words is checked", () => {
    const r = structure(board);
    expect(
      r.draft.activities.map((a) => [a.source.row, a.values.activity, a.values.responsible, a.values.theme]),
    ).toEqual([
      [5, 'Kvartalsmøde med ledelsen', 'Jens Kock', 'leadership'],
      [9, 'Folder til forældre', 'Rikke Due', 'communication'],
      [10, 'Opslag på hjemmesiden', 'Rikke Due', 'communication'],
    ]);
    // "Ledelse & forankring" names the theme by meaning: read, and shown for a check at the title.
    expect(r.checks.some((c) => c.sheet === 'Mentorkorps 2027' && c.cell === 'A3')).toBe(true);
    expect(r.checks.some((c) => c.cell === 'A7')).toBe(false);
  });

  test('a lone group name above a header is no first header row ("forankring" is no anchoring column)', () => {
    const r = structure(board);
    const first = r.tables.find((t) => t.key === 'activities');
    expect(first?.headerRow).toBe(3);
    expect(first?.columns.find((c) => c.col === 0)?.field).toBe('activity');
  });
});

describe("a project tool's status labels", () => {
  test('"Working on it" is I gang; "Stuck" is I gang with a check at its cell', () => {
    const r = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
          ['Ledelse', 'Kvartalsmøde', 'Jens Kock', '30.06.2027', 'Working on it'],
          ['Kommunikation', 'Infomøde for skolelederne', 'Rikke Due', '09.03.2027', 'Stuck'],
        ],
      }),
    );
    expect(r.draft.activities.map((a) => a.values.status)).toEqual(['in_progress', 'in_progress']);
    expect(r.checks.some((c) => c.cell === 'E3' && c.field === 'activities.status')).toBe(true);
    expect(r.checks.some((c) => c.cell === 'E2' && c.field === 'activities.status')).toBe(false);
    expect(r.issues.filter((i) => i.cell === 'E2' || i.cell === 'E3')).toEqual([]);
  });
});

describe('statuses written as codes a key explains', () => {
  const plan = (above: (string | number)[][], statuses: (string | number)[]) =>
    gridOf({
      name: 'Plan',
      rows: [
        ['Implementeringsplan 2027'],
        ...above,
        [],
        ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
        ...statuses.map((s, i) => ['Ledelse', `Aktivitet ${i + 1}`, 'Sanne Bak', '30.06.2027', s]),
      ],
    });

  test('"Status: 1 = ikke startet · 2 = i gang · 3 = gennemført · 4 = aflyst" reads the numbers', () => {
    const r = structure(
      plan([['Status: 1 = ikke startet · 2 = i gang · 3 = gennemført · 4 = aflyst']], [3, 2, 1, 4]),
    );
    expect(r.draft.activities.map((a) => a.values.status)).toEqual([
      'done',
      'in_progress',
      'not_started',
      'closed',
    ]);
    expect(r.issues.filter((i) => i.code === 'value_not_in_list')).toEqual([]);
  });

  test('a legend in cells, a code beside its meaning (letters typed in a symbol font), reads the codes', () => {
    const r = structure(
      plan(
        [
          ['Forklaring:', 'ü', 'Gennemført'],
          ['', 'l', 'I gang'],
          ['', '¡', 'Ikke startet'],
        ],
        ['l', 'ü', '¡'],
      ),
    );
    expect(r.draft.activities.map((a) => a.values.status)).toEqual(['in_progress', 'done', 'not_started']);
  });

  test('without a key a number is no status: an issue at its cell, never a guess', () => {
    const r = structure(plan([], [3, 2]));
    expect(r.draft.activities.map((a) => a.values.status)).toEqual([undefined, undefined]);
    expect(r.issues.filter((i) => i.code === 'value_not_in_list').map((i) => i.cell)).toEqual(['E4', 'E5']);
  });
});

describe('a checklist in our own words, answered in words', () => {
  test('"Ja, delvist – lederne mangler" is Delvist with the comment after the dash', () => {
    expect(readAnswerText('Ja, delvist – lederne mangler')).toEqual({
      answer: 'partly',
      comment: 'lederne mangler',
    });
    // A second answer after the dash is still two answers, never one picked.
    expect(readAnswerText('Ja – nej').conflict).toEqual(['yes', 'no']);
  });

  test('a title ending in "tjekliste" starts a checklist with no header words of its own', () => {
    const r = structure(
      gridOf({
        name: 'Parathed',
        rows: [
          ['Er vi klar? – vores egen tjekliste'],
          [],
          ['Før vi går i gang', 'Svar'],
          ['Har vi lavet en analyse af behovet for indsatsen?', 'Ja'],
          ['Var de relevante fagfolk med i analysen?', 'Ja, delvist'],
          ['Har vi en plan for at holde samarbejdspartnerne informeret og involveret?', 'Nej – men planlagt'],
          ['Er der udpeget en koordinator til at drive indsatsen?', 'Ja'],
        ],
      }),
    );
    const got = Object.fromEntries(r.draft.checklist.filter((a) => a.answer).map((a) => [a.id, a.answer]));
    expect(got).toEqual({ F1: 'yes', F2: 'partly', F3: 'no', F4: 'yes' });
  });
});

describe("a checklist's own mark", () => {
  const list = (marks: [string, string, string][]) =>
    gridOf({
      name: 'Tjekliste',
      rows: [
        ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej'],
        ['F1', 'Har kommunen gennemført en analyse af behovet?', ...marks[0]!],
        ['F2', 'Har relevante aktører været involveret i analysen?', ...marks[1]!],
        ['F3', 'Er der en plan for at involvere samarbejdspartnere?', ...marks[2]!],
        ['F4', 'Er der valgt en koordinator?', 'ü', '', ''],
      ],
    });

  test('one character in every marked cell, once a row ("ü" in Wingdings shows a tick), is the mark', () => {
    const r = structure(
      list([
        ['ü', '', ''],
        ['', 'ü', ''],
        ['', '', 'ü'],
      ]),
    );
    expect(r.draft.checklist.slice(0, 4).map((a) => a.answer)).toEqual(['yes', 'partly', 'no', 'yes']);
    expect(r.issues.filter((i) => i.code === 'value_not_in_list')).toEqual([]);
  });

  test('two different characters are no mark: an issue at each, never a guess', () => {
    const r = structure(
      list([
        ['ü', '', ''],
        ['', 'û', ''],
        ['', '', 'ü'],
      ]),
    );
    expect(r.draft.checklist[0]?.answer).toBeNull();
    expect(r.issues.filter((i) => i.code === 'value_not_in_list').map((i) => i.cell)).toContain('D3');
  });
});

describe('an outline plan: activities numbered under the row that groups them', () => {
  const outline = (parentStatus: string) =>
    gridOf({
      name: 'Handleplan',
      rows: [
        ['Nr.', 'Tema', 'Aktivitet', 'Hvornår', 'Ansv.', 'Status'],
        ['1', 'Ledelse', 'Forankring i ledelsen', 'januar-marts 2027', 'SJ', parentStatus],
        ['1.1', '', '   Ledergruppen godkender mål', '01.03.2027', 'SJ', 'Afsluttet'],
        ['1.2', '', '   Fast punkt på ledermøder', '31.03.2027', 'SJ', 'I gang'],
        ['2', 'Opkvalificering', 'Opstart af første mentorhold', 'marts-april 2027', 'LK', ''],
        ['2.1', '', '   Rekruttering af fire mentorer', '16.03.2027', 'LK', 'Afsluttet'],
        ['3', 'Kommunikation', 'Nyhedsbrev til skolerne', '30.04.2027', 'LK', 'I gang'],
      ],
    });

  test('a parent row with no status of its own is no activity; the rows under it take its theme', () => {
    const r = structure(outline(''));
    expect(r.draft.activities.map((a) => [a.source.row, a.values.activity, a.values.theme])).toEqual([
      [3, 'Ledergruppen godkender mål', 'leadership'],
      [4, 'Fast punkt på ledermøder', 'leadership'],
      [6, 'Rekruttering af fire mentorer', 'upskilling'],
      [7, 'Nyhedsbrev til skolerne', 'communication'],
    ]);
    // Not sure (a status may have been forgotten): each parent row is named in a check.
    expect(r.checks.filter((c) => c.field === 'activities.row').map((c) => c.cell)).toEqual(['C2', 'C5']);
  });

  test('a numbered row with a status of its own is an activity', () => {
    const r = structure(outline('I gang'));
    expect(r.draft.activities.map((a) => a.source.row)).toEqual([2, 3, 4, 6, 7]);
  });
});

describe('a period column beside the deadline column', () => {
  test('"Timeline" gives the start, and the deadline where "Deadline" is empty', () => {
    const r = structure(
      gridOf({
        name: 'Board',
        rows: [
          ['Name', 'Person', 'Status', 'Timeline', 'Deadline'],
          ['Folder til forældre', 'Rikke Due', 'Done', '2027-01-11 - 2027-02-05', '2027-02-05T00:00:00'],
          ['Kvartalsmøde med ledelsen', 'Jens Kock', 'Working on it', '2027-01-04 - 2027-06-30', ''],
          ['Opslag på hjemmesiden', 'Rikke Due', 'Done', '', '2027-04-15T00:00:00'],
        ],
      }),
    );
    expect(r.draft.activities.map((a) => [a.values.start, a.values.deadline])).toEqual([
      ['2027-01-11', '2027-02-05'],
      ['2027-01-04', '2027-06-30'],
      [undefined, '2027-04-15'],
    ]);
  });
});

describe('a small table beside the plan, one empty column apart', () => {
  test('the cover facts on the right of the plan, on its rows, are the cover, not columns of the plan', () => {
    const r = structure(
      gridOf({
        name: 'Plan',
        rows: [
          ['Implementeringsplan'],
          [],
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status', '', 'Kommune', 'Furesø'],
          ['Ledelse', 'Styregruppemøde', 'Morten Eg', '10.02.2027', 'I gang', '', 'Halvår', '1. halvår 2027'],
          [
            'Kommunikation',
            'Artikel på intranettet',
            'Sanne Bak',
            '26.02.2027',
            'I gang',
            '',
            'Koordinator',
            'Sanne Bak',
          ],
          [
            'Inddragelse',
            'Fokusgruppe med unge',
            'Sanne Bak',
            '31.03.2027',
            'Ikke startet',
            '',
            'Leder',
            'Morten Eg',
          ],
        ],
      }),
    );
    expect(r.draft.municipality?.code).toBe('190');
    expect(r.draft.period).toBe('2027-H1');
    expect(r.draft.coordinator?.name).toBe('Sanne Bak');
    expect(r.draft.leader?.name).toBe('Morten Eg');
    expect(r.tables.find((t) => t.key === 'activities')?.columns.map((c) => c.col)).toEqual([0, 1, 2, 3, 4]);
    expect(r.draft.activities).toHaveLength(3);
  });
});
