// Habits found by the twelfth held-out round of the accuracy corpus (p77–p80): a header frozen over
// cleared rows, Danish month abbreviations with a two-digit year, answers written short ("Delv."),
// headers dated by a month ("Status maj 27"), the status told in remarks, a checklist answered on the
// row under each question. Each probe is a workbook SheetJS wrote, read through the intake.

import { englishDayOf, readDateText } from '../../../core/dates';
import { inspectBytes } from '../../../core/inspect';
import { WorkbookModel } from '../../accuracy/build/model';
import { toXlsx } from '../../accuracy/build/xlsx';
import { matchListValue } from '../../../core/normalize';
import { checkedAt, inspectSheet, inspectSheetjs, COVER, type Inspected } from '../../fixtures/sheetjs';
import { SEED_QUESTIONS } from '../../accuracy/plans/checklist-seed';

const activities = (r: Inspected) => r.structure.draft.activities;
const EMPTY: readonly unknown[] = [];

describe('a header frozen on row 1 over cleared rows', () => {
  const header = ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status'];

  test('the rows after 30 empty rows are the plan', () => {
    const r = inspectSheet('Plan', [
      header,
      ...Array.from({ length: 30 }, () => EMPTY),
      ['Ledelse', 'Kickoff i ledergruppen', 'Henrik', '29.01.2027', 'I gang'],
      ['Kommunikation', 'Pjece til forældre', 'Mette', '15.03.2027', 'Ikke startet'],
    ]);
    expect(activities(r).map((a) => [a.source.row, a.values.activity, a.values.deadline])).toEqual([
      [32, 'Kickoff i ledergruppen', '2027-01-29'],
      [33, 'Pjece til forældre', '2027-03-15'],
    ]);
  });

  test('a note alone far below an empty plan is no activity', () => {
    const r = inspectSheet('Plan', [
      header,
      ...Array.from({ length: 30 }, () => EMPTY),
      ['Udfyldes af koordinatoren inden 1. marts'],
    ]);
    expect(activities(r)).toHaveLength(0);
  });
});

describe('a Danish month abbreviation and a two-digit year', () => {
  test('"feb 27", "mar. 27", "nov.26", "sept. 27" are the month of that year', () => {
    const read = (t: string) => readDateText(t, { year: 2027 });
    expect(read('feb 27')).toMatchObject({ first: '2027-02-01', last: '2027-02-28', yearSupplied: false });
    expect(read('mar. 27')).toMatchObject({ first: '2027-03-01', last: '2027-03-31' });
    expect(read('nov.26')).toMatchObject({ first: '2026-11-01', last: '2026-11-30' });
    expect(read('sept. 27')).toMatchObject({ last: '2027-09-30' });
    expect(read('maj 27')).toMatchObject({ last: '2027-05-31' });
  });

  test('medio, ultimo and a range of months take the two-digit year as well', () => {
    expect(readDateText('medio mar 27')).toMatchObject({ first: '2027-03-15', last: '2027-03-15' });
    expect(readDateText('ult. jun. 27')).toMatchObject({ last: '2027-06-30' });
    expect(readDateText('jan.–mar. 27')).toMatchObject({
      first: '2027-01-01',
      last: '2027-03-31',
      range: true,
    });
  });

  test('an English month name, or a number no plan year is, stays a day', () => {
    expect(readDateText('March 15', { year: 2027 })).toMatchObject({
      first: '2027-03-15',
      last: '2027-03-15',
    });
    expect(readDateText('Oct 15', { year: 2027 })).toMatchObject({ first: '2027-10-15' });
    expect(readDateText('apr 15', { year: 2027 })).toMatchObject({ first: '2027-04-15', last: '2027-04-15' });
    expect(readDateText('apr 15')).toBeUndefined();
  });

  test('in a plan, "feb 27" is the end of February 2027, not the 27th', () => {
    const r = inspectSheet('Plan', [
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Frist', 'Status'],
      ['Ledelse', 'Kickoff', 'Henrik', 'jan. 27', 'feb 27', 'I gang'],
      ['Kommunikation', 'Pjece', 'Mette', null, '1. apr. 27', 'I gang'],
    ]);
    expect(activities(r).map((a) => [a.values.start, a.values.deadline])).toEqual([
      ['2027-01-01', '2027-02-28'],
      [undefined, '2027-04-01'],
    ]);
  });

  test('an abbreviation English shares ("Mar 26") is the month, with a check naming the day English reads', () => {
    const r = inspectSheet('Plan', [
      ['Theme', 'Activity', 'Responsible', 'Deadline', 'Status'],
      ['Ledelse', 'Kickoff', 'Henrik', 'Mar 26', 'In progress'],
      ['Ledelse', 'Review', 'Henrik', 'maj 26', 'In progress'],
    ]);
    expect(activities(r).map((a) => a.values.deadline)).toEqual(['2026-03-31', '2026-05-31']);
    const checks = (r.checks ?? []).filter((c) => c.field === 'activities.deadline');
    expect(checks.map((c) => c.cell)).toEqual(['D2']);
    expect(checks[0]?.reason.da).toContain('den 26. marts');
    expect(checks[0]?.reason.en).toContain('26 March');
    // Only the month and year form: a Danish-only month and a number no day has get no such check.
    expect(englishDayOf('maj 26')).toBeUndefined();
    expect(englishDayOf('feb 30')).toBeUndefined();
    expect(englishDayOf('feb 29')).toEqual({ month: 2, day: 29 });
  });
});

