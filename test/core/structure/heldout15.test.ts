// Habits found by the fifteenth held-out round of the accuracy corpus (p89–p92): plans that came out
// of other systems a coordinator uses: a form's response sheets (Google Forms, Microsoft Forms), an
// ESDH system's task list, a Trello board's export, a monday.com board with subitems and stage
// groups. Each probe is a workbook SheetJS wrote, read through the intake.

import * as XLSX from 'xlsx';
import { isoToExcelSerial } from '../../../core/dates';
import { SEED_QUESTIONS } from '../../accuracy/plans/checklist-seed';
import { readListValue } from '../../../core/structure/values';
import { scoreHeader } from '../../../core/structure/vocab';
import { checkedAt, COVER, inspectSheet, inspectSheetjs, issuesAt } from '../../fixtures/sheetjs';

/** A sheet of rows whose first column below the header holds response stamps (date-times). */
function responseSheet(rows: readonly (readonly unknown[])[], stamps: readonly string[]): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet(rows.map((r) => [...r]));
  stamps.forEach((s, i) => {
    const [day, time] = s.split(' ') as [string, string];
    const [h, m] = time.split(':').map(Number) as [number, number];
    ws[`A${i + 2}`] = { t: 'n', v: isoToExcelSerial(day) + (h * 60 + m) / 1440, z: 'd/m/yyyy h:mm:ss' };
  });
  return ws;
}

describe("a form's response sheet of activities: the questions as headers", () => {
  const head = [
    'Tidsstempel',
    'Hvilket tema hører aktiviteten til?',
    'Beskriv aktiviteten kort',
    'Hvem er tovholder?',
    'Hvornår starter aktiviteten?',
    'Hvornår skal aktiviteten være gennemført?',
    'Hvor langt er aktiviteten?',
  ];
  const r = inspectSheet(
    'Formularsvar 1',
    responseSheet(
      [
        head,
        [
          null,
          'Ledelse',
          'Kommissorium for styregruppen',
          'Peter Vang',
          '15.08.2026',
          '15.09.2026',
          'Færdig',
        ],
        [null, 'Kommunikation', 'Artikel i lokalavisen', 'Bo Lind', '', '30.10.2026', 'I gang'],
        [
          null,
          'Inddragelse, Kommunikation',
          'Fokusgruppe med forældre',
          'Mette Krogh',
          '',
          '20.11.2026',
          'I gang',
        ],
        [null, 'Kommunikation', 'Artikel i lokalavisen', 'Bo Lind', '', '30.10.2026', 'Færdig'],
      ],
      ['2026-08-12 09:14', '2026-08-12 13:40', '2026-08-20 11:02', '2026-10-05 09:03'],
    ),
  );
  const acts = r.structure.draft.activities;

  test('each question names its field: theme, activity, tovholder, start, deadline, state', () => {
    const first = acts.find((a) => a.source.row === 2)?.values;
    expect(first).toMatchObject({
      theme: 'leadership',
      activity: 'Kommissorium for styregruppen',
      responsible: 'Peter Vang',
      start: '2026-08-15',
      deadline: '2026-09-15',
      status: 'done',
    });
  });

  test('an activity sent again later is one activity: the newer response counts, the older is checked', () => {
    const article = acts.filter((a) => a.values.activity === 'Artikel i lokalavisen');
    expect(article.map((a) => [a.source.row, a.values.status])).toEqual([[5, 'done']]);
    expect(checkedAt(r, 'Formularsvar 1', 'C3')).toBe(true);
  });

  test('two themes ticked: the first is read, checked', () => {
    expect(acts.find((a) => a.source.row === 4)?.values.theme).toBe('involvement');
    expect(checkedAt(r, 'Formularsvar 1', 'B4')).toBe(true);
    expect(issuesAt(r, 'Formularsvar 1', 'B4')).toEqual([]);
  });
});

