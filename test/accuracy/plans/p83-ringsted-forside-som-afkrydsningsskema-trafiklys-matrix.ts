// Ringsted (held out, thirteenth round): the cover kept as a paper form copied into Excel: the
// phase, the organisational anchoring and the supervision model each a block of all the options
// under a heading "(sæt X)", one row per option, with an "X" in the column beside the one chosen;
// the period as "1/7–31/12 2026" (days without their year, the year once at the end). The
// checklist is a traffic-light matrix: the questions down, one column per half-year across, each
// cell only filled green, yellow or red (no text), the NEWEST half-year first (left), the older
// ones to its right; a legend of coloured cells under the matrix. One question not yet assessed for
// the current half-year. Hand-built package.

import { PlanBuilder, unsure, type Exp, type TableRow } from '../build/plan';
import type { ChecklistIdKey } from '../expected';
import { SEED_QUESTIONS } from './checklist-seed';
import { BOLD, DMY, GREEN, HEAD, RED, TITLE, WRAP, YELLOW } from './common';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  'Organisering, roller og ansvar': 'organisation_roles',
  Opkvalificering: 'upskilling',
  'Opfølgning på dokumentation': 'documentation',
};
const ST: Record<string, string> = {
  'Ikke påbegyndt': 'not_started',
  'I gang': 'in_progress',
  Afsluttet: 'done',
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p83-ringsted-forside-som-afkrydsningsskema-trafiklys-matrix',
    'hand-built',
    'Ringsted: the cover as a paper form (phase, anchoring and supervision each a block of every option with an "X" beside the chosen one), the period "1/7–31/12 2026"; the checklist as a traffic-light matrix (questions down, half-years across, newest first, cells coloured only, a legend under it, one question not assessed this half-year).',
    [
      'cover-form-options-marked-x',
      'cover-phase-by-marked-option',
      'cover-organisation-by-marked-option',
      'cover-supervision-by-marked-option',
      'period-day-month-range-year-once',
      'checklist-traffic-light-matrix',
      'checklist-half-year-columns-newest-first',
      'checklist-colour-only-with-legend',
      'checklist-not-assessed-this-half-year',
    ],
  );

  // --- The cover form ------------------------------------------------------------------------------
  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 24).width(2, 34).width(3, 6);
  f.set('A1', 'Implementeringsplan – stamoplysninger', TITLE);
  f.row('A3', ['Kommune', 'Ringsted Kommune']);
  f.row('A4', ['Periode', '1/7–31/12 2026']);
  f.row('A5', ['Koordinator', 'Pia Nørgaard']);
  f.row('A6', ['Leder', 'Henrik Juul']);
  for (const r of [3, 4, 5, 6]) f.set(`A${r}`, f.get(`A${r}`)!.v, BOLD);
  p.fact('municipality', '329', F, 'B3');
  p.fact('period', { v: '2026-H2', note: '1 July to 31 December 2026' }, F, 'B4');
  p.fact('coordinator', 'Pia Nørgaard', F, 'B5');
  p.fact('leader', 'Henrik Juul', F, 'B6');
  // A block of options with an "X" beside the chosen one.
  let r = 8;
  const block = (title: string, options: readonly [string, string][], chosen: number): string => {
    f.set(`A${r}`, title, BOLD);
    let at = '';
    options.forEach(([label], i) => {
      f.set(`B${r}`, label);
      if (i === chosen) {
        f.set(`C${r}`, 'X');
        at = `C${r}`;
      }
      r++;
    });
    r++;
    return at;
  };
  const phases: [string, string][] = [
    ['Forberedelse', 'preparation'],
    ['Klargøring', 'readiness'],
    ['Indledende implementering', 'initial'],
    ['Fuld implementering', 'full'],
  ];
  const orgs: [string, string][] = [
    ['Socialområdet', 'social'],
    ['Beskæftigelsesområdet', 'employment'],
    ['På tværs af områder', 'cross'],
    ['Andet', 'other'],
  ];
  const sups: [string, string][] = [
    ['Ved leder eller koordinator', 'leader_or_coordinator'],
    ['Intern supervisor', 'internal'],
    ['Ekstern supervisor', 'external'],
    ['Ingen supervision', 'none'],
  ];
  const phaseAt = block('Fase (sæt X)', phases, 2);
  const orgAt = block('Organisatorisk forankring (sæt X)', orgs, 1);
  const supAt = block('Supervision (sæt X)', sups, 2);
  p.fact('phase', { v: 'initial', note: 'the option marked X' }, F, phaseAt);
  p.fact('organisation', { v: 'employment', note: 'the option marked X' }, F, orgAt);
  p.fact('supervisionModel', { v: 'external', note: 'the option marked X' }, F, supAt);

  // --- The plan: a plain table ---------------------------------------------------------------------
  const S = 'Aktiviteter';
  type R = [string, string, string, string | null, string, string];
  const rows: R[] = [
    ['Ledelse', 'Ledelsesgruppen fastlægger mål for indsatsen', 'Henrik Juul', null, '2026-08-31', 'Afsluttet'],
    ['Organisering, roller og ansvar', 'Aftale med jobcentret om mentortimer', 'Henrik Juul', '2026-08-01', '2026-09-30', 'Afsluttet'],
    ['Kommunikation', 'Pjece til unge og forældre', 'Pia Nørgaard', '2026-09-01', '2026-10-30', 'I gang'],
    ['Inddragelse', 'Ungepanel om mentorforløb', 'Pia Nørgaard', null, '2026-11-26', 'I gang'],
    ['Opkvalificering', 'LAT-kursus for tre forældrecoaches', 'Nationalt center', '2026-10-12', '2026-12-04', 'I gang'],
    ['Opfølgning på dokumentation', 'Månedligt udtræk af forløb', 'Pia Nørgaard', null, '2026-12-31', 'Ikke påbegyndt'],
  ]; // prettier-ignore
  const body: TableRow[] = rows.map(([tema, akt, ans, start, frist, st]) => ({
    cells: {
      tema,
      akt: { v: akt, s: WRAP },
      ans,
      start: start ? { v: { date: start }, s: DMY } : undefined,
      frist: { v: { date: frist }, s: DMY },
      st,
    },
    x: { theme: TH[tema]!, status: ST[st]!, start, deadline: frist },
  }));
  p.table({
    sheet: S,
    headerRow: 1,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema', width: 28 },
      { key: 'akt', header: 'Aktivitet', width: 44 },
      { key: 'ans', header: 'Ansvarlig', width: 18 },
      { key: 'start', header: 'Start', width: 12 },
      { key: 'frist', header: 'Slut', width: 12 },
      { key: 'st', header: 'Status', width: 14 },
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

  // --- The checklist as a traffic-light matrix, newest half-year first -----------------------------
  const T = 'Parathed';
  const t = p.sheet(T);
  t.width(1, 6).width(2, 70).width(3, 14).width(4, 14).width(5, 14);
  t.set('A1', 'Parathed – trafiklys pr. halvår', TITLE);
  t.row('A2', ['Nr.', 'Spørgsmål', '2. halvår 2026', '1. halvår 2026', '2. halvår 2025'], HEAD);
  const FILL = { g: GREEN, y: YELLOW, r: RED } as const;
  const READ = { g: 'yes', y: 'partly', r: 'no' } as const;
  type L = 'g' | 'y' | 'r' | null;
  // [now, half a year ago, a year ago]
  const lights: Record<ChecklistIdKey, [L, L, L]> = {
    F1: ['g', 'g', 'y'],
    F2: ['g', 'y', 'r'],
    F3: ['y', 'y', 'r'],
    F4: ['g', 'g', 'g'],
    F5: ['g', 'y', 'y'],
    F6: ['y', 'r', 'r'],
    F7: ['g', 'y', 'r'],
    L1: ['g', 'y', null],
    L2: ['y', 'r', null],
    L3: ['y', 'y', null],
    L4: ['r', 'r', null],
    L5: [null, 'y', null],
    L6: ['y', 'r', null],
    L7: ['r', 'r', null],
    L8: ['g', 'r', null],
  };
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const row = 3 + i;
    t.row(`A${row}`, [id, { v: q, s: WRAP }]);
    const [now, before, older] = lights[id];
    (['C', 'D', 'E'] as const).forEach((col, j) => {
      const l = [now, before, older][j];
      if (l) t.set(`${col}${row}`, null, FILL[l]);
    });
    const reading: Exp =
      now !== null
        ? { v: READ[now], note: "the colour in the newest half-year's column (the first)" }
        : unsure(null, 'not assessed for 2. halvår 2026 (yellow the half-year before): to be asked');
    p.answer(id, reading, T, `C${row}`);
  });
  t.set('B19', 'Forklaring:', BOLD);
  t.set('C19', null, GREEN).set('D19', 'På plads');
  t.set('C20', null, YELLOW).set('D20', 'Delvist på plads');
  t.set('C21', null, RED).set('D21', 'Ikke på plads');
  return p;
}
