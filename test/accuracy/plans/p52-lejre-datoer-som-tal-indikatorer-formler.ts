// Lejre (held out, fifth round): some start and end dates lost their date format when rows were
// pasted in from another workbook and show as plain numbers (46420 beside 15-03-2027): the
// coordinator means a date, but a reader cannot be sure (to be checked); the indicators sheet
// pulls its results by formula from a "Data" sheet (cached values), one of them broken (#NAME?:
// no result, to be checked), and its targets are numbers typed as text ('20); the cover facts are
// "Kommune:" in A1 and the name in C1 after an empty B1. Hand-built package.

import { PlanBuilder, unsure, type Exp } from '../build/plan';
import type { TableRow } from '../build/plan';
import { BOLD, DMY, HEAD, TITLE, WRAP } from './common';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  'Organisering, roller og ansvar': 'organisation_roles',
  Opkvalificering: 'upskilling',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};
const ST: Record<string, string> = {
  'Ikke startet': 'not_started',
  'I gang': 'in_progress',
  Gennemført: 'done',
};

/** Excel's serial day number of an ISO date. */
function serial(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p52-lejre-datoer-som-tal-indikatorer-formler',
    'hand-built',
    'Lejre: dates that lost their format shown as plain serial numbers beside date cells (to be checked), indicator results as formulas from a Data sheet (one #NAME?), targets as text numbers, the cover as "Kommune:" | empty | name.',
    [
      'serial-numbers-without-date-format',
      'date-cells',
      'indicators',
      'indicator-formula-other-sheet',
      'formula-error-name',
      'numbers-as-text',
      'cover-label-value-gap-column',
    ],
  );
  const S = 'Plan';
  const s = p.sheet(S);
  s.set('A1', 'Kommune:', BOLD).set('C1', 'Lejre');
  s.set('A2', 'Koordinator:', BOLD).set('C2', 'Maria Skov');
  s.set('A3', 'Leder:', BOLD).set('C3', 'Anders Krogh');
  s.set('A4', 'Periode:', BOLD).set('C4', '2. halvår 2027');
  p.fact('municipality', '350', S, 'C1');
  p.fact('coordinator', 'Maria Skov', S, 'C2');
  p.fact('leader', 'Anders Krogh', S, 'C3');
  p.fact('period', '2027-H2', S, 'C4');
  s.set('A6', 'Aktivitetsplan', TITLE);
  // [theme, activity, responsible, start, end, status, start as plain number?, end as plain number?]
  type R = [string, string, string, string | null, string, string, boolean, boolean];
  const rows: R[] = [
    ['Ledelse', 'Ledelsesseminar om korpsets næste år', 'Anders Krogh', null, '2027-08-26', 'Gennemført', false, false],
    ['Kommunikation', 'Fortælling om et forløb til hjemmesiden', 'Maria Skov', '2027-09-01', '2027-09-30', 'I gang', true, true],
    ['Kommunikation', 'Oplæg for familieafdelingens personale', 'Maria Skov', null, '2027-10-14', 'Ikke startet', false, true],
    ['Inddragelse', 'Dialogmøde med unge og forældre', 'Jesper Bro', '2027-10-04', '2027-10-29', 'Ikke startet', false, false],
    ['Organisering, roller og ansvar', 'Beskrivelse af henvisningsvejen', 'Maria Skov', null, '2027-09-15', 'I gang', false, false],
    ['Opkvalificering', 'LAT-kursus for tre nye mentorer', 'Nationalt center', '2027-11-01', '2027-11-05', 'Ikke startet', true, false],
    ['Opkvalificering', 'Supervision i grupper', 'Jesper Bro', '2027-07-01', '2027-12-31', 'I gang', false, false],
    ['Opfølgning på dokumentation', 'Kvartalsopgørelse af forløb', 'Jesper Bro', null, '2027-10-08', 'Ikke startet', false, true],
    ['Evaluering og tilpasning', 'Årsevaluering med styregruppen', 'Anders Krogh', null, '2027-12-09', 'Ikke startet', false, false],
  ]; // prettier-ignore
  const date = (iso: string, plain: boolean) => (plain ? serial(iso) : { v: { date: iso }, s: DMY });
  const exp = (iso: string | null, plain: boolean): Exp =>
    iso === null
      ? null
      : plain
        ? unsure(iso, `${serial(iso)}: a date that lost its format; to be checked`)
        : iso;
  const body: TableRow[] = rows.map(([tema, akt, ans, start, end, st, ps, pe]) => ({
    cells: {
      tema,
      akt: { v: akt, s: WRAP },
      ans,
      start: start ? date(start, ps) : undefined,
      slut: date(end, pe),
      st,
    },
    x: { theme: TH[tema]!, status: ST[st]!, start: exp(start, ps), deadline: exp(end, pe) },
  }));
  p.table({
    sheet: S,
    headerRow: 7,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema', width: 28 },
      { key: 'akt', header: 'Aktivitet', width: 44 },
      { key: 'ans', header: 'Ansvarlig', width: 18 },
      { key: 'start', header: 'Start', width: 12 },
      { key: 'slut', header: 'Slut', width: 12 },
      { key: 'st', header: 'Status', width: 12 },
    ],
    fields: {
      theme: 'tema',
      activity: 'akt',
      responsible: 'ans',
      start: 'start',
      deadline: 'slut',
      status: 'st',
    },
    rows: body,
  });

  const D = 'Data';
  const d = p.sheet(D);
  d.row('A1', ['Opgørelse', 'Antal'], HEAD);
  d.row('A2', ['Unge i mentorforløb', 17]);
  d.row('A3', ['Familier med forældrecoach', 6]);
  d.row('A4', ['Afsluttede forløb', 9]);

  const I = 'Indikatorer';
  const ind = p.sheet(I);
  ind.width(1, 36).width(2, 10).width(3, 10).width(4, 10);
  ind.row('A1', ['Indikator', 'Enhed', 'Mål', 'Resultat'], HEAD);
  type N = [string, string, number, string | null];
  const inds: N[] = [
    ['Unge i mentorforløb', '20', 17, 'A2'],
    ['Familier med forældrecoach', '8', 6, 'A3'],
    ['Afsluttede forløb med progression', '10', 0, null],
  ];
  inds.forEach(([name, target, result, ref], i) => {
    const r = 2 + i;
    ind.set(`A${r}`, name).set(`B${r}`, 'antal').set(`C${r}`, target);
    if (ref) ind.set(`D${r}`, { v: result, f: `VLOOKUP("${name}",${D}!A2:B4,2,FALSE)` });
    else ind.set(`D${r}`, { v: '#NAME?', f: `XOPSLAG("${name}",${D}!A2:A4,${D}!B2:B4)` });
    p.indicatorRow(I, r, {
      name: [name, `A${r}`],
      unit: ['count', `B${r}`],
      target: [Number(target), `C${r}`],
      result: [
        ref ? result : unsure(null, '#NAME?: the formula is broken, no result; to be checked'),
        `D${r}`,
      ],
    });
  });
  return p;
}
