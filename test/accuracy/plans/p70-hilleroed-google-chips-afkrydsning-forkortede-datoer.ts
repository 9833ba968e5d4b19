// Hillerød (held out, tenth round): the plan kept in Google Sheets by a team and downloaded as
// .xlsx. Google's own habits: people inserted as smart chips, which the download keeps as text with
// the "@" typed before the name ("@Anna Holm", two people "@Anna Holm @Bo Eriksen"); a checkbox
// column "Udført" (TRUE/FALSE) beside a dropdown chip "Status" whose options the team left in
// English ("Not started", "In progress", "Blocked", "Done", or empty); dates typed in the Danish
// locale's short month form as text ("15. mar. 2027", "1. feb. 2027", "30. jun. 2027"); the theme as
// a dropdown chip in Danish. The cover facts are on "Om planen" as "Label" | "Value" pairs, the
// checklist is answered with checkboxes in three columns "Ja | Delvist | Nej". SheetJS.

import { PlanBuilder, unsure, type Exp, type TableRow } from '../build/plan';
import { SEED_QUESTIONS } from './checklist-seed';

const TH: Record<string, Exp> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  'Arbejdsproces og kultur': 'process_culture',
  'Organisering, roller og ansvar': 'organisation_roles',
  Opkvalificering: 'upskilling',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};

const MON: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  maj: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  okt: '10',
  nov: '11',
  dec: '12',
};
/** "15. mar. 2027" → "2027-03-15" (the reading a Danish reader gives the Google locale's short date). */
function iso(text: string | null): string | null {
  if (!text) return null;
  const m = /^(\d{1,2})\. (\w{3})\.? (\d{4})$/.exec(text);
  if (!m) throw new Error(text);
  return `${m[3]}-${MON[m[2]!]}-${m[1]!.padStart(2, '0')}`;
}

