// Allerød (held out, twenty-ninth round): the coordinator keeps the plan in ClickUp (a Space of the
// family department, a Folder "Implementeringsplan 2026-27", one List per theme) and exports the
// Folder's tasks to Excel with ClickUp's own export, then adds a cover, the checklist and the corps
// on sheets of her own. The export's columns are ClickUp's, in English: "Task ID" ("86c0x4a1m"),
// "Task Name", "Task Content", "Status" in ClickUp's lower case with the Space's custom statuses
// ("to do", "in progress", "in review", "complete", and her own "venter på forvaltningen" and
// "aflyst"), every date twice — "Date Created", "Start Date", "Due Date" as epoch milliseconds (a
// date without a time kept at 04:00 Danish time) beside "… Text" columns in ClickUp's words
// ("Friday, August 28th 2026") —, "Parent ID" (a subtask's parent task: three subtasks listed after
// the tasks), "Assignees" as a bracketed list ("[Anders Bech, Sofie Krogh]", "[]" unassigned),
// "Tags" ("[styregruppe]"), "Priority" ("urgent", "high", "normal", "low"), "List Name" (the theme),
// "Folder Name", "Space Name", "Time Estimated" in milliseconds beside "Time Estimated Text" ("2h"),
// "Checklists" (a task's own to-do items: no readiness checklist) and two custom fields named with
// their type, "Milepæl (short text)" and "Forankring (drop down)". A careful reader takes the list as
// the theme, the day from the epoch or its text (they agree), the assignees as the responsible, and
// leaves the subtasks out as steps of their tasks. SheetJS.

import { PlanBuilder, type Exp } from '../build/plan';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  Opkvalificering: 'upskilling',
  'Organisering, roller og ansvar': 'organisation_roles',
  'Arbejdsproces og kultur': 'process_culture',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};
const ST: Record<string, Exp> = {
  'to do': 'not_started',
  'in progress': 'in_progress',
  'in review': {
    v: 'in_progress',
    note: 'in review: done by its owner, waiting for approval: begun, not done',
  },
  complete: 'done',
  'venter på forvaltningen': {
    v: 'not_started',
    flag: true,
    alt: ['in_progress'],
    note: '"venter på forvaltningen" (waiting for the administration) is not on the list: not started while it waits, checked',
  },
  aflyst: 'closed',
};

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']; // prettier-ignore

/** Danish summer time (CEST) in 2026–2027: from the last Sunday of March to the last of October. */
function offsetHours(iso: string): number {
  return (iso >= '2026-03-29' && iso < '2026-10-25') || (iso >= '2027-03-28' && iso < '2027-10-31') ? 2 : 1;
}

/** ClickUp's epoch milliseconds for a day at a Danish local hour (04:00 for a date without a time). */
function epoch(iso: string, hour = 4, minute = 0): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d, hour - offsetHours(iso), minute);
}

function ordinal(d: number): string {
  if (d % 100 >= 11 && d % 100 <= 13) return `${d}th`;
  return `${d}${['th', 'st', 'nd', 'rd'][d % 10] ?? 'th'}`;
}

