// Ringkøbing-Skjern (held out, thirtieth round): the plan's weight on its other parts, kept as a
// leadership dashboard. One sheet "Overblik": the cover facts as KPI cards across the top (a small
// label over a large value, each a merged block: "Kommune", "Periode", "Fase", "Koordinator",
// "Leder", then "Organisatorisk forankring" and "Supervision"); the indicators year over year, the
// half-years as column groups merged over "Mål | Resultat | n" ("1. halvår 2026 | 2. halvår 2026 |
// 1. halvår 2027"), a baseline "Udgangspunkt 2025" before them, figures from the municipality's
// management information with small numbers hidden ("<5" for 1–4 cases, "*" where a figure is
// suppressed so it cannot be worked out), "–" for not measured, percentages as "58 pct." (typed, or
// a number shown with the format 0" pct."), a sparkline column "Udvikling" drawn from hidden helper
// columns, and a legend line under the table; the corps the same way, one row per member with
// "Timer/uge | Forløb" per half-year and data bars on the cases (a member who stopped after the
// first half-year shows "–" since, one who joined shows "–" before). The period is 2. halvår 2026:
// a careful reader takes its group — its target, result and n — and the corps members active in it;
// "<5" and "*" give no figure (to be asked about), "–" none either.
// The readiness checklist on "Parathed" as a two-level outline: main points numbered 1–7 and 1–8
// under "A. Forberedelse" and "B. Løbende implementering" (the coordinator's words), sub-points
// under some of them as grouped rows one outline level deeper, indented, with their own "Ja" /
// "Delvist" / "Nej" (one group collapsed). A main point is "Delvist" where its sub-points differ;
// twice the main point's answer is left empty and only the sub-points are answered (all "Ja": Ja;
// "Ja" and "Nej": Delvist — the careful reader's reading, to be confirmed). Sub-points are no
// questions of their own. A small plain activity plan. Hand-built (which gained data bars and
// sparklines for it).

import { PlanBuilder, type Exp } from '../build/plan';
import type { Cell, Style } from '../build/model';
import type { ChecklistIdKey } from '../expected';
import { AMBER, BOLD, DMY_DOT, GREEN, HEAD, RED, TITLE, WRAP } from './common';

const D = 'Overblik';
const CARD_LABEL: Style = { italic: true, color: '595959', fill: { rgb: 'F2F2F2' } };
const CARD_VALUE: Style = { bold: true, size: 14, fill: { rgb: 'F2F2F2' } };
const PCT: Style = { fmt: '0" pct."' };
const GROUP: Style = { bold: true, fill: { rgb: 'D9E1F2' } };

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Opkvalificering: 'upskilling',
  'Arbejdsproces og kultur': 'process_culture',
  'Evaluering og tilpasning': 'evaluation',
};
const ST: Record<string, string> = {
  Gennemført: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
};

