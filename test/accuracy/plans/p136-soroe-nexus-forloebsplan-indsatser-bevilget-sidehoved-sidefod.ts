// Sorø (held out, twenty-seventh round): the coordinator keeps the effort's activities in the
// municipality's social-care system (KMD Nexus) as a "forløbsplan" of its own, one "Indsats" per
// activity, and exports it to Excel with the system's "Udskriv" (print layout to Excel): every page
// begins with the system's title and "Udskrevet af Mette Lund den 01-12-2026 kl. 09:14" and the
// column header again, and ends with "Side 1 af 2"; a line counting the indsatser under the last
// page. The columns are the system's: "Indsats-ID" (a system number), "Forløb" (she named one forløb
// per theme), "Indsats", the system's statuses ("Bevilget", "Visiteret", "Aktiv", "Afsluttet",
// "Annulleret", "Afventer"), "Bevilget fra" and "Bevilget til" (start and deadline), "Næste
// opfølgning" (a follow-up day, no deadline), "Leverandør" (the unit delivering it) and
// "Sagsbehandler" (the person owning the indsats: the responsible). Dates as the system writes them,
// text "dd-mm-yyyy". No personal data: the forløbsplan belongs to the effort, not to a citizen.
// The cover and checklist on sheets she added. SheetJS.

import { PlanBuilder, type Exp } from '../build/plan';
import { checklistSheet } from './departments';
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
  Bevilget: {
    v: 'not_started',
    flag: true,
    note: '"Bevilget" (granted, the period not begun): not on the list, not started, checked',
  },
  Visiteret: {
    v: 'not_started',
    flag: true,
    note: '"Visiteret" (assessed and assigned, not yet granted): not on the list, not started, checked',
  },
  Aktiv: 'in_progress',
  Afsluttet: 'done',
  Annulleret: 'closed',
  Afventer: {
    v: 'not_started',
    flag: true,
    alt: ['in_progress'],
    note: '"Afventer" (waiting) is not on the list: not started while it waits, checked',
  },
};

const TITLE_LINE = 'Nexus – Forløbsplan: Mentor- og forældrecoachindsatsen 2027';
const PRINTED = 'Udskrevet af Mette Lund den 01-12-2026 kl. 09:14';
const HEADER = [
  'Indsats-ID',
  'Forløb',
  'Indsats',
  'Status',
  'Bevilget fra',
  'Bevilget til',
  'Næste opfølgning',
  'Leverandør',
  'Sagsbehandler',
];

// [id, forløb, indsats, status, fra (ISO|null), til (ISO|null), næste opfølgning, leverandør, sagsbehandler]
type R = readonly [number, string, string, string, string | null, string | null, string, string, string];
const PAGE1: readonly R[] = [
  [
    4410231,
    'Ledelse',
    'Styregruppemøde om mål og måltal for korpset',
    'Afsluttet',
    '2027-01-04',
    '2027-01-29',
    '2027-01-29',
    'Familie og Forebyggelse',
    'Henrik Vang',
  ],
  [
    4410232,
    'Kommunikation',
    'Informationsmøde for skoler og dagtilbud',
    'Aktiv',
    '2027-02-01',
    '2027-03-12',
    '2027-02-15',
    'Familie og Forebyggelse',
    'Mette Lund',
  ],
  [
    4410233,
    'Inddragelse',
    'Forældrepanel om forløbenes indhold',
    'Bevilget',
    '2027-03-01',
    '2027-04-30',
    '2027-03-15',
    'Familiecentret Sorø',
    'Mette Lund',
  ],
  [
    4410234,
    'Opkvalificering',
    'LAT-kursus for nye mentorer og forældrecoaches',
    'Aktiv',
    '2027-02-15',
    '2027-05-21',
    '2027-03-29',
    'Center for Familieudvikling (ekstern)',
    'Sara Holt',
  ],
  [
    4410235,
    'Organisering, roller og ansvar',
    'Samarbejdsaftale med PPR om henvisning',
    'Visiteret',
    null,
    '2027-03-31',
    '2027-02-26',
    'PPR Sorø',
    'Henrik Vang',
  ],
];
const PAGE2: readonly R[] = [
  [4410236, 'Arbejdsproces og kultur', 'Fast sparring i korpset hver anden uge', 'Aktiv', '2027-01-11', null, '2027-02-08', 'Familiecentret Sorø', 'Sara Holt'],
  [4410237, 'Opfølgning på dokumentation', 'Månedlig registrering i dokumentationsplatformen', 'Afventer', '2027-02-01', '2027-06-30', '2027-03-01', 'Familie og Forebyggelse', 'Mette Lund'],
  [4410238, 'Kommunikation', 'Nyhedsbrev til forældre i 0.–3. klasse', 'Annulleret', '2027-02-01', '2027-02-26', '', 'Familie og Forebyggelse', 'Mette Lund'],
  [4410239, 'Evaluering og tilpasning', 'Midtvejsevaluering med mentorer og forældrecoaches', 'Bevilget', '2027-05-17', '2027-06-18', '2027-05-31', 'Familie og Forebyggelse', 'Henrik Vang'],
]; // prettier-ignore