/** ClickUp's date text: "Friday, August 28th 2026". */
function text(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const wd = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${DAYS[wd]!}, ${MONTHS[m - 1]!} ${ordinal(d)} ${y}`;
}

const FOLDER = 'Implementeringsplan 2026-27';
const SPACE = 'Familie og Unge – Mentorkorps';

// [id, name, content, status, created, start, due, parent, assignees, tags, priority, list, hours, checklist, milepæl, forankring]
type T = readonly [
  string, string, string, string, string, string | null, string | null, string, readonly string[],
  string, string, string, number, string, string, string,
]; // prettier-ignore
const TASKS: readonly T[] = [
  ['86c0x4a1m', 'Styregruppemøde: mål og måltal for korpset', 'Mål for antal forløb pr. mentor og for forældrecoaching.', 'complete', '2026-06-15', '2026-08-10', '2026-08-28', '', ['Anders Bech'], '[styregruppe]', 'high', 'Ledelse', 2, '', 'Mål vedtaget i styregruppen', 'Fortsætter i drift'],
  ['86c0x4a2q', 'Kvartalsvis ledelsesinformation til direktionen', '', 'in progress', '2026-06-15', '2026-09-01', '2026-12-18', '', ['Anders Bech', 'Sofie Krogh'], '[]', 'normal', 'Ledelse', 6, '', 'Første kvartalsrapport sendt', 'Fortsætter i drift'],
  ['86c0x4a3f', 'Informationsmøde for skoler og dagtilbud', 'Oplæg om henvisning og målgruppe.', 'complete', '2026-06-16', '2026-09-07', '2026-09-23', '', ['Sofie Krogh'], '[skoler, dagtilbud]', 'high', 'Kommunikation', 8, 'Forberedelse (2/2): Lokale booket (resolved), Invitationer sendt (resolved)', 'Alle skoler har deltaget', ''],
  ['86c0x4a4k', 'Artikel på intranettet om henvisning til mentor', 'Afventer godkendelse af teksten i forvaltningen.', 'venter på forvaltningen', '2026-06-16', null, '2026-11-27', '', ['Line Vinther'], '[intranet]', 'normal', 'Kommunikation', 3, '', 'Artikel publiceret', ''],
  ['86c0x4a5h', 'Nyhedsbrev til forældre i indskolingen', 'Droppet: forældrene får informationen gennem skolerne.', 'aflyst', '2026-06-16', '2026-10-01', '2026-10-30', '', ['Line Vinther'], '[forældre]', 'low', 'Kommunikation', 2, '', '', 'Ikke forankret'],
  ['86c0x4a6b', 'Forældrepanel om forløbenes indhold', '', 'to do', '2026-06-18', '2027-01-11', '2027-02-26', '', ['Jonas Kjær', 'Line Vinther'], '[forældre]', 'normal', 'Inddragelse', 10, '', 'Panelets anbefalinger samlet', 'Erfaringer videreføres'],
  ['86c0x4a7n', 'LAT-kursus for fire nye mentorer', 'Kursus hos det nationale center, fire moduler.', 'in progress', '2026-06-18', '2026-10-05', '2026-12-11', '', ['Karim Haddad'], '[lat, kursus]', 'urgent', 'Opkvalificering', 24, '', 'Alle fire har gennemført', 'Fortsætter med særskilt bevilling'],
  ['86c0x4a8d', 'Rollebeskrivelser for koordinator og mentorer', '', 'in review', '2026-06-22', '2026-08-17', '2026-10-02', '', ['Sofie Krogh'], '[]', 'normal', 'Organisering, roller og ansvar', 5, '', 'Rollebeskrivelser godkendt', 'Fortsætter i drift'],
  ['86c0x4a9w', 'Fast sparringsmøde i korpset hver anden uge', 'Gentages hver 2. uge.', 'in progress', '2026-06-22', '2026-08-24', null, '', ['Jonas Kjær'], '[sparring]', 'normal', 'Arbejdsproces og kultur', 1, '', '', 'Fortsætter i drift'],
  ['86c0x4aar', 'Månedlig registrering i dokumentationsplatformen', '', 'to do', '2026-06-22', '2026-11-02', '2027-01-29', '', [], '[dokumentation]', 'normal', 'Opfølgning på dokumentation', 4, '', 'Alle forløb registreret', ''],
  ['86c0x4abv', 'Midtvejsevaluering med mentorer og forældrecoaches', 'Spørgeskema og fælles workshop.', 'to do', '2026-06-22', '2027-01-04', '2027-01-22', '', ['Sofie Krogh', 'Karim Haddad'], '[evaluering]', 'high', 'Evaluering og tilpasning', 12, '', 'Evalueringsnotat til styregruppen', 'Erfaringer videreføres'],
  // Subtasks, as the export lists them after the tasks: each points to its task by Parent ID.
  ['86c0x4acp', 'Book lokale på rådhuset', '', 'complete', '2026-08-31', null, '2026-09-11', '86c0x4a3f', ['Pia Toft'], '[]', 'low', 'Kommunikation', 0.5, '', '', ''],
  ['86c0x4ad2', 'Send invitationer til skoleledere', '', 'complete', '2026-08-31', null, '2026-09-14', '86c0x4a3f', ['Sofie Krogh'], '[]', 'normal', 'Kommunikation', 1, '', '', ''],
  ['86c0x4aet', 'Spørgeskema til mentorerne', '', 'to do', '2026-11-20', null, '2027-01-08', '86c0x4abv', ['Karim Haddad'], '[evaluering]', 'normal', 'Evaluering og tilpasning', 3, '', '', ''],
]; // prettier-ignore

const HEADER = [
  'Task ID',
  'Task Name',
  'Task Content',
  'Status',
  'Date Created',
  'Date Created Text',
  'Start Date',
  'Start Date Text',
  'Due Date',
  'Due Date Text',
  'Parent ID',
  'Assignees',
  'Tags',
  'Priority',
  'List Name',
  'Folder Name',
  'Space Name',
  'Time Estimated',
  'Time Estimated Text',
  'Checklists',
  'Milepæl (short text)',
  'Forankring (drop down)',
];

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p139-alleroed-clickup-eksport-lister-underopgaver-epoke-millisekunder',
    'sheetjs',
    'Allerød: a ClickUp Folder exported to Excel: English columns "Task ID", "Task Name", "Task Content", "Status" in lower case with custom statuses ("to do", "in progress", "in review", "complete", "venter på forvaltningen", "aflyst"), "Date Created"/"Start Date"/"Due Date" as epoch milliseconds beside "… Text" ("Friday, August 28th 2026"), "Parent ID" for three subtasks listed after the tasks, "Assignees" as "[Anders Bech, Sofie Krogh]" ("[]" unassigned), "Tags", "Priority", "List Name" per theme, "Folder Name", "Space Name", "Time Estimated" in ms beside its text, "Checklists", custom fields "Milepæl (short text)" and "Forankring (drop down)"; cover, checklist and corps on sheets of her own.',
    [
      'task-tool-export-clickup',
      'list-name-as-theme',
      'lower-case-english-statuses',
      'custom-status-in-danish',
      'epoch-milliseconds-dates',
      'date-text-columns-english-ordinal',
      'subtasks-by-parent-id-listed-last',
      'assignees-as-bracketed-list',
      'unassigned-empty-brackets',
      'time-estimated-milliseconds',
      'custom-fields-named-with-type',
      'task-checklists-column',
    ],
  );

  const F = 'Forside';
  p.sheet(F).set('A1', 'Mentor- og forældrecoachkorpset i Allerød – implementeringsplan');
  coverPairs(p, F, 3, [
    ['Kommune', 'Allerød Kommune', 'municipality', '201'],
    ['Halvår', '2. halvår 2026', 'period', '2026-H2'],
    ['Fase', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator', 'Sofie Krogh', 'coordinator'],
    ['Leder', 'Anders Bech', 'leader'],
    ['Planen', `Føres i ClickUp (mappen "${FOLDER}"); eksporteret 1. december 2026`],
  ]);
  p.sheet(F).width(1, 14).width(2, 60);

  const S = 'Opgaver (ClickUp)';
  const s = p.sheet(S);
  s.row('A1', HEADER);
  [11, 46, 40, 22, 15, 30, 15, 30, 15, 30, 11, 28, 20, 9, 28, 26, 30, 14, 12, 40, 30, 32].forEach((w, i) =>
    s.width(i + 1, w),
  );
  const x = at(S);
  TASKS.forEach((t, i) => {
    const r = 2 + i;
    const [
      id,
      name,
      content,
      status,
      created,
      start,
      due,
      parent,
      who,
      tags,
      prio,
      list,
      hours,
      checklist,
      ms,
      anch,
    ] = t;
    const minute = (i * 7) % 60;
    s.row(`A${r}`, [
      id,
      name,
      content,
      status,
      epoch(created, 9 + (i % 5), minute),
      text(created),
      start ? epoch(start) : undefined,
      start ? text(start) : undefined,
      due ? epoch(due) : undefined,
      due ? text(due) : undefined,
      parent,
      `[${who.join(', ')}]`,
      tags,
      prio,
      list,
      FOLDER,
      SPACE,
      Math.round(hours * 3_600_000),
      hours >= 1 ? `${hours}h` : `${Math.round(hours * 60)}m`,
      checklist,
      ms,
      anch,
    ]);
    if (parent) {
      const of = TASKS.find((u) => u[0] === parent)!;
      p.notActivity(
        S,
        r,
        `a subtask of task ${parent} ("${of[1]}"): a step of that activity, no activity of its own`,
      );
      return;
    }
    const responsible: Exp =
      who.length === 0
        ? null
        : who.length === 1
          ? who[0]!
          : {
              v: who.join(', '),
              alt: [who.join('; '), who.join(' og '), who.join(' / ')],
              note: 'two assignees, the list without its brackets',
            };
    p.activity(S, r, {
      theme: x(TH[list]!, `O${r}`),
      activity: x(name, `B${r}`),
      status: x(ST[status]!, `D${r}`),
      start: x(start, `G${r}`),
      deadline: x(due, `I${r}`),
      responsible: x(responsible, `L${r}`),
    });
  });

  checklistSheet(
    p,
    'Huskeliste',
    {
      F1: 'yes', F2: 'yes', F3: 'partly', F4: 'yes', F5: 'partly', F6: 'no', F7: 'yes',
      L1: 'partly', L2: 'yes', L3: 'no', L4: 'yes', L5: ['partly', 'Registrering kommer i gang i november'], L6: 'yes', L7: 'partly', L8: 'no',
    },
    false,
  ); // prettier-ignore
  corpsSheet(
    p,
    'Korps',
    [
      ['MH', 'mentor', 'Familiehuset', 8, 3],
      ['TN', 'parent_coach', 'Sundhedsplejen', 6, 2],
      ['RA', 'both', 'Ungdomsskolen', 10, 4],
      ['EB', 'mentor', 'PPR', 5, 2],
    ],
    false,
  );
  return p;
}
