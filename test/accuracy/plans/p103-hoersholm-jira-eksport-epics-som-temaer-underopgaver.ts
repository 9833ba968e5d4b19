// Hørsholm (held out, eighteenth round): the plan kept as a Jira project ("KORPS") by a coordinator
// who borrowed the IT department's Jira, exported with "Export Excel CSV (all fields)" and opened in
// Excel, in Jira's default order (newest first). Jira's columns: "Issue Type" (Epic, Task, Story,
// Sub-task), "Issue key" ("KORPS-12"), "Issue id", "Summary", "Assignee" (one left unassigned),
// "Reporter", "Priority", "Status" ("To Do", "In Progress", "In Review", "Done"), "Resolution"
// ("Done", "Won't Do", "Unresolved": a task moved to Done as Won't Do was dropped), "Created" and
// "Updated" ("03/Aug/26 9:12 AM"), "Due date" and "Custom field (Start date)" as Jira writes days
// ("28/Aug/26"), "Labels", "Custom field (Epic Link)" (the epic's key: the epics are the themes,
// each an issue of its own further down with the theme in its summary), "Parent id" (a sub-task's
// parent's issue id). The coordinator deleted most of the 120 columns and typed a cover sheet in
// front. SheetJS.

import { PlanBuilder, type Exp, type TableRow } from '../build/plan';
import { BOLD, TITLE } from './common';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p103-hoersholm-jira-eksport-epics-som-temaer-underopgaver',
    'sheetjs',
    'Hørsholm: a Jira project exported as CSV (all fields) and opened in Excel, newest first: Issue Type, Issue key "KORPS-12", Summary, Assignee (one unassigned), Status "To Do"/"In Progress"/"In Review"/"Done" with Resolution "Done"/"Won\'t Do"/"Unresolved", Created/Updated "03/Aug/26 9:12 AM", Due date and a custom Start date "28/Aug/26", Labels, the Epic Link as the theme (epics as rows of their own below the tasks), two sub-tasks by Parent id; a cover sheet typed in front.',
    [
      'jira-csv-export',
      'epic-link-as-theme',
      'epics-as-rows-below-their-issues',
      'sub-tasks-by-parent-id',
      'jira-day-month-abbrev-two-digit-year',
      'resolution-wont-do-is-dropped',
      'in-review-status',
      'unassigned-issue',
      'created-updated-not-start',
      'newest-first-order',
      'cover-sheet-in-front',
    ],
  );

  const C = 'Forside';
  const c = p.sheet(C);
  c.set('A1', 'Implementeringsplan for mentorkorpset', TITLE);
  c.set('A3', 'Kommune:', BOLD).set('B3', 'Hørsholm Kommune');
  c.set('A4', 'Halvår:', BOLD).set('B4', '2. halvår 2026');
  c.set('A5', 'Fase:', BOLD).set('B5', 'Klargøring');
  c.set('A6', 'Koordinator:', BOLD).set('B6', 'Camilla Juul');
  c.set('A7', 'Ledelsesrepræsentant:', BOLD).set('B7', 'Peter Sand');
  c.set('A9', 'Planen føres i Jira (projekt KORPS). Temaerne er epics. Udtræk 30/11-2026, se næste fane.');
  c.width(1, 22).width(2, 30);
  p.fact('municipality', { v: '223', note: 'the cover sheet' }, C, 'B3');
  p.fact('period', '2026-H2', C, 'B4');
  p.fact('phase', 'readiness', C, 'B5');
  p.fact('coordinator', 'Camilla Juul', C, 'B6');
  p.fact(
    'leader',
    { v: 'Peter Sand', note: '"Ledelsesrepræsentant": the management\'s representative' },
    C,
    'B7',
  );

  const S = 'Jira (3)';
  const EPICS: Record<string, { summary: string; theme: string }> = {
    'KORPS-1': { summary: 'Ledelse', theme: 'leadership' },
    'KORPS-2': { summary: 'Kommunikation', theme: 'communication' },
    'KORPS-3': { summary: 'Opkvalificering af korpset', theme: 'upskilling' },
    'KORPS-4': { summary: 'Inddragelse af unge og forældre', theme: 'involvement' },
    'KORPS-17': { summary: 'Dokumentation og opfølgning', theme: 'documentation' },
  };
  // [type, key, id, summary, assignee, reporter, priority, status, resolution, created, updated,
  //  due, start, labels, epic link, parent id]
  type R = [
    string,
    string,
    number,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    number | '',
  ];
  const list: R[] = [
    ['Epic', 'KORPS-17', 10117, 'Dokumentation og opfølgning', 'Camilla Juul', 'Camilla Juul', 'Medium', 'In Progress', 'Unresolved', '02/Nov/26 10:04 AM', '27/Nov/26 1:15 PM', '', '', '', '', ''],
    ['Task', 'KORPS-16', 10116, 'Skabelon til forløbsnotat i fagsystemet', 'Jonas Holm', 'Camilla Juul', 'Medium', 'To Do', 'Unresolved', '02/Nov/26 10:02 AM', '27/Nov/26 1:15 PM', '18/Dec/26', '', 'fagsystem', 'KORPS-17', ''],
    ['Task', 'KORPS-15', 10115, 'Forældrecafé om forældrecoaching', 'Signe Mørk', 'Camilla Juul', 'Medium', 'In Progress', 'Unresolved', '12/Oct/26 2:31 PM', '20/Nov/26 9:48 AM', '26/Nov/26', '02/Nov/26', 'forældre', 'KORPS-4', ''],
    ['Story', 'KORPS-14', 10114, 'Ungepanel: hvad gør en mentor god?', 'Signe Mørk', 'Camilla Juul', 'Low', 'To Do', 'Unresolved', '12/Oct/26 2:29 PM', '12/Oct/26 2:29 PM', '09/Dec/26', '', 'unge', 'KORPS-4', ''],
    ['Task', 'KORPS-13', 10113, 'Gruppesupervision ved ekstern supervisor', '', 'Camilla Juul', 'High', 'To Do', 'Unresolved', '05/Oct/26 11:20 AM', '24/Nov/26 8:12 AM', '17/Dec/26', '02/Nov/26', 'mentorer supervision', 'KORPS-3', ''],
    ['Sub-task', 'KORPS-12', 10112, 'Send invitationer til de nye mentorer', 'Jonas Holm', 'Camilla Juul', 'Medium', 'Done', 'Done', '31/Aug/26 9:02 AM', '09/Sep/26 3:40 PM', '07/Sep/26', '', '', '', 10110],
    ['Sub-task', 'KORPS-11', 10111, 'Bestil lokale og forplejning', 'Jonas Holm', 'Camilla Juul', 'Medium', 'Done', 'Done', '31/Aug/26 9:01 AM', '04/Sep/26 10:11 AM', '04/Sep/26', '', '', '', 10110],
    ['Task', 'KORPS-10', 10110, 'Grundkursus for 8 nye mentorer', 'Camilla Juul', 'Camilla Juul', 'High', 'Done', 'Done', '31/Aug/26 8:55 AM', '05/Oct/26 9:30 AM', '02/Oct/26', '14/Sep/26', 'mentorer', 'KORPS-3', ''],
    ['Task', 'KORPS-9', 10109, 'Intranetside om henvisning til mentor', 'Jonas Holm', 'Camilla Juul', 'Medium', 'In Review', 'Unresolved', '24/Aug/26 1:12 PM', '29/Nov/26 4:05 PM', '04/Dec/26', '', 'intranet', 'KORPS-2', ''],
    ['Task', 'KORPS-8', 10108, 'Informationsmøde for UU-vejledere', 'Jonas Holm', 'Camilla Juul', 'Medium', 'Done', 'Done', '24/Aug/26 1:10 PM', '08/Oct/26 8:20 AM', '07/Oct/26', '', '', 'KORPS-2', ''],
    ['Story', 'KORPS-7', 10107, 'Pressemeddelelse om mentorkorpset', 'Camilla Juul', 'Camilla Juul', 'Low', 'Done', "Won't Do", '24/Aug/26 1:08 PM', '15/Sep/26 11:00 AM', '30/Sep/26', '', 'presse', 'KORPS-2', ''],
    ['Task', 'KORPS-6', 10106, 'Ledermøde: tid til mentorforløb i arbejdsplanerne', 'Camilla Juul', 'Camilla Juul', 'High', 'In Progress', 'Unresolved', '03/Aug/26 9:20 AM', '28/Nov/26 2:40 PM', '15/Dec/26', '01/Oct/26', 'ledere', 'KORPS-1', ''],
    ['Task', 'KORPS-5', 10105, 'Styregruppemøde om korpsets mål og budget', 'Peter Sand', 'Camilla Juul', 'High', 'Done', 'Done', '03/Aug/26 9:12 AM', '31/Aug/26 8:40 AM', '28/Aug/26', '03/Aug/26', 'styregruppe', 'KORPS-1', ''],
    ['Epic', 'KORPS-4', 10104, 'Inddragelse af unge og forældre', 'Signe Mørk', 'Camilla Juul', 'Medium', 'In Progress', 'Unresolved', '03/Aug/26 9:08 AM', '20/Nov/26 9:48 AM', '', '', '', '', ''],
    ['Epic', 'KORPS-3', 10103, 'Opkvalificering af korpset', 'Camilla Juul', 'Camilla Juul', 'Medium', 'In Progress', 'Unresolved', '03/Aug/26 9:07 AM', '24/Nov/26 8:12 AM', '', '', '', '', ''],
    ['Epic', 'KORPS-2', 10102, 'Kommunikation', 'Jonas Holm', 'Camilla Juul', 'Medium', 'In Progress', 'Unresolved', '03/Aug/26 9:06 AM', '29/Nov/26 4:05 PM', '', '', '', '', ''],
    ['Epic', 'KORPS-1', 10101, 'Ledelse', 'Peter Sand', 'Camilla Juul', 'Medium', 'In Progress', 'Unresolved', '03/Aug/26 9:05 AM', '28/Nov/26 2:40 PM', '', '', '', '', ''],
  ]; // prettier-ignore

  const MON: Record<string, string> = { Aug: '08', Sep: '09', Oct: '10', Nov: '11', Dec: '12' };
  /** "28/Aug/26" → "2026-08-28". */
  const iso = (d: string): string | null => {
    if (!d) return null;
    const [dd, mmm, yy] = d.split('/') as [string, string, string];
    return `20${yy}-${MON[mmm]!}-${dd}`;
  };
  const STATUS: Record<string, Exp> = {
    'To Do': 'not_started',
    'In Progress': 'in_progress',
    'In Review': { v: 'in_progress', note: 'in review: begun, not done' },
    Done: 'done',
  };

  const rows: TableRow[] = list.map((r) => {
    const [
      type,
      key,
      id,
      summary,
      assignee,
      reporter,
      priority,
      status,
      resolution,
      created,
      updated,
      due,
      start,
      labels,
      epic,
      parent,
    ] = r;
    const cells = {
      type,
      key,
      id,
      summary,
      assignee,
      reporter,
      priority,
      status,
      resolution,
      created,
      updated,
      due,
      start,
      labels,
      epic,
      parent,
    };
    if (type === 'Epic')
      return { not: `an epic: the theme "${summary}" of the issues linked to ${key}`, cells };
    if (type === 'Sub-task') return { not: `a sub-task of issue id ${String(parent)} (Grundkursus)`, cells };
    const e = EPICS[epic]!;
    return {
      cells,
      x: {
        theme: { v: e.theme, note: `Epic Link ${epic}: the epic "${e.summary}"` },
        status:
          resolution === "Won't Do"
            ? { v: 'closed', note: 'moved to Done as "Won\'t Do": dropped' }
            : STATUS[status]!,
        start: iso(start),
        deadline: iso(due),
        responsible: assignee || null,
      },
    };
  });
  p.table({
    sheet: S,
    headerRow: 1,
    columns: [
      { key: 'type', header: 'Issue Type' },
      { key: 'key', header: 'Issue key' },
      { key: 'id', header: 'Issue id' },
      { key: 'summary', header: 'Summary', width: 44 },
      { key: 'assignee', header: 'Assignee' },
      { key: 'reporter', header: 'Reporter' },
      { key: 'priority', header: 'Priority' },
      { key: 'status', header: 'Status' },
      { key: 'resolution', header: 'Resolution' },
      { key: 'created', header: 'Created' },
      { key: 'updated', header: 'Updated' },
      { key: 'due', header: 'Due date' },
      { key: 'start', header: 'Custom field (Start date)' },
      { key: 'labels', header: 'Labels' },
      { key: 'epic', header: 'Custom field (Epic Link)' },
      { key: 'parent', header: 'Parent id' },
    ],
    fields: {
      theme: 'epic',
      activity: 'summary',
      responsible: 'assignee',
      start: 'start',
      deadline: 'due',
      status: 'status',
    },
    rows,
  });
  return p;
}
