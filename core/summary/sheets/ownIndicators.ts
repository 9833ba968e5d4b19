// The summary sheet "ownIndicators".

import { HEADER_ROW, L, type Context, type SheetModule } from '../context';
import { OWN_REASONS, SHEET_NAMES, TITLES } from '../labels';
import { listLabel } from '../../spec';
import { text, num, date, shownCell, staticTable, sheet } from '../cells';
import { type Cell, type Column, type Row, type Sheet } from '../sheet';
import { type Shown } from '../../suppression';

function build(ctx: Context): Sheet {
  const { lang, config } = ctx;
  const columns: Column[] = [
    { header: L(lang, 'Kommune', 'Municipality'), width: 16, fmt: 'text' },
    { header: L(lang, 'Indikator', 'Indicator'), width: 34, fmt: 'text', wrap: true },
    { header: L(lang, 'Kode', 'Code'), width: 16, fmt: 'text' },
    { header: L(lang, 'Enhed', 'Unit'), width: 9, fmt: 'text' },
    { header: L(lang, 'Udgangspunkt', 'Baseline'), width: 12, fmt: 'general' },
    { header: L(lang, 'Mål', 'Target'), width: 10, fmt: 'general' },
    { header: L(lang, 'Resultat', 'Result'), width: 10, fmt: 'general' },
    { header: L(lang, 'Antal forløb (n)', 'Number of cases (n)'), width: 10, fmt: 'int' },
    { header: L(lang, 'Målt den', 'Measured on'), width: 11, fmt: 'date' },
    { header: L(lang, 'Bemærkning', 'Note'), width: 34, fmt: 'text', wrap: true },
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
    note: L(
      lang,
      `indikatorer uden katalogkode behandles som tal om borgere: 1–${config.threshold - 1} vises som "${config.marker}"`,
      `indicators without a catalogue code are treated as figures about citizens: 1–${config.threshold - 1} are shown as "${config.marker}"`,
    ),
  });
}

export const ownIndicators: SheetModule = {
  key: 'ownIndicators',
  name: SHEET_NAMES.ownIndicators,
  title: TITLES.ownIndicators,
  build,
};
