// Mariagerfjord (held out, tenth round): the plan kept as an "årshjul" (a year wheel): one block per
// month under a heading row in bold with a fill, merged across the table ("Januar 2027", then
// "Februar", "Marts" … without the year, which the title "Årshjul 2027" and the first heading
// give), and the activities of that month under it. There is no date column: a column "Dag" holds
// the day of the month alone ("14", "3.") for meetings on a fixed day, else nothing (the activity
// belongs to the month: the deadline is the month's last day); one heading spans two months ("Maj
// – juni", a range: the first day of May to the last day of June). Theme, responsible and status
// are ordinary columns. Hand built (Excel-style package).

import type { Style } from '../build/model';
import { PlanBuilder, type Exp, type TableRow } from '../build/plan';
import { HEAD, TITLE } from './common';

const MONTH_HEAD: Style = { bold: true, fill: { rgb: 'FCE4D6' } };

const TH: Record<string, Exp> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  'Arbejdsproces og kultur': 'process_culture',
  'Organisering, roller og ansvar': 'organisation_roles',
  Opkvalificering: 'upskilling',
  'Opfølgning på dokumentation': 'documentation',
  'Evaluering og tilpasning': 'evaluation',
};
const ST: Record<string, Exp> = {
  Gennemført: 'done',
  'I gang': 'in_progress',
  Planlagt: 'not_started',
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p72-mariagerfjord-aarshjul-maanedsoverskrifter-dag-i-maaned',
    'hand-built',
    'Mariagerfjord: an "årshjul": month heading rows merged across the table ("Januar 2027", then "Februar", "Marts" … without the year; one "Maj – juni"), activities under their month, no date column but "Dag" with the day of the month alone ("14", "3."); theme, responsible, status columns.',
    [
      'year-wheel-month-sections',
      'month-heading-without-year',
      'month-range-heading',
      'day-of-month-only-column',
      'no-date-column',
      'corps',
    ],
  );

  const F = 'Stamdata';
  const f = p.sheet(F);
  f.row('A1', ['Kommune', 'Mariagerfjord Kommune']);
  f.row('A2', ['Halvår', '1. halvår 2027']);
  f.row('A3', ['Fase', 'Indledende implementering']);
  f.row('A4', ['Koordinator', 'Rikke Søgaard']);
  f.row('A5', ['Leder', 'Henrik Bro']);
  f.width(1, 14).width(2, 34);
  p.fact('municipality', '846', F, 'B1');
  p.fact('period', '2027-H1', F, 'B2');
  p.fact('phase', 'initial', F, 'B3');
  p.fact('coordinator', 'Rikke Søgaard', F, 'B4');
  p.fact('leader', 'Henrik Bro', F, 'B5');

  const S = 'Årshjul';
  p.sheet(S).set('A1', 'Årshjul 2027 – mentor- og forældrecoachkorpset', TITLE);
  // A month block: heading, [first day, last day] of its span, activities [day, theme, activity, who, status].
  type A = [string | number | null, string, string, string, string];
  const months: [string, string, string, A[]][] = [
    ['Januar 2027', '2027-01-01', '2027-01-31', [
      [14, 'Ledelse', 'Styregruppemøde: plan for halvåret', 'Henrik Bro', 'Gennemført'],
      [null, 'Kommunikation', 'Opslag på intranettet om korpset', 'Rikke Søgaard', 'Gennemført'],
    ]],
    ['Februar', '2027-02-01', '2027-02-28', [
      [null, 'Organisering, roller og ansvar', 'Samarbejdsaftale med familieafdelingen', 'Henrik Bro', 'Gennemført'],
      ['3.', 'Inddragelse', 'Fokusgruppe med forældre', 'Lise Nørgaard', 'Gennemført'],
    ]],
    ['Marts', '2027-03-01', '2027-03-31', [
      [null, 'Opkvalificering', 'LAT-grundkursus, hold 2', 'Rikke Søgaard', 'I gang'],
      [18, 'Arbejdsproces og kultur', 'Netværksmøde for mentorer', 'Lise Nørgaard', 'I gang'],
    ]],
    ['April', '2027-04-01', '2027-04-30', [
      [null, 'Opfølgning på dokumentation', 'Tjek af registreringer i fagsystemet', 'Ole Dahl', 'Planlagt'],
      [22, 'Ledelse', 'Styregruppemøde: status', 'Henrik Bro', 'Planlagt'],
    ]],
    ['Maj – juni', '2027-05-01', '2027-06-30', [
      [null, 'Evaluering og tilpasning', 'Halvårsevaluering med mentorer og forældrecoaches', 'Rikke Søgaard', 'Planlagt'],
      [null, 'Kommunikation', 'Nyhedsbrev til skoler og dagtilbud', 'Rikke Søgaard', 'Planlagt'],
    ]],
  ]; // prettier-ignore

  const body: TableRow[] = [];
  for (const [head, first, last, acts] of months) {
    const headRow = 4 + body.length;
    body.push({ not: 'a month heading: the time of the activities under it', cells: { dag: head }, style: MONTH_HEAD });
    for (const [day, theme, act, who, st] of acts) {
      const ym = last.slice(0, 7);
      const single = first.slice(0, 7) === ym;
      const dayN = day === null ? null : Number(String(day).replace('.', ''));
      const deadline: Exp =
        dayN !== null
          ? { v: `${ym}-${String(dayN).padStart(2, '0')}`, note: 'the day under its month heading' }
          : { v: last, cell: `A${headRow}`, note: single ? 'the month heading: its last day' : 'the two months: the last day of the second' };
      body.push({
        cells: { dag: day ?? undefined, tema: theme, akt: act, who, st },
        x: {
          theme: TH[theme],
          status: ST[st],
          start: dayN === null && !single ? { v: first, cell: `A${headRow}`, note: 'a range of months: its first day' } : null,
          deadline,
        },
      });
    }
  } // prettier-ignore
  // The deadline is read from the month heading (or the day beside it): its cell is set below.
  const lastRow = p.table({
    sheet: S,
    headerRow: 3,
    headerStyle: HEAD,
    columns: [
      { key: 'dag', header: 'Dag', width: 14 },
      { key: 'tema', header: 'Tema', width: 28 },
      { key: 'akt', header: 'Aktivitet', width: 48 },
      { key: 'who', header: 'Ansvarlig', width: 18 },
      { key: 'st', header: 'Status', width: 14 },
    ],
    fields: {
      theme: 'tema',
      activity: 'akt',
      responsible: 'who',
      status: 'st',
      when: 'dag',
    },
    rows: body,
  });
  void lastRow;
  // Merge each month heading across the table.
  const ws = p.sheet(S);
  for (let r = 4; r <= lastRow; r++) {
    const v = ws.get(`A${r}`)?.v;
    if (typeof v === 'string' && /^[A-ZÆØÅ]/.test(v)) {
      for (const c of ['B', 'C', 'D', 'E']) ws.set(`${c}${r}`, null, MONTH_HEAD);
      ws.merge(`A${r}:E${r}`);
    }
  }

  const K = 'Korps';
  const k = p.sheet(K);
  k.row('A1', ['Initialer', 'Rolle', 'Timer pr. uge', 'Forløb'], HEAD);
  type KR = [string, string, 'mentor' | 'parent_coach' | 'both', number, number];
  const corps: KR[] = [
    ['LN', 'Mentor', 'mentor', 8, 3],
    ['OD', 'Mentor', 'mentor', 6, 2],
    ['KS', 'Forældrecoach', 'parent_coach', 7, 3],
  ];
  corps.forEach(([ini, role, id, h, n], i) => {
    const r = 2 + i;
    k.row(`A${r}`, [ini, role, h, n]);
    p.corpsRow(K, r, {
      initials: [ini, `A${r}`],
      role: [id, `B${r}`],
      hoursPerWeek: [h, `C${r}`],
      activeCases: [n, `D${r}`],
    });
  });
  return p;
}
