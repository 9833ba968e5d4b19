// Roskilde (held out, forty-eighth round): a plan WRITTEN AS A PROGRAMME THEORY, the way municipal
// consultants teach it. The first sheet after the cover, "Forandringsteori", is the logic model:
// Input | Aktiviteter | Output | Kortsigtet outcome (0–1 år) | Langsigtet outcome (2–4 år), one row
// per track ("Spor"), the track's activities in ONE cell as a bulleted list over several lines, its
// outputs and outcomes as prose with figures ("12 mentorer uddannet", "80 % af familierne …"), and an
// "Antagelser" note under the model. The sheet after it, "Tidsplan", names every activity again, one
// a row, with its theme, start, end, responsible, status and milestone. Hand-built.
//
// A careful reader takes the activities from "Tidsplan": the logic model's cells name the same
// activities (one activity, not two), with no dates, no responsible and no status; its rows are the
// theory's tracks, not activities, and its outputs and outcomes are the effort's expected results,
// not activities either (nor indicators: no baseline, no measurement, only intentions).

import type { Value } from '../build/model';
import { PlanBuilder, type Exp } from '../build/plan';
import { HEAD, ITALIC, TITLE, WRAP } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

/** The logic model's tracks: [track, input, activities (bullets), output, short, long]. */
const MODEL: readonly (readonly [string, string, readonly string[], string, string, string])[] = [
  [
    'Spor 1: Et fagligt stærkt korps',
    '1,5 årsværk til koordination\nMidler fra puljen til uddannelse\nSupervisor fra PPR',
    ['Grunduddannelse af mentorer og forældrecoaches', 'Supervision af korpset hver 6. uge', 'Temadag om matchning og relationsarbejde'],
    '12 mentorer og 6 forældrecoaches uddannet\n8 supervisionsmøder om året',
    'Korpset føler sig fagligt klædt på (90 % i høj grad)',
    'Stabilt korps med lav udskiftning',
  ],
  [
    'Spor 2: Familierne finder vej til korpset',
    'Samarbejdsaftale med skoler og dagtilbud\nRådgivernes henvisninger',
    ['Informationsmøde for skoler og dagtilbud', 'Faste matchmøder hver anden uge', 'Forældrepanel om forløbenes indhold'],
    '60 forløb startet om året\nMatch inden 4 uger',
    '80 % af familierne oplever forløbet som en hjælp',
    'Flere unge i uddannelse og job\nFærre anbringelser',
  ],
  [
    'Spor 3: Vi lærer af data',
    'Fagsystemet\nLedelsesgruppens tid',
    ['Månedlig registrering af forløb i fagsystemet', 'Midtvejsevaluering med ledelsesgruppen'],
    'Halvårligt datanotat',
    'Indsatsen justeres på baggrund af data',
    'Indsatsen er forankret i drift fra 2028',
  ],
]; // prettier-ignore

interface Row {
  readonly akt: string;
  readonly tema: string;
  readonly start?: string;
  readonly slut: string;
  readonly ans: string;
  readonly status: string;
  readonly mil?: string;
}

const ROWS: readonly Row[] = [
  { akt: 'Grunduddannelse af mentorer og forældrecoaches', tema: 'Opkvalificering', start: '2026-08-17', slut: '2026-10-02', ans: 'Helle Due', status: 'Gennemført', mil: 'Alle 18 har bestået' },
  { akt: 'Supervision af korpset hver 6. uge', tema: 'Opkvalificering', start: '2026-09-01', slut: '2026-12-15', ans: 'PPR v. Kim Storm', status: 'I gang' },
  { akt: 'Temadag om matchning og relationsarbejde', tema: 'Arbejdsproces og kultur', slut: '2026-11-12', ans: 'Helle Due', status: 'Ikke startet', mil: 'Program udsendt 1.10.' },
  { akt: 'Informationsmøde for skoler og dagtilbud', tema: 'Kommunikation', slut: '2026-09-10', ans: 'Anders Krogh', status: 'Gennemført' },
  { akt: 'Faste matchmøder hver anden uge', tema: 'Organisering, roller og ansvar', start: '2026-08-01', slut: '2026-12-31', ans: 'Helle Due', status: 'I gang' },
  { akt: 'Forældrepanel om forløbenes indhold', tema: 'Inddragelse', start: '2026-10-01', slut: '2026-11-30', ans: 'Anders Krogh', status: 'I gang', mil: 'Første møde afholdt' },
  { akt: 'Månedlig registrering af forløb i fagsystemet', tema: 'Opfølgning på dokumentation', start: '2026-07-01', slut: '2026-12-31', ans: 'Maja Vestergaard', status: 'I gang' },
  { akt: 'Midtvejsevaluering med ledelsesgruppen', tema: 'Evaluering og tilpasning', slut: '2026-12-10', ans: 'Maja Vestergaard', status: 'Ikke startet', mil: 'Datanotat klar 1.12.' },
  { akt: 'Styregruppemøde om budget 2027', tema: 'Ledelse', slut: '2026-10-20', ans: 'Lars Bech', status: 'Gennemført' },
]; // prettier-ignore

