// A list column's cell (status, anchoring, corps role, ...) read in the coordinator's own words
// (values.ts readListValue): a value read with less than certainty is a check at its cell, a text
// that names no value of the list an issue at its cell, a placeholder a check. Words beside the value are returned for the caller to
// keep, and the check says where they went.

import type { CheckField } from '../checkFields';
import { a1, type GridCell } from '../grid';
import type { Label, ListId } from '../spec';
import { addCheck, type Ctx } from './context';
import { quote, valueNotInList } from './messages';
import { displayText } from './sheet';
import { codeOf, symbolJudgement, symbolMeaning, symbolOf } from './symbols';
import { namesNothing, readListValue, statusByPercent, type ListReading } from './values';

export interface ListCellOptions {
  /** "activities.status", "corps.role" ... (the check's field). */
  readonly field: CheckField;
  /** The column's header (a RAG column, a colour legend in the header). */
  readonly header?: string;
  /** Where words beside the value are kept, e.g. the activity's evaluation; absent: not kept. */
  readonly restGoesTo?: Label;
  /** The column's figures are shares done as fractions 0–1 (a "% færdig" column of 0,35 and 1). */
  readonly fractions?: boolean;
}

/** The list value of a cell, or undefined with an issue at the cell. */
export function readListCell(
  ctx: Ctx,
  sheet: string,
  cell: GridCell,
  list: ListId,
  options: ListCellOptions,
): ListReading | undefined {
  const text = displayText(cell, ctx.date1904);
  const reading =
    byLegend(ctx, sheet, list, text) ??
    percentCell(list, cell, options.fractions === true) ??
    readListValue(list, text, options);
  if (!reading) {
    // A placeholder ("-", "?", "n/a", "Afklares") names no value: the field is read as empty (the
    // rules then say what is missing), with a check that says why, as a text field's placeholder is.
    if (namesNothing(text)) {
      addCheck(ctx, {
        sheet,
        cell: a1(cell.r, cell.c),
        field: options.field,
        value: quote(text),
        confidence: 0.9,
        reason: {
          da: `"${quote(text)}" nævner ingen værdi: feltet er læst som tomt. Vælg en værdi, når den er afklaret.`,
          en: `"${quote(text)}" names no value: the field was read as empty. Choose a value once it is decided.`,
        },
      });
      return undefined;
    }
    ctx.issues.push(valueNotInList(sheet, a1(cell.r, cell.c), list, text));
    return undefined;
  }
  if (reading.confidence < 1) {
    const why = reading.why ?? { da: '', en: '' };
    const rest = reading.rest === undefined ? undefined : quote(reading.rest);
    const kept: Label | undefined =
      rest === undefined
        ? undefined
        : options.restGoesTo
          ? {
              da: `Resten ("${rest}") er lagt i ${options.restGoesTo.da}.`,
              en: `The rest ("${rest}") was put in ${options.restGoesTo.en}.`,
            }
          : {
              da: `Resten ("${rest}") er ikke brugt i planen.`,
              en: `The rest ("${rest}") is not used in the plan.`,
            };
    // The reason names the word as written and its cell, then why it is a judgement.
    const at = a1(cell.r, cell.c);
    addCheck(ctx, {
      sheet,
      cell: at,
      field: options.field,
      value: quote(text),
      confidence: reading.confidence,
      reason: {
        da: [`"${quote(text)}" i ${at}:`, why.da, kept?.da].filter((s) => s).join(' '),
        en: [`"${quote(text)}" in ${at}:`, why.en, kept?.en].filter((s) => s).join(' '),
      },
    });
  }
  return reading;
}

/**
 * A symbol the workbook's own legend explains ("✓ = Gennemført" above the table): certain, unless
 * the legend explains it by a word that is a judgement ("👍 = OK"): then as that word is.
 */
function byLegend(ctx: Ctx, sheet: string, list: ListId, text: string): ListReading | undefined {
  const symbol = symbolOf(text) ?? codeOf(text);
  if (symbol === undefined) return undefined;
  const legends = ctx.symbols?.();
  const id = symbolMeaning(legends, sheet, list, symbol);
  if (id === undefined) return undefined;
  const word = symbolJudgement(legends, list, symbol, id);
  if (!word) return { id, confidence: 1 };
  const w = quote(word.text);
  return {
    id,
    confidence: word.confidence,
    why: {
      da: `Projektmappens forklaring af symbolerne siger ${symbol} = "${w}". ${word.why?.da ?? ''}`.trim(),
      en: `The workbook's symbol legend says ${symbol} = "${w}". ${word.why?.en ?? ''}`.trim(),
    },
  };
}

/** A status cell formatted as percent (0.5 shown as 50 %): percent complete. */
function percentCell(list: ListId, cell: GridCell, fractions: boolean): ListReading | undefined {
  if (list !== 'status' || typeof cell.v !== 'number' || !(fractions || cell.fmt?.includes('%')))
    return undefined;
  return statusByPercent(Math.round(cell.v * 10000) / 100);
}
