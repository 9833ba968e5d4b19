// Odsherred (held out, eighteenth round): the plan kept in Smartsheet (a project sheet made from
// Smartsheet's "Project with Gantt & Dependencies" template) and exported to Excel, tidied by hand.
// Smartsheet's columns in English: "Task Name" with the hierarchy shown by indentation and by
// grouped rows (the whole project as the top row, each theme a parent row one level in, the
// activities under it, one activity with two sub-tasks a level further in); "Start" and "Finish"
// as date cells; "Duration" as Smartsheet writes it ("10d", "1d", "78d"); "% Complete" as 0–1 in a
// per-cent format; "Assigned To" as e-mail addresses (two joined by ", "); "Predecessors" as
// Smartsheet's row numbers and lags ("3", "6FS +5d", "3SS"); a "Status" dropdown ("Not Started",
// "In Progress", "Complete") left empty on two rows (the share done tells); "Health" as Smartsheet's
// RYG balls exported as words ("Green", "Yellow", "Red": how things look, not the state); "At Risk"
// TRUE/FALSE; "Comments". Parent rows carry the rolled-up start, finish, duration and share. The
// coordinator typed a cover sheet in front and a title row above the export. Hand-built (which
// gained indented cells for it).

import { PlanBuilder, type Exp, type TableRow } from '../build/plan';
import type { Style } from '../build/model';
import { BOLD, HEAD, TITLE, WRAP } from './common';

const D: Style = { fmt: 'dd-mm-yy' };
const PCT: Style = { fmt: '0%' };
const L1: Style = { bold: true, indent: 1 };
const L2: Style = { indent: 2 };
const L3: Style = { indent: 3 };

const PEOPLE: Record<string, string> = {
  'kenneth.bager@odsherred.dk': 'Kenneth Bager',
  'trine.moelgaard@odsherred.dk': 'Trine Mølgaard',
  'sanne.hjort@odsherred.dk': 'Sanne Hjort',
  'morten.lykke@odsherred.dk': 'Morten Lykke',
};

