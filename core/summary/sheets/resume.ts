// The first sheet, "Resumé": what a leader needs on one landscape page — the round, readiness,
// late activities, the corps and the key indicator totals, each beside the previous period, and two
// charts. Every figure comes from core/summary/figures.ts (computed once); personal figures keep
// their suppression, and their change is derived from the two periods' displays only.

import { statusCounts } from '../../rounds';
import { INDICATORS, type Label } from '../../spec';
import type { Shown } from '../../suppression';
import { PALETTE } from '../../document/palette';
import { changeCell, num, shownCell, sheet, staticTable, text } from '../cells';
import { HEADER_ROW, type Context, type SheetModule } from '../context';
import { READINESS_GREEN, READINESS_YELLOW, showChange, type Light } from '../figures';
import { RESUME, SHEET_NAMES, TITLES } from '../labels';
import type { Chart, Column, Fmt, Row, Sheet } from '../sheet';

const KEY_COL = 0;
const SIDE_COL = 5;
const CHART_COL = 9;
const CHART_COLS = 6;

function build(ctx: Context): Sheet {
  const { lang, config, totals, prevTotals } = ctx;
  const w = (label: Label): string => label[lang];
  const hasPrevious = ctx.prevSelection.used.size > 0;

  // --- Key figures: now, previous period, change -------------------------------------------------
  const keyRows: Row[] = [];
  const plain = (label: Label, now: number | undefined, before?: number, fmt: Fmt = 'int'): void => {
    const delta: Fmt = fmt === 'pct' ? 'pctDelta' : 'intDelta';
    const change =
      now === undefined || before === undefined
        ? null
        : fmt === 'pct'
          ? num(Math.round((now - before) * 1000) / 10, delta)
          : num(now - before, fmt === 'dec1' ? 'dec1Delta' : delta);
    keyRows.push({
      cells: [
        text(w(label)),
        num(now, fmt),
        hasPrevious ? num(before, fmt) : null,
        hasPrevious ? change : null,
      ],
    });
  };
  const personal = (label: Label, now: Shown, before: Shown): void => {
    keyRows.push({
      cells: [
        text(w(label)),
        shownCell(now, config, lang),
        hasPrevious ? shownCell(before, config, lang) : null,
        hasPrevious ? changeCell(showChange(now, before, config), lang) : null,
      ],
    });
  };

  plain(RESUME.expected, totals.expected);
  plain(RESUME.submitted, totals.submitted, hasPrevious ? prevTotals.submitted : undefined);
  plain(RESUME.missing, totals.missing);
  const round = ctx.input.round;
  if (round) {
    const c = statusCounts(round.rows);
    plain(RESUME.late, c.late);
    plain(RESUME.awaiting, c.indsendt);
    plain(RESUME.sentBack, c.sendt_tilbage);
    plain(RESUME.approved, c.godkendt);
  }
  plain(RESUME.readinessPrep, totals.readinessMean.preparation, prevTotals.readinessMean.preparation, 'pct');
  plain(RESUME.readinessOngoing, totals.readinessMean.ongoing, prevTotals.readinessMean.ongoing, 'pct');
  plain(RESUME.activities, totals.activities, prevTotals.activities);
  plain(RESUME.lateActivities, totals.late, prevTotals.late);
  plain(RESUME.municipalitiesLate, totals.municipalitiesLate, prevTotals.municipalitiesLate);
  plain(RESUME.members, totals.corpsSize, prevTotals.corpsSize);
  plain(RESUME.fte, totals.fte, prevTotals.fte, 'dec1');
  personal(RESUME.activeCases, totals.activeCases, prevTotals.activeCases);

  const keyColumns: Column[] = [
    { header: w(RESUME.keyFigure), width: 34, fmt: 'text' },
    { header: w(RESUME.now), width: 12, fmt: 'general' },
    { header: w(RESUME.before), width: 12, fmt: 'general' },
    { header: w(RESUME.change), width: 17, fmt: 'general' },
  ];

  // --- Indicator totals ----------------------------------------------------------------------------
  const indicatorRows = INDICATORS.map((ind, k): Row => {
    const now = totals.indicators[k];
    const before = prevTotals.indicators[k];
    const nowShown = now?.total ?? { kind: 'none' };
    const beforeShown = before?.total ?? { kind: 'none' };
    return {
      cells: [
        text(ind.label[lang]),
        shownCell(nowShown, config, lang),
        hasPrevious ? shownCell(beforeShown, config, lang) : null,
        hasPrevious ? changeCell(showChange(nowShown, beforeShown, config), lang) : null,
      ],
    };
  });
  const indicatorColumns: Column[] = [
    { header: w(RESUME.indicator), width: 34, fmt: 'text', wrap: true },
    { header: w(RESUME.now), width: 12, fmt: 'general' },
    { header: w(RESUME.before), width: 12, fmt: 'general' },
    { header: w(RESUME.change), width: 17, fmt: 'general' },
  ];
  const indicatorRow = HEADER_ROW + keyRows.length + 2;

  // --- The reporting state and the traffic lights (also the charts' data) ------------------------------
  const stateRows: Row[] = [
    { cells: [text(w(RESUME.submitted)), num(totals.submitted)] },
    { cells: [text(w(RESUME.missing)), num(totals.missing)], tone: 'muted' },
  ];
  if (round) {
    const c = statusCounts(round.rows);
    stateRows.push(
      { cells: [text(w(RESUME.awaiting)), num(c.indsendt)] },
      { cells: [text(w(RESUME.sentBack)), num(c.sendt_tilbage)] },
      { cells: [text(w(RESUME.approved)), num(c.godkendt)] },
      { cells: [text(w(RESUME.late)), num(c.late)] },
    );
  }
  const pct = (x: number): string => String(Math.round(x * 100));
  const fill = (label: Label): string =>
    w(label).replace('{g}', pct(READINESS_GREEN)).replace('{y}', pct(READINESS_YELLOW));
  const lights: [Light, Label][] = [
    ['green', RESUME.green],
    ['yellow', RESUME.yellow],
    ['red', RESUME.red],
  ];
  const lightRows = lights.map(([light, label]): Row => ({
    cells: [
      text(fill(label)),
      num(totals.readinessLights.preparation[light]),
      num(totals.readinessLights.ongoing[light]),
    ],
  }));
  const lightRow = HEADER_ROW + stateRows.length + 2;

  const chartList: Chart[] = [
    {
      kind: 'column',
      stacked: false,
      title: w(RESUME.chartState),
      table: 2,
      categoryColumn: 0,
      seriesColumns: [1],
      colors: [PALETTE.navy],
      percent: false,
      anchor: { col: CHART_COL, row: HEADER_ROW, cols: CHART_COLS, rows: 14 },
    },
    {
      kind: 'column',
      stacked: false,
      title: w(RESUME.chartLights),
      table: 3,
      categoryColumn: 0,
      seriesColumns: [1, 2],
      colors: [PALETTE.navy, PALETTE.sky],
      percent: false,
      anchor: { col: CHART_COL, row: HEADER_ROW + 15, cols: CHART_COLS, rows: 14 },
    },
  ];

  return sheet(
    ctx,
    resume,
    [
      staticTable('Resume_Noegletal', HEADER_ROW, KEY_COL, keyColumns, keyRows),
      staticTable('Resume_Indikatorer', indicatorRow, KEY_COL, indicatorColumns, indicatorRows),
      staticTable(
        'Resume_Indberetning',
        HEADER_ROW,
        SIDE_COL,
        [
          { header: w(RESUME.state), width: 26, fmt: 'text' },
          { header: w(RESUME.municipalities), width: 10, fmt: 'int' },
        ],
        stateRows,
      ),
      staticTable(
        'Resume_Parathed',
        lightRow,
        SIDE_COL,
        [
          { header: w(RESUME.light), width: 26, fmt: 'text' },
          { header: w(RESUME.preparation), width: 10, fmt: 'int' },
          { header: w(RESUME.ongoing), width: 10, fmt: 'int' },
        ],
        lightRows,
      ),
    ],
    {
      freezeRows: 0,
      freezeCols: 0,
      headerHeight: 30,
      charts: chartList,
      onePage: true,
      repeatHeader: false,
      extraWidths: { 4: 2, 8: 2 },
      note: w(RESUME.note),
    },
  );
}

export const resume: SheetModule = {
  key: 'resume',
  name: SHEET_NAMES.resume,
  title: TITLES.resume,
  build,
};
