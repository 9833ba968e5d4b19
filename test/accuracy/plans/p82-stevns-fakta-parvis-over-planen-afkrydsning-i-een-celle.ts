// Stevns (held out, thirteenth round): no cover sheet; the cover facts stand on the plan's sheet
// above the table in two columns of label/value pairs side by side ("Kommune:" | Stevns | |
// "Koordinator:" | Sara Holm, …), the right-hand pairs over the table's responsible and date
// columns, with "Opdateret:" and a date among them (the day of the last edit, not the period nor a
// deadline). The checklist was pasted from the corps' Word form: each answer cell holds all three
// options with a box, the chosen one ticked ("Ja ☐  Delvist ☒  Nej ☐"), the second section written
// with brackets instead ("Ja [x]  Delvist [ ]  Nej [ ]"), one question with no box ticked and one
// with two. The corps is one list under role headings ("Mentorer", "Forældrecoaches") with no role
// column. LibreOffice (flat ODS, real dates as dd.mm.yyyy).

import { PlanBuilder, unsure, type Exp, type TableRow } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { SEED_QUESTIONS } from './checklist-seed';
import { BOLD, DMY_DOT, HEAD, WRAP } from './common';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  'Arbejdsproces og kultur': 'process_culture',
  'Organisering, roller og ansvar': 'organisation_roles',
  Opkvalificering: 'upskilling',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};