const THEME: Record<string, Exp> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  'Arbejdsproces og kultur': 'process_culture',
  'Organisering, roller og ansvar': 'organisation_roles',
  Opkvalificering: 'upskilling',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};

const STATUS: Record<string, Exp> = {
  Gennemført: 'done',
  'I gang': 'in_progress',
  'Ikke startet': 'not_started',
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p177-roskilde-forandringsteori-tidsplan-samme-aktivitet-to-gange',
    'hand-built',
    'Roskilde: a plan written as a programme theory: a "Forandringsteori" sheet (Input | Aktiviteter | Output | Kortsigtet outcome | Langsigtet outcome), one row per track with its activities as a bulleted list in one cell and outcomes with figures, before a "Tidsplan" sheet naming every activity again, one a row, with theme, dates, responsible, status and milestone.',
    [
      'logic-model-sheet-before-plan',
      'activities-as-bullets-in-one-cell',
      'same-activity-on-two-sheets',
      'outcomes-with-percent-targets-not-indicators',
      'assumptions-note-under-model',
    ],
  );

  const F = 'Forside';
  p.sheet(F).width(1, 22).width(2, 44);
  p.sheet(F).set('A1', 'Mentor- og forældrecoachindsatsen – Roskilde Kommune', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Roskilde Kommune', 'municipality', '265'],
    ['Periode', '2. halvår 2026', 'period', '2026-H2'],
    ['Fase', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator', 'Helle Due', 'coordinator'],
    ['Leder', 'Lars Bech', 'leader'],
    ['Metode', 'Forandringsteori (programteori) med tidsplan'],
  ]);

  const T = 'Forandringsteori';
  const t = p.sheet(T);
  t.width(1, 30).width(2, 34).width(3, 46).width(4, 34).width(5, 34).width(6, 30);
  t.set('A1', 'Forandringsteori for mentor- og forældrecoachindsatsen', TITLE);
  t.row(
    'A3',
    ['Spor', 'Input', 'Aktiviteter', 'Output', 'Kortsigtet outcome (0–1 år)', 'Langsigtet outcome (2–4 år)'],
    HEAD,
  );
  let r = 4;
  for (const [spor, input, akts, output, short, long] of MODEL) {
    t.set(`A${r}`, spor, { bold: true, wrap: true })
      .set(`B${r}`, input, WRAP)
      .set(`C${r}`, akts.map((a) => `• ${a}`).join('\n'), WRAP)
      .set(`D${r}`, output, WRAP)
      .set(`E${r}`, short, WRAP)
      .set(`F${r}`, long, WRAP);
    p.notActivity(
      T,
      r,
      "a track of the programme theory: its activities are named again, one a row, in 'Tidsplan'",
    );
    r++;
  }
  r++;
  t.set(
    `A${r}`,
    'Antagelser: Familierne vil tage imod en frivillig mentor, når skolen anbefaler det. Korpset kan rekrutteres blandt kommunens egne medarbejdere.',
    ITALIC,
  );
  t.merge(`A${r}:F${r}`);
  p.notActivity(T, r, "the programme theory's assumptions, a note");

  const S = 'Tidsplan';
  const s = p.sheet(S);
  const x = at(S);
  s.width(1, 46).width(2, 28).width(3, 12).width(4, 12).width(5, 20).width(6, 13).width(7, 26);
  s.set('A1', 'Tidsplan for aktiviteterne i forandringsteorien – 2. halvår 2026', TITLE);
  s.row('A3', ['Aktivitet', 'Tema', 'Start', 'Slut', 'Ansvarlig', 'Status', 'Milepæl'], HEAD);
  const d = (iso: string): { v: Value; s: { fmt: string } } => ({
    v: { date: iso },
    s: { fmt: 'dd.mm.yyyy' },
  });
  r = 4;
  for (const row of ROWS) {
    s.set(`A${r}`, row.akt, WRAP).set(`B${r}`, row.tema);
    if (row.start) s.set(`C${r}`, d(row.start));
    s.set(`D${r}`, d(row.slut)).set(`E${r}`, row.ans).set(`F${r}`, row.status);
    if (row.mil) s.set(`G${r}`, row.mil, WRAP);
    p.activity(S, r, {
      theme: x(THEME[row.tema]!, `B${r}`),
      activity: x(row.akt, `A${r}`),
      status: x(STATUS[row.status]!, `F${r}`),
      start: x(row.start ?? null, `C${r}`),
      deadline: x(row.slut, `D${r}`),
      responsible: x(row.ans, `E${r}`),
    });
    r++;
  }

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'yes', F4: 'partly', F5: 'yes', F6: 'yes', F7: 'partly',
    L1: 'yes', L2: 'partly', L3: 'yes', L4: 'yes', L5: 'no', L6: 'partly', L7: 'yes', L8: 'yes',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['HD', 'both', 'Familieafdelingen', 12, 4],
    ['SN', 'mentor', 'Himmelev Skole', 8, 3],
    ['TR', 'parent_coach', 'Sundhedsplejen', 6, 2],
  ]);
  return p;
}
