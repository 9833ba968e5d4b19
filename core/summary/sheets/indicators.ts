// The summary sheet "indicators".

import { BIN_LABELS, INDICATORS_WORDS as I, NO, SHEET_NAMES, TITLES, WORDS, YES, fill } from '../labels';
import { DISTRIBUTION_BINS, showChange } from '../figures';
import { NONE } from '../../suppression';
import { HEADER_ROW, type Context, type SheetModule } from '../context';
import { INDICATORS, type Label } from '../../spec';
import { changeCell, text, num, shownCell, staticTable, sheet, anchorOf } from '../cells';
import { type Column, type Row, type Sheet } from '../sheet';

const INDICATOR_MATRIX_COL = 15;

function build(ctx: Context): Sheet {
  const { lang, config, totals } = ctx;
  const w = (l: Label): string => l[lang];
  const corpsColumns: Column[] = [
    { header: w(WORDS.indicator), width: 34, fmt: 'text', wrap: true },
    { header: w(I.aboutCitizens), width: 9, fmt: 'text' },
    { header: w(I.reporting), width: 11, fmt: 'int' },
    { header: fill(I.ofWhichHidden, lang, { marker: config.marker }), width: 9, fmt: 'int' },
    { header: w(I.corpsTotal), width: 12, fmt: 'int' },
    { header: fill(WORDS.previousPeriodOf, lang, { period: ctx.prevPeriod }), width: 12, fmt: 'int' },
    { header: w(WORDS.change), width: 17, fmt: 'intDelta' },
    ...DISTRIBUTION_BINS.map((b): Column => ({
      header: fill(I.withBin, lang, { bin: BIN_LABELS[b][lang] }),
      width: 10,
      fmt: 'int',
    })),
    { header: w(WORDS.code), width: 24, fmt: 'text' },
  ];
  const hasPrevious = ctx.prevSelection.used.size > 0;
  const corpsRows = INDICATORS.map((ind, k): Row => {
    const tot = totals.indicators[k];
    const before = ctx.prevTotals.indicators[k]?.total ?? NONE;
    const now = tot?.total ?? NONE;
    const change = showChange(now, before, config);
    return {
      cells: [
        text(ind.label[lang]),
        text(w(ind.personal ? YES : NO)),
        num(tot?.reporting),
        num(tot?.hidden),
        tot ? shownCell(tot.total, config, lang) : null,
        hasPrevious ? shownCell(before, config, lang) : null,
        hasPrevious ? changeCell(change, lang) : null,
        ...DISTRIBUTION_BINS.map((b) => num(tot?.distribution[b])),
        text(ind.code),
      ],
    };
  });
  const matrixColumns: Column[] = [
    { header: w(WORDS.municipality), width: 16, fmt: 'text' },
    ...INDICATORS.map((ind): Column => ({ header: ind.label[lang], width: 13, fmt: 'int', wrap: true })),
  ];
  const matrixRows = ctx.submitted.map((e): Row => ({
    anchor: anchorOf('indicators', e.code),
    cells: [text(e.name), ...(e.figures?.indicators ?? []).map((v) => shownCell(v.shown, config, lang))],
  }));
  return sheet(
    ctx,
    indicators,
    [
      staticTable('Indikatorer_Korps', HEADER_ROW, 0, corpsColumns, corpsRows),
      staticTable('Indikatorer_Kommuner', HEADER_ROW, INDICATOR_MATRIX_COL, matrixColumns, matrixRows),
    ],
    {
      freezeCols: 0,
      headerHeight: 75,
      extraWidths: { 14: 3 },
      // On paper: the corps totals, then the distribution and codes, then the municipalities.
      printGroups: [7, INDICATOR_MATRIX_COL],
      note: fill(I.note, lang, { below: config.threshold - 1, marker: config.marker }),
    },
  );
}

export const indicators: SheetModule = {
  key: 'indicators',
  name: SHEET_NAMES.indicators,
  title: TITLES.indicators,
  build,
};