describe('a list value written short with a full stop', () => {
  test('"Delv.", "Ikke påb.", "Gennemf." name the one value they begin', () => {
    expect(matchListValue('answer', 'Delv.')).toBe('partly');
    expect(matchListValue('status', 'Ikke påb.')).toBe('not_started');
    expect(matchListValue('status', 'Gennemf.')).toBe('done');
    expect(matchListValue('theme', 'Opf. på dok.')).toBe('documentation');
  });

  test('without the full stop, too short, or fitting nothing, it is no value', () => {
    expect(matchListValue('answer', 'Delv')).toBeUndefined();
    expect(matchListValue('answer', 'De.')).toBeUndefined();
    expect(matchListValue('status', 'Xyz.')).toBeUndefined();
  });

  test('a checklist answered "Delv." reads Delvist', () => {
    const r = inspectSheet('Huskeliste', [
      ['Nr.', 'Spørgsmål', 'Svar'],
      ...SEED_QUESTIONS.slice(0, 3).map(([id, q], i) => [id, q, ['Ja', 'Delv.', 'Nej'][i]]),
    ]);
    const answers = r.structure.draft.checklist.filter((a) => a.answer !== null);
    expect(answers.map((a) => [a.id, a.answer])).toEqual([
      ['F1', 'yes'],
      ['F2', 'partly'],
      ['F3', 'no'],
    ]);
  });
});

describe('a header word dated by a month and a two-digit year', () => {
  test('"Status maj 27" heads the indicator\'s result, "Mål jun. 27" its target', () => {
    const r = inspectSheet('Nøgletal', [
      ['Nøgletal', 'Enhed', 'Udgangspunkt jan. 27', 'Mål jun. 27', 'Status maj 27'],
      ['Aktive mentorforløb', 'antal', 5, 12, 9],
    ]);
    const ind = r.structure.draft.indicators[0];
    expect([ind?.values.baseline, ind?.values.target, ind?.values.result]).toEqual([5, 12, 9]);
  });
});

