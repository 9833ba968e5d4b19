// Fanø (held out, forty-fourth round): a plan KEPT FOR SEVERAL YEARS IN ONE FILE. The municipality
// wrote one three-year action plan "Handleplan 2026–2028" and follows it up half-yearly in the same
// sheet: every activity is one row (Tema | Aktivitet | Ansvarlig), then ONE COLUMN GROUP PER YEAR,
// a merged year heading "2026" | "2027" | "2028" over "Frist | Status" in each, and a "Bemærkning"
// last. An activity running over the years has a deadline and status in each year's group; one that
// belongs to a later year has its 2026 group empty. The cover names 2. halvår 2026. LibreOffice
// (flat ODS).
//
// A careful reader takes the plan of 2026 as the rows with something in the 2026 group, each with
// its deadline and status from that group (a status laid out for 2027 or 2028 is no status now), and
// leaves the rows planned only for 2027 or 2028 out: they are the coming years' plan, not this
// half-year's (judged; a reader might list them as not started, but they have no deadline in the
// period and the plan itself dates them later). A 2026 row done in the first half-year stays, as
// done (as in p165).

import type { Value } from '../build/model';
import { PlanBuilder, type Exp } from '../build/plan';
import { HEAD, TITLE, WRAP } from './common';
import { checklistSheet, corpsSheet } from './departments';
import { at, coverPairs } from './round24';

type Year = readonly [string, string]; // [deadline ISO, status word]

interface Row {
  readonly tema: string;
  readonly akt: string;
  readonly ans: string;
  readonly y26?: Year;
  readonly y27?: Year;
  readonly y28?: Year;
  readonly note?: string;
}

