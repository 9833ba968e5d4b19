// Habits found by the eighteenth held-out round of the accuracy corpus (p101–p104): plans exported
// from work-management tools and tidied a little by hand. A Smartsheet project sheet (hierarchy by
// grouped rows: the project's row, theme parents with rolled-up figures, activities, sub-tasks;
// "% Complete" beside a Status left empty), a Jira export (epics as themes by their key, sub-tasks
// by their parent's id, a resolution "Won't Do", days "28/Aug/26", "Custom field (Start date)"), a
// Notion database (the theme among "Tags", a date with its time of day, "Opdateret af …,
// koordinator"), an Airtable download (a checkbox written "checked"). Each probe is a workbook
// SheetJS wrote, read through the intake.

import * as XLSX from 'xlsx';
import { isoToExcelSerial, readDateText } from '../../../core/dates';
import { themesListed } from '../../../core/structure/activities';
import { checkedAt, COVER, inspectSheet, inspectSheetjs } from '../../fixtures/sheetjs';

type Inspected = ReturnType<typeof inspectSheet>;

function activity(r: Inspected, row: number) {
  return r.structure.draft.activities.find((a) => a.source.row === row);
}
function rowsRead(r: Inspected): number[] {
  return r.structure.draft.activities.map((a) => a.source.row);
}

describe('a project sheet whose hierarchy is its grouped rows (Smartsheet)', () => {
  const day = (iso: string) => ({ t: 'n', v: isoToExcelSerial(iso), z: 'dd-mm-yy' });
  const share = (v: number) => ({ t: 'n', v, z: '0%' });
  // [text, level, start, finish, share, assigned to, status]
  const lines: [string, number, string, string, number, string, string][] = [
    ['Mentorkorps 2027', 0, '2027-01-04', '2027-06-25', 0.45, '', ''],
    ['Ledelse', 1, '2027-01-04', '2027-03-31', 0.6, '', ''],
    ['Styregruppemøde om målene', 2, '2027-01-04', '2027-01-15', 1, 'bo@x.dk', 'Complete'],
    ['Ledermøde om caseload', 2, '2027-02-01', '2027-03-31', 0, 'bo@x.dk', ''],
    ['Opkvalificering', 1, '2027-02-01', '2027-06-25', 0.3, '', ''],
    ['Grundkursus for mentorer', 2, '2027-02-01', '2027-02-19', 0.5, 'ane@x.dk', 'In Progress'],
    ['Book lokale', 3, '2027-02-01', '2027-02-05', 1, 'ane@x.dk', 'Complete'],
    ['Send invitationer', 3, '2027-02-01', '2027-02-12', 0, 'ane@x.dk', 'Not Started'],
    ['Supervision af mentorerne', 2, '2027-03-01', '2027-06-25', 0.25, 'ane@x.dk', ''],
  ];
  const ws = XLSX.utils.aoa_to_sheet([
    ['Task Name', 'Start', 'Finish', '% Complete', 'Assigned To', 'Status'],
    ...lines.map(([text, , start, finish, s, who, status]) => [
      text,
      day(start),
      day(finish),
      share(s),
      who,
      status,
    ]),
  ]);
  ws['!rows'] = [{}, ...lines.map(([, level]) => (level > 0 ? { level } : {}))];
  const r = inspectSheet('Plan', ws);

  test('a parent row naming a theme, with nobody responsible, heads the rows grouped under it', () => {
    expect(activity(r, 4)).toMatchObject({
      values: { theme: 'leadership', activity: 'Styregruppemøde om målene' },
    });
    expect(activity(r, 7)).toMatchObject({
      values: { theme: 'upskilling', activity: 'Grundkursus for mentorer' },
    });
    expect(activity(r, 3)).toBeUndefined();
    expect(activity(r, 6)).toBeUndefined();
    expect(checkedAt(r, 'Plan', 'A3')).toBe(true);
  });

  test("the project's own row above the themes is no activity", () => {
    expect(activity(r, 2)).toBeUndefined();
    expect(checkedAt(r, 'Plan', 'A2')).toBe(true);
  });

  test('rows grouped under an activity are its tasks, and the next activity is read after them', () => {
    expect(rowsRead(r)).toEqual([4, 5, 7, 10]);
    expect(activity(r, 10)).toMatchObject({
      values: { theme: 'upskilling', activity: 'Supervision af mentorerne' },
    });
  });

  test('a share shown in per cent is no outline number (a row at 0 % over rows at 0,x % stays an activity)', () => {
    expect(activity(r, 5)).toMatchObject({ values: { activity: 'Ledermøde om caseload' } });
  });

  test('an empty status is read from the share done, checked at the share', () => {
    expect(activity(r, 5)?.values.status).toBe('not_started');
    expect(activity(r, 5)?.cells.status).toBe('D5');
    expect(activity(r, 10)?.values.status).toBe('in_progress');
    expect(checkedAt(r, 'Plan', 'D10')).toBe(true);
    // A status written stays as written.
    expect(activity(r, 7)?.values.status).toBe('in_progress');
  });

  test('an activity with its tasks grouped under it, and somebody responsible, stays an activity', () => {
    const plain = XLSX.utils.aoa_to_sheet([
      ['Tema', 'Aktivitet', 'Ansvarlig', 'Status', 'Frist'],
      ['Kommunikation', 'Kommunikationsplan', 'Bo Ek', 'I gang', '15.03.2027'],
      ['', 'Skriv udkast', 'Bo Ek', 'I gang', '01.03.2027'],
      ['Ledelse', 'Styregruppemøde', 'Ane Lund', 'Ikke startet', '01.04.2027'],
    ]);
    plain['!rows'] = [{}, {}, { level: 1 }, {}];
    const p = inspectSheet('Plan', plain);
    expect(rowsRead(p)).toEqual([2, 4]);
    expect(activity(p, 2)).toMatchObject({
      values: { theme: 'communication', activity: 'Kommunikationsplan' },
    });
  });
});