describe('a plan with no status column, the status told in the remarks', () => {
  const r = inspectSheet('Handleplan', [
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Bemærkninger'],
    ['Ledelse', 'Opstartsmøde', 'Helle', '15.01.2027', 'Afholdt 12. januar med alle afdelingsledere.'],
    ['Kommunikation', 'Informationsmøder på skolerne', 'Kasper', '31.03.2027', 'Vi er ca. 50% igennem – fire skoler mangler.'],
    ['Organisering, roller og ansvar', 'Samarbejdsaftale', 'Helle', '09.04.2027', 'Ca. 80 % – mangler kun underskrift.'],
    ['Opfølgning på dokumentation', 'Skema til registrering', 'Kasper', '12.02.2027', 'Skemaet er taget i brug af alle mentorer.'],
    ['Opfølgning på dokumentation', 'Kvartalsopgørelse', 'Kasper', '30.06.2027', '0 % – vi venter på tal fra fagsystemet.'],
    ['Evaluering og tilpasning', 'Midtvejsevaluering', 'Lene', '11.06.2027', null],
  ]); // prettier-ignore

  test('each remark gives the status it tells, with a check at the remark', () => {
    expect(activities(r).map((a) => a.values.status)).toEqual([
      'done',
      'in_progress',
      'in_progress',
      'done',
      'not_started',
      undefined,
    ]);
    expect(checkedAt(r, 'Handleplan', 'E2')).toBe(true);
    expect(checkedAt(r, 'Handleplan', 'E3')).toBe(true);
  });

  test('the remark is kept as the remark', () => {
    expect(activities(r)[0]?.values.evaluation).toBe('Afholdt 12. januar med alle afdelingsledere.');
  });

  test('with a status column, a remark never gives the status', () => {
    const own = inspectSheet('Plan', [
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status', 'Bemærkninger'],
      ['Ledelse', 'Opstartsmøde', 'Helle', '15.01.2027', null, 'Afholdt 12. januar.'],
    ]);
    expect(activities(own)[0]?.values.status).toBeUndefined();
  });
});

describe('a checklist kept as rows, the answer on the row under its question', () => {
  const answers = ['Svar: Ja', 'Svar: Delvist – skolerne var ikke med', 'Svar: Nej', 'Svar:'];
  const rows: unknown[][] = [['Tjekliste for implementering'], []];
  SEED_QUESTIONS.slice(0, 4).forEach(([id, q], i) => {
    rows.push([id, q], [null, answers[i]]);
  });
  const r = inspectSheetjs([
    ['Forside', COVER],
    ['Tjekliste', rows],
  ]);
  const byId = new Map(r.structure.draft.checklist.map((a) => [a.id, a]));

  test('each answer (and its comment) is read from the row under the question', () => {
    expect(['F1', 'F2', 'F3', 'F4'].map((id) => byId.get(id as 'F1')?.answer ?? null)).toEqual([
      'yes',
      'partly',
      'no',
      null,
    ]);
    expect(byId.get('F2')?.comment).toBe('skolerne var ikke med');
  });

  test('the answer rows are no questions of their own', () => {
    const unmatched = r.issues.filter((i) => i.sheet === 'Tjekliste' && /^B(4|6|8|10)$/.test(i.cell ?? ''));
    expect(unmatched.filter((i) => i.code !== 'checklist_unanswered')).toEqual([]);
  });
});

describe('a week without a year in a column only roughly in order', () => {
  test('"uge 6" over 01.02.2027 is week 6 of 2027, not of 2026 to keep the column in order', () => {
    const r = inspectSheet('Plan', [
      ['Aktiviteter fra efteråret 2026, fortsat i 2027'],
      [],
      ['Aktivitet', 'Tema', 'Start', 'Frist', 'Ansvarlig', 'Status'],
      ['LAT-kursus, modul 2', 'Opkvalificering', 'uge 6', 'uge 8', 'Tine', 'I gang'],
      ['Netværksmøde', 'Arbejdsproces og kultur', '01.02.2027', '31.03.2027', 'Line', 'I gang'],
      ['Fælles registrering', 'Opfølgning på dokumentation', 'uge 2', 'Q2 2027', 'Tine', 'I gang'],
    ]);
    expect(activities(r).map((a) => [a.values.start, a.values.deadline])).toEqual([
      ['2027-02-08', '2027-02-28'],
      ['2027-02-01', '2027-03-31'],
      ['2027-01-11', '2027-06-30'],
    ]);
    expect(checkedAt(r, 'Plan', 'C4')).toBe(true);
  });
});

/** A workbook written by the hand-built Excel-style writer (tables, grouped rows), read through the intake. */
function inspectModel(fill: (wb: WorkbookModel) => void): Inspected {
  const wb = new WorkbookModel();
  const cover = wb.sheet('Forside');
  COVER.forEach(([k, v], i) => cover.row(`A${i + 1}`, [k, v]));
  fill(wb);
  return inspectBytes(toXlsx(wb), { today: '2026-12-05' });
}