/** "a@x.dk, b@x.dk": the addresses as written, or the people they name. */
function assigned(cell: string): Exp {
  const names = cell.split(', ').map((m) => PEOPLE[m] ?? m);
  return {
    v: cell,
    alt: [names.join(', '), names.join(' og '), names.join('; '), names.join(' / ')],
    note: 'Smartsheet shows a contact by the address; the name is just as right',
  };
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p101-odsherred-smartsheet-hierarki-ved-indrykning-varighed-forgaengere',
    'hand-built',
    'Odsherred: a Smartsheet project sheet exported to Excel: hierarchy by indentation and grouped rows (project row, theme parents with rolled-up dates and share, activities, two sub-tasks), Task Name, Start/Finish date cells, Duration "10d", % Complete 0–1, Assigned To as e-mail addresses, Predecessors "6FS +5d", a Status dropdown left empty on two rows, Health as RYG words, At Risk TRUE/FALSE, Comments; a cover sheet typed in front and a title row above.',
    [
      'smartsheet-export',
      'hierarchy-by-indentation',
      'project-summary-row',
      'theme-parent-rows-with-rollups',
      'sub-tasks-under-activity',
      'duration-in-days-text',
      'percent-complete-fraction',
      'status-from-share-where-status-empty',
      'ryg-health-beside-status',
      'at-risk-flag',
      'predecessors-column',
      'responsible-as-email-addresses',
      'cover-sheet-in-front',
      'title-row-above-export',
    ],
  );

  const C = 'Forside';
  const c = p.sheet(C);
  c.set('A1', 'Mentor- og forældrecoachindsatsen – implementeringsplan', TITLE);
  c.set('A3', 'Kommune', BOLD).set('B3', 'Odsherred');
  c.set('A4', 'Periode', BOLD).set('B4', '2. halvår 2026');
  c.set('A5', 'Fase', BOLD).set('B5', 'Indledende implementering');
  c.set('A6', 'Koordinator', BOLD).set('B6', 'Trine Mølgaard');
  c.set('A7', 'Leder', BOLD).set('B7', 'Kenneth Bager');
  c.set(
    'A9',
    'Planen føres i Smartsheet og er eksporteret 30-11-2026. Se fanen "Mentorkorps Odsherred".',
    WRAP,
  );
  c.width(1, 16).width(2, 40);
  p.fact('municipality', { v: '306', note: 'the cover sheet' }, C, 'B3');
  p.fact('period', '2026-H2', C, 'B4');
  p.fact('phase', 'initial', C, 'B5');
  p.fact('coordinator', 'Trine Mølgaard', C, 'B6');
  p.fact('leader', 'Kenneth Bager', C, 'B7');

  const S = 'Mentorkorps Odsherred';
  const s = p.sheet(S);
  s.set('A1', 'Implementeringsplan – Mentorkorps Odsherred (eksport fra Smartsheet 30-11-2026)', TITLE);

  // [name, start, finish, duration, share, assigned, predecessors, status, health, at risk, comment]
  type Cells = [string, string, string, string, number, string, string, string, string, boolean, string];
  const cells = (r: Cells, nameStyle: Style): Record<string, unknown> => ({
    name: { v: r[0], s: nameStyle },
    start: { v: { date: r[1] }, s: D },
    finish: { v: { date: r[2] }, s: D },
    dur: r[3],
    pct: { v: r[4], s: PCT },
    who: r[5],
    pred: r[6],
    status: r[7],
    health: r[8],
    risk: r[9],
    comment: r[10] ? { v: r[10], s: WRAP } : undefined,
  });
  type Act = { c: Cells; x: Record<string, Exp> };
  const act = (c: Cells, status: Exp, theme?: Exp): Act => ({
    c,
    x: {
      status,
      start: c[1],
      deadline: c[2],
      ...(c[5] ? { responsible: assigned(c[5]) } : {}),
      ...(theme !== undefined ? { theme } : {}),
    },
  });
  // Parent rows: [theme heading, rolled-up start, finish, duration, share].
  type Parent = {
    head: string;
    theme: string;
    roll: [string, string, string, number];
    acts: (Act | { sub: Cells })[];
  };
  const parents: Parent[] = [
    {
      head: 'Ledelse', theme: 'leadership', roll: ['2026-08-03', '2026-12-16', '98d', 0.7],
      acts: [
        act(['Styregruppemøde: godkendelse af implementeringsplanen', '2026-08-03', '2026-08-14', '10d', 1, 'kenneth.bager@odsherred.dk', '', 'Complete', 'Green', false, 'Referat ligger i Teams'], 'done'),
        act(['Ledelsesopfølgning på caseload pr. mentor', '2026-10-05', '2026-12-16', '53d', 0.4, 'kenneth.bager@odsherred.dk, trine.moelgaard@odsherred.dk', '3FS +30d', 'In Progress', 'Yellow', false, ''], 'in_progress'),
      ],
    },
    {
      head: 'Organisering, roller og ansvar', theme: 'organisation_roles', roll: ['2026-08-10', '2026-10-30', '60d', 0.76],
      acts: [
        act(['Rollebeskrivelser for mentor og forældrecoach', '2026-08-10', '2026-08-28', '15d', 1, 'trine.moelgaard@odsherred.dk', '3SS', 'Complete', 'Green', false, ''], 'done'),
        act(['Procedure for matchning af unge og mentorer', '2026-08-31', '2026-10-30', '45d', 0.6, 'sanne.hjort@odsherred.dk', '6', 'In Progress', 'Red', true, 'Mangler aftale med UU om henvisninger'], 'in_progress'),
      ],
    },
    {
      head: 'Kommunikation', theme: 'communication', roll: ['2026-09-07', '2026-10-23', '35d', 0.5],
      acts: [
        act(['Informationsmøde for skoleledere', '2026-09-07', '2026-09-07', '1d', 1, 'trine.moelgaard@odsherred.dk', '', 'Complete', 'Green', false, ''], 'done'),
        act(['Folder til forældre om forældrecoaching', '2026-09-14', '2026-10-23', '30d', 0, 'sanne.hjort@odsherred.dk', '9FS +5d', '', 'Red', true, 'Afventer grafiker'], { v: 'not_started', note: 'Status left empty: "% Complete" 0 %' }),
      ],
    },
    {
      head: 'Opkvalificering', theme: 'upskilling', roll: ['2026-09-21', '2026-12-18', '65d', 0.63],
      acts: [
        act(['Grundkursus for nye mentorer (3 dage)', '2026-09-21', '2026-10-09', '15d', 1, 'morten.lykke@odsherred.dk', '', 'Complete', 'Green', false, 'Holdt på Højby Skole'], 'done'),
        { sub: ['Booke kursuslokale', '2026-09-21', '2026-09-25', '5d', 1, 'morten.lykke@odsherred.dk', '', 'Complete', 'Green', false, ''] },
        { sub: ['Tilmelding af deltagere', '2026-09-21', '2026-10-02', '10d', 1, 'sanne.hjort@odsherred.dk', '', 'Complete', 'Green', false, ''] },
        act(['Gruppesupervision af mentorerne, 4 gange', '2026-11-02', '2026-12-18', '35d', 0.25, 'morten.lykke@odsherred.dk', '13', '', 'Green', false, '1. gang holdt 4/11'], { v: 'in_progress', note: 'Status left empty: "% Complete" 25 %' }),
      ],
    },
    {
      head: 'Inddragelse', theme: 'involvement', roll: ['2026-11-02', '2026-11-02', '1d', 0],
      acts: [
        act(['Dialogmøde med forældre om forældrecoaching', '2026-11-02', '2026-11-02', '1d', 0, '', '', 'Not Started', 'Yellow', true, 'Flyttes måske til januar'], 'not_started'),
      ],
    },
    {
      head: 'Opfølgning på dokumentation', theme: 'documentation', roll: ['2026-09-01', '2026-12-18', '79d', 0.5],
      acts: [
        act(['Månedlig registrering af aktive forløb i fagsystemet', '2026-09-01', '2026-12-18', '79d', 0.5, 'sanne.hjort@odsherred.dk', '', 'In Progress', 'Green', false, ''], 'in_progress'),
      ],
    },
    {
      head: 'Evaluering og tilpasning', theme: 'evaluation', roll: ['2026-12-07', '2026-12-16', '8d', 0],
      acts: [
        act(['Halvårsevaluering med styregruppen', '2026-12-07', '2026-12-16', '8d', 0, 'kenneth.bager@odsherred.dk', '4', 'Not Started', 'Green', false, 'Data fra fagsystemet og mentorernes logbøger'], 'not_started'),
      ],
    },
  ]; // prettier-ignore

  const HEADER_ROW = 3;
  const rows: TableRow[] = [
    {
      not: "the whole project as Smartsheet's top row, with the rolled-up dates and share",
      cells: {
        name: { v: 'Mentorkorps Odsherred – 2. halvår 2026', s: BOLD },
        start: { v: { date: '2026-08-03' }, s: D },
        finish: { v: { date: '2026-12-18' }, s: D },
        dur: '100d',
        pct: { v: 0.58, s: PCT },
      },
    },
  ];
  const levels: number[] = [1];
  const rollups: [number, [string, string, string, number]][] = [];
  for (const par of parents) {
    rows.push({ section: par.head, theme: par.theme, style: L1 });
    levels.push(2);
    rollups.push([HEADER_ROW + rows.length, par.roll]);
    for (const a of par.acts) {
      if ('sub' in a) {
        rows.push({
          not: 'a sub-task of the course above (one level further in)',
          cells: cells(a.sub, L3) as never,
        });
        levels.push(4);
      } else {
        // A row whose Status was left empty is read from its share done ("% Complete", column E).
        const row = HEADER_ROW + rows.length + 1;
        const st = a.x.status as Exp;
        const x =
          a.c[7] || st === null || typeof st !== 'object'
            ? a.x
            : { ...a.x, status: { ...st, cell: `E${row}` } };
        rows.push({ cells: cells(a.c, L2) as never, x });
        levels.push(3);
      }
    }
  }
  p.table({
    sheet: S,
    headerRow: HEADER_ROW,
    headerStyle: HEAD,
    columns: [
      { key: 'name', header: 'Task Name', width: 48 },
      { key: 'start', header: 'Start', width: 10 },
      { key: 'finish', header: 'Finish', width: 10 },
      { key: 'dur', header: 'Duration', width: 9 },
      { key: 'pct', header: '% Complete', width: 10 },
      { key: 'who', header: 'Assigned To', width: 34 },
      { key: 'pred', header: 'Predecessors', width: 12 },
      { key: 'status', header: 'Status', width: 12 },
      { key: 'health', header: 'Health', width: 9 },
      { key: 'risk', header: 'At Risk', width: 8 },
      { key: 'comment', header: 'Comments', width: 36 },
    ],
    fields: {
      theme: 'name',
      activity: 'name',
      responsible: 'who',
      start: 'start',
      deadline: 'finish',
      status: 'status',
    },
    rows,
  });
  // A parent row's rolled-up start, finish, duration and share, as Smartsheet exports them.
  for (const [row, [st, fi, du, pc]] of rollups) {
    s.set(`B${row}`, { date: st }, { ...D, bold: true });
    s.set(`C${row}`, { date: fi }, { ...D, bold: true });
    s.set(`D${row}`, du, BOLD);
    s.set(`E${row}`, pc, { ...PCT, bold: true });
  }
  // Grouped rows: the project row at level 0, the themes at 1, the activities at 2, sub-tasks at 3.
  levels.forEach((lvl, i) => {
    if (lvl > 1) s.outline.set(HEADER_ROW + 1 + i, lvl - 1);
  });
  s.summaryAbove = true;
  return p;
}