describe("the checklist and the cover answered as a form (a multiple-choice grid's columns)", () => {
  const head: string[] = [
    'Tidsstempel',
    'Kommune',
    'Hvilket halvår gælder besvarelsen?',
    'Ansvarlig leder',
    'Hvilken fase er I i?',
  ];
  for (const [id, q] of SEED_QUESTIONS)
    head.push(`${id.startsWith('F') ? 'Forberedelse' : 'Løbende implementering'} [${q}]`);
  const march = ['Rudersdal', '1. halvår 2026', 'Peter Vang', 'Klargøring'];
  march.push(...SEED_QUESTIONS.map((_, k) => ['Delvist', 'Ja', 'Nej'][k % 3] as string));
  const sept = ['Rudersdal', '2. halvår 2026', 'Peter Vang', 'Indledende implementering'];
  sept.push(...SEED_QUESTIONS.map(([id]) => (id === 'F3' ? 'Delvist' : id === 'L8' ? '' : 'Ja')));
  const sheet = responseSheet(
    [head, [null, ...march], [null, ...sept]],
    ['2026-03-18 14:02', '2026-09-22 10:47'],
  );
  const r = inspectSheetjs([
    [
      'Plan',
      [
        ['Tema', 'Aktivitet', 'Deadline'],
        ['Ledelse', 'Styregruppemøde', '15.03.2027'],
      ],
    ],
    ['Formularsvar 2', sheet],
  ]);
  const answers = new Map(r.structure.draft.checklist.map((c) => [c.id, c.answer]));

  test('the newest response is the answer now, the older ones a check', () => {
    expect(answers.get('F1')).toBe('yes');
    expect(answers.get('F3')).toBe('partly');
    expect(answers.get('L7')).toBe('yes');
    expect(checkedAt(r, 'Formularsvar 2', 'A3')).toBe(true);
  });

  test('a question left blank in the newest response is unanswered (not the older answer)', () => {
    expect(answers.get('L8')).toBeNull();
  });

  test("the form's cover questions give the cover facts from the newest response", () => {
    const d = r.structure.draft;
    expect(d.municipality?.code).toBe('230');
    expect(d.period).toBe('2026-H2');
    expect(d.phase).toBe('initial');
    expect(d.leader?.name).toBe('Peter Vang');
  });

  test('a response stamped with a moment is never a header: its answers raise no problem', () => {
    const problems = r.issues.filter(
      (i) => i.sheet === 'Formularsvar 2' && i.code !== 'checklist_unanswered',
    );
    expect(problems.map((i) => `${i.code} ${i.cell}`)).toEqual([]);
  });
});

describe('a question beside a cover label is the next label, no value', () => {
  test('"Leder | Hvilken fase er I i? | Klargøring": no leader named, the phase read', () => {
    const r = inspectSheetjs([
      ['Forside', [...COVER, ['Leder', 'Hvilken fase er I i?', 'Klargøring']]],
      [
        'Plan',
        [
          ['Tema', 'Aktivitet', 'Deadline'],
          ['Ledelse', 'Styregruppemøde', '15.03.2027'],
        ],
      ],
    ]);
    expect(r.structure.draft.leader?.name).not.toBe('Hvilken fase er I i?');
    expect(r.structure.draft.phase).toBe('readiness');
  });
});

describe('header words of a board export', () => {
  test('a header naming a date ("Last Activity Date", "Aktivitetsdato") never names the activity', () => {
    for (const h of ['Last Activity Date', 'Aktivitetsdato', 'Activity date'])
      expect(
        scoreHeader(h)
          .get('activities')
          ?.some((f) => f.field === 'activity') ?? false,
      ).toBe(false);
  });

  test('"Labels" may name the theme (weakly)', () => {
    expect(scoreHeader('Labels').get('activities')?.[0]?.field).toBe('theme');
  });

  test('a board\'s lists for work not begun: "Idéer", "Backlog", "Kommende", checked', () => {
    for (const w of ['Idéer', 'Backlog', 'Kommende', 'Skal gøres']) {
      const read = readListValue('status', w);
      expect([w, read?.id]).toEqual([w, 'not_started']);
      expect(read?.confidence).toBeLessThan(1);
    }
  });
});

