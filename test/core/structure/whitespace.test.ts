// White space a careful reader does not see: a non-breaking space (pasted from Word or Outlook, or
// typed with Option+Space on a Mac), a narrow no-break space, a line break typed with Alt+Enter in a
// narrow cell. A header, a remark, a mention, a name or a totals line reads the same with any of
// them as with a plain space. The whole corpus is held to the same in
// test/accuracy/metamorphic.test.ts; these probes are workbooks SheetJS wrote, read through the intake.

import { checkedAt, inspectSheet, inspectSheetjs, COVER } from '../../fixtures/sheetjs';

const SPACES = [
  ['a non-breaking space', '\u00a0'],
  ['a narrow no-break space', '\u202f'],
  ['a line break', '\n'],
] as const;

describe.each(SPACES)('with %s between the words', (_, space) => {
  const w = (text: string): string => text.replace(/ /g, space);

  test('a header written with it names its column ("Completed At": a day there means done)', () => {
    const r = inspectSheet('Opgaver', [
      ['Name', 'Section/Column', 'Assignee', 'Due Date', w('Completed At')],
      ['Kick-off med ledergruppen', 'Ledelse', 'Torben Lund', '2027-01-15', '2027-01-14'],
      ['Nyhedsbrev til skolerne', 'Kommunikation', 'Line Bech', '2027-02-01', ''],
    ]);
    const status = r.structure.draft.activities.map((a) => a.values.status);
    expect(status[0]).toBe('done');
    expect(status[1]).not.toBe('done');
  });

  test('a remark saying another activity replaced this one is read as changed', () => {
    const r = inspectSheet('Plan', [
      ['Tema', 'Aktivitet', 'Deadline', 'Status', 'Bemærkning'],
      ['Ledelse', 'Styregruppemøde', '15.03.2027', 'I gang', w('Erstattet af nr. 12')],
      ['Kommunikation', 'Nyhedsbrev', '15.04.2027', 'I gang', ''],
    ]);
    const [first, second] = r.structure.draft.activities;
    expect(first?.values.status).toBe('changed');
    expect(checkedAt(r, 'Plan', 'D2')).toBe(true);
    expect(second?.values.status).toBe('in_progress');
  });

  test('a person inserted as a mention is the person, without "@"', () => {
    const r = inspectSheet('Plan', [
      ['Tema', 'Aktivitet', 'Deadline', 'Ansvarlig'],
      ['Ledelse', 'Styregruppemøde', '15.03.2027', w('@Sanne Kragh')],
      ['Kommunikation', 'Nyhedsbrev', '15.04.2027', w('@Anna Holm @Bo Eriksen')],
    ]);
    const people = r.structure.draft.activities.map((a) => a.values.responsible?.replace(/\s+/g, ' '));
    expect(people).toEqual(['Sanne Kragh', 'Anna Holm, Bo Eriksen']);
  });

  test('a totals line under the plan is no activity', () => {
    const r = inspectSheet('Plan', [
      ['Tema', 'Aktivitet', 'Deadline', 'Ansvarlig'],
      ['Ledelse', 'Styregruppemøde', '15.03.2027', 'Sanne Kragh'],
      ['Kommunikation', 'Nyhedsbrev', '15.04.2027', 'Bo Eriksen'],
      [null, w('I alt: 2 aktiviteter')],
    ]);
    expect(r.structure.draft.activities.map((a) => a.values.activity)).toEqual([
      'Styregruppemøde',
      'Nyhedsbrev',
    ]);
  });
});

