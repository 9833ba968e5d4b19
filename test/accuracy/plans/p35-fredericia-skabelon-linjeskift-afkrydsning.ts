// Fredericia: a coordinator who shares the workbook with an English-speaking consultant. The first
// sheet is the empty template ("Skabelon": the headings and an example row starting "fx"), the
// filled plan is on the next sheet. Headings are bilingual with line breaks inside the cell
// ("Tema /⏎Theme", "Deadline⏎(dd.mm.åå)") and trailing spaces or no-break spaces ("Start\u00a0");
// values carry trailing spaces and no-break spaces too ("I gang\u00a0"). Dates are typed as text with
// dots, mostly with two-digit years ("01.03.27"). The checklists are the seed's tables answered
// with ballot boxes: ☒ in the chosen column and ☐ in the others (one question all ☐). Made in
// LibreOffice (flat ODS). Written for the second held-out round.

import { PlanBuilder, unsure, type Exp } from '../build/plan';
import { SEED_QUESTIONS } from './checklist-seed';
import { BOLD, HEAD, ITALIC, TITLE, WRAP } from './common';

const NB = '\u00a0';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p35-fredericia-skabelon-linjeskift-afkrydsning',
    'libreoffice-fods',
    'Fredericia: an empty "Skabelon" sheet (with an "fx" example row) before the filled plan; bilingual headings with line breaks, trailing spaces and no-break spaces; values with trailing NBSP; text dates with dots and two-digit years; checklists answered ☒/☐ in Ja, Delvist, Nej.',
    [
      'template-sheet-beside-plan',
      'example-row-in-template',
      'bilingual-headers',
      'header-line-breaks',
      'nbsp-trailing-spaces',
      'text-dates-dots-two-digit-year',
      'checklist-ballot-boxes',
      'checklist-seed-wording',
      'checklist-two-tables',
      'cover-bilingual-labels',
    ],
  );
  const f = p.sheet('Forside');
  f.set('A1', 'Mentorkorps Fredericia / Mentor corps Fredericia', TITLE);
  const cover: [string, string][] = [
    ['Kommune / Municipality', 'Fredericia'],
    ['Periode / Period', 'H1 2027'],
    ['Fase / Phase', 'Klargøring'],
    ['Koordinator / Coordinator', `Jonas Winther${NB}`],
    ['Leder / Manager', 'Line Brix '],
  ];
  cover.forEach(([l, v], i) => f.set(`A${3 + i}`, l, BOLD).set(`B${3 + i}`, v));
  f.width(1, 28).width(2, 28);
  p.fact('municipality', '607', 'Forside', 'B3');
  p.fact('period', '2027-H1', 'Forside', 'B4');
  p.fact('phase', 'readiness', 'Forside', 'B5');
  p.fact('coordinator', 'Jonas Winther', 'Forside', 'B6');
  p.fact('leader', 'Line Brix', 'Forside', 'B7');

  const HEADERS = [
    'Tema /\nTheme',
    'Aktivitet /\nActivity',
    'Milepæl\n(Milestone)',
    'Ansvarlig / Owner ',
    `Start${NB}`,
    'Deadline\n(dd.mm.åå)',
    `Status${NB}/ Status`,
  ];
  const WIDTHS = [22, 44, 30, 20, 12, 14, 14];
  // The template as the national corps sent it, with its example row; left empty.
  const k = p.sheet('Skabelon');
  k.set('A1', 'Skabelon – implementeringsplan (kopiér arket)', TITLE);
  k.row('A3', HEADERS, HEAD);
  WIDTHS.forEach((w, i) => k.width(i + 1, w));
  k.row(
    'A4',
    [
      'fx Ledelse',
      'fx Styregruppemøde om plan',
      'fx Plan godkendt',
      'fx Leder',
      'fx 01.02.27',
      'fx 28.02.27',
      'fx I gang',
    ],
    ITALIC,
  );

  const S = 'Plan 2027';
  const s = p.sheet(S);
  s.set('A1', 'Implementeringsplan / Implementation plan – 1. halvår 2027', TITLE);
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
    Gennemført: 'done',
    'I gang': 'in_progress',
    'Ikke startet': 'not_started',
    Ændret: 'changed',
  };
  // [theme, activity, milestone, responsible, start, deadline, status, start reading, deadline reading]
  type R = [string, string, string, string, string, string, string, Exp, Exp];
  const rows: R[] = [
    [`Ledelse${NB}`, 'Styregruppen godkender planen', 'Plan godkendt', 'Line Brix', '', '29.01.27', 'Gennemført ', null, '2027-01-29'],
    ['Kommunikation ', 'Oplæg om korpset på personalemøder', 'Alle afdelinger orienteret', `Jonas Winther${NB}`, '01.02.27', '26.02.27', 'Gennemført', '2027-02-01', '2027-02-26'],
    ['Inddragelse', 'Workshop med sagsbehandlere om målgruppen', 'Målgruppe beskrevet', 'Jonas Winther', '', '15.3.27', `I gang${NB}`, null, '2027-03-15'],
    ['Arbejdsproces og kultur', 'Faste sparringsmøder for mentorer', 'Mødekalender lagt', 'Jonas Winther', '01.03.27', '30.04.27', 'I gang', '2027-03-01', '2027-04-30'],
    [`Organisering, roller og ansvar${NB}`, 'Aftale om tid til mentoropgaven', 'Aftale underskrevet', 'Line Brix', '', '31.03.27', 'Ændret ', null, '2027-03-31'],
    ['Opkvalificering', 'LAT-kursus for 5 medarbejdere', 'Kursus gennemført', 'Nationalt center', '12.04.27', '23.04.27', 'Ikke startet', '2027-04-12', '2027-04-23'],
    ['Opfølgning på dokumentation', 'Månedligt udtræk af forløbsdata', 'Første udtræk', 'Jonas Winther', '', '31.05.27', 'Ikke startet', null, '2027-05-31'],
    ['Evaluering og tilpasning', 'Midtvejsstatus med konsulent', 'Status afleveret', 'Jonas Winther / consultant', '', 'juni 2027', `Ikke startet${NB}`, null, '2027-06-30'],
    ['Kommunikation', 'Artikel i lokalavisen', 'Artikel bragt', 'Jonas Winther', '', 'efter sommer', 'Ikke startet', null, unsure(null, '"efter sommer" (after summer) names no day: no date, checked')],
    ['Ledelse', 'Ledelsesmøde om budget 2028', 'Budget vedtaget', 'Line Brix', '', '15.06.27', 'Ikke startet', null, '2027-06-15'],
  ]; // prettier-ignore
  p.table({
    sheet: S,
    headerRow: 3,
    headerStyle: HEAD,
    columns: HEADERS.map((h, i) => ({ key: String(i), header: h, width: WIDTHS[i]! })),
    fields: { theme: '0', activity: '1', responsible: '3', start: '4', deadline: '5', status: '6' },
    rows: rows.map(([tema, akt, mil, ans, start, dl, status, xs, xd]) => ({
      cells: { '0': tema, '1': { v: akt, s: WRAP }, '2': mil, '3': ans, '4': start, '5': dl, '6': status },
      x: {
        theme: TH[tema.replace(/[\s\u00a0]+$/, '')]!,
        status: ST[status.replace(/[\s\u00a0]+$/, '')]!,
        start: xs,
        deadline: xd,
      },
    })),
  });

  const t = p.sheet('Huskeliste');
  const answers: Record<string, 'yes' | 'partly' | 'no' | null> = {
    F1: 'yes', F2: 'partly', F3: 'no', F4: 'yes', F5: 'yes', F6: 'partly', F7: 'partly',
    L1: 'yes', L2: 'partly', L3: 'no', L4: 'no', L5: null, L6: 'partly', L7: 'no', L8: 'partly',
  }; // prettier-ignore
  t.set('A1', 'Huskeliste – forberedelse', BOLD);
  t.row('A2', ['Spørgsmål', 'Ja', 'Delvist', 'Nej', 'Kommentar'], HEAD);
  t.set('A11', 'Huskeliste – løbende implementering', BOLD);
  t.row('A12', ['Spørgsmål', 'Ja', 'Delvist', 'Nej', 'Kommentar'], HEAD);
  t.width(1, 70).width(5, 30);
  const comments: Record<string, string> = { F3: 'Plan laves i april', L5: 'Ikke drøftet endnu' };
  SEED_QUESTIONS.forEach(([id, q]) => {
    const n = Number(id.slice(1));
    const r = id.startsWith('F') ? 2 + n : 12 + n;
    const a = answers[id]!;
    const box = (x: boolean): string => (x ? '☒' : '☐');
    t.row(`A${r}`, [{ v: q, s: WRAP }, box(a === 'yes'), box(a === 'partly'), box(a === 'no'), comments[id]]);
    const col = a === 'yes' ? 'B' : a === 'partly' ? 'C' : a === 'no' ? 'D' : 'B';
    const c = comments[id];
    p.answer(id, a, 'Huskeliste', `${col}${r}`, c ? { v: c, cell: `E${r}` } : undefined);
  });
  return p;
}