describe("a Trello board's export", () => {
  const r = inspectSheet('Trello', [
    ['Card Name', 'Card Description', 'Labels', 'Members', 'Due Date', 'List Name', 'Last Activity Date'],
    ['Kickoff med ledergruppen', 'Dagsorden: mål, roller og økonomi for korpset', 'Ledelse (green)', 'Jens Vestergaard', '2026-08-27T10:00:00.000Z', 'Færdig', '2026-08-28T07:12:44.512Z'],
    ['Rekruttering af mentorer', 'Opslag internt, samtaler i uge 40–41', 'Organisering, roller og ansvar (orange), Vigtig (red)', 'Jens Vestergaard', '2026-10-15T10:00:00.000Z', 'I gang', '2026-11-03T09:02:51.004Z'],
    ['Ungepanel om mentorer', 'Ungepanel med 6–8 unge', 'Inddragelse (yellow)', 'Mads Friis', '2026-12-09T11:00:00.000Z', 'Skal gøres', '2026-10-14T13:55:07.900Z'],
    ['Evaluering med styregruppen', 'Data fra registreringen', 'Evaluering og tilpasning (pink)', 'Karina Bro', '', 'Idéer', '2026-11-28T15:03:33.870Z'],
  ]); // prettier-ignore
  const acts = r.structure.draft.activities.map((a) => a.values);

  test('"Card Name" is the activity; "Last Activity Date" holds a day, never the activity', () => {
    expect(acts.map((a) => a.activity)).toEqual([
      'Kickoff med ledergruppen',
      'Rekruttering af mentorer',
      'Ungepanel om mentorer',
      'Evaluering med styregruppen',
    ]);
  });

  test('"Labels" give the theme; "List Name" the status ("Skal gøres", "Idéer": not started, checked)', () => {
    expect(acts.map((a) => [a.theme, a.status])).toEqual([
      ['leadership', 'done'],
      ['organisation_roles', 'in_progress'],
      ['involvement', 'not_started'],
      ['evaluation', 'not_started'],
    ]);
    expect(checkedAt(r, 'Trello', 'F4')).toBe(true);
    expect(checkedAt(r, 'Trello', 'F5')).toBe(true);
  });
});

describe("a case system's task state", () => {
  test('"Åben" (not closed) is in progress, checked; "Under behandling" in progress', () => {
    const r = inspectSheet('Opgaver', [
      ['Opgave', 'Ansvarlig', 'Frist', 'Status', 'Tema'],
      ['Dialogmøde med ungerådet', 'Lise Dam (LDA)', '19-11-2026', 'Åben', 'Inddragelse'],
      ['Rollebeskrivelse', 'Hanne Juhl (HJU)', '30-10-2026', 'Under behandling', 'Ledelse'],
    ]);
    expect(r.structure.draft.activities.map((a) => a.values.status)).toEqual(['in_progress', 'in_progress']);
    expect(checkedAt(r, 'Opgaver', 'D2')).toBe(true);
  });
});

