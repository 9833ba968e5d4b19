// Frederikshavn (held out, seventh round): the cover facts in one merged banner cell
// ("Frederikshavn Kommune · 1. halvår 2027 · Fase: Klargøring") with the coordinator and leader as
// "Label: value" lines under it; the readiness checklist as a two-level list (section headings
// "Forberedelse" and "Løbende implementering" with the questions under them, numbered 1–7 and 1–8)
// answered "✔ Ja", "Ja (delvist)", "Ikke endnu", "Ja, 12/3"; the corps with hours as "7,5 t/uge",
// "ca. 8", "10 timer", cases as "3 (+1 på venteliste)", initials with dots and a total row;
// indicators with targets and results as "12 af 20" and "60 %" and a "Kilde" column.
// Hand-built package.

import { PlanBuilder, type TableRow } from '../build/plan';
import { SEED_QUESTIONS } from './checklist-seed';
import { BOLD, DMY, HEAD, TITLE, WRAP } from './common';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Opkvalificering: 'upskilling',
  'Evaluering og tilpasning': 'evaluation',
  'Opfølgning på dokumentation': 'documentation',
};
const ST: Record<string, string> = {
  'Ikke startet': 'not_started',
  'I gang': 'in_progress',
  Gennemført: 'done',
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p58-frederikshavn-banner-tjekliste-afsnit-timer-som-tekst',
    'hand-built',
    'Frederikshavn: cover facts in one merged banner cell joined by " · "; the checklist as sections with numbered questions answered "✔ Ja", "Ja (delvist)", "Ikke endnu", "Ja, 12/3"; corps hours as "7,5 t/uge", "ca. 8", cases "3 (+1 på venteliste)", dotted initials, a total row; indicators "12 af 20", "60 %".',
    [
      'cover-merged-banner',
      'cover-label-value-in-cell',
      'checklist-sections-numbered',
      'checklist-answer-words-with-marks',
      'checklist-answer-with-date',
      'corps',
      'corps-hours-as-text',
      'corps-cases-with-waiting-list',
      'initials-with-dots',
      'totals-row-corps',
      'indicators',
      'indicator-x-of-y',
    ],
  );
  const F = 'Forside';
  const f = p.sheet(F);
  f.set('A1', 'Frederikshavn Kommune · 1. halvår 2027 · Fase: Klargøring', TITLE).merge('A1:F1');
  f.set('A3', 'Koordinator: Louise Brandt', BOLD);
  f.set('A4', 'Leder: Henrik Vestergaard (afdelingsleder, Familie og Unge)');
  f.width(1, 60);
  p.fact('municipality', '813', F, 'A1');
  p.fact('period', '2027-H1', F, 'A1');
  p.fact('phase', 'readiness', F, 'A1');
  p.fact('coordinator', 'Louise Brandt', F, 'A3');
  p.fact(
    'leader',
    { v: 'Henrik Vestergaard', alt: ['Henrik Vestergaard (afdelingsleder, Familie og Unge)'] },
    F,
    'A4',
  );

  const S = 'Plan';
  const s = p.sheet(S);
  s.set('A1', 'Aktiviteter forår 2027', TITLE);
  type R = [string, string, string, string, string];
  const rows: R[] = [
    ['Ledelse', 'Kick-off med ledergruppen', 'Henrik Vestergaard', '2027-01-28', 'Gennemført'],
    ['Kommunikation', 'Nyhedsbrev til skolerne om korpset', 'Louise Brandt', '2027-02-26', 'Gennemført'],
    ['Opkvalificering', 'Grundkursus i LAT for fire mentorer', 'Nationalt center', '2027-03-19', 'I gang'],
    ['Opkvalificering', 'Forældrecoach-træning', 'Nationalt center', '2027-04-30', 'Ikke startet'],
    ['Opfølgning på dokumentation', 'Skabelon til forløbsregistrering', 'Louise Brandt', '2027-03-31', 'I gang'],
    ['Evaluering og tilpasning', 'Halvårsstatus til styregruppen', 'Louise Brandt', '2027-06-17', 'Ikke startet'],
    ['Ledelse', 'Beslutning om budget for 2028', 'Henrik Vestergaard', '2027-06-30', 'Ikke startet'],
  ]; // prettier-ignore
  const body: TableRow[] = rows.map(([tema, akt, ans, slut, st]) => ({
    cells: { tema, akt: { v: akt, s: WRAP }, ans, slut: { v: { date: slut }, s: DMY }, st },
    x: { theme: TH[tema]!, status: ST[st]!, start: null, deadline: slut },
  }));
  p.table({
    sheet: S,
    headerRow: 3,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema', width: 26 },
      { key: 'akt', header: 'Aktivitet', width: 44 },
      { key: 'ans', header: 'Ansvarlig', width: 20 },
      { key: 'slut', header: 'Deadline', width: 12 },
      { key: 'st', header: 'Status', width: 12 },
    ],
    fields: { theme: 'tema', activity: 'akt', responsible: 'ans', deadline: 'slut', status: 'st' },
    rows: body,
  });

  // The checklist: two sections, questions numbered within each, answer and comment beside.
  const T = 'Tjekliste';
  const t = p.sheet(T);
  t.width(1, 6).width(2, 80).width(3, 16).width(4, 36);
  t.set('A1', 'Huskeliste', TITLE);
  t.row('A2', ['Nr.', 'Spørgsmål', 'Svar', 'Note'], HEAD);
  // [answer as typed, reading, comment]
  const ans: Record<string, [string | null, string | null, string | null]> = {
    F1: ['✔ Ja', 'yes', null],
    F2: ['Ja (delvist)', 'partly', 'Skolerne er ikke hørt endnu'],
    F3: ['Ikke endnu', 'no', null],
    F4: ['✔ Ja', 'yes', null],
    F5: ['Ja, 12/3', 'yes', null], // the date after the answer is kept as its comment
    F6: ['Ja (delvist)', 'partly', null],
    F7: [null, null, null],
    L1: ['✔ Ja', 'yes', 'Denne fil'],
    L2: ['Ikke endnu', 'no', 'Aftales på styregruppemøde i juni'],
    L3: ['Ja (delvist)', 'partly', null],
    L4: ['Ikke endnu', 'no', null],
    L5: ['✔ Ja', 'yes', null],
    L6: ['Ja (delvist)', 'partly', null],
    L7: ['Ikke endnu', 'no', null],
    L8: ['Ikke endnu', 'no', null],
  };
  let r = 3;
  for (const [section, prefix] of [
    ['Forberedelse', 'F'],
    ['Løbende implementering', 'L'],
  ] as const) {
    t.set(`A${r}`, section, BOLD).merge(`A${r}:D${r}`);
    r++;
    let n = 1;
    for (const [id, q] of SEED_QUESTIONS) {
      if (!id.startsWith(prefix)) continue;
      const [typed, reading, comment] = ans[id]!;
      t.set(`A${r}`, n).set(`B${r}`, q, WRAP);
      if (typed !== null) t.set(`C${r}`, typed);
      if (comment) t.set(`D${r}`, comment, WRAP);
      p.answer(
        id,
        reading,
        T,
        `C${r}`,
        comment ? { v: comment, cell: `D${r}` } : id === 'F5' ? '12/3' : undefined,
      );
      r++;
      n++;
    }
    r++;
  }

  const K = 'Korps';
  const k = p.sheet(K);
  k.width(1, 10).width(2, 22).width(3, 22).width(4, 14).width(5, 22);
  k.row('A1', ['Initialer', 'Rolle', 'Afdeling', 'Timer', 'Forløb'], HEAD);
  type KR = [string, string, string, string, string | number, number, string | number, number];
  const corps: KR[] = [
    ['L.B.', 'LB', 'Mentor', 'mentor', '7,5 t/uge', 7.5, '3 (+1 på venteliste)', 3],
    ['S.Aa.', 'SAA', 'Forældrecoach', 'parent_coach', 'ca. 8', 8, 2, 2],
    ['M.K.', 'MK', 'Mentor', 'mentor', '10 timer', 10, '4', 4],
    ['J.P.', 'JP', 'Mentor', 'mentor', 5, 5, '1 (+2 på venteliste)', 1],
  ];
  corps.forEach(([ini, iniAlt, role, id, h, hv, c, cv], i) => {
    const row = 2 + i;
    k.row(`A${row}`, [ini, role, 'Familie og Unge', h, c]);
    p.corpsRow(K, row, {
      initials: [{ v: ini, alt: [iniAlt] }, `A${row}`],
      role: [id, `B${row}`],
      hoursPerWeek: [hv, `D${row}`],
      activeCases: [cv, `E${row}`],
    });
  });
  k.row('A6', ['I alt', undefined, undefined, '30,5 t', 10], BOLD);

  const I = 'Indikatorer';
  const ind = p.sheet(I);
  ind.width(1, 40).width(2, 14).width(3, 14).width(4, 30);
  ind.row('A1', ['Indikator', 'Mål', 'Resultat', 'Kilde'], HEAD);
  ind.row('A2', ['Unge i mentorforløb', '20', '12 af 20', 'Fagsystem']);
  ind.row('A3', ['Andel forløb med positiv progression', '75 %', '60 %', 'Progressionsmåling']);
  ind.row('A4', ['Opkvalificerede medarbejdere', 6, '4 af 6', 'Kursusliste']);
  p.indicatorRow(I, 2, {
    name: ['Unge i mentorforløb', 'A2'],
    unit: ['count', 'B2'],
    target: [20, 'B2'],
    result: [12, 'C2'],
  });
  p.indicatorRow(I, 3, {
    name: ['Andel forløb med positiv progression', 'A3'],
    unit: ['percent', 'B3'],
    target: [75, 'B3'],
    result: [60, 'C3'],
  });
  p.indicatorRow(I, 4, {
    name: ['Opkvalificerede medarbejdere', 'A4'],
    unit: ['count', 'B4'],
    target: [6, 'B4'],
    result: [4, 'C4'],
  });
  return p;
}
