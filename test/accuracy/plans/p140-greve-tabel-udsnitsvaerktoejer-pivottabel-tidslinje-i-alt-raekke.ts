// Greve (held out, twenty-ninth round): a coordinator who has been on an Excel course keeps the plan
// as an Excel table ("tblPlan") with its totals row on ("I alt", "Antal aktiviteter" and
// =SUBTOTAL(103,tblPlan[Aktivitet]) under the activities, =SUBTOTAL(109,tblPlan[Timer]) under the
// hours: both count only the rows shown), a helper column "Kvartal" for filtering
// (="K"&ROUNDUP(MONTH([@Frist])/3,0)&" "&YEAR([@Frist]), which shows "K1 1900" on the row with no
// deadline), two SLICERS beside the table, on "Tema" and on "Status" — the Status slicer left with
// "Gennemført" unselected, so the three finished activities are hidden by the table's filter when
// she sends it —, and on a second sheet "Overblik" a PivotTable made from the table counting
// activities per theme and status ("Antal af Aktivitet", "Rækkenavne", "Kolonnenavne",
// "Hovedtotal", a report filter "Ansvarlig (Alle)") with a TIMELINE on "Start" set to January–March
// 2027, so the pivot counts ten of the eleven. The checklist and the corps are tables with totals
// rows too ("I alt": the number of answers; the corps' hours and cases summed). A careful reader
// reads every row of the plan table, shown or hidden by the slicer (a filter is a view, not the
// plan), takes the deadline from "Frist" (not from the helper), and leaves the totals rows and the
// pivot's counts alone. Hand-built (which gained table slicers, a PivotTable with its cache and
// records, a timeline and a totals row's functions for it).

import { PlanBuilder } from '../build/plan';
import type { Cell } from '../build/model';
import { HEAD, TITLE, WRAP } from './common';
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
const ST: Record<string, string> = {
  'Ikke startet': 'not_started',
  'I gang': 'in_progress',
  Gennemført: 'done',
  Ændret: 'changed',
};
const DMY = { fmt: 'dd-mm-yyyy' } as const;

// [tema, aktivitet, milepæl, ansvarlig, start, frist|null, status, forankring, timer, evaluering]
type R = readonly [string, string, string, string, string, string | null, string, string, number, string];
const ROWS: readonly R[] = [
  ['Ledelse', 'Styregruppemøde om korpsets mål for 2027', 'Mål vedtaget', 'Jesper Mølgaard', '2027-01-04', '2027-01-22', 'Gennemført', 'Fortsætter i drift', 4, 'Målene er vedtaget og sendt til direktionen'],
  ['Ledelse', 'Kvartalsvise ledermøder om mentorforløbene', 'Første møde holdt', 'Jesper Mølgaard', '2027-01-11', '2027-06-25', 'I gang', 'Fortsætter i drift', 8, ''],
  ['Kommunikation', 'Informationsmøde for skoler og SFO', 'Alle skoler inviteret', 'Hanne Dyrberg', '2027-01-18', '2027-02-12', 'Gennemført', 'Erfaringer videreføres', 6, '14 af 15 skoler deltog'],
  ['Kommunikation', 'Pjece til forældre om forældrecoaching', 'Pjece trykt', 'Mia Stenholt', '2027-02-01', '2027-03-19', 'I gang', 'Ikke forankret', 10, ''],
  ['Inddragelse', 'Dialogmøde med ungerådet', 'Ungerådets input samlet', 'Mia Stenholt', '2027-03-01', '2027-04-16', 'Ikke startet', 'Erfaringer videreføres', 5, ''],
  ['Opkvalificering', 'LAT-kursus for seks nye mentorer', 'Alle seks har gennemført', 'Ali Demir', '2027-02-08', '2027-05-28', 'I gang', 'Fortsætter med særskilt bevilling', 30, ''],
  ['Organisering, roller og ansvar', 'Aftale med PPR om henvisning', 'Aftale underskrevet', 'Hanne Dyrberg', '2027-01-04', '2027-02-26', 'Gennemført', 'Fortsætter i drift', 4, 'Aftalen trådte i kraft 1. marts'],
  ['Arbejdsproces og kultur', 'Fast sparring i korpset hver anden uge', '', 'Ali Demir', '2027-01-13', null, 'I gang', 'Fortsætter i drift', 12, ''],
  ['Opfølgning på dokumentation', 'Månedlig registrering i dokumentationsplatformen', 'Alle forløb registreret', 'Louise Berg', '2027-01-04', '2027-06-30', 'I gang', 'Fortsætter i drift', 12, ''],
  ['Evaluering og tilpasning', 'Midtvejsevaluering med mentorer og forældrecoaches', 'Evalueringsnotat til styregruppen', 'Hanne Dyrberg', '2027-04-19', '2027-05-21', 'Ikke startet', 'Erfaringer videreføres', 8, ''],
  ['Kommunikation', 'Nyhedsbrev til samarbejdspartnere', '', 'Mia Stenholt', '2027-03-15', '2027-03-31', 'Ændret', 'Ikke forankret', 3, 'Lagt sammen med pjecen'],
]; // prettier-ignore