/** Smart chips "@Anna Holm @Bo Eriksen": the names without "@"; two people in any usual joining. */
function people(cell: string): Exp {
  const names = cell
    .split('@')
    .map((n) => n.trim())
    .filter(Boolean);
  if (names.length === 1) return { v: names[0]!, note: 'a smart chip: the name without "@"' };
  return {
    v: names.join(', '),
    alt: [names.join(' og '), names.join('; '), names.join(' / '), names.join(' ')],
    note: 'two smart chips: both names',
  };
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p70-hilleroed-google-chips-afkrydsning-forkortede-datoer',
    'sheetjs',
    'Hillerød: a Google Sheets download: people as smart chips kept as "@Anna Holm" (two in one cell), a checkbox column "Udført" (TRUE/FALSE) beside an English dropdown status (Not started/In progress/Blocked/Done/empty), Danish short text dates "15. mar. 2027", cover as Label | Value, checklist answered by checkboxes under Ja | Delvist | Nej.',
    [
      'google-sheets-download',
      'smart-chip-people-at-sign',
      'responsible-several-people-chips',
      'checkbox-done-column',
      'english-dropdown-status',
      'done-checkbox-vs-status-conflict',
      'danish-short-month-text-dates',
      'cover-label-value',
      'checklist-checkboxes-three-columns',
      'corps',
    ],
  );

  const C = 'Om planen';
  const c = p.sheet(C);
  c.row('A1', ['Label', 'Value']);
  c.row('A2', ['Kommune', 'Hillerød']);
  c.row('A3', ['Halvår', '2027-H1']);
  c.row('A4', ['Fase', 'Fuld implementering']);
  c.row('A5', ['Koordinator', '@Sanne Kragh']);
  c.row('A6', ['Leder', '@Thomas Munk']);
  c.width(1, 16).width(2, 30);
  p.fact('municipality', '219', C, 'B2');
  p.fact('period', '2027-H1', C, 'B3');
  p.fact('phase', 'full', C, 'B4');
  p.fact('coordinator', { v: 'Sanne Kragh', note: 'a smart chip: "@" before the name' }, C, 'B5');
  p.fact('leader', { v: 'Thomas Munk', note: 'a smart chip' }, C, 'B6');

  const S = 'Plan 2027';
  // [theme, activity, people, start, deadline, Udført, status chip, status reading]
  type R = [string, string, string, string | null, string, boolean, string | null, Exp];
  const rows: R[] = [
    ['Ledelse', 'Ledelsesseminar om korpsets retning', '@Thomas Munk', null, '1. feb. 2027', true, 'Done', 'done'],
    ['Kommunikation', 'Nyhedsbrev til skoler og SFO', '@Sanne Kragh', '4. jan. 2027', '15. mar. 2027', true, null, { v: 'done', note: 'only the checkbox says it' }],
    ['Inddragelse', 'Ungepanel om mentorordningen', '@Anna Holm @Bo Eriksen', '1. feb. 2027', '30. apr. 2027', false, 'In progress', 'in_progress'],
    ['Arbejdsproces og kultur', 'Fælles sagsgennemgang hver måned', '@Bo Eriksen', '1. jan. 2027', '30. jun. 2027', false, 'In progress', 'in_progress'],
    ['Organisering, roller og ansvar', 'Aftale med familieafdelingen om henvisning', '@Sanne Kragh', null, '31. mar. 2027', false, 'Blocked', unsure('in_progress', '"Blocked": begun but stuck, not on the list')],
    ['Opkvalificering', 'LAT-kursus for nye mentorer', '@Anna Holm', '1. mar. 2027', '20. maj 2027', false, 'Not started', 'not_started'],
    ['Opkvalificering', 'Supervision for forældrecoaches', '@Anna Holm', '15. jan. 2027', '15. jun. 2027', true, 'In progress', unsure('done', 'the box is ticked, the chip still says "In progress"')],
    ['Opfølgning på dokumentation', 'Månedlig optælling af forløb', '@Bo Eriksen', '1. jan. 2027', '30. jun. 2027', false, 'In progress', 'in_progress'],
    ['Evaluering og tilpasning', 'Evaluering med styregruppen', '@Thomas Munk @Sanne Kragh', null, '24. jun. 2027', false, 'Not started', 'not_started'],
    ['Kommunikation', 'Fortælling om et forløb på kommunens hjemmeside', '@Sanne Kragh', null, '30. apr. 2027', false, null, null],
  ]; // prettier-ignore
  const body: TableRow[] = rows.map(([theme, act, who, start, dl, done, chip, st], i) => ({
    cells: {
      tema: theme,
      akt: act,
      who,
      start: start ?? undefined,
      dl,
      done,
      status: chip ?? undefined,
    },
    x: {
      theme: TH[theme] as Exp,
      // With the chip left empty, the checkbox is what tells the status.
      status: chip === null && st !== null ? { ...(st as object), cell: `F${i + 2}` } as Exp : st,
      start: iso(start),
      deadline: iso(dl),
      responsible: people(who),
    },
  })); // prettier-ignore
  p.table({
    sheet: S,
    headerRow: 1,
    columns: [
      { key: 'tema', header: 'Tema', width: 28 },
      { key: 'akt', header: 'Aktivitet', width: 46 },
      { key: 'who', header: 'Ansvarlig', width: 28 },
      { key: 'start', header: 'Start', width: 14 },
      { key: 'dl', header: 'Deadline', width: 14 },
      { key: 'done', header: 'Udført', width: 8 },
      { key: 'status', header: 'Status', width: 14 },
    ],
    fields: {
      theme: 'tema',
      activity: 'akt',
      responsible: 'who',
      start: 'start',
      deadline: 'dl',
      status: 'status',
    },
    rows: body,
  });

  const T = 'Tjekliste';
  const t = p.sheet(T);
  t.row('A1', ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej', 'Kommentar']);
  t.width(1, 6).width(2, 80).width(3, 8).width(4, 8).width(5, 8).width(6, 34);
  const ans: Record<string, ['yes' | 'partly' | 'no' | null, string | null]> = {
    F1: ['yes', null],
    F2: ['yes', null],
    F3: ['partly', 'Skolerne mangler'],
    F4: ['yes', null],
    F5: ['yes', null],
    F6: ['partly', null],
    F7: ['yes', null],
    L1: ['yes', null],
    L2: ['partly', null],
    L3: ['yes', null],
    L4: ['no', 'Aftales efter sommer'],
    L5: ['partly', null],
    L6: ['yes', null],
    L7: ['no', null],
    L8: [null, null],
  };
  const COL = { yes: 'C', partly: 'D', no: 'E' } as const;
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const r = 2 + i;
    const [a, comment] = ans[id]!;
    t.row(`A${r}`, [id, q, a === 'yes', a === 'partly', a === 'no', comment ?? undefined]);
    p.answer(id, a, T, a ? `${COL[a]}${r}` : `C${r}`, comment ? { v: comment, cell: `F${r}` } : undefined);
  });

  const K = 'Korps';
  const k = p.sheet(K);
  k.row('A1', ['Initialer', 'Rolle', 'Afdeling', 'Timer/uge', 'Aktive forløb']);
  type KR = [string, string, 'mentor' | 'parent_coach' | 'both', string, number, number];
  const corps: KR[] = [
    ['AH', 'Mentor', 'mentor', 'Ungeindsatsen', 8, 3],
    ['BE', 'Mentor', 'mentor', 'Jobcenter', 6, 2],
    ['CL', 'Forældrecoach', 'parent_coach', 'Familierådgivningen', 10, 4],
    ['DS', 'Mentor og forældrecoach', 'both', 'PPR', 12, 5],
  ];
  corps.forEach(([ini, role, id, dept, h, n], i) => {
    const r = 2 + i;
    k.row(`A${r}`, [ini, role, dept, h, n]);
    p.corpsRow(K, r, {
      initials: [ini, `A${r}`],
      role: [id, `B${r}`],
      hoursPerWeek: [h, `D${r}`],
      activeCases: [n, `E${r}`],
    });
  });
  return p;
}