const ROWS: readonly Row[] = [
  { tema: 'Ledelse', akt: 'Styregruppemøde hvert kvartal', ans: 'Hanne Bro', y26: ['2026-12-15', 'I gang'], y27: ['2027-12-15', 'Ikke startet'], y28: ['2028-12-15', 'Ikke startet'] },
  { tema: 'Opkvalificering', akt: 'Grunduddannelse af mentorer, hold 1', ans: 'Jesper Nørgaard', y26: ['2026-09-30', 'Gennemført'] },
  { tema: 'Kommunikation', akt: 'Informationsmøde for skole og dagtilbud', ans: 'Hanne Bro', y26: ['2026-05-29', 'Gennemført'], note: 'Holdt på Fanø Skole' },
  { tema: 'Inddragelse', akt: 'Forældrepanel om forløbene', ans: 'Mia Krogh', y26: ['2026-11-30', 'I gang'], y27: ['2027-06-30', 'Ikke startet'] },
  { tema: 'Evaluering og tilpasning', akt: 'Midtvejsevaluering med forældre og mentorer', ans: 'Hanne Bro', y27: ['2027-06-30', 'Ikke startet'] },
  { tema: 'Opfølgning på dokumentation', akt: 'Fælles registreringsskabelon for forløb', ans: 'Jesper Nørgaard', y26: ['2026-12-31', 'Ikke startet'], note: 'Afventer fagsystemet' },
  { tema: 'Organisering, roller og ansvar', akt: 'Aftale om supervision med Esbjerg PPR', ans: 'Mia Krogh', y26: ['2026-10-30', 'Gennemført'] },
  { tema: 'Opkvalificering', akt: 'Opfølgningskursus for mentorer, hold 2', ans: 'Jesper Nørgaard', y27: ['2027-03-31', 'Ikke startet'] },
  { tema: 'Arbejdsproces og kultur', akt: 'Faste matchmøder mellem mentor og familie', ans: 'Mia Krogh', y26: ['2026-12-31', 'I gang'], y27: ['2027-12-31', 'I gang'], y28: ['2028-12-31', 'Ikke startet'] },
  { tema: 'Evaluering og tilpasning', akt: 'Slutevaluering og beslutning om forankring', ans: 'Hanne Bro', y28: ['2028-11-30', 'Ikke startet'] },
  { tema: 'Kommunikation', akt: 'Nyhedsbrev til samarbejdspartnere', ans: 'Hanne Bro', y26: ['2026-12-01', 'Ikke startet'] },
  { tema: 'Ledelse', akt: 'Politisk orientering om drift efter 2028', ans: 'Hanne Bro', y28: ['2028-09-29', 'Ikke startet'] },
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
    'p169-fanoe-fleraarsplan-kolonnegruppe-pr-aar',
    'libreoffice-fods',
    'Fanø: a three-year action plan "Handleplan 2026–2028" in one sheet, one row per activity and one column group per year (merged "2026" | "2027" | "2028" over "Frist | Status"); activities running over the years filled in several groups, activities of a later year with the 2026 group empty; the cover names 2. halvår 2026.',
    [
      'multi-year-plan-one-file',
      'column-group-per-year',
      'merged-year-headings-over-repeated-headers',
      'rows-only-in-later-years',
      'status-laid-out-for-later-years',
      'done-in-first-half-year-kept',
    ],
  );

  const F = 'Forside';
  p.sheet(F).width(1, 22).width(2, 40);
  p.sheet(F).set('A1', 'Mentor- og forældrecoachindsatsen på Fanø', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Fanø Kommune', 'municipality', '563'],
    ['Opfølgning', '2. halvår 2026', 'period', '2026-H2'],
    ['Fase', 'Indledende implementering', 'phase', 'initial'],
    ['Koordinator', 'Hanne Bro', 'coordinator'],
    ['Leder', 'Søren Lauridsen', 'leader'],
    ['Planperiode', '2026–2028'],
  ]);

  const S = 'Handleplan 2026-2028';
  const s = p.sheet(S);
  s.width(1, 28).width(2, 46).width(3, 16);
  for (let c = 4; c <= 9; c++) s.width(c, 12);
  s.width(10, 30);
  s.set('A1', 'Fanø Kommune – handleplan for mentor- og forældrecoachindsatsen 2026–2028', TITLE);
  s.set('D3', '2026', HEAD).set('E3', null, HEAD).merge('D3:E3');
  s.set('F3', '2027', HEAD).set('G3', null, HEAD).merge('F3:G3');
  s.set('H3', '2028', HEAD).set('I3', null, HEAD).merge('H3:I3');
  s.row(
    'A4',
    ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status', 'Frist', 'Status', 'Frist', 'Status', 'Bemærkning'],
    HEAD,
  );
  const x = at(S);
  const date = (iso: string): { v: Value; s: { fmt: string } } => ({
    v: { date: iso },
    s: { fmt: 'dd.mm.yyyy' },
  });
  let r = 5;
  for (const row of ROWS) {
    s.set(`A${r}`, row.tema).set(`B${r}`, row.akt, WRAP).set(`C${r}`, row.ans);
    const groups: [Year | undefined, string, string][] = [
      [row.y26, 'D', 'E'],
      [row.y27, 'F', 'G'],
      [row.y28, 'H', 'I'],
    ];
    for (const [y, fc, sc] of groups) {
      if (!y) continue;
      s.set(`${fc}${r}`, date(y[0])).set(`${sc}${r}`, y[1]);
    }
    if (row.note) s.set(`J${r}`, row.note, WRAP);
    if (row.y26) {
      p.activity(S, r, {
        theme: x(THEME[row.tema]!, `A${r}`),
        activity: x(row.akt, `B${r}`),
        status: x(STATUS[row.y26[1]]!, `E${r}`),
        start: x(null, `D${r}`),
        deadline: x(row.y26[0], `D${r}`),
        responsible: x(row.ans, `C${r}`),
      });
    } else {
      p.notActivity(S, r, 'planned only for a later year of the three-year plan (2026 group empty)');
    }
    r++;
  }

  checklistSheet(p, 'Huskeliste', {
    F1: 'yes', F2: 'yes', F3: 'yes', F4: 'partly', F5: 'yes', F6: 'partly', F7: 'yes',
    L1: 'yes', L2: 'yes', L3: 'partly', L4: 'yes', L5: ['no', 'Registrering afventer fagsystemet'], L6: 'yes', L7: 'partly', L8: 'yes',
  }); // prettier-ignore
  corpsSheet(p, 'Korps', [
    ['MK', 'both', 'Familieafdelingen', 10, 3],
    ['TS', 'mentor', 'Fanø Skole', 6, 2],
    ['LB', 'parent_coach', 'Sundhedsplejen', 5, 2],
  ]);
  return p;
}