/** A figure on the dashboard: a number, a percent number, or a text the report writes. */
type Fig = number | string | { pct: number } | null;
function fig(v: Fig): Cell | null {
  if (v === null) return null;
  if (typeof v === 'object') return { v: v.pct, s: PCT };
  return { v };
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p142-ringkoebing-skjern-dashboard-halvaar-diskretion-tjekliste-med-underpunkter',
    'hand-built',
    'Ringkøbing-Skjern: a leadership dashboard — the cover as KPI cards (label over value, merged blocks), indicators and corps year over year with half-years as merged column groups over "Mål | Resultat | n" (period 2. halvår 2026, read in its group), small numbers hidden as "<5" and "*", "–" for not measured, "58 pct." typed and as 0" pct.", a sparkline column from hidden helper columns, data bars on the corps\' cases, a legend line; the checklist as a two-level outline (main points with grouped, indented sub-points, "Delvist" because of them, two main points answered only through their sub-points); a small plain plan.',
    [
      'cover-as-kpi-cards-label-over-value',
      'half-years-as-column-groups',
      'period-group-among-half-year-groups',
      'statistical-disclosure-less-than-5-and-star',
      'dash-for-not-measured',
      'percent-written-pct',
      'sparkline-column-hidden-helpers',
      'corps-year-over-year-data-bars',
      'corps-member-not-active-in-period',
      'checklist-two-level-outline',
      'main-point-answer-from-sub-points',
      'collapsed-group-of-sub-points',
    ],
  );

  // --- Overblik: the cards.
  const s = p.sheet(D);
  s.set('A1', 'Mentor- og forældrecoachkorpset – ledelsesoverblik', TITLE);
  s.merge('A1:M1');
  s.set('A2', 'Data fra Nexus og dokumentationsplatformen · opdateret 28.11.2026', { italic: true });
  s.merge('A2:M2');
  const card = (labelAt: string, valueAt: string, span: number, label: string, value: string): void => {
    const l = labelAt.replace(/\d+/, '');
    const lc = l.charCodeAt(0) - 64 + span - 1;
    const endCol = String.fromCharCode(64 + lc);
    const lr = labelAt.replace(/[A-Z]+/, '');
    const vr = valueAt.replace(/[A-Z]+/, '');
    s.set(labelAt, label, CARD_LABEL);
    s.set(valueAt, value, CARD_VALUE);
    if (span > 1) {
      s.merge(`${labelAt}:${endCol}${lr}`);
      s.merge(`${valueAt}:${endCol}${vr}`);
    }
  };
  card('A4', 'A5', 2, 'Kommune', 'Ringkøbing-Skjern Kommune');
  card('C4', 'C5', 2, 'Periode', '2. halvår 2026');
  card('E4', 'E5', 3, 'Fase', 'Fuld implementering');
  card('H4', 'H5', 3, 'Koordinator', 'Maja Kristensen');
  card('K4', 'K5', 3, 'Leder', 'Henrik Lauridsen');
  card('A7', 'A8', 4, 'Organisatorisk forankring', 'Tværgående – social- og beskæftigelsesområdet');
  card('E7', 'E8', 3, 'Supervision', 'Koordinator og teamleder');
  p.fact('municipality', '760', D, 'A5');
  p.fact('period', '2026-H2', D, 'C5');
  p.fact('phase', 'full', D, 'E5');
  p.fact('coordinator', 'Maja Kristensen', D, 'H5');
  p.fact('leader', 'Henrik Lauridsen', D, 'K5');
  p.fact('organisation', 'cross', D, 'A8');
  p.fact('supervisionModel', 'leader_or_coordinator', D, 'E8');

  // --- The indicators, year over year.
  s.set('A10', 'Nøgletal', { bold: true, size: 12 });
  s.row('A11', ['Indikator', 'Enhed', 'Udgangspunkt 2025'], HEAD);
  const groups = ['1. halvår 2026', '2. halvår 2026', '1. halvår 2027'];
  groups.forEach((g, i) => {
    const c = String.fromCharCode(68 + 3 * i); // D, G, J
    const e = String.fromCharCode(70 + 3 * i); // F, I, L
    s.set(`${c}11`, g, GROUP);
    s.merge(`${c}11:${e}11`);
    s.row(`${c}12`, ['Mål', 'Resultat', 'n'], HEAD);
  });
  s.set('M11', 'Udvikling', HEAD);
  s.merge('A11:A12');
  s.merge('B11:B12');
  s.merge('C11:C12');
  s.merge('M11:M12');
  s.row('O12', ['Graf 1', 'Graf 2', 'Graf 3']);
  [40, 8, 14, 8, 10, 6, 8, 10, 6, 8, 10, 6, 14].forEach((w, i) => s.width(i + 1, w));
  [15, 16, 17].forEach((c) => s.hiddenCols.add(c));

  type Ind = {
    name: string;
    enhed: string;
    unit: 'count' | 'percent';
    base: Fig;
    baseRead: Exp;
    h: readonly [[Fig, Fig, Fig], [Fig, Fig, Fig], [Fig, Fig, Fig]];
    target: Exp;
    result: Exp;
    cases?: Exp;
  };
  const SUPPRESSED = (what: string): Exp => ({
    v: null,
    flag: true,
    note: `${what}: hidden by the report's small-number rule (1–4, or suppressed so it cannot be worked out): no figure, to be asked about`,
  });
  const INDS: readonly Ind[] = [
    { name: 'Aktive mentorforløb', enhed: 'antal', unit: 'count', base: 5, baseRead: 5,
      h: [[8, 9, '–'], [12, 11, '–'], [14, '–', '–']], target: 12, result: 11 },
    { name: 'Aktive forældrecoachforløb', enhed: 'antal', unit: 'count', base: 2, baseRead: 2,
      h: [[3, '<5', '–'], [5, '<5', '–'], [6, '–', '–']], target: 5, result: SUPPRESSED('"<5"') },
    { name: 'Forløb afsluttet i perioden', enhed: 'antal', unit: 'count', base: '–', baseRead: { v: null, note: '"–": not measured in 2025' },
      h: [[4, '*', '–'], [6, 7, '–'], [8, '–', '–']], target: 6, result: 7 },
    { name: 'Unge startet på en ungdomsuddannelse', enhed: 'pct.', unit: 'percent', base: { pct: 40 }, baseRead: 40,
      h: [[{ pct: 50 }, { pct: 45 }, 11], [{ pct: 55 }, { pct: 58 }, 12], [{ pct: 60 }, '–', '–']], target: 55, result: 58, cases: 12 },
    { name: 'Forløb med positiv progression', enhed: 'pct.', unit: 'percent', base: '60 pct.', baseRead: 60,
      h: [['70 pct.', '64 pct.', 14], ['70 pct.', '*', '<5'], ['75 pct.', '–', '–']], target: 70, result: SUPPRESSED('"*"'), cases: SUPPRESSED('"<5"') },
    { name: 'Medarbejdere opkvalificeret', enhed: 'antal', unit: 'count', base: 0, baseRead: 0,
      h: [[10, 8, '–'], [16, 15, '–'], [20, '–', '–']], target: 16, result: 15 },
    { name: 'Afholdte lærings- og refleksionsmøder', enhed: 'antal', unit: 'count', base: 0, baseRead: 0,
      h: [[2, 2, '–'], [4, '–', '–'], [4, '–', '–']], target: 4, result: { v: null, note: '"–": not measured yet in the period' } },
  ]; // prettier-ignore
  const numberOf = (f: Fig): number | null =>
    typeof f === 'number' ? f : f !== null && typeof f === 'object' ? f.pct : null;
  INDS.forEach((ind, i) => {
    const r = 13 + i;
    s.set(`A${r}`, ind.name);
    s.set(`B${r}`, ind.enhed);
    const b = fig(ind.base);
    if (b) s.set(`C${r}`, b);
    ind.h.forEach((grp, g) => {
      grp.forEach((f, j) => {
        const c = fig(f);
        if (c) s.set(`${String.fromCharCode(68 + 3 * g + j)}${r}`, c);
      });
      // The hidden helper the sparkline draws: the result as a number, else #N/A (a gap).
      const res = grp[1];
      const col = String.fromCharCode(79 + g); // O, P, Q
      const src = `${String.fromCharCode(69 + 3 * g)}${r}`;
      const n = numberOf(res);
      s.set(
        `${col}${r}`,
        n === null
          ? { v: '#N/A', f: `IF(ISNUMBER(${src}),${src},NA())`, error: true }
          : { v: n, f: `IF(ISNUMBER(${src}),${src},NA())` },
      );
    });
    s.sparklines.push({ at: `M${r}`, data: `O${r}:Q${r}` });
    p.indicatorRow(D, r, {
      name: [ind.name, `A${r}`],
      unit: [ind.unit, `B${r}`],
      baseline: [ind.baseRead, `C${r}`],
      target: [ind.target, `G${r}`],
      result: [ind.result, `H${r}`],
      ...(ind.cases === undefined ? {} : { cases: [ind.cases, `I${r}`] as [Exp, string] }),
    });
  });
  const legend = 13 + INDS.length;
  s.set(`A${legend}`, '<5 = 1–4 forløb · * = skjult af hensyn til diskretion · – = ikke målt', {
    italic: true,
  });

  // --- The corps, year over year.
  const k0 = legend + 2; // 22
  s.set(`A${k0}`, 'Korps', { bold: true, size: 12 });
  s.row(`A${k0 + 1}`, ['Initialer', 'Rolle'], HEAD);
  s.merge(`A${k0 + 1}:A${k0 + 2}`);
  s.merge(`B${k0 + 1}:B${k0 + 2}`);
  groups.forEach((g, i) => {
    const c = String.fromCharCode(68 + 3 * i);
    const e = String.fromCharCode(70 + 3 * i);
    s.set(`${c}${k0 + 1}`, g, GROUP);
    s.merge(`${c}${k0 + 1}:${e}${k0 + 1}`);
    s.row(`${c}${k0 + 2}`, [i === 2 ? 'Timer/uge (plan)' : 'Timer/uge', 'Forløb'], HEAD);
  });
  type Mem = {
    ini: string;
    rolle: string;
    roleId: 'mentor' | 'parent_coach' | 'both';
    h: readonly [[Fig, Fig], [Fig, Fig], [Fig, Fig]];
    active: boolean;
  };
  const MEMS: readonly Mem[] = [
    { ini: 'ALJ', rolle: 'Mentor', roleId: 'mentor', h: [[8, 3], [8, 4], [8, '–']], active: true },
    { ini: 'PBN', rolle: 'Forældrecoach', roleId: 'parent_coach', h: [[6, 2], [6, 2], [6, '–']], active: true },
    { ini: 'SKR', rolle: 'Mentor og forældrecoach', roleId: 'both', h: [[10, 5], [10, 6], [10, '–']], active: true },
    // Stopped after the first half-year of 2026: "–" since — not in the corps of the period.
    { ini: 'HEM', rolle: 'Mentor', roleId: 'mentor', h: [[8, 2], ['–', '–'], ['–', '–']], active: false },
    { ini: 'JVT', rolle: 'Mentor', roleId: 'mentor', h: [['–', '–'], [6, 1], [6, '–']], active: true },
    { ini: 'LSØ', rolle: 'Forældrecoach', roleId: 'parent_coach', h: [[7.5, 4], [7.5, 3], ['–', '–']], active: true },
  ]; // prettier-ignore
  const first = k0 + 3;
  MEMS.forEach((m, i) => {
    const r = first + i;
    s.set(`A${r}`, m.ini);
    s.set(`B${r}`, m.rolle);
    m.h.forEach((grp, g) => {
      grp.forEach((f, j) => {
        const c = fig(f);
        if (c) s.set(`${String.fromCharCode(68 + 3 * g + j)}${r}`, c);
      });
    });
    if (m.active)
      p.corpsRow(D, r, {
        initials: [m.ini, `A${r}`],
        role: [m.roleId, `B${r}`],
        hoursPerWeek: [m.h[1][0] as number, `G${r}`],
        activeCases: [m.h[1][1] as number, `H${r}`],
      });
  });
  const last = first + MEMS.length - 1;
  const tot = last + 1;
  s.row(`A${tot}`, ['I alt'], BOLD);
  s.row(
    `D${tot}`,
    [
      { v: 39.5, f: `SUM(D${first}:D${last})` },
      { v: 16, f: `SUM(E${first}:E${last})` },
    ],
    BOLD,
  );
  s.row(
    `G${tot}`,
    [
      { v: 37.5, f: `SUM(G${first}:G${last})` },
      { v: 16, f: `SUM(H${first}:H${last})` },
    ],
    BOLD,
  );
  s.row(`J${tot}`, [{ v: 30, f: `SUM(J${first}:J${last})` }], BOLD);
  for (const c of ['E', 'H', 'K']) s.dataBars.push({ ref: `${c}${first}:${c}${last}`, rgb: '638EC6' });

  // --- Parathed: the checklist as a two-level outline.
  const P = 'Parathed';
  const t = p.sheet(P);
  t.set('A1', 'Parathedstjek 2. halvår 2026 – hovedpunkter og underpunkter', TITLE);
  t.row('A3', ['Nr.', 'Punkt', 'Status', 'Bemærkning'], HEAD);
  [6, 70, 12, 44].forEach((w, i) => t.width(i + 1, w));
  t.summaryAbove = true;
  const FILL: Record<string, Style> = { Ja: GREEN, Delvist: AMBER, Nej: RED };
  type Sub = readonly [string, 'Ja' | 'Delvist' | 'Nej', string?];
  type Main = {
    id: ChecklistIdKey;
    nr: string;
    text: string;
    status?: 'Ja' | 'Delvist' | 'Nej';
    read: Exp;
    comment?: string;
    subs?: readonly Sub[];
    collapsed?: boolean;
  };
  const SECTIONS: readonly [string, readonly Main[]][] = [
    ['A. Forberedelse', [
      { id: 'F1', nr: '1', text: 'Behovsanalyse for indsatsen og for at indgå i mentorkorpset', status: 'Ja', read: 'yes', collapsed: true,
        subs: [['Data om målgruppen (unge 13–17 år) samlet', 'Ja'], ['Analysen drøftet i direktionen', 'Ja']] },
      { id: 'F2', nr: '2', text: 'Relevante aktører inddraget i behovsanalysen', status: 'Ja', read: 'yes' },
      { id: 'F3', nr: '3', text: 'Plan for at involvere og informere samarbejdspartnere', status: 'Delvist', read: 'partly',
        subs: [['Skoler og PPR informeret', 'Ja'], ['Plan for de frivillige foreninger', 'Nej', 'Tages op i foråret']] },
      { id: 'F4', nr: '4', text: 'Koordinator valgt', status: 'Ja', read: 'yes' },
      { id: 'F5', nr: '5', text: 'Besluttet, hvilke områder mentorer og forældrecoaches kommer fra', status: 'Delvist', read: 'partly', comment: 'Jobcentret har ikke udpeget endnu',
        subs: [['Familie og Forebyggelse', 'Ja'], ['Sundhedsplejen', 'Ja'], ['Jobcentret', 'Nej']] },
      { id: 'F6', nr: '6', text: 'Rammer for, at mentorer og forældrecoaches kan arbejde med forløb', status: 'Ja', read: 'yes' },
      { id: 'F7', nr: '7', text: 'Roller og ansvar fordelt mellem ledelse, koordinator og korps', status: 'Nej', read: 'no', comment: 'Drøftes på ledermødet i januar' },
    ]],
    ['B. Løbende implementering', [
      { id: 'L1', nr: '1', text: 'Implementeringsplan med aktiviteter, mål, deadlines og milepæle', status: 'Delvist', read: 'partly',
        subs: [['Aktiviteter og deadlines', 'Ja'], ['Milepæle for hver aktivitet', 'Nej']] },
      { id: 'L2', nr: '2', text: 'Nedslag, hvor vi ser på foreløbige resultater', status: 'Ja', read: 'yes' },
      { id: 'L3', nr: '3', text: 'Opkvalificering af ledelse, mentorer og forældrecoaches',
        read: { v: 'yes', flag: true, note: 'the main point left empty, every sub-point "Ja": Ja, to be confirmed' },
        subs: [['Ledelsen (introduktion til LAT)', 'Ja'], ['Mentorer og forældrecoaches (grundforløb)', 'Ja']] },
      { id: 'L4', nr: '4', text: 'Plan for læring og øvelse i LAT-metoden (aktionslæring)', status: 'Delvist', read: 'partly',
        subs: [['Faste refleksionsmøder hver 6. uge', 'Ja'], ['Øvelser efter kurser og seminarer', 'Delvist']] },
      { id: 'L5', nr: '5', text: 'Plan for kommunikation om metoden', status: 'Ja', read: 'yes' },
      { id: 'L6', nr: '6', text: 'Rammer for at arbejde med forløb (tid og lokaler)', status: 'Delvist', read: 'partly', comment: 'Mangler lokale i Skjern' },
      { id: 'L7', nr: '7', text: 'Hvem der skal informeres, og hvordan budskaberne målrettes', status: 'Nej', read: 'no' },
      { id: 'L8', nr: '8', text: 'Hvad, hvornår og hvordan vi kommunikerer',
        read: { v: 'partly', flag: true, note: 'the main point left empty, its sub-points "Ja" and "Nej": Delvist, to be confirmed' },
        subs: [['Nyhedsbrev hvert kvartal', 'Ja'], ['Opslag på intranettet', 'Nej']] },
    ]],
  ]; // prettier-ignore
  let r = 3;
  for (const [title, mains] of SECTIONS) {
    r++;
    t.set(`A${r}`, title, BOLD);
    t.merge(`A${r}:D${r}`);
    for (const m of mains) {
      r++;
      t.set(`A${r}`, m.nr, BOLD);
      t.set(`B${r}`, m.text, { bold: true, wrap: true });
      // A main point left empty keeps the column's grey (a formatted, empty cell).
      t.set(`C${r}`, m.status ?? null, m.status ? FILL[m.status] : { fill: { rgb: 'F2F2F2' } });
      if (m.comment) t.set(`D${r}`, m.comment, WRAP);
      p.answer(
        m.id,
        m.read,
        P,
        `C${r}`,
        m.comment === undefined ? undefined : { v: m.comment, cell: `D${r}` },
      );
      const main = r;
      for (const [text, a, note] of m.subs ?? []) {
        r++;
        t.set(`B${r}`, `– ${text}`, { indent: 2 });
        t.set(`C${r}`, a, FILL[a]);
        if (note) t.set(`D${r}`, note, WRAP);
        t.outline.set(r, 1);
        if (m.collapsed) t.hiddenRows.add(r);
      }
      if (m.collapsed) t.collapsedRows.add(main);
    }
  }

  // --- Aktiviteter: a small plain plan.
  const rows: readonly [string, string, string, string, string][] = [
    ['Ledelse', 'Halvårlig opfølgning i ledelsesgruppen', 'Henrik Lauridsen', '2026-12-10', 'I gang'],
    ['Opkvalificering', 'Grundforløb i LAT for nye mentorer', 'Maja Kristensen', '2026-10-30', 'Gennemført'],
    [
      'Kommunikation',
      'Nyhedsbrev om korpset til skoler og dagtilbud',
      'Maja Kristensen',
      '2026-12-18',
      'I gang',
    ],
    [
      'Arbejdsproces og kultur',
      'Faste refleksionsmøder hver 6. uge',
      'Pia Bach Nielsen',
      '2026-12-31',
      'I gang',
    ],
    [
      'Evaluering og tilpasning',
      'Evaluering af 2026 med mentorerne',
      'Maja Kristensen',
      '2027-01-29',
      'Ikke startet',
    ],
  ];
  p.table({
    sheet: 'Aktiviteter',
    headerRow: 1,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema', width: 26 },
      { key: 'akt', header: 'Aktivitet', width: 48 },
      { key: 'ans', header: 'Ansvarlig', width: 20 },
      { key: 'frist', header: 'Frist', width: 12 },
      { key: 'status', header: 'Status', width: 14 },
    ],
    fields: { theme: 'tema', activity: 'akt', responsible: 'ans', deadline: 'frist', status: 'status' },
    rows: rows.map(([tema, akt, ans, frist, status]) => ({
      cells: { tema, akt, ans, frist: { v: { date: frist }, s: DMY_DOT }, status },
      x: { theme: TH[tema]!, status: ST[status]!, deadline: frist },
    })),
  });
  return p;
}