describe("an issue tracker's export (Jira): epics, sub-tasks and resolutions", () => {
  const head = [
    'Issue Type',
    'Issue key',
    'Issue id',
    'Summary',
    'Assignee',
    'Status',
    'Resolution',
    'Due date',
    'Custom field (Start date)',
    'Labels',
    'Custom field (Epic Link)',
    'Parent id',
  ];
  const rows: (string | number)[][] = [
    head,
    [
      'Task',
      'K-7',
      107,
      'Nyhedsbrev til forældre',
      'Bo Ek',
      'To Do',
      'Unresolved',
      '09/Dec/26',
      '',
      'aula',
      'K-2',
      '',
    ],
    ['Sub-task', 'K-6', 106, 'Bestil lokale', 'Ane Lund', 'Done', 'Done', '04/Sep/26', '', '', '', 105],
    [
      'Task',
      'K-5',
      105,
      'Grundkursus for mentorer',
      'Ane Lund',
      'Done',
      'Done',
      '02/Oct/26',
      '14/Sep/26',
      'mentorer',
      'K-3',
      '',
    ],
    [
      'Story',
      'K-4',
      104,
      'Pressemeddelelse',
      'Bo Ek',
      'Done',
      "Won't Do",
      '30/Sep/26',
      '',
      'presse',
      'K-2',
      '',
    ],
    [
      'Epic',
      'K-3',
      103,
      'Opkvalificering af korpset',
      'Ane Lund',
      'In Progress',
      'Unresolved',
      '',
      '',
      '',
      '',
      '',
    ],
    ['Epic', 'K-2', 102, 'Kommunikation', 'Bo Ek', 'In Progress', 'Unresolved', '', '', '', '', ''],
  ];
  const r = inspectSheet('Jira', rows);

  test('an issue moved to Done as "Won\'t Do" is closed, checked at the status', () => {
    expect(activity(r, 5)?.values.status).toBe('closed');
    expect(checkedAt(r, 'Jira', 'F5')).toBe(true);
    expect(activity(r, 4)?.values.status).toBe('done');
  });

  test('"Won’t Do" with a typographic apostrophe (as Word, Outlook or a Mac types it) reads alike', () => {
    const curly = inspectSheet(
      'Jira',
      rows.map((row) => row.map((v) => (typeof v === 'string' ? v.replace("'", '\u2019') : v))),
    );
    expect(activity(curly, 5)?.values.status).toBe('closed');
    expect(checkedAt(curly, 'Jira', 'F5')).toBe(true);
  });

  test('an issue takes its theme from the epic it links to; a tag column is no theme beside it', () => {
    expect(activity(r, 2)).toMatchObject({ values: { theme: 'communication' }, cells: { theme: 'K2' } });
    expect(activity(r, 4)).toMatchObject({ values: { theme: 'upskilling' }, cells: { theme: 'K4' } });
    // "Opkvalificering af korpset" names the theme in other words: checked where the issue links.
    expect(checkedAt(r, 'Jira', 'K4')).toBe(true);
    expect(r.issues.some((i) => i.sheet === 'Jira' && i.cell === 'J2')).toBe(false);
  });

  test('the epics and the sub-task are no activities; the sub-task is named with its parent', () => {
    expect(rowsRead(r)).toEqual([2, 4, 5]);
    const task = r.structure.checks.find((c) => c.sheet === 'Jira' && c.cell === 'D3');
    expect(task?.reason.en).toContain('Grundkursus for mentorer');
    expect(checkedAt(r, 'Jira', 'D6')).toBe(true);
  });

  test('days written as Jira writes them, and a custom field named in brackets', () => {
    expect(activity(r, 4)?.values).toMatchObject({ start: '2026-09-14', deadline: '2026-10-02' });
    expect(readDateText('28/Aug/26')?.first).toBe('2026-08-28');
    expect(readDateText('05/Jan/27')?.first).toBe('2027-01-05');
    // The custom field's name over two lines, as a narrow column wraps it.
    const wrapped = inspectSheet('Jira', [
      ['Issue key', 'Summary', 'Assignee', 'Status', 'Due date', 'Custom\nfield\n(Start\ndate)', 'Tema'],
      ['K-9', 'Styregruppemøde', 'Bo Ek', 'Done', '02/Oct/26', '14/Sep/26', 'Ledelse'],
    ]);
    expect(activity(wrapped, 2)?.values).toMatchObject({ start: '2026-09-14', deadline: '2026-10-02' });
  });

  test('a link column whose keys name no row of the table links nothing', () => {
    const p = inspectSheet('Jira', [
      ['Issue key', 'Summary', 'Assignee', 'Status', 'Due date', 'Tema', 'Epic Link'],
      ['K-9', 'Styregruppemøde', 'Bo Ek', 'Done', '15.03.2027', 'Ledelse', 'OTHER-1'],
      ['K-8', 'Nyhedsbrev', 'Bo Ek', 'To Do', '15.04.2027', 'Kommunikation', 'OTHER-1'],
    ]);
    expect(rowsRead(p)).toEqual([2, 3]);
    expect(activity(p, 2)?.values.theme).toBe('leadership');
  });

  test('a column headed "Parent" holding people\'s names links nothing, even where a name is another row\'s', () => {
    const p = inspectSheet('Plan', [
      ['Activity', 'Responsible', 'Status', 'Deadline', 'Theme', 'Parent'],
      ['Parent café', 'Anne Holm', 'Done', '15.03.2027', 'Inddragelse', 'Bo Ek'],
      ['Newsletter to parents', 'Bo Ek', 'Not started', '15.04.2027', 'Kommunikation', 'Anne Holm'],
    ]);
    expect(rowsRead(p)).toEqual([2, 3]);
  });
});

