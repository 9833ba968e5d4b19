// Høje-Taastrup (held out, thirty-sixth round): the plan kept as a RACI MATRIX ("Ansvarsmatrix").
// The plan sheet has the activity's own columns (Tema, Aktivitet, Milepæl, Frist, Status) and then
// one column per person or body (Koordinator, Skoleleder Vest, SSP-konsulent, Familieafdelingens
// leder, Styregruppe, Mentorer) under a merged group heading "Roller – ansvar (RACI)", each cell
// holding R, A, C or I: some "R/A", some in lower case ("r", "a", "c", "i"), some blank. There is NO
// "Ansvarlig" column: the legend under the matrix says "R = Ansvarlig (udfører), A = Godkender,
// C = Konsulteres, I = Informeres", and a second note "Én R pr. aktivitet – ved flere R'er aftales
// tovholder" that the coordinator did not always keep. One activity has R for two columns, one has
// no R but an A, one (an item for information: the national unit's yearly report) has "I" in every
// role's cell, one has its R at the steering group (a body, not a person). The roles are named on a
// sheet of their own ("Roller": Rolle | Navn | Ansvar), the cover on "Forside", checklist and corps
// on sheets of their own. LibreOffice (flat ODS).
//
// A careful reader takes as responsible the column marked R ("R/A" and "r" are R): both columns
// where two are marked R; the column marked A where none is R, flagged (the approver is not the one
// who does it; to be asked); nobody where everybody is only informed, flagged (no R, no A: the item
// has no owner in the municipality). Never a column marked only C or I. The role's heading is the
// responsible (the person named for it on "Roller" is just as right); the role columns are no
// status, theme or deadline, and the legend and its note are no activities.

import type { Value } from '../build/model';
import { PlanBuilder, unsure, type Exp } from '../build/plan';
import { DMY_DOT, HEAD, ITALIC, TITLE, WRAP } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

/** The role columns, left to right from F, and the person "Roller" names for each (none for a body or group). */
const ROLES: readonly (readonly [string, string | null])[] = [
  ['Koordinator', 'Pernille Dahl'],
  ['Skoleleder Vest', 'Jesper Holm'],
  ['SSP-konsulent', 'Ali Demir'],
  ['Familieafdelingens leder', 'Anders Bruun'],
  ['Styregruppe', null],
  ['Mentorer', null],
];
const ROLE_COLS = ['F', 'G', 'H', 'I', 'J', 'K'];

type Letters = readonly [string, string, string, string, string, string];

interface Row {
  readonly tema: string;
  readonly theme: Exp;
  readonly akt: string;
  readonly milepael: string;
  readonly frist: Value;
  readonly deadline: Exp;
  readonly statusText: string;
  readonly status: Exp;
  /** The six role cells, as written ('' blank). */
  readonly raci: Letters;
  /** The reading of the responsible, where it is not simply the one column marked R. */
  readonly responsible?: Exp;
}

const d = (date: string): Value => ({ date });
const who = (role: string): string[] => {
  const name = ROLES.find(([r]) => r === role)?.[1];
  return name ? [name] : [];
};

