// Habits the last rounds left open (session 33, leftopen5), each judged on probes built here with
// SheetJS (another tool than the product's writer), never a corpus plan.

import * as XLSX from 'xlsx';
import { COVER, inspectSheetjs, type Inspected } from '../../fixtures/sheetjs';

const activitiesOf = (r: Inspected) => r.structure.draft.activities;
const namesOf = (r: Inspected) => activitiesOf(r).map((a) => a.values.activity);
const checksAt = (r: Inspected, sheet: string, cell: string) =>
  r.structure.checks.filter((c) => c.sheet === sheet && c.cell === cell);

/** A sheet of rows with these merged ranges, as SheetJS writes it. */
function merged(rows: readonly (readonly unknown[])[], merges: readonly string[]): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet(rows.map((r) => [...r]));
  ws['!merges'] = merges.map((m) => XLSX.utils.decode_range(m));
  return ws;
}
const issuesAt = (r: Inspected, sheet: string, cell: string) =>
  r.issues.filter((i) => i.sheet === sheet && i.cell === cell);

const HEAD = ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Frist', 'Status'];
const plan = (rows: readonly (readonly unknown[])[], cover: readonly (readonly [string, string])[] = COVER) =>
  inspectSheetjs([
    ['Forside', cover],
    ['Plan', [HEAD, ...rows]],
  ]);

// --- 3. "uge 53" without a year in a plan whose year has 52 weeks --------------------------------

describe('a week 53 or a leap day without a year, in a plan whose year has none', () => {
  test('"uge 53" in a plan for 2027 (52 weeks): the year has no week 53, and 2026 has one', () => {
    const r = plan([
      ['Ledelse', 'Styregruppemøde', 'Anne Lund', '', 'uge 12', 'I gang'],
      ['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', '', 'uge 53', 'I gang'],
    ]);
    expect(activitiesOf(r)[1]?.values.deadline).toBeUndefined();
    const [i] = issuesAt(r, 'Plan', 'E3');
    expect(i?.code).toBe('date_unreadable');
    expect(i?.message.da).toContain('planens år 2027 har ingen uge 53');
    expect(i?.message.da).toContain('28.12.2026–03.01.2027');
    expect(i?.message.da).toContain('"uge 53 2026"');
    expect(i?.message.da).not.toContain('hverken titlen, perioden');
    expect(i?.message.en).toContain("the plan's year 2027 has no week 53");
    expect(i?.message.en).toContain('E3');
  });

  test('"29.02" in a plan for 2027: the year has no 29 February', () => {
    const r = plan([
      ['Ledelse', 'Styregruppemøde', 'Anne Lund', '', '15.03', 'I gang'],
      ['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', '', '29.02', 'I gang'],
    ]);
    const [i] = issuesAt(r, 'Plan', 'E3');
    expect(i?.message.da).toContain('ingen 29. februar');
    expect(i?.message.en).toContain('no 29 February');
    expect(i?.message.da).toContain('"29.02 2028"');
  });

  test('"uge 53" in a plan for 2026 (53 weeks) is read; with no year anywhere the year is what is missing', () => {
    const r = plan(
      [['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', '', 'uge 53', 'I gang']],
      [
        ['Kommune', 'Vejle'],
        ['Periode', '2. halvår 2026'],
      ],
    );
    expect(activitiesOf(r)[0]?.values.deadline).toBe('2027-01-03');
    const none = plan(
      [['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', '', 'uge 53', 'I gang']],
      [['Kommune', 'Vejle']],
    );
    expect(issuesAt(none, 'Plan', 'E2')[0]?.message.da).toContain('hverken titlen, perioden');
  });
});

// --- 1. A shared coordinator's file: two municipalities in one sheet ------------------------------