describe('a corps member written by full name over lines in a narrow cell', () => {
  const r = inspectSheetjs([
    ['Forside', COVER],
    [
      'Plan',
      [
        ['Tema', 'Aktivitet', 'Deadline'],
        ['Ledelse', 'Styregruppemøde', '15.03.2027'],
      ],
    ],
    [
      'Korps',
      [
        ['Navn', 'Rolle', 'Timer pr. uge'],
        ['Anne\nMarie Holst', 'Mentor', 4],
        ['Jonas\nBech', 'Forældrecoach', 3],
        ['Lise Dahl\ntlf. 4012 3456', 'Mentor', 2],
      ],
    ],
  ]);
  const corps = r.structure.draft.corps.map((c) => c.values.initials);

  test('the whole name gives the initials (the corps keeps initials only), checked', () => {
    expect(corps).toEqual(['AMH', 'JB', 'LD']);
    expect(checkedAt(r, 'Korps', 'A2')).toBe(true);
    expect(checkedAt(r, 'Korps', 'A3')).toBe(true);
  });

  test('no full name is kept in the plan', () => {
    expect(JSON.stringify(r.plan)).not.toMatch(/Marie|Jonas|Lise/);
  });
});

describe('an empty column between a checklist and its later answer column', () => {
  const questions = [
    ['F1', 'Har kommunen analyseret behovet for indsatsen?', 'Delvist', 'Ja'],
    ['F2', 'Er relevante lokale aktører inddraget i behovsanalysen?', 'Nej', 'Delvist'],
    ['F3', 'Er der en plan for inddragelse og information af samarbejdspartnere?', 'Nej', 'Nej'],
  ];
  const r = inspectSheetjs([
    ['Forside', COVER],
    [
      'Plan',
      [
        ['Tema', 'Aktivitet', 'Deadline'],
        ['Ledelse', 'Styregruppemøde', '15.03.2027'],
      ],
    ],
    [
      'Huskeliste',
      [
        ['Nr.', 'Spørgsmål', 'Svar 2. halvår 2026', null, 'Svar 1. halvår 2027'],
        ...questions.map(([id, q, old, now]) => [id, q, old, null, now]),
      ],
    ],
  ]);
  const answers = new Map(r.structure.draft.checklist.map((c) => [c.id, c.answer]));

  test('the later column, one empty column apart, gives the answers now', () => {
    expect([answers.get('F1'), answers.get('F2'), answers.get('F3')]).toEqual(['yes', 'partly', 'no']);
  });
});

describe("the cover's facts come from the cover, wherever its tab stands", () => {
  const r = inspectSheetjs([
    [
      'Temaer',
      [
        ['Kode', 'Tema'],
        ['T1', 'Ledelse'],
        ['T2', 'Kommunikation'],
      ],
    ],
    [
      'Plan',
      [
        ['Tema', 'Aktivitet', 'Deadline'],
        ['T1', 'Styregruppemøde', '15.03.2027'],
      ],
    ],
    ['Forside', [...COVER, ['Koordinator', 'Trine Holm'], ['Ledelse', 'Hanne Møller']]],
  ]);

  test('a label word in a list on a sheet before the cover ("Ledelse" over a theme) gives no fact', () => {
    expect(r.structure.draft.leader?.name).toBe('Hanne Møller');
    expect(r.structure.draft.places.leaderName).toEqual({ sheet: 'Forside', cell: 'B4' });
  });
});

describe('a half-year column typed in small letters ("f26", "e26")', () => {
  const r = inspectSheetjs([
    [
      'Forside',
      [
        ['Kommune', 'Tårnby'],
        ['Periode', '2. halvår 2026'],
      ],
    ],
    [
      'Plan',
      [
        ['Halvår', 'Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
        ['f26', 'Ledelse', 'Styregruppemøde om budget', 'Michael Juhl', '2026-03-31', 'Gennemført'],
        ['f26', 'Kommunikation', 'Nyhedsbrev til skolerne', 'Sanne Vestergaard', '2026-05-15', 'Gennemført'],
        ['e26', 'Opkvalificering', 'Andet hold mentorer uddannet', 'Michael Juhl', '2026-11-20', 'I gang'],
        ['e26', 'Inddragelse', 'Forældremøde i Kastrup', 'Sanne Vestergaard', '2026-10-08', 'Ikke startet'],
      ],
    ],
  ]);

  test("only this half-year's rows are the plan's activities", () => {
    expect(r.structure.draft.activities.map((a) => a.values.activity)).toEqual([
      'Andet hold mentorer uddannet',
      'Forældremøde i Kastrup',
    ]);
  });
});
