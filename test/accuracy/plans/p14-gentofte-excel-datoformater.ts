// Gentofte: a plan for 1. halvår 2027 whose dates are Excel serial numbers shown through Danish
// custom formats ("5. januar 2027", "05.01.27", "fredag 15. januar 2027", "2027-02-01", the
// built-in short date, and "jan-27" for a month), beside a few typed without a year ("15. maj",
// "10.3.", "medio april"), whose year comes from the neighbouring dates and the period.
// Hand-built package.

import type { Style } from '../build/model';
import { PlanBuilder, type Exp } from '../build/plan';
import { HEAD, TITLE } from './common';

const LONG: Style = { fmt: '[$-406]d\\.\\ mmmm\\ yyyy;@' };
const SHORT_DOTS: Style = { fmt: 'dd\\.mm\\.yy' };
const WEEKDAY: Style = { fmt: '[$-406]dddd\\ d\\.\\ mmmm\\ yyyy' };
const ISO: Style = { fmt: 'yyyy\\-mm\\-dd' };
const BUILTIN: Style = { fmtId: 14 };
const MONTH: Style = { fmt: '[$-406]mmm\\-yy;@' };

type D = { date: string; s: Style } | string | null;

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p14-gentofte-excel-datoformater',
    'hand-built',
    'Gentofte: Excel serial dates in Danish custom formats (long, dotted, weekday, ISO, built-in, month-only) beside dates typed without a year, read with the year of the neighbours and the period.',
    [
      'excel-serial-dates',
      'danish-custom-date-formats',
      'builtin-date-format',
      'month-format-date',
      'year-from-neighbours',
      'day-month-words',
      'day-month-dots',
      'medio',
      'cover-label-in-same-cell',
    ],
  );
  const s = p.sheet('Plan');
  s.set('A1', 'Gentofte Kommune – plan for mentorindsatsen', TITLE);
  s.set('A2', 'Periode: 1. halvår 2027');
  s.set('C2', 'Fase: Klargøring');
  p.fact('municipality', '157', 'Plan', 'A1');
  p.fact('period', '2027-H1', 'Plan', 'A2');
  p.fact('phase', 'readiness', 'Plan', 'C2');

  const STATUS: Record<string, string> = {
    Færdig: 'done',
    'I gang': 'in_progress',
    'Ikke påbegyndt': 'not_started',
  };
  const THEMES: Record<string, string> = {
    Ledelse: 'leadership',
    Kommunikation: 'communication',
    Inddragelse: 'involvement',
    'Arbejdsproces og kultur': 'process_culture',
    'Organisering, roller og ansvar': 'organisation_roles',
    Opkvalificering: 'upskilling',
    'Opfølgning på dokumentation': 'documentation',
    'Evaluering og tilpasning': 'evaluation',
  };
  const d = (date: string, st: Style): D => ({ date, s: st });
  type R = [string, string, string, D, D, string, Exp | null, Exp];
  const rows: R[] = [
    [
      'Ledelse',
      'Ledelsen beslutter organisatorisk forankring',
      'Rikke Søgaard',
      d('2027-01-05', LONG),
      d('2027-01-29', LONG),
      'Færdig',
      '2027-01-05',
      '2027-01-29',
    ],
    [
      'Ledelse',
      'Styregruppe nedsættes',
      'Rikke Søgaard',
      d('2027-01-11', SHORT_DOTS),
      d('2027-02-26', SHORT_DOTS),
      'Færdig',
      '2027-01-11',
      '2027-02-26',
    ],
    [
      'Kommunikation',
      'Informationsmøde for ledere i Børn og Unge',
      'Emil Lauridsen',
      null,
      d('2027-01-15', WEEKDAY),
      'Færdig',
      null,
      '2027-01-15',
    ],
    [
      'Kommunikation',
      'Nyhedsbrev om korpset',
      'Emil Lauridsen',
      d('2027-02-01', ISO),
      d('2027-03-15', ISO),
      'I gang',
      '2027-02-01',
      '2027-03-15',
    ],
    [
      'Inddragelse',
      'Workshop om behov med samarbejdspartnere',
      'Emil Lauridsen',
      null,
      '15. maj',
      'Ikke påbegyndt',
      null,
      '2027-05-15',
    ],
    [
      'Inddragelse',
      'Mentorer udvælges',
      'Rikke Søgaard',
      d('2027-02-15', BUILTIN),
      d('2027-03-31', BUILTIN),
      'I gang',
      '2027-02-15',
      '2027-03-31',
    ],
    [
      'Arbejdsproces og kultur',
      'Drøftelse af tilgange på tværs af afdelinger',
      'Emil Lauridsen',
      null,
      '10.3.',
      'I gang',
      null,
      '2027-03-10',
    ],
    [
      'Organisering, roller og ansvar',
      'Rolle- og ansvarsfordeling',
      'Rikke Søgaard',
      null,
      d('2027-01-01', MONTH),
      'Færdig',
      null,
      { v: '2027-01-31', alt: ['2027-01-01'], note: 'a date shown as "jan-27": the month January 2027' },
    ],
    [
      'Organisering, roller og ansvar',
      'Koordinatorrollen beskrives',
      'Rikke Søgaard',
      d('2027-02-08', LONG),
      d('2027-02-19', LONG),
      'Færdig',
      '2027-02-08',
      '2027-02-19',
    ],
    [
      'Opkvalificering',
      'Mentorer tilmeldes LAT-uddannelsen',
      'Emil Lauridsen',
      null,
      'medio april',
      'Ikke påbegyndt',
      null,
      '2027-04-15',
    ],
    [
      'Opkvalificering',
      'Introduktion til LAT-metoden for ledere',
      'Rikke Søgaard',
      d('2027-03-22', BUILTIN),
      d('2027-03-22', BUILTIN),
      'Ikke påbegyndt',
      '2027-03-22',
      '2027-03-22',
    ],
    [
      'Opfølgning på dokumentation',
      'Adgang til tilværelsesmestring.dk oprettes',
      'Emil Lauridsen',
      null,
      d('2027-04-30', SHORT_DOTS),
      'Ikke påbegyndt',
      null,
      '2027-04-30',
    ],
    [
      'Evaluering og tilpasning',
      'Evaluering af klargøringsfasen',
      'Rikke Søgaard',
      d('2027-06-01', LONG),
      d('2027-06-24', WEEKDAY),
      'Ikke påbegyndt',
      '2027-06-01',
      '2027-06-24',
    ],
  ];
  const cell = (v: D): { v: { date: string }; s: Style } | string | undefined =>
    v === null ? undefined : typeof v === 'string' ? v : { v: { date: v.date }, s: v.s };
  p.table({
    sheet: 'Plan',
    headerRow: 4,
    headerStyle: HEAD,
    columns: [
      { key: 'omr', header: 'Område', width: 28 },
      { key: 'akt', header: 'Aktivitet', width: 46 },
      { key: 'ansv', header: 'Ansvarlig', width: 18 },
      { key: 'start', header: 'Start', width: 24 },
      { key: 'frist', header: 'Frist', width: 24 },
      { key: 'status', header: 'Status', width: 14 },
    ],
    fields: {
      theme: 'omr',
      activity: 'akt',
      responsible: 'ansv',
      start: 'start',
      deadline: 'frist',
      status: 'status',
    },
    rows: rows.map(([omr, akt, ansv, start, frist, status, xs, xd]) => ({
      cells: { omr, akt, ansv, start: cell(start), frist: cell(frist), status },
      x: { theme: THEMES[omr]!, status: STATUS[status]!, start: xs, deadline: xd },
    })),
  });
  return p;
}
