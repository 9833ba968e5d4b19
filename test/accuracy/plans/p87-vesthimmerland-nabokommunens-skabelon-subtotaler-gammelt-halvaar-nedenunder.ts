// Vesthimmerland (held out, fourteenth round): a plan copied from the neighbouring municipality's
// file: the plan sheet's title still says "Mariagerfjord Kommune – Implementeringsplan …" while the
// cover names Vesthimmerlands Kommune. The rows are sorted by theme and summed with Excel's
// "Subtotal" (Data › Subtotal, at each change in Tema, Sum of "Timer"): after each theme a bold row
// "Ledelse I alt" with =SUBTOTAL(9,…) under the hours, the detail rows grouped one outline level
// deeper, and "Hovedtotal" at the end. Under the plan, after three blank rows, last half-year's plan
// was left standing ("1. halvår 2026 – afsluttet, kun til orientering") with its own header and
// rows. A careful human reads the plan for 2. halvår 2026 only, and no subtotal as an activity.
// Hand-built package.

import { PlanBuilder, type TableRow } from '../build/plan';
import type { Cell } from '../build/model';
import { BOLD, DMY, HEAD, TITLE, WRAP } from './common';

const TH: Record<string, string> = {
  Ledelse: 'leadership',
  Kommunikation: 'communication',
  Inddragelse: 'involvement',
  Opkvalificering: 'upskilling',
  'Evaluering og tilpasning': 'evaluation',
};
const ST: Record<string, string> = {
  'Ikke startet': 'not_started',
  'I gang': 'in_progress',
  Gennemført: 'done',
};

