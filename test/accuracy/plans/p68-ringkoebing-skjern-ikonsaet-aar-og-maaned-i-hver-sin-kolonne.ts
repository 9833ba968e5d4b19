// Ringkøbing-Skjern (held out, ninth round): statuses as numbers 1–3 shown only as conditional
// formatting icons (traffic lights, "Vis kun ikon": the number is hidden) with a colour legend above
// the table ("grøn = gennemført · gul = i gang · rød = ikke startet"); time as a year column beside
// start and end month columns ("År" 2027 | "Fra" "feb" | "Til" "apr", the end month's last day is the
// deadline); the checklist answered 0–2 shown only as symbol icons (✔ ! ✖) with a legend in words.
// Hand-built package.

import { PlanBuilder, type Exp, type TableRow } from '../build/plan';
import { SEED_QUESTIONS } from './checklist-seed';
import { HEAD, ITALIC, TITLE, WRAP } from './common';

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p68-ringkoebing-skjern-ikonsaet-aar-og-maaned-i-hver-sin-kolonne',
    'hand-built',
    'Ringkøbing-Skjern: statuses 1–3 shown only as traffic-light icons (icon set, value hidden) with a colour legend; the year in a column of its own beside "Fra"/"Til" month columns ("feb", "apr"); checklist 0–2 shown only as ✔ ! ✖ icons with a legend.',
    [
      'status-icon-set-numbers-hidden',
      'status-colour-legend-words',
      'year-column-with-month-columns',
      'month-abbreviation',
      'checklist-icon-set-numbers-hidden',
      'corps',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 18).width(2, 30);
  f.set('A1', 'Mentorkorps Ringkøbing-Skjern', TITLE);
  f.row('A3', ['Kommune', 'Ringkøbing-Skjern']);
  f.row('A4', ['Periode', '1. halvår 2027']);
  f.row('A5', ['Fase', 'Indledende implementering']);
  f.row('A6', ['Koordinator', 'Helle Toft']);
  f.row('A7', ['Leder', 'Bjarne Skov']);
  p.fact('municipality', '760', F, 'B3');
  p.fact('period', '2027-H1', F, 'B4');
  p.fact('phase', 'initial', F, 'B5');
  p.fact('coordinator', 'Helle Toft', F, 'B6');
  p.fact('leader', 'Bjarne Skov', F, 'B7');

  const S = 'Handleplan';
  const s = p.sheet(S);
  s.set('A1', 'Handleplan 2027', TITLE);
  s.set('A2', 'Status: grøn = gennemført · gul = i gang · rød = ikke startet', ITALIC);
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
  const ICON: Record<number, Exp> = {
    3: { v: 'done', note: 'green light (3) by the legend' },
    2: { v: 'in_progress', note: 'yellow light (2) by the legend' },
    1: { v: 'not_started', note: 'red light (1) by the legend' },
  };
  const MD = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
  const first = (y: number, m: string): string => `${y}-${String(MD.indexOf(m) + 1).padStart(2, '0')}-01`;
  const last = (y: number, m: string): string => {
    const mi = MD.indexOf(m) + 1;
    const d = new Date(Date.UTC(y, mi, 0)).getUTCDate();
    return `${y}-${String(mi).padStart(2, '0')}-${d}`;
  };
  // [theme, activity, responsible, year, from month, to month, status 1–3, remark]
  type R = [string, string, string, number, string | null, string, 1 | 2 | 3, string | null];
  const rows: R[] = [
    ['Ledelse', 'Styregruppen fastlægger mål for 2027', 'Bjarne Skov', 2027, null, 'jan', 3, null],
    ['Kommunikation', 'Kampagne om mentorkorpset på skolerne', 'Helle Toft', 2027, 'feb', 'apr', 2, 'Plakater trykt'],
    ['Inddragelse', 'Brugerpanel med unge', 'Jonas Møller', 2027, 'mar', 'maj', 1, null],
    ['Arbejdsproces og kultur', 'Faste netværksmøder for mentorer', 'Jonas Møller', 2027, 'jan', 'jun', 2, null],
    ['Organisering, roller og ansvar', 'Ansvarsfordeling mellem skole og familie', 'Bjarne Skov', 2026, 'okt', 'dec', 3, 'Fra sidste halvår'],
    ['Opkvalificering', 'LAT-uddannelse af forældrecoaches', 'Helle Toft', 2027, 'mar', 'jun', 1, 'Afventer tilmeldinger'],
    ['Opfølgning på dokumentation', 'Månedlig opgørelse af forløb', 'Susanne Dahl', 2027, 'feb', 'jun', 2, null],
    ['Evaluering og tilpasning', 'Evaluering af første halvår', 'Susanne Dahl', 2027, null, 'jun', 1, null],
    ['Kommunikation', 'Oplæg på byrådets temamøde', 'Bjarne Skov', 2027, null, 'mar', 3, null],
    ['Opkvalificering', 'Supervisionsforløb for mentorer', 'Helle Toft', 2027, 'apr', 'jun', 1, null],
  ]; // prettier-ignore
  const headerRow = 4;
  const body: TableRow[] = rows.map(([tema, akt, ans, y, fra, til, st, bem], i) => {
    const r = headerRow + 1 + i;
    return {
      cells: { tema, akt: { v: akt, s: WRAP }, ans, aar: y, fra: fra ?? undefined, til, status: st, bem: bem ?? undefined },
      x: {
        theme: TH[tema]!,
        status: ICON[st]!,
        start: fra ? { v: first(y, fra), cell: `E${r}`, note: 'the year from "År"' } : null,
        deadline: { v: last(y, til), cell: `F${r}`, note: 'the last day of the month, the year from "År"' },
      },
    };
  }); // prettier-ignore
  const end = p.table({
    sheet: S,
    headerRow,
    headerStyle: HEAD,
    columns: [
      { key: 'tema', header: 'Tema', width: 28 },
      { key: 'akt', header: 'Aktivitet', width: 44 },
      { key: 'ans', header: 'Ansvarlig', width: 16 },
      { key: 'aar', header: 'År', width: 7 },
      { key: 'fra', header: 'Fra', width: 7 },
      { key: 'til', header: 'Til', width: 7 },
      { key: 'status', header: 'Status', width: 8 },
      { key: 'bem', header: 'Bemærkning', width: 30 },
    ],
    fields: {
      theme: 'tema',
      activity: 'akt',
      responsible: 'ans',
      start: 'fra',
      deadline: 'til',
      status: 'status',
    },
    rows: body,
  });
  s.iconSets.push({
    ref: `G${headerRow + 1}:G${end}`,
    iconSet: '3TrafficLights1',
    thresholds: [2, 3],
    iconOnly: true,
  });

  const T = 'Tjekliste';
  const t = p.sheet(T);
  t.width(1, 6).width(2, 80).width(3, 8).width(4, 36);
  t.set('A1', 'Tjekliste', TITLE);
  t.set('A2', '✔ = ja   ! = delvist   ✖ = nej', ITALIC);
  t.row('A3', ['Nr.', 'Spørgsmål', 'Svar', 'Kommentar'], HEAD);
  const ANS: Record<number, Exp> = {
    2: { v: 'yes', note: '✔ icon (2) by the legend' },
    1: { v: 'partly', note: '! icon (1) by the legend' },
    0: { v: 'no', note: '✖ icon (0) by the legend' },
  };
  const ans: Record<string, [0 | 1 | 2 | null, string | null]> = {
    F1: [2, null],
    F2: [2, null],
    F3: [1, 'Mangler plan for foreningslivet'],
    F4: [2, null],
    F5: [1, null],
    F6: [2, null],
    F7: [0, null],
    L1: [2, null],
    L2: [1, null],
    L3: [0, 'Første hold starter i marts'],
    L4: [0, null],
    L5: [1, null],
    L6: [2, null],
    L7: [1, null],
    L8: [null, null],
  };
  SEED_QUESTIONS.forEach(([id, q], i) => {
    const row = 4 + i;
    const [a, comment] = ans[id]!;
    t.row(`A${row}`, [id, { v: q, s: WRAP }, a ?? undefined, comment ?? undefined]);
    p.answer(
      id,
      a === null ? null : ANS[a]!,
      T,
      `C${row}`,
      comment ? { v: comment, cell: `D${row}` } : undefined,
    );
  });
  t.iconSets.push({
    ref: `C4:C${3 + SEED_QUESTIONS.length}`,
    iconSet: '3Symbols',
    thresholds: [1, 2],
    iconOnly: true,
  });

  const K = 'Korps';
  const k = p.sheet(K);
  k.row('A1', ['Initialer', 'Rolle', 'Afdeling', 'Timer pr. uge', 'Aktive forløb'], HEAD);
  type KR = [string, string, 'mentor' | 'parent_coach' | 'both', string, number, number];
  const corps: KR[] = [
    ['VW', 'Mentor', 'mentor', 'Skole', 7, 3],
    ['XY', 'Forældrecoach', 'parent_coach', 'Familie', 5, 2],
    ['SØ', 'Mentor', 'mentor', 'Ungdomsskole', 9, 3],
    ['ÅN', 'Mentor og forældrecoach', 'both', 'Familie', 12, 4],
  ];
  corps.forEach(([ini, role, id, dept, h, n], i) => {
    const row = 2 + i;
    k.row(`A${row}`, [ini, role, dept, h, n]);
    p.corpsRow(K, row, {
      initials: [ini, `A${row}`],
      role: [id, `B${row}`],
      hoursPerWeek: [h, `D${row}`],
      activeCases: [n, `E${row}`],
    });
  });
  return p;
}
