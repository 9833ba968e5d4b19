// Køge (held out, eighth round): the whole workbook written in Danish without æ, ø and å, as a
// coordinator does who types on a keyboard or in a system without them (an old case system, a
// foreign laptop): "Koege Kommune", "1. halvaar 2027", "Klargoering", "Faerdig", "Ikke
// paabegyndt", "Gennemfoert", "Aendret", "Opfoelgning paa dokumentation", "Foraeldrecoach",
// headers "Milepael", "Spoergsmaal", "Bemaerkning", "Maal", "Aktive forloeb", and the checklist
// questions transliterated the same way. A careful Danish reader reads every one of them as the
// word it stands for. Hand-built package.

import { PlanBuilder, type TableRow } from '../build/plan';
import { SEED_QUESTIONS } from './checklist-seed';
import { BOLD, DMY, HEAD, TITLE, WRAP } from './common';

/** How the coordinator writes Danish without æøå. */
function ascii(s: string): string {
  return s
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/Æ/g, 'Ae')
    .replace(/Ø/g, 'Oe')
    .replace(/Å/g, 'Aa');
}

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  'Arbejdsproces og kultur': 'process_culture',
  'Organisering, roller og ansvar': 'organisation_roles',
  Opkvalificering: 'upskilling',
  'Opfoelgning paa dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};