export function build(): PlanBuilder {
  const p = new PlanBuilder(
    'p87-vesthimmerland-nabokommunens-skabelon-subtotaler-gammelt-halvaar-nedenunder',
    'hand-built',
    'Vesthimmerland: a plan copied from Mariagerfjord with the neighbour\'s name left in the plan\'s title (the cover names the right one), Excel\'s Subtotal rows per theme ("Ledelse I alt" with SUBTOTAL(9,…) over the hours, grouped detail rows, "Hovedtotal"), and last half-year\'s plan left standing under this one with its own header.',
    [
      'plan-title-names-neighbouring-municipality',
      'cover-names-right-municipality',
      'plan-excel-subtotal-rows-per-theme',
      'plan-grand-total-hovedtotal',
      'plan-outline-levels-from-subtotal',
      'plan-last-half-year-left-below',
    ],
  );

  const F = 'Forside';
  const f = p.sheet(F);
  f.width(1, 18).width(2, 40);
  f.set('A1', 'Mentorkorps og forældrecoaches – Vesthimmerlands Kommune', TITLE);
  f.row('A3', ['Kommune', 'Vesthimmerlands Kommune']);
  f.row('A4', ['Periode', '2. halvår 2026']);
  f.row('A5', ['Fase', 'Indledende implementering']);
  f.row('A6', ['Koordinator', 'Karina Bech']);
  f.row('A7', ['Leder', 'Henrik Mølgaard']);
  for (const r of [3, 4, 5, 6, 7]) f.set(`A${r}`, f.get(`A${r}`)!.v, BOLD);
  p.fact('municipality', { v: '820', note: 'the cover; the plan sheet\'s title is the neighbour\'s, left from the copied file' }, F, 'B3'); // prettier-ignore
  p.fact('period', '2026-H2', F, 'B4');
  p.fact('phase', 'initial', F, 'B5');
  p.fact('coordinator', 'Karina Bech', F, 'B6');
  p.fact('leader', 'Henrik Mølgaard', F, 'B7');

  const S = 'Implementeringsplan';
  const s = p.sheet(S);
  s.set('A1', 'Mariagerfjord Kommune – Implementeringsplan for mentorkorps og forældrecoaches', TITLE);
  s.set('A2', 'Opdateret til 2. halvår 2026');

  const columns = [
    { key: 'tema', header: 'Tema', width: 26 },
    { key: 'akt', header: 'Aktivitet', width: 44 },
    { key: 'mil', header: 'Milepæl', width: 30 },
    { key: 'ans', header: 'Ansvarlig', width: 20 },
    { key: 'start', header: 'Start', width: 12 },
    { key: 'frist', header: 'Frist', width: 12 },
    { key: 'st', header: 'Status', width: 14 },
    { key: 'timer', header: 'Timer', width: 8 },
  ] as const;
  // [theme, activity, milestone, responsible, start, deadline, status, hours]
  type R = [string, string, string, string, string, string, string, number];
  const now: R[] = [
    ['Ledelse', 'Styregruppemøde om korpsets mål for 2027', 'Mål vedtaget', 'Henrik Mølgaard', '2026-09-01', '2026-10-15', 'Gennemført', 6],
    ['Ledelse', 'Aftale om frikøb af mentorer fra skolerne', 'Aftale underskrevet', 'Henrik Mølgaard', '2026-10-01', '2026-12-15', 'I gang', 10],
    ['Kommunikation', 'Informationsmøde for lærere og pædagoger', 'Møde holdt', 'Karina Bech', '2026-08-17', '2026-09-24', 'Gennemført', 8],
    ['Kommunikation', 'Side om korpset på kommunens hjemmeside', 'Siden er online', 'Karina Bech', '2026-10-01', '2026-11-30', 'I gang', 12],
    ['Inddragelse', 'Interview med fem familier om forældrecoaching', 'Interview holdt', 'Karina Bech', '2026-11-02', '2027-01-22', 'Ikke startet', 15],
    ['Inddragelse', 'Dialogmøde med unge i mentorforløb', 'Møde holdt', 'Karina Bech', '2026-10-05', '2026-10-29', 'Gennemført', 6],
    ['Opkvalificering', 'Andet hold mentorer på LAT-uddannelsen', 'Hold uddannet', 'Nationalt center', '2026-09-07', '2026-11-27', 'I gang', 40],
    ['Opkvalificering', 'Supervision af forældrecoaches', 'Fire sessioner holdt', 'Karina Bech', '2026-09-01', '2026-12-11', 'I gang', 8],
    ['Evaluering og tilpasning', 'Status på forløb og progression til byrådet', 'Notat sendt', 'Karina Bech', '2026-11-16', '2026-12-18', 'Ikke startet', 10],
    ['Evaluering og tilpasning', 'Spørgeskema til familier om forløbene', 'Svar indsamlet', 'Karina Bech', '2026-10-12', '2026-11-20', 'Gennemført', 5],
  ]; // prettier-ignore
  const cellsOf = ([tema, akt, mil, ans, start, frist, st, timer]: R): Record<
    string,
    string | number | Cell
  > => ({
    tema,
    akt: { v: akt, s: WRAP },
    mil,
    ans,
    start: { v: { date: start }, s: DMY },
    frist: { v: { date: frist }, s: DMY },
    st,
    timer,
  });
  // Excel's Subtotal: after each change in Tema a row "<tema> I alt" summing the hours of its rows.
  const header = 4;
  const body: TableRow[] = [];
  const subtotalRows: { row: number; from: number; to: number; sum: number }[] = [];
  let row = header;
  let i = 0;
  while (i < now.length) {
    const tema = now[i]![0];
    const from = row + 1;
    let sum = 0;
    while (i < now.length && now[i]![0] === tema) {
      const r = now[i]!;
      body.push({
        cells: cellsOf(r),
        x: { theme: TH[r[0]]!, status: ST[r[6]]!, start: r[4], deadline: r[5] },
      });
      sum += r[7];
      row++;
      i++;
    }
    row++;
    subtotalRows.push({ row, from, to: row - 1, sum });
    body.push({ not: `Excel's subtotal of the hours for ${tema}`, cells: {}, style: BOLD });
  }
  row++;
  const grandRow = row;
  body.push({ not: "Excel's grand total of the hours (Hovedtotal)", cells: {}, style: BOLD });
  p.table({
    sheet: S,
    headerRow: header,
    headerStyle: HEAD,
    columns,
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
  // The subtotal rows' cells (the table writer leaves their empty cells out) and the outline.
  let total = 0;
  for (const t of subtotalRows) {
    const tema = s.get(`A${t.from}`)!.v as string;
    s.set(`A${t.row}`, `${tema} I alt`, BOLD);
    s.set(`H${t.row}`, { v: t.sum, f: `SUBTOTAL(9,H${t.from}:H${t.to})`, s: BOLD });
    for (let r = t.from; r <= t.to; r++) s.outline.set(r, 2);
    s.outline.set(t.row, 1);
    total += t.sum;
  }
  s.set(`A${grandRow}`, 'Hovedtotal', BOLD);
  s.set(`H${grandRow}`, { v: total, f: `SUBTOTAL(9,H${header + 1}:H${grandRow - 1})`, s: BOLD });

  // Last half-year's plan, left standing under this one with its own header.
  const oldTitle = grandRow + 4;
  s.set(`A${oldTitle}`, '1. halvår 2026 – afsluttet, kun til orientering', BOLD);
  const oldHeader = oldTitle + 1;
  columns.forEach((c, k) => s.set(`${String.fromCharCode(65 + k)}${oldHeader}`, c.header, HEAD));
  const old: R[] = [
    ['Ledelse', 'Beslutning om at indgå i det landsdækkende korps', 'Beslutning i udvalget', 'Henrik Mølgaard', '2026-01-05', '2026-02-26', 'Gennemført', 4],
    ['Kommunikation', 'Nyhed på intranettet om korpset', 'Nyhed bragt', 'Karina Bech', '2026-03-02', '2026-03-20', 'Gennemført', 3],
    ['Opkvalificering', 'Første hold mentorer på LAT-uddannelsen', 'Hold uddannet', 'Nationalt center', '2026-02-02', '2026-05-29', 'Gennemført', 40],
    ['Inddragelse', 'Møde med forældrerådet om forældrecoaching', 'Møde holdt', 'Karina Bech', '2026-04-13', '2026-06-18', 'Gennemført', 5],
    ['Evaluering og tilpasning', 'Opsamling på første halvår', 'Notat', 'Karina Bech', '2026-06-01', '2026-06-30', 'Gennemført', 6],
  ]; // prettier-ignore
  old.forEach((r, k) => {
    const at = oldHeader + 1 + k;
    const cells = cellsOf(r);
    columns.forEach((c, j) => s.set(`${String.fromCharCode(65 + j)}${at}`, cells[c.key] ?? null));
    p.notActivity(S, at, "last half-year's plan (1. halvår 2026), left under this one for reference");
  });
  return p;
}