const dmy = (iso: string | null): string | undefined =>
  iso ? `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}` : undefined;

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p136-soroe-nexus-forloebsplan-indsatser-bevilget-sidehoved-sidefod',
    'sheetjs',
    'Sorø: a forløbsplan exported from KMD Nexus with the system\'s print layout: per page the title, "Udskrevet af … den 01-12-2026 kl. 09:14", the header again and "Side 1 af 2"; activities as "Indsatser" with system ids, "Forløb" per theme, statuses "Bevilget", "Visiteret", "Aktiv", "Afsluttet", "Annulleret", "Afventer"; "Bevilget fra"/"Bevilget til" as start and deadline beside "Næste opfølgning" (no deadline), "Leverandør" beside "Sagsbehandler" (the responsible); dates as text dd-mm-yyyy; an "Antal indsatser" line; no personal data.',
    [
      'care-system-export-nexus',
      'indsatser-as-activities',
      'care-system-statuses',
      'granted-from-to-as-dates',
      'next-follow-up-not-deadline',
      'provider-beside-case-worker',
      'system-ids-column',
      'print-header-footer-per-page',
      'repeated-header-per-page',
    ],
  );

  const F = 'Forside';
  p.sheet(F).set('A1', 'Mentor- og forældrecoachindsatsen – Sorø Kommune');
  coverPairs(p, F, 3, [
    ['Kommune', 'Sorø', 'municipality', '340'],
    ['Halvår', '2027, 1. halvår', 'period', '2027-H1'],
    ['Fase', 'Klargøring', 'phase', 'readiness'],
    ['Koordinator', 'Mette Lund', 'coordinator'],
    ['Leder', 'Henrik Vang', 'leader'],
    ['Plan', 'Se arket "Forløbsplan" (udskrift fra Nexus)'],
  ]);
  p.sheet(F).width(1, 14).width(2, 44);

  const S = 'Forløbsplan';
  const s = p.sheet(S);
  [12, 28, 48, 12, 13, 13, 17, 34, 16].forEach((w, i) => s.width(i + 1, w));
  const x = at(S);
  let r = 0;
  const page = (rows: readonly R[], n: number): void => {
    r++;
    s.set(`A${r}`, TITLE_LINE);
    p.notActivity(S, r, "the system's page title");
    r++;
    s.set(`A${r}`, PRINTED);
    p.notActivity(
      S,
      r,
      "the system's print line (who printed it and when): no activity, no date of the plan",
    );
    r++;
    s.row(`A${r}`, HEADER);
    if (n > 1) p.notActivity(S, r, 'the column header printed again on page 2');
    for (const [id, forl, ind, st, fra, til, next, lev, sb] of rows) {
      r++;
      s.row(`A${r}`, [id, forl, ind, st, dmy(fra), dmy(til), next ? dmy(next) : undefined, lev, sb]);
      p.activity(S, r, {
        theme: x(TH[forl]!, `B${r}`),
        activity: x(ind, `C${r}`),
        status: x(ST[st]!, `D${r}`),
        start: x(fra, `E${r}`),
        deadline: x(til, `F${r}`),
        responsible: x(sb, `I${r}`),
      });
    }
    r++;
    s.set(`A${r}`, `Side ${n} af 2`);
    p.notActivity(S, r, "the system's page footer");
    r++;
  };
  page(PAGE1, 1);
  page(PAGE2, 2);
  s.set(`A${r}`, `Antal indsatser: ${PAGE1.length + PAGE2.length}`);
  p.notActivity(S, r, 'the count of indsatser under the last page');

  checklistSheet(
    p,
    'Huskeliste',
    {
      F1: 'yes', F2: 'partly', F3: 'yes', F4: 'yes', F5: 'partly', F6: 'yes', F7: 'no',
      L1: 'partly', L2: 'yes', L3: 'yes', L4: ['no', 'Supervision ikke aftalt endnu'], L5: 'partly', L6: 'yes', L7: 'no', L8: 'partly',
    },
    false,
  ); // prettier-ignore
  return p;
}