/** The slicer's selection: the statuses shown (Gennemført unselected). */
const SHOWN = ['I gang', 'Ikke startet', 'Ændret'];
/** The timeline's selection on Start. */
const TL_FROM = '2027-01-01';
const TL_TO = '2027-03-31';

const quarter = (iso: string | null): string => {
  // Excel's MONTH(0) is 1 and YEAR(0) 1900: an empty Frist gives "K1 1900".
  if (!iso) return 'K1 1900';
  return `K${Math.ceil(Number(iso.slice(5, 7)) / 3)} ${iso.slice(0, 4)}`;
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p140-greve-tabel-udsnitsvaerktoejer-pivottabel-tidslinje-i-alt-raekke',
    'hand-built',
    'Greve: the plan as an Excel table with its totals row ("I alt", "Antal aktiviteter" =SUBTOTAL(103,…), hours =SUBTOTAL(109,…)), a helper "Kvartal" formula column ("K1 1900" where Frist is empty), slicers on Tema and Status with Gennemført unselected (three rows hidden by the table filter), a PivotTable on "Overblik" counting activities per theme and status (report filter "Ansvarlig (Alle)", "Hovedtotal") with a timeline on Start set to January–March 2027; checklist and corps as tables with totals rows.',
    [
      'excel-table-totals-row-subtotal',
      'totals-row-label-and-count-under-activity',
      'helper-quarter-formula-column',
      'helper-formula-artefact-k1-1900',
      'table-slicers-theme-status',
      'slicer-filter-hides-finished-rows',
      'pivot-table-count-per-theme-status',
      'pivot-report-filter-and-grand-total',
      'timeline-on-start-date',
      'checklist-table-totals-row',
      'corps-table-totals-row',
    ],
  );

  const F = 'Forside';
  p.sheet(F).set('A1', 'Mentor- og forældrecoachindsatsen i Greve Kommune', TITLE);
  coverPairs(p, F, 3, [
    ['Kommune', 'Greve', 'municipality', '253'],
    ['Periode', '1. halvår 2027', 'period', '2027-H1'],
    ['Fase', 'Fuld implementering', 'phase', 'full'],
    ['Koordinator', 'Hanne Dyrberg', 'coordinator'],
    ['Leder', 'Jesper Mølgaard', 'leader'],
  ]);
  p.sheet(F).width(1, 14).width(2, 36);

  const S = 'Plan';
  const s = p.sheet(S);
  s.set('A1', 'Greve Kommune – implementeringsplan, 1. halvår 2027', TITLE);
  const HEADER = ['Nr.', 'Tema', 'Aktivitet', 'Milepæl', 'Ansvarlig', 'Start', 'Frist', 'Status', 'Forankring', 'Timer', 'Evaluering af resultat', 'Kvartal']; // prettier-ignore
  s.row('A3', HEADER, HEAD);
  [5, 28, 46, 28, 18, 12, 12, 13, 30, 7, 40, 10].forEach((w, i) => s.width(i + 1, w));
  const x = at(S);
  ROWS.forEach(([tema, akt, ms, ans, start, frist, status, forank, timer, ev], i) => {
    const r = 4 + i;
    const kv: Cell = {
      v: quarter(frist),
      f: `"K"&ROUNDUP(MONTH(tblPlan[[#This Row],[Frist]])/3,0)&" "&YEAR(tblPlan[[#This Row],[Frist]])`,
    };
    s.row(`A${r}`, [
      i + 1,
      tema,
      akt,
      ms,
      ans,
      { date: start },
      frist ? { date: frist } : undefined,
      status,
      forank,
      timer,
      ev ? { v: ev, s: WRAP } : undefined,
      kv,
    ]);
    s.set(`F${r}`, { date: start }, DMY);
    if (frist) s.set(`G${r}`, { date: frist }, DMY);
    if (!SHOWN.includes(status)) s.hiddenRows.add(r);
    p.activity(S, r, {
      theme: x(TH[tema]!, `B${r}`),
      activity: x(akt, `C${r}`),
      status: x(ST[status]!, `H${r}`),
      start: x(start, `F${r}`),
      deadline: x(frist, `G${r}`),
      responsible: x(ans, `E${r}`),
    });
  });
  const total = 4 + ROWS.length;
  const shown = ROWS.filter((r) => SHOWN.includes(r[6]));
  s.set(`A${total}`, 'I alt', { bold: true });
  s.set(`B${total}`, 'Antal aktiviteter', { bold: true });
  s.set(`C${total}`, { v: shown.length, f: 'SUBTOTAL(103,tblPlan[Aktivitet])' }, { bold: true });
  s.set(
    `J${total}`,
    { v: shown.reduce((a, r) => a + r[8], 0), f: 'SUBTOTAL(109,tblPlan[Timer])' },
    { bold: true },
  );
  p.notActivity(S, total, "the table's totals row: the count and the hours of the rows the slicer shows");
  s.table = {
    name: 'tblPlan',
    ref: `A3:L${total}`,
    totalsRow: true,
    filter: { col: 7, values: SHOWN },
  };
  s.slicers.push({ column: 'Tema', anchor: 'N3' }, { column: 'Status', anchor: 'R3' });

  // The PivotTable: activities per theme and status, for the starts the timeline selects.
  const O = 'Overblik';
  const o = p.sheet(O);
  o.width(1, 30).width(2, 13).width(3, 9).width(4, 12).width(5, 9).width(6, 12);
  o.row('A1', ['Ansvarlig', '(Alle)']);
  const inRange = ROWS.filter((r) => r[4] >= TL_FROM && r[4] <= TL_TO);
  const statuses = ['Gennemført', 'I gang', 'Ikke startet', 'Ændret'].filter((st) =>
    inRange.some((r) => r[6] === st),
  );
  const themes = [...new Set(inRange.map((r) => r[0]))].sort((a, b) => a.localeCompare(b, 'da'));
  o.row('A3', ['Antal af Aktivitet', 'Kolonnenavne'], { bold: true });
  o.row('A4', ['Rækkenavne', ...statuses, 'Hovedtotal'], { bold: true });
  p.notActivity(O, 4, "the PivotTable's column labels");
  themes.forEach((t, k) => {
    const r = 5 + k;
    const counts = statuses.map((st) => inRange.filter((x2) => x2[0] === t && x2[6] === st).length);
    o.row(`A${r}`, [t, ...counts.map((c) => (c ? c : undefined)), counts.reduce((a, b) => a + b, 0)]);
    p.notActivity(O, r, "a PivotTable row: the count of the theme's activities by status, no activity");
  });
  const grand = 5 + themes.length;
  o.row(
    `A${grand}`,
    ['Hovedtotal', ...statuses.map((st) => inRange.filter((x2) => x2[6] === st).length), inRange.length],
    { bold: true },
  );
  p.notActivity(O, grand, "the PivotTable's grand total");
  o.pivot = {
    name: 'Pivottabel1',
    sourceSheet: S,
    ref: `A3:${String.fromCharCode(65 + statuses.length + 1)}${grand}`,
    rowField: 'Tema',
    colField: 'Status',
    pageField: 'Ansvarlig',
    dataField: 'Aktivitet',
    dataCaption: 'Antal af Aktivitet',
    timeline: { field: 'Start', from: TL_FROM, to: TL_TO, anchor: 'H3' },
  };

  const HL = 'Huskeliste';
  checklistSheet(p, HL, {
    F1: 'yes', F2: 'yes', F3: 'yes', F4: 'partly', F5: 'yes', F6: 'yes', F7: 'partly',
    L1: 'yes', L2: 'yes', L3: 'partly', L4: ['yes', 'Ekstern supervisor hver 6. uge'], L5: 'yes', L6: 'partly', L7: 'no', L8: 'yes',
  }); // prettier-ignore
  const h = p.sheet(HL);
  h.set('A17', 'I alt', { bold: true });
  h.set('C17', { v: 15, f: 'SUBTOTAL(103,tblHuskeliste[Svar])' }, { bold: true });
  h.table = { name: 'tblHuskeliste', ref: 'A1:D17', totalsRow: true };

  const K = 'Korps';
  const members = [
    ['AD', 'mentor', 'Ungeenheden', 8, 4],
    ['KL', 'parent_coach', 'Familierådgivningen', 6, 3],
    ['SH', 'both', 'Sundhedsplejen', 10, 5],
    ['MB', 'mentor', 'Jobcenter Greve', 7, 3],
    ['NP', 'parent_coach', 'PPR', 5, 2],
  ] as const;
  corpsSheet(p, K, members);
  const k = p.sheet(K);
  k.set('A7', 'I alt', { bold: true });
  k.set(
    'D7',
    { v: members.reduce((a, m) => a + m[3], 0), f: 'SUBTOTAL(109,tblKorps[Timer pr. uge])' },
    { bold: true },
  );
  k.set(
    'E7',
    { v: members.reduce((a, m) => a + m[4], 0), f: 'SUBTOTAL(109,tblKorps[Aktive forløb])' },
    { bold: true },
  );
  k.table = { name: 'tblKorps', ref: 'A1:E7', totalsRow: true };
  return p;
}
