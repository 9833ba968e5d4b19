// The summary sheet "indicators".

import { BIN_LABELS, SHEET_NAMES, TITLES } from '../labels';
import { DISTRIBUTION_BINS, showChange } from '../figures';
import { NONE } from '../../suppression';
import { HEADER_ROW, L, type Context, type SheetModule } from '../context';
import { INDICATORS } from '../../spec';
import { changeCell, text, num, shownCell, staticTable, sheet, anchorOf } from '../cells';
import { type Column, type Row, type Sheet } from '../sheet';

const INDICATOR_MATRIX_COL = 15;

function build(ctx: Context): Sheet {
  const { lang, config, totals } = ctx;
  const corpsColumns: Column[] = [
    { header: L(lang, 'Indikator', 'Indicator'), width: 34, fmt: 'text', wrap: true },
    { header: L(lang, 'Om borgere', 'About citizens'), width: 9, fmt: 'text' },
    { header: L(lang, 'Kommuner med tal', 'Municipalities reporting'), width: 11, fmt: 'int' },
    { header: L(lang, `Heraf ${config.marker}`, `Of which ${config.marker}`), width: 9, fmt: 'int' },
    { header: L(lang, 'Korpset i alt', 'Corps total'), width: 12, fmt: 'int' },
    {
      header: L(lang, `Forrige periode (${ctx.prevPeriod})`, `Previous period (${ctx.prevPeriod})`),
      width: 12,
      fmt: 'int',
    },
    { header: L(lang, 'Ændring', 'Change'), width: 17, fmt: 'intDelta' },
    ...DISTRIBUTION_BINS.map((b): Column => ({
      header: L(lang, `Kommuner med ${BIN_LABELS[b].da}`, `Municipalities with ${BIN_LABELS[b].en}`),
      width: 10,
      fmt: 'int',
    })),
    { header: L(lang, 'Kode', 'Code'), width: 24, fmt: 'text' },
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
        text(ind.personal ? L(lang, 'Ja', 'Yes') : L(lang, 'Nej', 'No')),
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
    { header: L(lang, 'Kommune', 'Municipality'), width: 16, fmt: 'text' },
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
      note: L(
        lang,
        `tal om borgere fra 1 til ${config.threshold - 1} vises som "${config.marker}", og summer over dem som interval (se Om data)`,
        `figures about citizens from 1 to ${config.threshold - 1} are shown as "${config.marker}", and totals over them as ranges (see About the data)`,
      ),
    },
  );
}

export const indicators: SheetModule = {
  key: 'indicators',
  name: SHEET_NAMES.indicators,
  title: TITLES.indicators,
  build,
};