describe('a monday.com board: subitems under their item, groups that are stages', () => {
  const head = ['Name', 'Subitems', 'Person', 'Status', 'Tema', 'Dato'];
  const r = inspectSheet('Board', [
    ['Korpsplan'],
    [],
    ['Igangværende'],
    head,
    ['Mentorsparring', 'Book lokale, Årshjul', 'Louise Kamp', 'Working on it', 'Arbejdsproces og kultur', '18.12.2026'],
    ['Subitems', 'Name', 'Owner', 'Status', 'Date'],
    ['', 'Book lokale', 'Louise Kamp', 'Done', '25.08.2026'],
    ['', 'Årshjul', 'Niels Berg', 'Done', '31.08.2026'],
    ['Aftale med PPR', '', 'Niels Berg', 'Stuck', 'Organisering, roller og ansvar', '30.11.2026'],
    [],
    ['Kommende'],
    head,
    ['Forældrecafé', '', 'Sofie Lund', '', 'Inddragelse', '21.01.2027'],
    [],
    ['Afsluttet'],
    head,
    ['Nyhedsbrev', '', 'Sofie Lund', 'Done', 'Kommunikation', '25.09.2026'],
    ['Fælles mappe til notater', '', 'Niels Berg', 'Working on it', 'Opfølgning på dokumentation', '30.10.2026'],
  ]); // prettier-ignore
  const acts = r.structure.draft.activities.map((a) => [a.values.activity, a.values.status]);

  test('subitems are tasks of their item, and the item after them is read', () => {
    expect(acts.map(([a]) => a)).toEqual([
      'Mentorsparring',
      'Aftale med PPR',
      'Forældrecafé',
      'Nyhedsbrev',
      'Fælles mappe til notater',
    ]);
    expect(checkedAt(r, 'Board', 'A6')).toBe(true);
  });

  test("an item with no status takes its stage group's, checked", () => {
    expect(acts[2]).toEqual(['Forældrecafé', 'not_started']);
    expect(checkedAt(r, 'Board', 'A11')).toBe(true);
  });

  test('an item in the "Afsluttet" group is done though its label says otherwise, checked', () => {
    expect(acts[4]).toEqual(['Fælles mappe til notater', 'done']);
    expect(checkedAt(r, 'Board', 'D18')).toBe(true);
  });

  test("elsewhere the item's own status stands", () => {
    expect(acts[0]).toEqual(['Mentorsparring', 'in_progress']);
  });
});

describe('a board\'s "Dato" beside its "Timeline"', () => {
  const r = inspectSheet('Board', [
    ['Name', 'Person', 'Status', 'Tema', 'Dato', 'Timeline'],
    ['Mentorsparring', 'Louise Kamp', 'Working on it', 'Arbejdsproces og kultur', '18.12.2026', '2026-09-01 - 2026-12-18'],
    ['Aftale med PPR', 'Niels Berg', 'Stuck', 'Organisering, roller og ansvar', '30.11.2026', ''],
  ]); // prettier-ignore
  const acts = r.structure.draft.activities.map((a) => [a.values.start, a.values.deadline]);

  test('the timeline gives start and deadline', () => {
    expect(acts[0]).toEqual(['2026-09-01', '2026-12-18']);
  });

  test('with the timeline empty, the day under "Dato" is the deadline, checked', () => {
    expect(acts[1]).toEqual([undefined, '2026-11-30']);
    expect(checkedAt(r, 'Board', 'E3')).toBe(true);
  });
});

describe('an archived card ("Archived" TRUE/FALSE)', () => {
  const r = inspectSheet('Trello', [
    ['Card Name', 'Labels', 'Members', 'Due Date', 'List Name', 'Archived'],
    ['Temadag for sagsbehandlere', 'Arbejdsproces og kultur (lime)', 'Mads Friis', '2026-09-30T10:00:00.000Z', 'Færdig', true],
    ['Studietur til Aalborg', 'Opkvalificering (purple)', 'Jens Vestergaard', '2026-10-08T10:00:00.000Z', 'Skal gøres', true],
    ['LAT-kursus', 'Opkvalificering (purple)', 'Karina Bro', '2026-11-20T11:00:00.000Z', 'I gang', false],
  ]); // prettier-ignore
  const statuses = r.structure.draft.activities.map((a) => a.values.status);

  test('archived before it was done: dropped, closed, checked', () => {
    expect(statuses[1]).toBe('closed');
    expect(checkedAt(r, 'Trello', 'E3')).toBe(true);
  });

  test('a done card archived stays done; one not archived keeps its list', () => {
    expect([statuses[0], statuses[2]]).toEqual(['done', 'in_progress']);
  });
});