describe('a database export (Notion): tags, dates with a time, who updated it', () => {
  test('a date with its time of day is the day', () => {
    expect(readDateText('March 3, 2027 10:00 AM')?.first).toBe('2027-03-03');
    expect(readDateText('27/7/2026 10:14am', { order: 'dmy' })?.first).toBe('2026-07-27');
  });

  test('"Tags" holds the theme among other tags; two themes among them give the first, checked', () => {
    const r = inspectSheet('Plan', [
      ['Name', 'Assign', 'Date', 'Status', 'Tags'],
      ['Kickoff med direktionen', 'Maja Kruse', 'January 12, 2027', 'Not started', 'Ledelse'],
      ['Informationsbrev til skoler', 'Ole Brix', 'January 20, 2027', 'Not started', 'Kommunikation, Skoler'],
      [
        'Nyhedsbrev til forældre',
        'Ole Brix',
        'April 9, 2027',
        'Not started',
        'Kommunikation, Inddragelse, Forældre',
      ],
    ]);
    expect(activity(r, 2)?.values.theme).toBe('leadership');
    expect(activity(r, 3)?.values.theme).toBe('communication');
    expect(activity(r, 4)?.values.theme).toBe('communication');
    expect(checkedAt(r, 'Plan', 'E4')).toBe(true);
    expect(themesListed('Kommunikation, Inddragelse, Forældre')).toEqual(['communication', 'involvement']);
    // One theme among tags is read by its words, not listed; tags alone name none.
    expect(themesListed('Kommunikation, Skoler')).toBeUndefined();
    expect(themesListed('Forældre, Skoler')).toBeUndefined();
  });

  test('"Opdateret af …, koordinator" above the plan names the coordinator; without the post it names nobody', () => {
    const plan = (line: string) =>
      inspectSheetjs([
        [
          'Plan',
          [
            ['Fredensborg Kommune – plan for 1. halvår 2027'],
            [line],
            [],
            ['Tema', 'Aktivitet', 'Ansvarlig', 'Status', 'Deadline'],
            ['Ledelse', 'Styregruppemøde', 'Bo Ek', 'I gang', '15.03.2027'],
          ],
        ],
      ]).structure.draft.coordinator;
    expect(plan('Opdateret af Maja Kruse, koordinator, 30.11.2026')).toMatchObject({ name: 'Maja Kruse' });
    expect(plan('Last updated by Maja Kruse, coordinator')).toMatchObject({ name: 'Maja Kruse' });
    expect(plan('Opdateret af Maja Kruse, 30.11.2026')).toBeUndefined();
  });
});

describe('a checkbox exported as "checked" (Airtable)', () => {
  test('a ticked done box under a stale status is done, checked at the status', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [
          ['Aktivitet', 'Indsatsområde', 'Ansvarlige', 'Status', 'Afsluttet', 'Deadline'],
          ['Infoaften for forældre', 'Inddragelse', 'Mette Ravn', 'I gang', 'checked', '19/11/2026'],
          ['Kursus for mentorer', 'Opkvalificering', 'Jonas Krogh', 'I gang', '', '11/12/2026'],
        ],
      ],
    ]);
    expect(activity(r, 2)?.values.status).toBe('done');
    expect(checkedAt(r, 'Plan', 'D2')).toBe(true);
    expect(activity(r, 3)?.values.status).toBe('in_progress');
  });
});
