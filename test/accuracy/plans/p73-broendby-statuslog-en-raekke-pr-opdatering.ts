// Brøndby (held out, eleventh round): the plan kept as a status log. Each time something happens the
// coordinator adds a row at the bottom: "Dato | Tema | Aktivitet | Ansvarlig | Frist | Status |
// Bemærkning". An activity is entered once with its theme, responsible and deadline, and each later
// row repeats only the activity's name with the date, the status then and a remark (a moved
// deadline is written in "Frist" on the row that moves it). The newest row of an activity tells its
// status now; the older rows are its history, no activities of their own. Cover facts as Label |
// Value on "Forside". SheetJS (dates as t="d" cells).

import { PlanBuilder } from '../build/plan';
import type { ActivityField, ExpectedValue } from '../expected';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  'Arbejdsproces og kultur': 'process_culture',
  'Organisering, roller og ansvar': 'organisation_roles',
  Opkvalificering: 'upskilling',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};
const ST: Record<string, string> = {
  'Ikke startet': 'not_started',
  'I gang': 'in_progress',
  Færdig: 'done',
  Gennemført: 'done',
  Ændret: 'changed',
  Lukket: 'closed',
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p73-broendby-statuslog-en-raekke-pr-opdatering',
    'sheetjs',
    'Brøndby: the plan kept as a status log, one row per update ("Dato | Tema | Aktivitet | Ansvarlig | Frist | Status | Bemærkning"): an activity entered once with theme, responsible and deadline, then repeated by name alone with the status on that date; the newest row of each activity counts, the older rows are its history; a moved deadline written on the update row.',
    [
      'status-log-one-row-per-update',
      'newest-row-counts',
      'fields-only-on-first-entry',
      'moved-deadline-in-update-row',
      'cover-label-value',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.row('A1', ['Kommune', 'Brøndby']);
  f.row('A2', ['Periode', '1. halvår 2027']);
  f.row('A3', ['Fase', 'Indledende implementering']);
  f.row('A4', ['Koordinator', 'Mette Lykke']);
  f.row('A5', ['Leder', 'Henrik Aagaard']);
  f.width(1, 14).width(2, 30);
  p.fact('municipality', '153', F, 'B1');
  p.fact('period', '2027-H1', F, 'B2');
  p.fact('phase', 'initial', F, 'B3');
  p.fact('coordinator', 'Mette Lykke', F, 'B4');
  p.fact('leader', 'Henrik Aagaard', F, 'B5');

  const S = 'Statuslog';
  const s = p.sheet(S);
  s.set('A1', 'Statuslog – implementeringsplan for mentorkorpset 2027');
  s.row('A3', ['Dato', 'Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status', 'Bemærkning']);
  s.width(1, 12).width(2, 28).width(3, 44).width(4, 18).width(5, 12).width(6, 14).width(7, 40);

  // [date, theme | null, activity, responsible | null, deadline | null, status, remark | null]
  type L = [string, string | null, string, string | null, string | null, string, string | null];
  const log: L[] = [
    ['2027-01-04', 'Ledelse', 'Kickoff i ledergruppen', 'Henrik Aagaard', '2027-01-29', 'Ikke startet', null],
    ['2027-01-04', 'Kommunikation', 'Pjece til forældre om forældrecoach', 'Mette Lykke', '2027-03-15', 'Ikke startet', null],
    ['2027-01-04', 'Opkvalificering', 'LAT-grundkursus for nye mentorer', 'Jonas Friis', '2027-04-30', 'Ikke startet', null],
    ['2027-01-04', 'Organisering, roller og ansvar', 'Samarbejdsaftale med jobcentret', 'Henrik Aagaard', '2027-02-26', 'Ikke startet', null],
    ['2027-01-04', 'Opfølgning på dokumentation', 'Fælles registreringsark for forløb', 'Mette Lykke', '2027-02-12', 'I gang', 'Udkast fra sidste år genbruges'],
    ['2027-01-11', 'Inddragelse', 'Fokusgruppe med unge i mentorforløb', 'Sara Holm', '2027-05-21', 'Ikke startet', null],
    ['2027-01-11', 'Arbejdsproces og kultur', 'Månedlig sparring for mentorerne', 'Jonas Friis', '2027-06-30', 'I gang', 'Første møde holdt'],
    ['2027-01-29', null, 'Kickoff i ledergruppen', null, null, 'Færdig', 'Holdt 27/1, referat på drevet'],
    ['2027-02-01', 'Evaluering og tilpasning', 'Midtvejsstatus til styregruppen', 'Mette Lykke', '2027-06-17', 'Ikke startet', null],
    ['2027-02-08', null, 'Pjece til forældre om forældrecoach', null, null, 'I gang', 'Tekst sendt til layout'],
    ['2027-02-10', null, 'Fælles registreringsark for forløb', null, null, 'Gennemført', 'Taget i brug'],
    ['2027-02-15', 'Inddragelse', 'Forældrepanel om forældrecoaching', 'Sara Holm', '2027-06-11', 'Ikke startet', null],
    ['2027-02-22', null, 'Samarbejdsaftale med jobcentret', null, '2027-04-09', 'I gang', 'Jobcentret vil drøfte på deres LG-møde – ny frist'],
    ['2027-03-01', null, 'LAT-grundkursus for nye mentorer', null, null, 'I gang', 'Modul 1 afholdt'],
    ['2027-03-01', 'Kommunikation', 'Oplæg for skoleledere om mentorkorpset', 'Sara Holm', '2027-03-24', 'Ikke startet', null],
    ['2027-03-12', null, 'Pjece til forældre om forældrecoach', null, null, 'Færdig', 'Trykt i 500 eks.'],
    ['2027-03-25', null, 'Oplæg for skoleledere om mentorkorpset', null, null, 'Ændret', 'Holdes som Teams-møde i stedet'],
    ['2027-04-05', null, 'Fokusgruppe med unge i mentorforløb', null, null, 'I gang', 'Fem unge har sagt ja'],
    ['2027-04-12', null, 'Forældrepanel om forældrecoaching', 'Sara Holm og Jonas Friis', null, 'I gang', 'Jonas er med fra nu'],
  ]; // prettier-ignore

  const firstRow = 4;
  log.forEach(([d, th, act, who, dl, st, note], i) => {
    s.row(`A${firstRow + i}`, [
      { date: d },
      th ?? undefined,
      act,
      who ?? undefined,
      dl ? { date: dl } : undefined,
      st,
      note ?? undefined,
    ]);
  });

  // The reading: per activity, its newest row; theme, responsible and deadline from the newest row
  // that gives them.
  const acts = [...new Set(log.map((l) => l[2]))];
  for (const act of acts) {
    const rows = log.map((l, i) => ({ l, r: firstRow + i })).filter((x) => x.l[2] === act);
    const newest = rows.at(-1)!;
    const last = (k: 1 | 3 | 4): { v: string; r: number } => {
      const hit = [...rows].reverse().find((x) => x.l[k] !== null)!;
      return { v: hit.l[k]!, r: hit.r };
    };
    const th = last(1);
    const who = last(3);
    const dl = last(4);
    for (const older of rows.slice(0, -1))
      p.notActivity(S, older.r, `an older status of "${act}" (row ${newest.r} is the newest)`);
    const e = (v: string | null, cell: string, note?: string): ExpectedValue => ({
      value: v,
      cell,
      sheet: S,
      ...(note ? { note } : {}),
    });
    const fields: Record<ActivityField, ExpectedValue> = {
      theme: e(
        TH[th.v]!,
        `B${th.r}`,
        rows.length > 1 ? 'given on the first entry of the activity' : undefined,
      ),
      activity: e(act, `C${newest.r}`),
      status: e(ST[newest.l[5]]!, `F${newest.r}`, rows.length > 1 ? 'the newest row counts' : undefined),
      start: e(null, `E${newest.r}`),
      deadline: e(dl.v, `E${dl.r}`, dl.r !== rows[0]!.r ? 'moved on an update row' : undefined),
      responsible: e(who.v, `D${who.r}`),
    };
    p.activity(S, newest.r, fields);
  }
  return p;
}