const ST: Record<string, string> = {
  'Ikke paabegyndt': 'not_started',
  'I gang': 'in_progress',
  Paabegyndt: 'in_progress',
  Faerdig: 'done',
  Gennemfoert: 'done',
  Aendret: 'changed',
  Lukket: 'closed',
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p61-koege-dansk-uden-aeoeaa',
    'hand-built',
    'Koege: the whole workbook in Danish without æøå (Koege, halvaar, Klargoering, Faerdig, Ikke paabegyndt, Gennemfoert, Aendret, Opfoelgning paa dokumentation, Foraeldrecoach, Spoergsmaal, Maal), checklist questions transliterated, x-columns, a milestone column.',
    [
      'danish-without-aeoeaa',
      'cover-label-value',
      'theme-ascii',
      'status-ascii',
      'milestone-column',
      'checklist-seed-wording-ascii',
      'checklist-x-columns-ja-delvist-nej',
      'checklist-comment-column',
      'corps',
      'corps-role-ascii',
      'indicators',
      'indicator-unit-words-ascii',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 22).width(2, 40);
  f.set('A1', 'Implementeringsplan - det landsdaekkende mentorkorps', TITLE);
  f.row('A3', ['Kommune:', 'Koege Kommune']);
  f.row('A4', ['Periode:', '1. halvaar 2027']);
  f.row('A5', ['Fase:', 'Klargoering']);
  f.row('A6', ['Koordinator:', 'Soeren Hoejgaard']);
  f.row('A7', ['Leder:', 'Birthe Aagaard']);
  f.row('A8', ['Organisatorisk forankring:', 'Paa tvaers af forvaltninger']);
  f.row('A9', ['Supervisionsmodel:', 'Ekstern supervision']);
  p.fact('municipality', '259', F, 'B3');
  p.fact('period', '2027-H1', F, 'B4');
  p.fact('phase', 'readiness', F, 'B5');
  p.fact('coordinator', 'Soeren Hoejgaard', F, 'B6');
  p.fact('leader', 'Birthe Aagaard', F, 'B7');
  p.fact('organisation', 'cross', F, 'B8');
  p.fact('supervisionModel', 'external', F, 'B9');

  const S = 'Handleplan';
  const s = p.sheet(S);
  s.set('A1', 'Handleplan 1. halvaar 2027', TITLE);
  // [theme, activity, milestone, responsible, start (ISO or null), deadline (typed), deadline reading, status]
  type R = [string, string, string, string, string | null, string, string, string];
  const rows: R[] = [
    ['Ledelse', 'Styregruppemoede om korpsets maal og budget', 'Referat godkendt', 'Birthe Aagaard', null, '2027-01-29', '2027-01-29', 'Gennemfoert'],
    ['Kommunikation', 'Informationsmoede for skoler og sagsbehandlere', 'Moedet er holdt', 'Soeren Hoejgaard', '2027-02-01', '2027-02-26', '2027-02-26', 'Faerdig'],
    ['Inddragelse', 'Interview med unge og foraeldre om deres behov', 'Ti interview gennemfoert', 'Lise Moeller', '2027-02-15', '2027-04-30', '2027-04-30', 'I gang'],
    ['Arbejdsproces og kultur', 'Faelles visitationsmoede hver 14. dag', 'Fast moedeplan', 'Jens Broend', '2027-03-01', '2027-03-31', '2027-03-31', 'Paabegyndt'],
    ['Organisering, roller og ansvar', 'Rollebeskrivelse for koordinator og mentorer', 'Beskrivelse vedtaget', 'Soeren Hoejgaard', null, '2027-03-19', '2027-03-19', 'Aendret'],
    ['Opkvalificering', 'Grundkursus i LAT-metoden for seks mentorer', 'Kursusbevis', 'Nationalt center', '2027-04-05', '2027-05-28', '2027-05-28', 'Ikke paabegyndt'],
    ['Opkvalificering', 'Kursus for foraeldrecoaches', 'Kursusbevis', 'Nationalt center', null, '2027-06-18', '2027-06-18', 'Ikke paabegyndt'],
    ['Opfoelgning paa dokumentation', 'Skabelon til registrering af forloeb i fagsystemet', 'Skabelon i brug', 'Jens Broend', '2027-02-01', '2027-03-31', '2027-03-31', 'I gang'],
    ['Evaluering og tilpasning', 'Halvaarsstatus til styregruppen', 'Status fremlagt', 'Soeren Hoejgaard', null, '2027-06-24', '2027-06-24', 'Ikke paabegyndt'],
    ['Kommunikation', 'Nyhedsbrev til foraeldre (droppet: erstattet af moede)', 'Udsendt', 'Lise Moeller', null, '2027-02-12', '2027-02-12', 'Lukket'],
  ]; // prettier-ignore
  const body: TableRow[] = rows.map(([tema, akt, mil, ans, start, slut, dl, st]) => ({
    cells: {
      tema,
      akt: { v: akt, s: WRAP },
      mil: { v: mil, s: WRAP },
      ans,
      start: start ? { v: { date: start }, s: DMY } : undefined,
      slut: { v: { date: slut }, s: DMY },
      st,
    },
    x: { theme: TH[tema]!, status: ST[st]!, start, deadline: dl },
  }));
  p.table({
    sheet: S,
    headerRow: 3,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema', width: 30 },
      { key: 'akt', header: 'Aktivitet', width: 46 },
      { key: 'mil', header: 'Milepael', width: 24 },
      { key: 'ans', header: 'Ansvarlig', width: 20 },
      { key: 'start', header: 'Start', width: 12 },
      { key: 'slut', header: 'Frist', width: 12 },
      { key: 'st', header: 'Status', width: 16 },
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

  // The checklist: the seed's questions, transliterated, answered with an x in Ja / Delvist / Nej.
  const T = 'Tjekliste';
  const t = p.sheet(T);
  t.width(1, 6).width(2, 80).width(3, 8).width(4, 8).width(5, 8).width(6, 36);
  t.set('A1', 'Tjekliste for parathed', TITLE);
  t.row('A3', ['Nr.', 'Spoergsmaal', 'Ja', 'Delvist', 'Nej', 'Bemaerkning'], HEAD);
  const ans: Record<string, ['yes' | 'partly' | 'no' | null, string | null]> = {
    F1: ['yes', null],
    F2: ['partly', 'Skolerne er ikke hoert endnu'],
    F3: ['no', null],
    F4: ['yes', null],
    F5: ['yes', null],
    F6: ['partly', 'Mangler lokaler til moeder med foraeldre'],
    F7: ['yes', null],
    L1: ['yes', 'Denne fil'],
    L2: ['no', 'Aftales i styregruppen i juni'],
    L3: ['partly', null],
    L4: ['no', null],
    L5: ['partly', null],
    L6: ['partly', null],
    L7: [null, null],
    L8: ['no', null],
  };
  const colOf = { yes: 'C', partly: 'D', no: 'E' } as const;
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const r = 4 + i;
    const [a, comment] = ans[id]!;
    t.set(`A${r}`, id).set(`B${r}`, ascii(q), WRAP);
    if (a) t.set(`${colOf[a]}${r}`, 'x');
    if (comment) t.set(`F${r}`, comment, WRAP);
    p.answer(id, a, T, a ? `${colOf[a]}${r}` : `C${r}`, comment ? { v: comment, cell: `F${r}` } : undefined);
  });

  const K = 'Korps';
  const k = p.sheet(K);
  k.width(1, 10).width(2, 28).width(3, 22).width(4, 14).width(5, 14);
  k.set('A1', 'Uddannede mentorer og foraeldrecoaches', BOLD);
  k.row('A2', ['Initialer', 'Rolle', 'Afdeling', 'Timer pr. uge', 'Aktive forloeb'], HEAD);
  type KR = [string, string, string, string, number, number];
  const corps: KR[] = [
    ['LM', 'Mentor', 'mentor', 'Skole og Boern', 8, 3],
    ['KH', 'Foraeldrecoach', 'parent_coach', 'Familieraadgivningen', 6, 2],
    ['PO', 'Mentor og foraeldrecoach', 'both', 'Familieraadgivningen', 12, 4],
    ['AS', 'Mentor', 'mentor', 'Ungeenheden', 7.5, 3],
  ];
  corps.forEach(([ini, role, id, dept, h, c], i) => {
    const row = 3 + i;
    k.row(`A${row}`, [ini, role, dept, h, c]);
    p.corpsRow(K, row, {
      initials: [ini, `A${row}`],
      role: [id, `B${row}`],
      hoursPerWeek: [h, `D${row}`],
      activeCases: [c, `E${row}`],
    });
  });

  const I = 'Indikatorer';
  const ind = p.sheet(I);
  ind.width(1, 44).width(2, 12).width(3, 14).width(4, 10).width(5, 10).width(6, 12);
  ind.row('A1', ['Indikator', 'Enhed', 'Udgangspunkt', 'Maal', 'Resultat', 'Antal forloeb'], HEAD);
  type IR = [string, string, 'count' | 'percent', number, number, number, number | null];
  const inds: IR[] = [
    ['Aktive mentorforloeb', 'Antal', 'count', 0, 15, 10, null],
    ['Forloeb med positiv progression', 'Procent', 'percent', 40, 60, 55, 11],
    ['Medarbejdere opkvalificeret', 'Antal', 'count', 0, 8, 4, null],
    ['Unge fastholdt i uddannelse over 6 maaneder', 'Procent', 'percent', 50, 70, 64, 14],
  ];
  inds.forEach(([name, unitText, unit, base, target, result, n], i) => {
    const row = 2 + i;
    ind.row(`A${row}`, [name, unitText, base, target, result, n ?? undefined]);
    p.indicatorRow(I, row, {
      name: [name, `A${row}`],
      unit: [unit, `B${row}`],
      baseline: [base, `C${row}`],
      target: [target, `D${row}`],
      result: [result, `E${row}`],
      ...(n !== null ? { cases: [n, `F${row}`] as [number, string] } : {}),
    });
  });
  return p;
}