const ROWS: readonly Row[] = [
  // R at a body: the steering group holds the meeting itself.
  { tema: 'Ledelse', theme: 'leadership', akt: 'Styregruppemøde om korpsets mål og måltal', milepael: 'Mål og måltal vedtaget', frist: d('2026-08-27'), deadline: '2026-08-27', statusText: 'Gennemført', status: 'done',
    raci: ['C', 'I', 'I', 'C', 'R', 'I'] },
  { tema: 'Kommunikation', theme: 'communication', akt: 'Informationsmøde for lærere på skolerne i Vest', milepael: 'Møde holdt på alle fire skoler', frist: d('2026-09-24'), deadline: '2026-09-24', statusText: 'Gennemført', status: 'done',
    raci: ['A', 'R', 'C', '', 'I', 'I'] },
  // "R/A": the coordinator both does and approves.
  { tema: 'Kommunikation', theme: 'communication', akt: 'Nyhedsbrev til forældre om korpset', milepael: 'Nyhedsbrev sendt ud', frist: d('2026-10-30'), deadline: '2026-10-30', statusText: 'I gang', status: 'in_progress',
    raci: ['R/A', 'I', 'I', 'C', '', 'I'] },
  // Lower case, typed quickly.
  { tema: 'Inddragelse', theme: 'involvement', akt: 'Dialogmøde med unge og forældre', milepael: 'Opsamling fra mødet', frist: d('2026-11-19'), deadline: '2026-11-19', statusText: 'I gang', status: 'in_progress',
    raci: ['a', '', 'r', 'c', '', 'c'] },
  // Two R's against the note's rule: both do the work.
  { tema: 'Arbejdsproces og kultur', theme: 'process_culture', akt: 'Fast sparring mellem mentorer og SSP', milepael: 'Sparring hver 14. dag', frist: d('2026-12-18'), deadline: '2026-12-18', statusText: 'I gang', status: 'in_progress',
    raci: ['A', '', 'R', 'C', '', 'R'],
    responsible: { v: 'SSP-konsulent, Mentorer', alt: ['SSP-konsulent og Mentorer', 'SSP-konsulent / Mentorer', 'SSP-konsulent; Mentorer', 'Ali Demir, Mentorer', 'Ali Demir og Mentorer'], note: 'R in two columns: both are responsible (the note under the matrix asks for one, but the coordinator marked two)' } },
  { tema: 'Organisering, roller og ansvar', theme: 'organisation_roles', akt: 'Rollebeskrivelser for koordinator, mentorer og forældrecoaches', milepael: 'Beskrivelser godkendt i styregruppen', frist: d('2026-09-30'), deadline: '2026-09-30', statusText: 'Gennemført', status: 'done',
    raci: ['R', 'C', 'C', 'C', 'A', 'C'] },
  // No R, only an A: the approver, to be asked.
  { tema: 'Opkvalificering', theme: 'upskilling', akt: 'Ekstern supervision af forældrecoaches', milepael: 'Aftale med supervisor underskrevet', frist: d('2026-12-15'), deadline: '2026-12-15', statusText: 'Ikke startet', status: 'not_started',
    raci: ['C', '', '', 'A', 'I', 'I'],
    responsible: { v: 'Familieafdelingens leder', flag: true, alt: ['Anders Bruun'], note: 'no column marked R: the one marked A (approves) is the nearest owner, to be asked who does it' } },
  { tema: 'Opkvalificering', theme: 'upskilling', akt: 'LAT-grundkursus for nye mentorer', milepael: 'Kursusbevis til alle nye mentorer', frist: d('2026-11-12'), deadline: '2026-11-12', statusText: 'Gennemført', status: 'done',
    raci: ['R', '', '', 'A', 'I', 'C'] },
  { tema: 'Opfølgning på dokumentation', theme: 'documentation', akt: 'Kvartalsvis dataudtræk fra dokumentationsplatformen', milepael: 'Udtræk sendt til styregruppen', frist: d('2026-10-30'), deadline: '2026-10-30', statusText: 'Gennemført', status: 'done',
    raci: ['R', '', 'I', '', 'I', 'C'] },
  // R at a group of people.
  { tema: 'Opfølgning på dokumentation', theme: 'documentation', akt: 'Alle forløb registreres i dokumentationsplatformen', milepael: 'Alle aktive forløb registreret', frist: d('2026-11-30'), deadline: '2026-11-30', statusText: 'I gang', status: 'in_progress',
    raci: ['A', '', '', '', '', 'R'] },
  // Everybody only informed: an item for information, no owner in the municipality.
  { tema: 'Kommunikation', theme: 'communication', akt: 'Orientering om den nationale enheds årsrapport for korpset', milepael: 'Årsrapporten udkommer', frist: 'december 2026', deadline: '2026-12-31', statusText: 'Ikke startet', status: 'not_started',
    raci: ['I', 'I', 'I', 'I', 'I', 'I'],
    responsible: unsure(null, 'every role is only informed (I): nobody in the municipality owns the item; no responsible, to be asked') },
  // Cancelled; a lower-case i among upper case.
  { tema: 'Ledelse', theme: 'leadership', akt: 'Temadag for skoleledere om korpset', milepael: 'Temadag holdt', frist: d('2026-11-05'), deadline: '2026-11-05', statusText: 'Aflyst', status: 'closed',
    raci: ['C', 'R', '', '', 'i', ''] },
  { tema: 'Evaluering og tilpasning', theme: 'evaluation', akt: 'Midtvejsevaluering med korpset og ledelsen', milepael: 'Evalueringsnotat', frist: d('2026-12-17'), deadline: '2026-12-17', statusText: 'Ikke startet', status: 'not_started',
    raci: ['R', 'C', 'C', 'C', 'A', 'C'] },
]; // prettier-ignore

