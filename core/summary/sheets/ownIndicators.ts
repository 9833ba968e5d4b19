// The summary sheet "ownIndicators".

import { HEADER_ROW, type Context, type SheetModule } from '../context';
import { OWN_INDICATORS_WORDS as O, OWN_REASONS, SHEET_NAMES, TITLES, WORDS, fill } from '../labels';
import { listLabel, type Label } from '../../spec';
import { text, num, date, shownCell, staticTable, sheet } from '../cells';
import { type Cell, type Column, type Row, type Sheet } from '../sheet';
import { type Shown } from '../../suppression';

function build(ctx: Context): Sheet {
  const { lang, config } = ctx;
  const w = (l: Label): string => l[lang];
  const columns: Column[] = [
    { header: w(WORDS.municipality), width: 16, fmt: 'text' },
    { header: w(WORDS.indicator), width: 34, fmt: 'text', wrap: true },
    { header: w(WORDS.code), width: 16, fmt: 'text' },
    { header: w(O.unit), width: 9, fmt: 'text' },
    { header: w(O.baseline), width: 12, fmt: 'general' },
    { header: w(O.target), width: 10, fmt: 'general' },
    { header: w(O.result), width: 10, fmt: 'general' },
    { header: w(O.cases), width: 10, fmt: 'int' },
    { header: w(O.measuredOn), width: 11, fmt: 'date' },
    { header: w(O.remark), width: 34, fmt: 'text', wrap: true },
  ];
  const generalCell = (s: Shown): Cell => {
    const c = shownCell(s, config, lang);
    return c && 'n' in c ? { n: c.n } : c;
  };
  const rows: Row[] = [];
  for (const e of ctx.submitted) {
    for (const o of e.figures?.ownIndicators ?? []) {
      rows.push({
        cells: [
          text(e.name),
          text(o.name),
          text(o.code),
          text(listLabel('unit', o.unit, lang)),
          generalCell(o.baseline),
          num(o.target),
          generalCell(o.result),
          shownCell(o.cases, config, lang),
          date(o.measuredOn),
          text(o.reason ? OWN_REASONS[o.reason][lang] : undefined),
        ],
      });
    }
  }
  return sheet(ctx, ownIndicators, [staticTable('Egne_Indikatorer', HEADER_ROW, 0, columns, rows)], {
    freezeCols: 1,
    note: fill(O.note, lang, { below: config.threshold - 1, marker: config.marker }),
  });
}

export const ownIndicators: SheetModule = {
  key: 'ownIndicators',
  name: SHEET_NAMES.ownIndicators,
  title: TITLES.ownIndicators,
  build,
};