describe("a shared coordinator's file with two municipalities' rows in one table", () => {
  // The copy Lolland submits: the coordinator is shared with Guldborgsund.
  const LOLLAND: [string, string][] = [
    ['Kommune', 'Lolland Kommune'],
    ['Periode', '1. halvår 2027'],
    ['Koordinator', 'Birgitte Holm (fælles for Lolland og Guldborgsund)'],
  ];
  const ACTS = [
    ['Begge', 'Ledelse', 'Fælles styregruppemøde', 'Birgitte Holm', '15.01.2027', 'I gang'],
    ['Lolland', 'Kommunikation', 'Informationsmøde i Nakskov', 'Rasmus Due', '15.02.2027', 'I gang'],
    [
      'Guldborgsund',
      'Inddragelse',
      'Ungepanel i Nykøbing Falster',
      'Kim Vestergaard',
      '15.03.2027',
      'Ikke startet',
    ],
    ['Lolland', 'Opkvalificering', 'Mentoruddannelse, Lollandholdet', 'Rasmus Due', '31.03.2027', 'I gang'],
    [
      'Guldborgsund',
      'Evaluering og tilpasning',
      'Evaluering af første hold',
      'Kim Vestergaard',
      '30.04.2027',
      'I gang',
    ],
  ];
  const columnFile = (title: string) =>
    inspectSheetjs([
      ['Forside', LOLLAND],
      ['Plan', [[title], [], ['Kommune', 'Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'], ...ACTS]],
      [
        'Korps',
        [
          ['Initialer', 'Kommune', 'Rolle', 'Timer pr. uge'],
          ['AH', 'Lolland', 'Mentor', 5],
          ['KV', 'Guldborgsund', 'Mentor', 6],
          ['BB', 'Alle', 'Forældrecoach', 4],
        ],
      ],
    ]);

  test('a "Kommune" column: the own and the joint rows are read, the neighbour\'s left out, each checked', () => {
    const r = columnFile('Implementeringsplan 2027 – Lolland og Guldborgsund');
    expect(namesOf(r)).toEqual([
      'Fælles styregruppemøde',
      'Informationsmøde i Nakskov',
      'Mentoruddannelse, Lollandholdet',
    ]);
    expect(r.structure.draft.corps.map((c) => c.values.initials)).toEqual(['AH', 'BB']);
    const [c] = checksAt(r, 'Plan', 'A6');
    expect(c?.reason.da).toContain('Guldborgsund Kommune');
    expect(c?.reason.da).toContain('cellen A6 siger "Guldborgsund"');
    expect(c?.reason.en).toContain('the cover names Lolland Municipality');
    expect(checksAt(r, 'Plan', 'A8')).toHaveLength(1);
    expect(checksAt(r, 'Korps', 'B3')[0]?.reason.da).toContain('medlem af korpset');
  });

  test('a plan that calls itself joint ("Fælles plan for …") is the two municipalities\' common plan: all read', () => {
    const r = columnFile('Fælles plan for Lolland og Guldborgsund 2027');
    expect(namesOf(r)).toHaveLength(5);
    expect(r.structure.draft.corps).toHaveLength(3);
  });

  test("a block under each municipality's heading: the neighbour's block is left out, checked at its rows", () => {
    const r = inspectSheetjs([
      ['Forside', LOLLAND],
      [
        'Plan',
        [
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
          ['Fælles', '', '', '', ''],
          ['Ledelse', 'Fælles styregruppemøde', 'Birgitte Holm', '15.01.2027', 'I gang'],
          ['Lolland Kommune', '', '', '', ''],
          ['Kommunikation', 'Informationsmøde i Nakskov', 'Rasmus Due', '15.02.2027', 'I gang'],
          ['Opkvalificering', 'Mentoruddannelse, Lollandholdet', 'Rasmus Due', '31.03.2027', 'I gang'],
          ['Guldborgsund Kommune', '', '', '', ''],
          ['Inddragelse', 'Ungepanel i Nykøbing Falster', 'Kim Vestergaard', '15.03.2027', 'Ikke startet'],
          [
            'Evaluering og tilpasning',
            'Evaluering af første hold',
            'Kim Vestergaard',
            '30.04.2027',
            'I gang',
          ],
        ],
      ],
    ]);
    expect(namesOf(r)).toEqual([
      'Fælles styregruppemøde',
      'Informationsmøde i Nakskov',
      'Mentoruddannelse, Lollandholdet',
    ]);
    expect(checksAt(r, 'Plan', 'A8')[0]?.reason.da).toContain('overskriften "Guldborgsund Kommune" (A7)');
    expect(checksAt(r, 'Plan', 'A9')).toHaveLength(1);
  });

  test('a column naming only the own municipality and the joint rows is read as before', () => {
    const r = inspectSheetjs([
      ['Forside', LOLLAND],
      [
        'Plan',
        [
          ['Kommune', 'Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'],
          ['Lolland', 'Ledelse', 'Styregruppemøde', 'Birgitte Holm', '15.01.2027', 'I gang'],
          ['Fælles', 'Kommunikation', 'Informationsmøde', 'Rasmus Due', '15.02.2027', 'I gang'],
          ['Lolland', 'Inddragelse', 'Ungepanel', 'Rasmus Due', '15.03.2027', 'I gang'],
        ],
      ],
    ]);
    expect(namesOf(r)).toHaveLength(3);
    expect(r.structure.checks.filter((c) => c.reason.da.includes('forsiden angiver'))).toEqual([]);
  });
});

// --- 2. A school year or a budget year as the column group ---------------------------------------