const PLAN_ROWS: readonly (readonly string[])[] = [
  ['Ledelse', 'Opstartsmøde i direktionen', 'Søren', '20.01.2027', 'Gennemført'],
  ['Kommunikation', 'Informationsmøde for skolerne', 'Camilla', '24.02.2027', 'I gang'],
  ['Opkvalificering', 'LAT-grunduddannelse', 'Nikolaj', '07.05.2027', 'Ikke startet'],
];

describe('an Excel table whose header row is turned off', () => {
  // "Deltagere" before "Tovholder": read by content alone, the short texts nearest the activity
  // would be taken for the responsible; the names the table keeps say otherwise.
  const ROWS = [
    ['Opstartsmøde i direktionen', 'Alle afdelingsledere', 'Søren', '20.01.2027', 'Gennemført'],
    ['Informationsmøde for skolerne', 'Skoleledere', 'Camilla', '24.02.2027', 'I gang'],
    ['LAT-grunduddannelse for mentorer', 'Seks nye mentorer', 'Nikolaj', '07.05.2027', 'Ikke startet'],
  ];
  const read = () =>
    inspectModel((wb) => {
      const s = wb.sheet('Plan');
      s.set('A1', 'Implementeringsplan 2027');
      ROWS.forEach((row, i) => s.row(`A${3 + i}`, row));
      s.table = {
        name: 'Plan',
        ref: 'A3:E5',
        headerRow: false,
        columns: ['Aktivitet', 'Deltagere', 'Tovholder', 'Slut', 'Status'],
      };
    });

  test('its columns are read by the names the table keeps, with a check', () => {
    const r = read();
    expect(activities(r).map((a) => [a.source.row, a.values.responsible, a.values.deadline])).toEqual([
      [3, 'Søren', '2027-01-20'],
      [4, 'Camilla', '2027-02-24'],
      [5, 'Nikolaj', '2027-05-07'],
    ]);
    expect(checkedAt(r, 'Plan', 'A3')).toBe(true);
  });
});

