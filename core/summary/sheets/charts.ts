// The summary sheet "charts".

import { BANDS } from '../figures';
import { BAND_LABELS, CHARTS_WORDS as C, SHEET_NAMES, TITLES, WORDS, fill } from '../labels';
import { HEADER_ROW, type Context, type SheetModule } from '../context';
import { INDICATORS, PHASES, STATUSES, THEMES, type Label } from '../../spec';
import { PALETTE } from '../../document/palette';
import { text, num, staticTable, sheet } from '../cells';
import { type Chart, type Column, type Row, type Table, type Sheet } from '../sheet';

const CHART_COL = 9;
const CHART_COLS = 11;

function build(ctx: Context): Sheet {
  const { lang, totals, config } = ctx;
  const w = (l: Label): string => l[lang];
  const tables: Table[] = [];
  const chartList: Chart[] = [];
  let row = HEADER_ROW;
  const place = (t: (row: number) => Table, chart: (index: number, row: number) => Chart): void => {
    const tbl = t(row);
    tables.push(tbl);
    const c = chart(tables.length - 1, row);
    chartList.push(c);
    row += Math.max(tbl.rowCount + 3, c.anchor.rows + 2);
  };

  // 1. Phases
  const phaseRows: Row[] = [
    ...PHASES.map((p): Row => ({ cells: [text(p.label[lang]), num(totals.byPhase[p.id])] })),
    { cells: [text(w(C.missing)), num(totals.missing)], tone: 'muted' },
  ];
  place(
    (r) =>
      staticTable(
        'Diagram_Faser',
        r,
        0,
        [
          { header: w(WORDS.phase), width: 30, fmt: 'text' },
          { header: w(WORDS.municipalities), width: 12, fmt: 'int' },
        ],
        phaseRows,
      ),
    (i, r) => ({
      kind: 'column',
      stacked: false,
      title: w(C.byPhase),
      table: i,
      categoryColumn: 0,
      seriesColumns: [1],
      colors: [PALETTE.navy],
      percent: false,
      anchor: { col: CHART_COL, row: r, cols: CHART_COLS, rows: 16 },
    }),
  );

  // 2. Activity status per theme
  const statusRows = THEMES.map((th): Row => {
    const s = totals.statusByTheme[th.id];
    return { cells: [text(th.label[lang]), ...STATUSES.map((st) => num(s[st.id])), num(s.late)] };
  });
  place(
    (r) =>
      staticTable(
        'Diagram_Status',
        r,
        0,
        [
          { header: w(WORDS.focusArea), width: 30, fmt: 'text' },
          ...STATUSES.map((st): Column => ({ header: st.label[lang], width: 12, fmt: 'int' })),
          { header: w(C.ofWhichLate), width: 12, fmt: 'int' },
        ],
        statusRows,
      ),
    (i, r) => ({
      kind: 'bar',
      stacked: true,
      title: w(C.statusByTheme),
      table: i,
      categoryColumn: 0,
      seriesColumns: [1, 2, 3, 4, 5],
      colors: [PALETTE.grey, PALETTE.blue, PALETTE.green, PALETTE.amber, PALETTE.dark],
      percent: false,
      anchor: { col: CHART_COL, row: r, cols: CHART_COLS, rows: 20 },
    }),
  );

  // 3. Participants per full-time post
  const bandRows: Row[] = [
    ...BANDS.map((b): Row => ({ cells: [text(BAND_LABELS[b.id][lang]), num(totals.bands[b.id])] })),
    {
      cells: [text(fill(WORDS.hiddenCases, lang, { marker: config.marker })), num(totals.bands.hidden)],
      tone: 'muted',
    },
    {
      cells: [text(w(WORDS.unknownNoHours)), num(totals.bands.none)],
      tone: 'muted',
    },
  ];
  place(
    (r) =>
      staticTable(
        'Diagram_Deltagere',
        r,
        0,
        [
          { header: w(WORDS.participantsPerFte), width: 30, fmt: 'text' },
          { header: w(WORDS.municipalities), width: 12, fmt: 'int' },
        ],
        bandRows,
      ),
    (i, r) => ({
      kind: 'column',
      stacked: false,
      title: w(C.byBand),
      table: i,
      categoryColumn: 0,
      seriesColumns: [1],
      rowLimit: BANDS.length,
      colors: [PALETTE.blue],
      percent: false,
      anchor: { col: CHART_COL, row: r, cols: CHART_COLS, rows: 16 },
    }),
  );

  // 4. Indicator totals: only exactly shown values are plotted; hidden ones are named in the label.
  const indicatorRows = INDICATORS.map((ind, k): Row => {
    const tot = totals.indicators[k];
    const hidden = tot?.hidden ?? 0;
    const label =
      hidden > 0
        ? fill(C.indicatorHidden, lang, { indicator: ind.label[lang], hidden, marker: config.marker })
        : ind.label[lang];
    return { cells: [text(label), num(tot && tot.reporting > 0 ? tot.shownSum : undefined)] };
  });
  place(
    (r) =>
      staticTable(
        'Diagram_Indikatorer',
        r,
        0,
        [
          { header: w(WORDS.indicator), width: 30, fmt: 'text', wrap: true },
          { header: w(C.sumShown), width: 12, fmt: 'int' },
        ],
        indicatorRows,
      ),
    (i, r) => ({
      kind: 'bar',
      stacked: false,
      title: fill(C.indicatorTotals, lang, { marker: config.marker }),
      table: i,
      categoryColumn: 0,
      seriesColumns: [1],
      colors: [PALETTE.navy],
      percent: false,
      anchor: { col: CHART_COL, row: r, cols: CHART_COLS, rows: 20 },
    }),
  );

  // 5. Readiness per municipality (the tallest, last)
  const readinessRows = ctx.submitted.map((e): Row => ({
    cells: [text(e.name), num(e.figures?.readiness.preparation), num(e.figures?.readiness.ongoing)],
  }));
  place(
    (r) =>
      staticTable(
        'Diagram_Parathed',
        r,
        0,
        [
          { header: w(WORDS.municipality), width: 30, fmt: 'text' },
          { header: w(WORDS.preparation), width: 12, fmt: 'pct' },
          { header: w(WORDS.ongoing), width: 12, fmt: 'pct' },
        ],
        readinessRows,
      ),
    (i, r) => ({
      kind: 'bar',
      stacked: false,
      title: w(C.readiness),
      table: i,
      categoryColumn: 0,
      seriesColumns: [1, 2],
      colors: [PALETTE.navy, PALETTE.sky],
      percent: true,
      anchor: {
        col: CHART_COL,
        row: r,
        cols: CHART_COLS,
        rows: Math.max(18, Math.ceil(readinessRows.length * 1.1) + 4),
      },
    }),
  );

  return sheet(ctx, charts, tables, {
    freezeRows: HEADER_ROW,
    freezeCols: 0,
    headerHeight: 30,
    charts: chartList,
    repeatHeader: false,
    landscape: false,
    extraWidths: Object.fromEntries(Array.from({ length: 2 }, (_, i) => [7 + i, 3])),
  });
}

export const charts: SheetModule = {
  key: 'charts',
  name: SHEET_NAMES.charts,
  title: TITLES.charts,
  build,
};
