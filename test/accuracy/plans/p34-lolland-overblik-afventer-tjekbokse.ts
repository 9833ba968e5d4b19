// Lolland: the plan exported by the municipality's project tool through SheetJS (date cells as
// t="d", no styles). The first sheet is an "Overblik" the tool adds: the cover facts as
// "Label: value" lines, then pivot-like counts by status and by theme, which are not the plan. The
// plan itself is on "Aktiviteter", with statuses "Færdig", "I gang", "Afventer" (waiting: not on
// the list), "Udskudt" and "Aflyst"; responsible written "MK/LH", "Maja + Lars", or a team. The
// checklists are the seed's two tables whose answers are checkboxes: TRUE/FALSE under Ja, Delvist
// and Nej (one question has no box ticked). Written by the SheetJS `xlsx` package. Written for the
// second held-out round.

import { PlanBuilder, type Exp } from '../build/plan';
import { SEED_QUESTIONS } from './checklist-seed';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p34-lolland-overblik-afventer-tjekbokse',
    'sheetjs',
    'Lolland: a SheetJS export whose first sheet is a pivot-like "Overblik" (cover lines, counts by status and theme) beside the real plan; statuses Færdig/I gang/Afventer/Udskudt/Aflyst; responsible "MK/LH", "Maja + Lars", a team; the seed checklists answered with TRUE/FALSE checkbox cells under Ja, Delvist, Nej.',
    [
      'sheetjs-export',
      'summary-sheet-beside-plan',
      'cover-on-summary-sheet',
      'status-afventer',
      'status-cancelled',
      'responsible-several-people',
      'responsible-team',
      'checklist-true-false-checkboxes',
      'checklist-seed-wording',
      'checklist-two-tables',
      'date-cells-t-d',
    ],
  );
  const o = p.sheet('Overblik');
  o.set('A1', 'Overblik – Mentorkorps Lolland');
  o.set('A2', 'Kommune: Lolland Kommune');
  o.set('A3', 'Periode: 1. halvår 2027');
  o.set('A4', 'Fase: Klargøring');
  o.set('A5', 'Koordinator: Maja Kjær');
  p.fact('municipality', '360', 'Overblik', 'A2');
  p.fact('period', '2027-H1', 'Overblik', 'A3');
  p.fact('phase', 'readiness', 'Overblik', 'A4');
  p.fact('coordinator', 'Maja Kjær', 'Overblik', 'A5');
  o.row('A7', ['Status', 'Antal']);
  const counts: [string, number][] = [
    ['Færdig', 3],
    ['I gang', 4],
    ['Afventer', 1],
    ['Udskudt', 1],
    ['Aflyst', 1],
    ['I alt', 10],
  ];
  counts.forEach(([s, n], i) => o.row(`A${8 + i}`, [s, n]));
  o.row('A15', ['Tema', 'Antal aktiviteter', 'Heraf færdige', 'Ansvarlig']);
  const themes: [string, number, number, string][] = [
    ['Ledelse', 2, 1, 'Søren Boll'],
    ['Kommunikation', 2, 1, 'Maja Kjær'],
    ['Inddragelse', 1, 0, 'Maja Kjær'],
    ['Arbejdsproces og kultur', 1, 0, 'Familieteamet'],
    ['Organisering, roller og ansvar', 1, 1, 'Søren Boll'],
    ['Opkvalificering', 1, 0, 'Maja Kjær'],
    ['Opfølgning på dokumentation', 1, 0, 'MK/LH'],
    ['Evaluering og tilpasning', 1, 0, 'Maja Kjær'],
  ];
  themes.forEach((t, i) => o.row(`A${16 + i}`, t));

  const S = 'Aktiviteter';
  const ST: Record<string, Exp> = {
    Færdig: 'done',
    'I gang': 'in_progress',
    Afventer: {
      v: 'not_started',
      flag: true,
      alt: ['in_progress'],
      note: '"Afventer" (waiting) is not on the list: not started while it waits, checked',
    },
    Udskudt: 'changed',
    Aflyst: 'closed',
  };
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
  type D = string | { date: string } | undefined;
  // [theme, activity, responsible, start, end, status, comment, start reading, deadline reading]
  type R = [string, string, string, D, D, string, string, Exp, Exp];
  const rows: R[] = [
    ['Ledelse', 'Direktionen godkender deltagelse i korpset', 'Søren Boll', undefined, { date: '2027-01-20' }, 'Færdig', '', null, '2027-01-20'],
    ['Kommunikation', 'Præsentation af korpset på intranettet', 'Maja Kjær', { date: '2027-02-01' }, { date: '2027-02-12' }, 'Færdig', '', '2027-02-01', '2027-02-12'],
    ['Kommunikation', 'Informationsmøde for skoleledere', 'Maja + Lars', undefined, 'inden 1. april', 'Afventer', 'Venter på dato fra skolechefen', null, { v: '2027-04-01', alt: ['2027-03-31'], note: '"inden 1. april": by 1 April, the period\'s year' }],
    ['Inddragelse', 'Interview med unge om ønsker til en mentor', 'Maja Kjær', { date: '2027-03-01' }, { date: '2027-04-30' }, 'I gang', '', '2027-03-01', '2027-04-30'],
    ['Arbejdsproces og kultur', 'Fælles procedure for henvisning til mentor', 'Familieteamet', undefined, 'March 2027', 'I gang', '', null, '2027-03-31'],
    ['Organisering, roller og ansvar', 'Koordinatorfunktion beskrevet og godkendt', 'Søren Boll', undefined, { date: '2027-01-29' }, 'Færdig', '', null, '2027-01-29'],
    ['Opkvalificering', 'Uddannelse af fire forældrecoaches', 'Maja Kjær', { date: '2027-05-03' }, { date: '2027-05-21' }, 'Udskudt', 'Flyttet fra marts', '2027-05-03', '2027-05-21'],
    ['Opfølgning på dokumentation', 'Skabelon til registrering af forløb', 'MK/LH', undefined, { date: '2027-03-15' }, 'I gang', '', null, '2027-03-15'],
    ['Evaluering og tilpasning', 'Ekstern evaluering af første år', 'Maja Kjær', undefined, { date: '2027-06-30' }, 'Aflyst', 'Ingen midler', null, '2027-06-30'],
    ['Ledelse', 'Ledelsen følger op på korpsets økonomi', 'Søren Boll', undefined, { date: '2027-06-15' }, 'I gang', '', null, '2027-06-15'],
  ]; // prettier-ignore
  const s = p.sheet(S);
  s.row('A1', ['Nr', 'Tema', 'Aktivitet', 'Ansvarlig', 'Start', 'Slut', 'Status', 'Kommentar']);
  rows.forEach(([tema, akt, ans, start, end, status, comment, xs, xd], i) => {
    const r = 2 + i;
    s.row(`A${r}`, [i + 1, tema, akt, ans, start, end, status, comment]);
    const ev = (e: Exp, cell: string) =>
      e === null || typeof e !== 'object'
        ? { value: e, cell }
        : {
            value: e.v,
            cell,
            ...(e.flag ? { flag: true as const } : {}),
            ...(e.alt ? { alt: [...e.alt] } : {}),
            ...(e.note ? { note: e.note } : {}),
          };
    p.activity(S, r, {
      theme: ev(TH[tema]!, `B${r}`),
      activity: ev(akt, `C${r}`),
      responsible: ev(ans, `D${r}`),
      start: ev(xs, `E${r}`),
      deadline: ev(xd, `F${r}`),
      status: ev(ST[status]!, `G${r}`),
    });
  });

  const t = p.sheet('Tjekliste');
  const answers: Record<string, 'yes' | 'partly' | 'no' | null> = {
    F1: 'yes', F2: 'yes', F3: 'partly', F4: 'yes', F5: 'partly', F6: 'no', F7: 'yes',
    L1: 'yes', L2: 'no', L3: 'partly', L4: null, L5: 'partly', L6: 'no', L7: 'yes', L8: 'partly',
  }; // prettier-ignore
  const comments: Record<string, string> = {
    F6: 'Mangler aftale med skoleområdet',
    L4: 'Drøftes på næste møde',
  };
  t.set('A1', 'Forberedelse');
  t.row('A2', ['Spørgsmål', 'Ja', 'Delvist', 'Nej', 'Bemærkning']);
  t.set('A11', 'Løbende implementering');
  t.row('A12', ['Spørgsmål', 'Ja', 'Delvist', 'Nej', 'Bemærkning']);
  SEED_QUESTIONS.forEach(([id, q]) => {
    const n = Number(id.slice(1));
    const r = id.startsWith('F') ? 2 + n : 12 + n;
    const a = answers[id]!;
    t.row(`A${r}`, [q, a === 'yes', a === 'partly', a === 'no', comments[id]]);
    const col = a === 'yes' ? 'B' : a === 'partly' ? 'C' : a === 'no' ? 'D' : 'B';
    const c = comments[id];
    p.answer(id, a, 'Tjekliste', `${col}${r}`, c ? { v: c, cell: `E${r}` } : undefined);
  });
  return p;
}