const ST: Record<string, string> = { 'Ikke startet': 'not_started', 'I gang': 'in_progress', Færdig: 'done' };

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p82-stevns-fakta-parvis-over-planen-afkrydsning-i-een-celle',
    'libreoffice-fods',
    'Stevns: the cover facts above the plan in two columns of label/value pairs side by side (the right-hand pairs over the table\'s responsible and start columns, with "Opdateret:" and a date); the checklist pasted from a Word form, all three options in one cell with the chosen box ticked ("Ja ☐  Delvist ☒  Nej ☐", "Ja [x]  Delvist [ ]  Nej [ ]"), one left unticked and one ticked twice; the corps under role headings with no role column.',
    [
      'cover-label-value-pairs-side-by-side-above-table',
      'cover-updated-date',
      'cover-leader-post-in-brackets',
      'checklist-word-form-options-in-one-cell',
      'checklist-ballot-boxes-in-cell',
      'checklist-brackets-x-in-cell',
      'checklist-two-options-ticked',
      'checklist-unanswered',
      'corps-role-by-heading',
      'corps',
    ],
  );

  const S = 'Plan';
  const s = p.sheet(S);
  s.row('A1', ['Kommune:', 'Stevns', undefined, 'Koordinator:', 'Sara Holm']);
  s.row('A2', ['Halvår:', '2. halvår 2026', undefined, 'Leder:', 'Niels Brandt (skolechef)']);
  s.row('A3', ['Fase:', 'Klargøring', undefined, 'Supervision:', 'Intern – psykolog fra PPR']);
  s.row('A4', [
    'Forankring:',
    'På tværs af skole og familie',
    undefined,
    'Opdateret:',
    { date: '2026-11-16' },
  ]);
  s.set('E4', { date: '2026-11-16' }, DMY_DOT);
  for (const r of [1, 2, 3, 4]) {
    s.set(`A${r}`, s.get(`A${r}`)!.v, BOLD);
    s.set(`D${r}`, s.get(`D${r}`)!.v, BOLD);
  }
  p.fact('municipality', '336', S, 'B1');
  p.fact('period', '2026-H2', S, 'B2');
  p.fact('phase', 'readiness', S, 'B3');
  p.fact('organisation', 'cross', S, 'B4');
  p.fact('coordinator', 'Sara Holm', S, 'E1');
  p.fact('leader', { v: 'Niels Brandt', alt: ['Niels Brandt (skolechef)'] }, S, 'E2');
  p.fact(
    'supervisionModel',
    { v: 'internal', note: "a psychologist from the municipality's own PPR" },
    S,
    'E3',
  );

  type R = [string, string, string, string, string | null, string, string];
  const rows: R[] = [
    ['Ledelse', 'Beslutning om deltagende skoler', 'Skolechefens møde i august', 'Niels Brandt', null, '2026-08-27', 'Færdig'],
    ['Organisering, roller og ansvar', 'Rollebeskrivelse for koordinator og mentorer', 'Godkendt i ledergruppen', 'Sara Holm', '2026-08-10', '2026-09-30', 'Færdig'],
    ['Kommunikation', 'Informationsmøde for lærere og pædagoger', 'Møde holdt på tre skoler', 'Sara Holm', '2026-09-01', '2026-10-15', 'I gang'],
    ['Opkvalificering', 'LAT-kursus for fire mentorer', 'Kursusbevis', 'Nationalt center', '2026-10-05', '2026-11-20', 'I gang'],
    ['Arbejdsproces og kultur', 'Visitationsgang fra skole til mentor', 'Skriftlig procedure', 'Sara Holm', null, '2026-12-01', 'Ikke startet'],
    ['Opfølgning på dokumentation', 'Skabelon til forløbsnoter', 'Skabelon i brug', 'PPR', null, '2026-12-15', 'Ikke startet'],
    ['Evaluering og tilpasning', 'Halvårsstatus til ledergruppen', 'Status sendt', 'Sara Holm', null, '2026-12-18', 'Ikke startet'],
  ]; // prettier-ignore
  const body: TableRow[] = rows.map(([tema, akt, mil, ans, start, frist, st]) => ({
    cells: {
      tema,
      akt: { v: akt, s: WRAP },
      mil: { v: mil, s: WRAP },
      ans,
      start: start ? { v: { date: start }, s: DMY_DOT } : undefined,
      frist: { v: { date: frist }, s: DMY_DOT },
      st,
    },
    x: { theme: TH[tema]!, status: ST[st]!, start, deadline: frist },
  }));
  p.table({
    sheet: S,
    headerRow: 6,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema', width: 26 },
      { key: 'akt', header: 'Aktivitet', width: 40 },
      { key: 'mil', header: 'Milepæl', width: 26 },
      { key: 'ans', header: 'Ansvarlig', width: 16 },
      { key: 'start', header: 'Start', width: 26 },
      { key: 'frist', header: 'Frist', width: 12 },
      { key: 'st', header: 'Status', width: 12 },
    ],
    fields: {
      theme: 'tema',
      activity: 'akt',
      responsible: 'ans',
      start: 'start',
      deadline: 'frist',
      status: 'st',
    },
    rows: body,
  });

  // --- The checklist, pasted from the Word form ----------------------------------------------------
  const T = 'Tjekliste';
  const t = p.sheet(T);
  t.width(1, 6).width(2, 80).width(3, 30).width(4, 30);
  t.set('A1', 'Tjekliste for parathed (fra korpsets skema)', BOLD);
  t.row('A2', ['', 'Spørgsmål', 'Svar (sæt kryds)', 'Bemærkning'], HEAD);
  const box = (chosen: readonly string[]): string =>
    ['Ja', 'Delvist', 'Nej'].map((o) => `${o} ${chosen.includes(o) ? '☒' : '☐'}`).join('  ');
  const brk = (chosen: readonly string[]): string =>
    ['Ja', 'Delvist', 'Nej'].map((o) => `${o} [${chosen.includes(o) ? 'x' : ' '}]`).join('  ');
  const ID: Record<string, Exp> = { Ja: 'yes', Delvist: 'partly', Nej: 'no' };
  // [options ticked, comment]
  const ans: Record<ChecklistIdKey, [string[], string | null]> = {
    F1: [['Ja'], null],
    F2: [['Ja'], null],
    F3: [['Delvist'], 'Mangler plan for foreningerne'],
    F4: [['Ja'], null],
    F5: [['Ja'], null],
    F6: [['Nej'], 'Tid til forløb er ikke aftalt'],
    F7: [['Delvist'], null],
    L1: [['Ja'], null],
    L2: [['Nej'], null],
    L3: [['Delvist'], 'Kursus i november'],
    L4: [[], null],
    L5: [['Ja', 'Delvist'], null],
    L6: [['Nej'], null],
    L7: [['Delvist'], null],
    L8: [['Nej'], null],
  };
  let r = 3;
  for (const [section, prefix, write] of [
    ['Forberedelse', 'F', box],
    ['Løbende implementering', 'L', brk],
  ] as const) {
    t.set(`A${r}`, section, BOLD);
    r++;
    for (const [id, q] of SEED_QUESTIONS) {
      if (!id.startsWith(prefix)) continue;
      const [chosen, comment] = ans[id];
      t.row(`A${r}`, [id, { v: q, s: WRAP }, write(chosen), comment ?? undefined]);
      const reading: Exp =
        chosen.length === 1
          ? ID[chosen[0]!]!
          : chosen.length === 0
            ? null
            : unsure('yes', 'both "Ja" and "Delvist" ticked: the first, to be asked');
      p.answer(id, reading, T, `C${r}`, comment ? { v: comment, cell: `D${r}` } : undefined);
      r++;
    }
  }

  // --- The corps under role headings ----------------------------------------------------------------
  const K = 'Korps';
  const k = p.sheet(K);
  k.width(1, 12).width(2, 24).width(3, 12).width(4, 12);
  k.row('A1', ['Initialer', 'Afdeling', 'Timer/uge', 'Forløb'], HEAD);
  type KR = [string, string, number, number];
  const groups: [string, string, KR[]][] = [
    ['Mentorer', 'mentor', [['SH', 'Hotelvej Skole', 6, 3], ['MTB', 'Store Heddinge Skole', 8, 4], ['KL', 'UU Stevns', 5, 2], ['AJ', 'Klippinge Skole', 4, 1]]],
    ['Forældrecoaches', 'parent_coach', [['RN', 'Familieafdelingen', 6, 3], ['OP', 'Sundhedsplejen', 3, 1]]],
  ]; // prettier-ignore
  r = 2;
  for (const [heading, role, members] of groups) {
    k.set(`A${r}`, heading, BOLD);
    const headingCell = `A${r}`;
    r++;
    for (const [ini, dept, h, c] of members) {
      k.row(`A${r}`, [ini, dept, h, c]);
      p.corpsRow(K, r, {
        initials: [ini, `A${r}`],
        role: [{ v: role, cell: headingCell, note: `under the heading "${heading}"` }, headingCell],
        hoursPerWeek: [h, `C${r}`],
        activeCases: [c, `D${r}`],
      });
      r++;
    }
    r++;
  }
  return p;
}