describe('school years and budget years as column groups', () => {
  const groups = (years: readonly string[]) =>
    merged(
      [
        ['Handleplan'],
        [],
        ['', '', '', years[0], '', years[1], ''],
        ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status', 'Frist', 'Status'],
        ['Ledelse', 'Styregruppemøde', 'Anne Lund', '15.12.2026', 'Gennemført', '30.06.2027', 'Ikke startet'],
        ['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', '30.11.2026', 'I gang', '', ''],
        ['Evaluering og tilpasning', 'Slutevaluering', 'Anne Lund', '', '', '15.05.2028', 'Ikke startet'],
      ],
      ['D3:E3', 'F3:G3'],
    );
  const read = (years: readonly string[], period: string) =>
    inspectSheetjs([
      [
        'Forside',
        [
          ['Kommune', 'Vejle'],
          ['Periode', period],
        ],
      ],
      ['Plan', groups(years)],
    ]);

  test('"Skoleår 2026/27" holds 1. halvår 2027 (January–June): read there, checked', () => {
    const r = read(['Skoleår 2025/26', 'Skoleår 2026/27'], '1. halvår 2027');
    // A row filled only in the earlier year's group is read as before (its period fields empty).
    expect(namesOf(r)).toEqual(['Styregruppemøde', 'Nyhedsbrev', 'Slutevaluering']);
    expect(activitiesOf(r)[0]?.values.deadline).toBe('2027-06-30');
    expect(activitiesOf(r)[0]?.values.status).toBe('not_started');
    expect(checksAt(r, 'Plan', 'F4')[0]?.reason.da).toContain('august 2026–juli 2027');
  });

  test('"Skoleår 2026/27" holds 2. halvår 2026 from August: read there, the July said', () => {
    const r = read(['Skoleår 2026/27', 'Skoleår 2027/28'], '2. halvår 2026');
    expect(namesOf(r)).toEqual(['Styregruppemøde', 'Nyhedsbrev']);
    expect(activitiesOf(r)[0]?.values.status).toBe('done');
    expect(checksAt(r, 'Plan', 'D4')[0]?.reason.da).toContain('Juli 2026 hører til skoleåret før');
  });

  test('"2026/27" alone is a school year; "Budget 2027" is the calendar year', () => {
    expect(activitiesOf(read(['2025/26', '2026/27'], '1. halvår 2027'))[0]?.values.deadline).toBe(
      '2027-06-30',
    );
    const b = read(['Budget 2026', 'Budget 2027'], '1. halvår 2027');
    expect(activitiesOf(b)[0]?.values.deadline).toBe('2027-06-30');
    expect(checksAt(b, 'Plan', 'F4')[0]?.reason.da).toContain('grupperet pr. år');
  });

  test('two years that do not follow ("2026/28") or a school year beside a calendar year are no groups', () => {
    for (const years of [
      ['Skoleår 2026/28', 'Skoleår 2027/29'],
      ['Skoleår 2026/27', '2027'],
    ])
      expect(checksAt(read(years, '1. halvår 2027'), 'Plan', 'F4')).toEqual([]);
  });
});

// --- 4. A table typed double-spaced (an empty row after every row) --------------------------------

describe('a checklist under its title typed double-spaced', () => {
  const spaced = (rows: readonly (readonly unknown[])[]) => rows.flatMap((r) => [r, []]);
  const QS = [
    'Har kommunen gennemført en analyse af behovet for indsatsen?',
    'Har relevante aktører i kommunen været involveret i analysen?',
    'Er der udarbejdet en plan for, hvordan samarbejdspartnere involveres?',
    'Er der valgt en koordinator, som kan drive implementeringen?',
  ];
  const answersOf = (r: Inspected) =>
    (r.structure.draft.checklist ?? []).map((c) => c.answer).filter((a) => a !== undefined && a !== null);

  test('the title two rows over its rows (one empty row doubled to three): the checklist is read', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Tjekliste',
        [['Tjekliste – besvaret af koordinatoren'], [], [], [], ...spaced(QS.map((q) => [q, 'Ja']))],
      ],
    ]);
    expect(answersOf(r)).toHaveLength(4);
  });

  test('each answer on the row under its question, an empty row between: the answers are read', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Tjekliste', [['Tjekliste'], [], ...spaced(QS.flatMap((q) => [[q], ['Svar: Delvist']]))]],
    ]);
    expect(answersOf(r)).toEqual(['partly', 'partly', 'partly', 'partly']);
  });

  test('a title three empty rows over rows typed row under row stays apart: no checklist', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Tjekliste', [['Tjekliste – besvaret af koordinatoren'], [], [], [], ...QS.map((q) => [q, 'Ja'])]],
    ]);
    expect(answersOf(r)).toHaveLength(0);
  });
});
