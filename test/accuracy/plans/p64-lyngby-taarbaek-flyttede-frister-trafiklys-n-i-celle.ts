// Lyngby-Taarbæk (held out, eighth round): a plan kept through the half-year, with the deadlines
// that moved written in the deadline cell beside the old ones ("30.04.2027 → 15.06.2027",
// "15.06.2027 (før 30.04.2027)", "ny frist 1/9-2027 (var 1/6)": the deadline now is the new one),
// dates as "7/5-2027", statuses "OK", "✓", "I gang", "Udsat" (postponed: the plan changed, or not
// started yet: checked) and one left empty; the cover's period as a date range
// ("01.01.2027–30.06.2027") and the municipality's number beside its name; the checklist answered
// in traffic-light words ("Grøn", "Gul", "Rød", one "Gul/grøn") by a legend above it; the corps'
// hours as clock times ("7:30") and cases as "2 aktive, 1 afsluttet"; indicators with the number
// of cases in the result's cell ("62 % (n=21)"). LibreOffice (flat ODS saved as .xlsx).

import { PlanBuilder, type Exp, type TableRow } from '../build/plan';
import { SEED_QUESTIONS } from './checklist-seed';
import { DMY_DOT, HEAD, ITALIC, TITLE, WRAP } from './common';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p64-lyngby-taarbaek-flyttede-frister-trafiklys-n-i-celle',
    'libreoffice-fods',
    'Lyngby-Taarbæk: moved deadlines written beside the old ones ("30.04.2027 → 15.06.2027", "15.06.2027 (før 30.04.2027)", "ny frist 1/9-2027 (var 1/6)"), "7/5-2027", statuses OK / ✓ / Udsat / empty; the period as a date range; a checklist in traffic-light words with a legend; corps hours "7:30", cases "2 aktive, 1 afsluttet"; indicators "62 % (n=21)".',
    [
      'deadline-moved-arrow',
      'deadline-moved-with-old-in-brackets',
      'deadline-new-and-old-words',
      'dates-d-slash-m-dash-yyyy',
      'status-ok-tick',
      'status-postponed',
      'status-empty',
      'cover-period-as-date-range',
      'cover-municipality-number',
      'checklist-traffic-light-words-with-legend',
      'corps',
      'corps-hours-clock-time',
      'corps-cases-with-words',
      'indicators',
      'indicator-n-in-result-cell',
      'indicator-baseline-year-in-header',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 18).width(2, 30).width(3, 14).width(4, 8);
  f.set('A1', 'Mentorkorpset – implementeringsplan', TITLE);
  f.row('A3', ['Kommune', 'Lyngby-Taarbæk', 'Kommunenr.', 173]);
  f.row('A4', ['Periode', '01.01.2027–30.06.2027']);
  f.row('A5', ['Fase', 'Fuld implementering']);
  f.row('A6', ['Koordinator', 'Maria Kragh']);
  f.row('A7', ['Leder', 'Jesper Lind']);
  f.row('A8', ['Supervision', 'Intern (ved psykolog)']);
  p.fact('municipality', '173', F, 'B3');
  p.fact('period', '2027-H1', F, 'B4');
  p.fact('phase', 'full', F, 'B5');
  p.fact('coordinator', 'Maria Kragh', F, 'B6');
  p.fact('leader', 'Jesper Lind', F, 'B7');
  p.fact('supervisionModel', 'internal', F, 'B8');

  const S = 'Plan';
  const s = p.sheet(S);
  s.set('A1', 'Plan for mentorkorpset 2027', TITLE);
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
  const postponed = (): Exp =>
    ({
      v: 'changed',
      flag: true,
      alt: ['not_started'],
      note: '"Udsat" (postponed): the plan changed, or not started yet; checked',
    }) as const;
  const ST: Record<string, () => Exp> = {
    OK: () => 'done',
    '✓': () => 'done',
    'I gang': () => 'in_progress',
    'Ikke startet': () => 'not_started',
    Udsat: postponed,
    '': () => null,
  };
  const moved = 'a moved deadline: the new one counts';
  // [theme, activity, responsible, start (ISO or null), deadline as typed, deadline reading, status, note]
  type R = [string, string, string, string | null, string, Exp, string, string | null];
  const rows: R[] = [
    ['Ledelse', 'Ledelsesbeslutning om korpsets organisering', 'Jesper Lind', null, '31.01.2027', '2027-01-31', 'OK', null],
    ['Kommunikation', 'Præsentation på skoleledermøde', 'Maria Kragh', null, '28.02.2027 → 14.03.2027', { v: '2027-03-14', note: moved }, '✓', 'Mødet blev flyttet'],
    ['Inddragelse', 'Workshop med forældre', 'Maria Kragh', '2027-03-01', '30.04.2027 → 15.06.2027', { v: '2027-06-15', note: moved }, 'Udsat', 'Lokale ikke ledigt i april'],
    ['Arbejdsproces og kultur', 'Ugentlig sparring i mentorgruppen', 'Ole Winther', '2027-02-01', '30.06.2027', '2027-06-30', 'I gang', null],
    ['Organisering, roller og ansvar', 'Kommissorium for styregruppen', 'Jesper Lind', null, '15.06.2027 (før 30.04.2027)', { v: '2027-06-15', note: moved }, 'I gang', null],
    ['Opkvalificering', 'LAT-kursus for mentorer', 'Nationalt center', '2027-03-08', '7/5-2027', '2027-05-07', 'I gang', null],
    ['Opkvalificering', 'Forældrecoachkursus', 'Nationalt center', null, 'ny frist 1/9-2027 (var 1/6)', { v: '2027-09-01', note: moved }, 'Udsat', 'Kurset er flyttet af centret'],
    ['Opfølgning på dokumentation', 'Fælles skabelon til forløbsnotater', 'Ole Winther', null, '31.03.2027', '2027-03-31', '✓', null],
    ['Evaluering og tilpasning', 'Halvårsevaluering med mentorerne', 'Maria Kragh', null, '24/6-2027', '2027-06-24', '', null],
    ['Ledelse', 'Budgetopfølgning for 2028', 'Jesper Lind', null, '30.06.2027', '2027-06-30', 'Ikke startet', null],
  ]; // prettier-ignore
  const body: TableRow[] = rows.map(([tema, akt, ans, start, frist, dl, st, note]) => ({
    cells: {
      tema,
      akt: { v: akt, s: WRAP },
      ans,
      start: start ? { v: { date: start }, s: DMY_DOT } : undefined,
      frist,
      st: st || undefined,
      note: note ?? undefined,
    },
    x: { theme: TH[tema]!, status: ST[st]!(), start, deadline: dl },
  }));
  p.table({
    sheet: S,
    headerRow: 3,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema', width: 28 },
      { key: 'akt', header: 'Aktivitet', width: 44 },
      { key: 'ans', header: 'Ansvarlig', width: 18 },
      { key: 'start', header: 'Start', width: 12 },
      { key: 'frist', header: 'Frist', width: 26 },
      { key: 'st', header: 'Status', width: 10 },
      { key: 'note', header: 'Noter', width: 30 },
    ],
    fields: {
      theme: 'tema',
      activity: 'akt',
      responsible: 'ans',
      start: 'start',
      deadline: 'frist',
      status: 'st',
    },
    rows: body,
  });

  const T = 'Tjekliste';
  const t = p.sheet(T);
  t.width(1, 6).width(2, 80).width(3, 12).width(4, 36);
  t.set('A1', 'Tjekliste', TITLE);
  t.set('A2', 'Grøn = ja · Gul = delvist · Rød = nej', ITALIC);
  t.row('A4', ['Nr.', 'Spørgsmål', 'Status', 'Kommentar'], HEAD);
  const light: Record<string, Exp> = {
    Grøn: 'yes',
    grøn: 'yes',
    Gul: 'partly',
    Rød: 'no',
    'Gul/grøn': {
      v: 'partly',
      flag: true,
      alt: ['yes'],
      note: 'between yellow and green: checked',
    },
  };
  const ans: Record<string, [string | null, string | null]> = {
    F1: ['Grøn', null],
    F2: ['Grøn', null],
    F3: ['Gul', 'Mangler plan for ungdomsuddannelserne'],
    F4: ['Grøn', null],
    F5: ['grøn', null],
    F6: ['Gul/grøn', 'Lokaler på plads, mangler tid i kalenderen'],
    F7: ['Grøn', null],
    L1: ['Grøn', null],
    L2: ['Gul', null],
    L3: ['Gul', 'Forældrecoaches mangler kursus'],
    L4: ['Rød', null],
    L5: ['Gul', null],
    L6: ['Grøn', null],
    L7: ['Rød', null],
    L8: [null, null],
  };
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const row = 5 + i;
    const [a, comment] = ans[id]!;
    t.set(`A${row}`, id).set(`B${row}`, q, WRAP);
    if (a) t.set(`C${row}`, a);
    if (comment) t.set(`D${row}`, comment, WRAP);
    p.answer(id, a ? light[a]! : null, T, `C${row}`, comment ? { v: comment, cell: `D${row}` } : undefined);
  });

  const K = 'Korps';
  const k = p.sheet(K);
  k.width(1, 10).width(2, 26).width(3, 14).width(4, 22);
  k.row('A1', ['Initialer', 'Funktion', 'Timer pr. uge', 'Forløb'], HEAD);
  type KR = [
    string,
    string,
    'mentor' | 'parent_coach' | 'both',
    string | number,
    number,
    string | number,
    number,
  ];
  const corps: KR[] = [
    ['MK', 'Mentor', 'mentor', '7:30', 7.5, '2 aktive, 1 afsluttet', 2],
    ['OW', 'Forældrecoach', 'parent_coach', '10:00', 10, 3, 3],
    ['HB', 'Mentor & forældrecoach', 'both', '4:45', 4.75, '4 aktive', 4],
    ['RS', 'Mentor', 'mentor', 12, 12, '1 aktiv, 2 på vej', 1],
  ];
  corps.forEach(([ini, role, id, h, hv, c, cv], i) => {
    const row = 2 + i;
    k.row(`A${row}`, [ini, role, h, c]);
    p.corpsRow(K, row, {
      initials: [ini, `A${row}`],
      role: [id, `B${row}`],
      hoursPerWeek: [typeof h === 'string' ? { v: hv, note: 'hours and minutes' } : hv, `C${row}`],
      activeCases: [typeof c === 'string' ? { v: cv, note: 'the active cases' } : cv, `D${row}`],
    });
  });

  const I = 'Indikatorer';
  const ind = p.sheet(I);
  ind.width(1, 44).width(2, 16).width(3, 12).width(4, 22);
  ind.row('A1', ['Indikator', 'Baseline (2026)', 'Mål 2027', 'Status pr. 1/6-2027'], HEAD);
  type IR = [
    string,
    string | number,
    string | number,
    string | number,
    'count' | 'percent',
    number,
    number,
    number,
    number | null,
  ];
  const inds: IR[] = [
    ['Aktive mentorforløb', 8, 20, 14, 'count', 8, 20, 14, null],
    ['Forløb med positiv progression', '40 %', '60 %', '62 % (n=21)', 'percent', 40, 60, 62, 21],
    ['Unge fastholdt i uddannelse efter 6 mdr.', '55 %', '70 %', '64 % (n = 14)', 'percent', 55, 70, 64, 14],
    ['Medarbejdere opkvalificeret', 0, 12, 9, 'count', 0, 12, 9, null],
  ]; // prettier-ignore
  inds.forEach(([name, b, tg, res, unit, bv, tv, rv, n], i) => {
    const row = 2 + i;
    ind.row(`A${row}`, [name, b, tg, res]);
    p.indicatorRow(I, row, {
      name: [name, `A${row}`],
      unit: [unit, unit === 'percent' ? `D${row}` : `C${row}`],
      baseline: [bv, `B${row}`],
      target: [tv, `C${row}`],
      result: [rv, `D${row}`],
      ...(n !== null ? { cases: [n, `D${row}`] as [number, string] } : {}),
    });
  });
  return p;
}
