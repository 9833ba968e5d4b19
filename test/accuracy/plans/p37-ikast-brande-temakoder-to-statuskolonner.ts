// Ikast-Brande: themes written as codes (T1 … T8) explained on a sheet of their own ("Temaer":
// code beside the theme's name); the status kept in two columns, one per follow-up ("Status pr.
// 1/3" and "Status pr. 1/6"), the later one counting, and left empty where nothing was written
// in June; times without a year written as day/month ranges ("10/3-24/3"), "1. kvartal",
// "maj/juni", "senest uge 8". Indicators whose percentages are fractions shown with a percent
// format (0,35 shown as 35 %), beside counts. Cover facts on a form with the organisational anchoring
// and the supervision model in the coordinator's words. Made in LibreOffice (flat ODS). Written for
// the second held-out round.

import { PlanBuilder, unsure, type Exp } from '../build/plan';
import type { Style } from '../build/model';
import { BOLD, HEAD, TITLE, WRAP } from './common';

const PCT: Style = { fmt: '0%' };

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p37-ikast-brande-temakoder-to-statuskolonner',
    'libreoffice-fods',
    'Ikast-Brande: themes as codes T1–T8 explained on a "Temaer" sheet; two status columns per follow-up (1/3 and 1/6), the later counting and sometimes empty; day/month ranges, "1. kvartal", "maj/juni", "senest uge 8" without a year; indicator percentages as fractions in percent format; organisation and supervision in own words.',
    [
      'theme-codes-with-legend-sheet',
      'status-per-follow-up-columns',
      'later-status-empty',
      'day-month-range-without-year',
      'quarter-in-words-without-year',
      'month-slash-range',
      'senest-week',
      'indicators',
      'indicator-fraction-percent-format',
      'cover-organisation-supervision-words',
    ],
  );
  const f = p.sheet('Forside');
  f.set('A1', 'Ikast-Brande Kommune', TITLE);
  const cover: [string, string][] = [
    ['Kommune', 'Ikast-Brande'],
    ['Halvår', '1. halvår 2027'],
    ['Fase', 'Indledende implementering'],
    ['Koordinator', 'Rasmus Kirk'],
    ['Ansvarlig leder', 'Hanne Møller'],
    ['Forankring', 'Tværgående mellem social- og beskæftigelsesområdet'],
    ['Supervision', 'Ekstern supervisor'],
  ];
  cover.forEach(([l, v], i) => f.set(`A${3 + i}`, l, BOLD).set(`B${3 + i}`, v));
  f.width(1, 18).width(2, 50);
  p.fact('municipality', '756', 'Forside', 'B3');
  p.fact('period', '2027-H1', 'Forside', 'B4');
  p.fact('phase', 'initial', 'Forside', 'B5');
  p.fact('coordinator', 'Rasmus Kirk', 'Forside', 'B6');
  p.fact('leader', 'Hanne Møller', 'Forside', 'B7');
  p.fact('organisation', 'cross', 'Forside', 'B8');
  p.fact('supervisionModel', 'external', 'Forside', 'B9');

  const CODES: [string, string, string][] = [
    ['T1', 'Ledelse', 'leadership'],
    ['T2', 'Kommunikation', 'communication'],
    ['T3', 'Inddragelse', 'involvement'],
    ['T4', 'Arbejdsproces og kultur', 'process_culture'],
    ['T5', 'Organisering, roller og ansvar', 'organisation_roles'],
    ['T6', 'Opkvalificering', 'upskilling'],
    ['T7', 'Opfølgning på dokumentation', 'documentation'],
    ['T8', 'Evaluering og tilpasning', 'evaluation'],
  ];
  const TH = new Map(CODES.map(([c, , id]) => [c, id]));

  const S = 'Handleplan';
  const s = p.sheet(S);
  s.set('A1', 'Handleplan 2027 – se temakoder på arket "Temaer"', TITLE);
  const ST: Record<string, string> = {
    'Ikke startet': 'not_started',
    'I gang': 'in_progress',
    Gennemført: 'done',
    Ændret: 'changed',
  };
  // [code, activity, responsible, when, status 1/3, status 1/6, start, deadline, reading of the status]
  type R = [string, string, string, string, string, string, Exp, Exp, Exp?];
  const laterEmpty = (v: string, row: number): Exp => ({
    v,
    flag: true,
    cell: `E${row}`,
    note: 'no status written on 1/6: the status of 1/3 stands, checked',
  });
  const rows: R[] = [
    ['T1', 'Styregruppen fastlægger mål og succeskriterier', 'Hanne Møller', 'senest uge 8', 'I gang', 'Gennemført', null, '2027-02-28'],
    ['T2', 'Informationsmateriale til forældre', 'Rasmus Kirk', '10/3-24/3', 'Ikke startet', 'Gennemført', '2027-03-10', '2027-03-24'],
    ['T3', 'Inddragelse af unge i udvikling af mentorrollen', 'Rasmus Kirk', 'maj/juni', 'Ikke startet', 'I gang', '2027-05-01', '2027-06-30'],
    ['T4', 'Fælles faglig refleksion hver 14. dag', 'Rasmus Kirk', '1. kvartal', 'I gang', '', null, '2027-03-31', 'in_progress'],
    ['T5', 'Beskrivelse af snitflader til sagsbehandlere', 'Hanne Møller', '1/4', 'I gang', 'Gennemført', null, '2027-04-01'],
    ['T6', 'Opkvalificering af 8 mentorer i LAT', 'Nationalt center', '12/4-30/4', 'Ikke startet', 'Ændret', '2027-04-12', '2027-04-30'],
    ['T7', 'Indberetning af forløb hver måned', 'Mentorerne', 'løbende', 'I gang', 'I gang', null, unsure(null, '"løbende" (ongoing) names no day: no date, checked')],
    ['T8', 'Halvårsevaluering i styregruppen', 'Rasmus Kirk', '24/6', 'Ikke startet', '', null, '2027-06-24', 'not_started'],
    ['T2', 'Artikel på intranettet', 'Rasmus Kirk', 'februar', 'Gennemført', 'Gennemført', null, '2027-02-28'],
    ['T1', 'Ledelsens halvårlige opfølgning', 'Hanne Møller', '30/6', 'Ikke startet', 'I gang', null, '2027-06-30'],
  ]; // prettier-ignore
  p.table({
    sheet: S,
    headerRow: 3,
    headerStyle: HEAD,
    columns: [
      { key: 'kode', header: 'Tema (kode)', width: 12 },
      { key: 'akt', header: 'Aktivitet', width: 46 },
      { key: 'ans', header: 'Ansvarlig', width: 18 },
      { key: 'tid', header: 'Hvornår', width: 14 },
      { key: 's1', header: 'Status pr. 1/3', width: 14 },
      { key: 's2', header: 'Status pr. 1/6', width: 14 },
    ],
    fields: { theme: 'kode', activity: 'akt', responsible: 'ans', when: 'tid', status: 's2' },
    rows: rows.map(([kode, akt, ans, tid, s1, s2, xs, xd, kept], i) => ({
      cells: { kode, akt: { v: akt, s: WRAP }, ans, tid, s1, s2 },
      x: {
        theme: TH.get(kode)!,
        status: kept === undefined ? ST[s2]! : laterEmpty(kept as string, 4 + i),
        start: xs,
        deadline: xd,
      },
    })),
  });

  const t = p.sheet('Temaer');
  t.row('A1', ['Kode', 'Tema'], HEAD);
  CODES.forEach(([c, name], i) => t.row(`A${2 + i}`, [c, name]));
  t.width(2, 34);

  const ind = p.sheet('Indikatorer');
  ind.row('A1', ['Indikator', 'Baseline', 'Mål', 'Resultat', 'Antal forløb (n)'], HEAD);
  ind.width(1, 44);
  type I = [string, number, number, number | null, number | null, 'count' | 'percent'];
  const inds: I[] = [
    ['Aktive mentorforløb', 6, 15, 11, null, 'count'],
    ['Andel unge i uddannelse eller job efter forløb', 0.35, 0.5, 0.42, 12, 'percent'],
    ['Andel forløb med positiv progression', 0.6, 0.75, null, null, 'percent'],
    ['Medarbejdere opkvalificeret', 0, 8, 8, null, 'count'],
  ];
  inds.forEach(([name, b, m, r, n, unit], i) => {
    const row = 2 + i;
    const st = unit === 'percent' ? PCT : undefined;
    ind.set(`A${row}`, name).set(`B${row}`, b, st).set(`C${row}`, m, st);
    if (r !== null) ind.set(`D${row}`, r, st);
    if (n !== null) ind.set(`E${row}`, n);
    const k = (v: number): number => (unit === 'percent' ? Math.round(v * 100) : v);
    p.indicatorRow('Indikatorer', row, {
      name: [name, `A${row}`],
      unit: [unit, `B${row}`],
      baseline: [k(b), `B${row}`],
      target: [k(m), `C${row}`],
      result: [r === null ? null : k(r), `D${row}`],
      ...(unit === 'percent' ? { cases: [n, `E${row}`] as [Exp, string] } : {}),
    });
  });
  return p;
}