describe('sub-tasks grouped under their activity ("Data › Gruppér")', () => {
  const plan = (grouped: boolean) =>
    inspectModel((wb) => {
      const s = wb.sheet('Plan');
      s.row('A1', ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status']);
      s.row('A2', [...(PLAN_ROWS[1] as string[])]);
      s.row('B3', ['Book salen på rådhuset', 'Camilla', '15.01.2027', 'Gennemført']);
      s.row('B4', ['Send invitation via Aula', 'Nikolaj', '29.01.2027', 'Gennemført']);
      s.row('A5', [...(PLAN_ROWS[2] as string[])]);
      if (grouped) {
        s.summaryAbove = true;
        for (const r of [3, 4]) {
          s.outline.set(r, 1);
          s.hiddenRows.add(r);
        }
        s.collapsedRows.add(2);
      }
    });

  test('grouped rows with no theme are tasks of the activity above, no activities', () => {
    expect(activities(plan(true)).map((a) => a.values.activity)).toEqual([
      'Informationsmøde for skolerne',
      'LAT-grunduddannelse',
    ]);
  });

  test('the same rows not grouped stay rows of the plan (missing their theme, reported)', () => {
    expect(activities(plan(false))).toHaveLength(4);
  });
});

describe('a checklist on a sheet named for it, with no header and no title', () => {
  const r = inspectModel((wb) => {
    const h = wb.sheet('Huskeliste');
    const answers = ['Ja', 'Delvist', 'Nej', 'Ja'];
    const remarks = [null, 'Skolerne mangler', null, 'Aftalt med lederne'];
    SEED_QUESTIONS.slice(0, 4).forEach(([id, q], i) => {
      h.row(`A${i + 1}`, [`${id} ${q}`, answers[i], remarks[i] ?? undefined]);
    });
  });
  const byId = new Map(r.structure.draft.checklist.map((a) => [a.id, a]));

  test('the rows from the top are its questions, the answers beside them', () => {
    expect(['F1', 'F2', 'F3', 'F4'].map((id) => byId.get(id as 'F1')?.answer)).toEqual([
      'yes',
      'partly',
      'no',
      'yes',
    ]);
  });

  test('the texts right of the answers are their remarks', () => {
    expect(byId.get('F2')?.comment).toBe('Skolerne mangler');
    expect(byId.get('F4')?.comment).toBe('Aftalt med lederne');
  });
});

describe('two checklists of two templates on one sheet', () => {
  // The preparation list in the old form (an x under "Ja | Nej | Delvist"), its last question left
  // unanswered; under it the ongoing list in the corps' form, its remarks under the first's.
  const rows: unknown[][] = [
    ['Forberedelse (kommunens skema)'],
    [null, 'Spørgsmål', 'Ja', 'Nej', 'Delvist', 'Bemærkning'],
  ];
  const prep = SEED_QUESTIONS.filter(([id]) => id.startsWith('F'));
  prep.forEach(([, q], i) => rows.push([null, q, ...(i === 5 ? [null, null, 'x'] : i === 6 ? [] : ['x'])]));
  rows.push(
    [],
    ['Løbende implementering (korpsets skabelon)'],
    ['Nr.', 'Spørgsmål', 'Svar', null, null, 'Kommentar'],
  );
  SEED_QUESTIONS.filter(([id]) => id.startsWith('L')).forEach(([id, q], i) =>
    rows.push([id, q, 'Ja', null, null, i === 1 ? 'Nedslag aftalt i maj' : null]),
  );
  const r = inspectSheet('Huskeliste', rows);
  const byId = new Map(r.structure.draft.checklist.map((a) => [a.id, a]));

  test("an unanswered question above the next list is the first list's, no title of the next", () => {
    expect(byId.get('F6')?.answer).toBe('partly');
    expect(byId.get('F7')?.answer).toBeNull();
  });

  test("a remarks column two columns right of the answers is the list's remarks", () => {
    expect(byId.get('L2')?.comment).toBe('Nedslag aftalt i maj');
  });
});

describe('a plan with no header row at all (a headerless table saved by a program that drops tables)', () => {
  const rows = [
    ['Implementeringsplan 2027'],
    [],
    ['Ledelse', 'Opstartsmøde i direktionen om korpset', 'Søren', '04.01.2027', '20.01.2027', 'Gennemført'],
    [
      'Kommunikation',
      'Informationsmøde for skoler og daginstitutioner',
      'Camilla',
      '11.01.2027',
      '24.02.2027',
      'I gang',
    ],
    [
      'Opkvalificering',
      'LAT-grunduddannelse for seks nye mentorer',
      'Nikolaj',
      null,
      '07.05.2027',
      'Ikke startet',
    ],
  ];

  test('its columns are read by what they hold, with a check at the first row', () => {
    const r = inspectSheet('Plan', rows);
    expect(
      activities(r).map((a) => [
        a.values.theme,
        a.values.activity,
        a.values.responsible,
        a.values.start,
        a.values.deadline,
        a.values.status,
      ]),
    ).toEqual([
      ['leadership', 'Opstartsmøde i direktionen om korpset', 'Søren', '2027-01-04', '2027-01-20', 'done'],
      [
        'communication',
        'Informationsmøde for skoler og daginstitutioner',
        'Camilla',
        '2027-01-11',
        '2027-02-24',
        'in_progress',
      ],
      [
        'upskilling',
        'LAT-grunduddannelse for seks nye mentorer',
        'Nikolaj',
        undefined,
        '2027-05-07',
        'not_started',
      ],
    ]);
    expect(checkedAt(r, 'Plan', 'A3')).toBe(true);
  });

  test('rows of names and numbers are no plan', () => {
    const r = inspectSheet('Korps', [
      ['Oversigt'],
      [],
      ['AB', 'Mentor', 'Familieafdelingen', 8, 3],
      ['CD', 'Mentor', 'Skoleafdelingen', 10, 2],
      ['EF', 'Forældrecoach', 'Familieafdelingen', 6, 2],
    ]);
    expect(activities(r)).toHaveLength(0);
  });
});
