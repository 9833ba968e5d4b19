// The summary sheet "indicators".

import { BIN_LABELS, INDICATORS_WORDS as I, NO, SHEET_NAMES, TITLES, WORDS, YES, fill } from '../labels';
import { DISTRIBUTION_BINS, showChange } from '../figures';
import { NONE } from '../../suppression';
import { HEADER_ROW, type Context, type SheetModule } from '../context';
import { INDICATORS, type Label } from '../../spec';
import { changeCell, text, num, shownCell, staticTable, sheet, anchorOf } from '../cells';
import { type Column, type Row, type Sheet } from '../sheet';

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
  return sheet(ctx, indicators, [staticTable('Indikatorer_Korps', HEADER_ROW, 0, corpsColumns, corpsRows)], {
    freezeCols: 1,
    headerHeight: 75,
    // On paper: the corps totals, then the distribution and the codes, the indicator repeated; the
    // distribution may break between any two of its columns (its English headers are wide).
    printGroups: corpsColumns.map((_, i) => i).filter((i) => i >= 7),
    printRepeatCols: 1,
    note: fill(I.note, lang, { below: config.threshold - 1, marker: config.marker }),
  });
}

/**
 * The municipalities' figures, one row each, on a sheet of their own: beside the corps totals they
 * made the page so wide that it printed at 57 %; alone they print in two column groups at full size
 * with the municipality repeated.
 */
function buildByMunicipality(ctx: Context): Sheet {
  const { lang, config } = ctx;
  const w = (l: Label): string => l[lang];
  const columns: Column[] = [
    { header: w(WORDS.municipality), width: 16, fmt: 'text' },
    ...INDICATORS.map((ind): Column => ({ header: ind.label[lang], width: 13, fmt: 'int', wrap: true })),
  ];
  const rows = ctx.submitted.map((e): Row => ({
    anchor: anchorOf('indicatorsByMunicipality', e.code),
    cells: [text(e.name), ...(e.figures?.indicators ?? []).map((v) => shownCell(v.shown, config, lang))],
  }));
  const half = 1 + Math.ceil(INDICATORS.length / 2);
  return sheet(
    ctx,
    indicatorsByMunicipality,
    [staticTable('Indikatorer_Kommuner', HEADER_ROW, 0, columns, rows)],
    {
      headerHeight: 75,
      printGroups: [1, half],
      printRepeatCols: 1,
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

export const indicatorsByMunicipality: SheetModule = {
  key: 'indicatorsByMunicipality',
  name: SHEET_NAMES.indicatorsByMunicipality,
  title: TITLES.indicatorsByMunicipality,
  build: buildByMunicipality,
};