/** The reading of a row's responsible: its own, or the one column marked R (any case, "R/A" too). */
function responsibleOf(row: Row): { exp: Exp; col: string } {
  const isR = (l: string): boolean => /^r(\/a)?$/i.test(l.trim());
  const rs = row.raci.flatMap((l, i) => (isR(l) ? [i] : []));
  const first = rs[0] ?? row.raci.findIndex((l) => /^a$/i.test(l.trim()));
  const col = ROLE_COLS[first >= 0 ? first : 0]!;
  if (row.responsible !== undefined) return { exp: row.responsible, col };
  if (rs.length !== 1) throw new Error(`p153: ${row.akt}: give the responsible`);
  const role = ROLES[rs[0]!]![0];
  const alt = who(role);
  return { exp: alt.length ? { v: role, alt } : role, col };
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p153-hoeje-taastrup-ansvarsmatrix-raci-bogstaver-pr-rolle',
    'libreoffice-fods',
    'Høje-Taastrup: the plan as a RACI matrix ("Ansvarsmatrix"): Tema | Aktivitet | Milepæl | Frist | Status, then one column per role (Koordinator, Skoleleder Vest, SSP-konsulent, Familieafdelingens leder, Styregruppe, Mentorer) under a merged "Roller – ansvar (RACI)" holding R, A, C or I ("R/A", lower case, blanks), no responsible column, the legend "R = Ansvarlig (udfører), A = Godkender, C = Konsulteres, I = Informeres" under it; two R\'s on one row, no R but an A on one, every role "I" on one, R at a body on one; the roles named on a sheet of their own.',
    [
      'raci-matrix',
      'no-responsible-column',
      'responsible-by-letter-in-role-column',
      'raci-combined-r-a',
      'raci-lower-case',
      'raci-two-r',
      'raci-no-r-only-a',
      'raci-all-informed',
      'body-as-responsible',
      'raci-legend-under-table',
      'group-heading-over-role-columns',
      'roles-named-on-own-sheet',
    ],
  );

  // --- Forside ------------------------------------------------------------------------------------
  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 18).width(2, 36);
  f.set('A1', 'Mentor- og forældrecoachkorpset – Høje-Taastrup Kommune', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Høje-Taastrup Kommune', 'municipality', '169'],
    ['Periode', '2. halvår 2026', 'period', '2026-H2'],
    ['Fase', 'Klargøring', 'phase', 'readiness'],
    ['Koordinator', 'Pernille Dahl', 'coordinator'],
    ['Leder', 'Anders Bruun', 'leader'],
  ]);
  f.set('A9', 'Planen står på arket "Ansvarsmatrix": hvem gør hvad, efter RACI-modellen.', ITALIC);

  // --- Ansvarsmatrix --------------------------------------------------------------------------------
  const S = 'Ansvarsmatrix';
  const s = p.sheet(S);
  const x = at(S);
  s.width(1, 24).width(2, 44).width(3, 30).width(4, 12).width(5, 12);
  ROLE_COLS.forEach((_, i) => s.width(6 + i, 13));
  s.set('A1', 'Ansvarsmatrix – handleplan for mentor- og forældrecoachkorpset', TITLE);
  s.set('A2', '2. halvår 2026 · opdateret 12.11.2026', ITALIC);
  s.set('F4', 'Roller – ansvar (RACI)', HEAD).merge('F4:K4');
  s.row('A5', ['Tema', 'Aktivitet', 'Milepæl', 'Frist', 'Status', ...ROLES.map(([r]) => r)], HEAD);
  let r = 6;
  for (const row of ROWS) {
    s.set(`A${r}`, row.tema)
      .set(`B${r}`, row.akt, WRAP)
      .set(`C${r}`, row.milepael, WRAP)
      .set(`D${r}`, typeof row.frist === 'object' ? { v: row.frist, s: DMY_DOT } : row.frist)
      .set(`E${r}`, row.statusText);
    row.raci.forEach((l, i) => {
      if (l !== '') s.set(`${ROLE_COLS[i]!}${r}`, l);
    });
    const resp = responsibleOf(row);
    p.activity(S, r, {
      theme: x(row.theme, `A${r}`),
      activity: x(row.akt, `B${r}`),
      status: x(row.status, `E${r}`),
      start: x(null, `D${r}`),
      deadline: x(row.deadline, `D${r}`),
      responsible: x(resp.exp, `${resp.col}${r}`),
    });
    r++;
  }
  r++;
  s.set(`A${r}`, 'R = Ansvarlig (udfører), A = Godkender, C = Konsulteres, I = Informeres', ITALIC);
  p.notActivity(S, r, 'the RACI legend under the matrix');
  s.set(`A${r + 1}`, "Én R pr. aktivitet – ved flere R'er aftales tovholder.", ITALIC);
  p.notActivity(S, r + 1, 'a note on how the matrix is filled in');

  // --- Roller ---------------------------------------------------------------------------------------
  const R = 'Roller';
  const rl = p.sheet(R);
  rl.width(1, 26).width(2, 22).width(3, 60);
  rl.row('A1', ['Rolle', 'Navn', 'Ansvar'], HEAD);
  const duties: Record<string, string> = {
    Koordinator: 'Daglig koordinering, planen, data og opfølgning',
    'Skoleleder Vest': 'Skolernes kontakt og møder med lærerne',
    'SSP-konsulent': 'Sparring med mentorerne og kontakt til SSP',
    'Familieafdelingens leder': 'Ledelsesansvar for forældrecoaches og supervision',
    Styregruppe: 'Direktør for Børn og Unge (formand), chefer for skole, familie og beskæftigelse',
    Mentorer: 'Korpsets fem mentorer',
  };
  ROLES.forEach(([role, name], i) => rl.row(`A${2 + i}`, [role, name ?? '', duties[role] ?? '']));

  checklistSheet(p, 'Tjekliste', {
    F1: 'yes', F2: 'yes', F3: 'partly', F4: 'yes', F5: 'partly', F6: 'no', F7: 'yes',
    L1: 'partly', L2: 'yes', L3: 'partly', L4: ['no', 'Afventer styregruppens beslutning'], L5: 'yes', L6: 'partly', L7: 'no', L8: 'partly',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['MH', 'mentor', 'Skoleafdelingen', 8, 4],
    ['KN', 'mentor', 'Ungdomsskolen', 10, 5],
    ['SJ', 'mentor', 'SSP', 6, 3],
    ['TB', 'parent_coach', 'Familieafdelingen', 7, 2],
    ['LV', 'both', 'PPR', 12, 6],
  ]);
  return p;
}
