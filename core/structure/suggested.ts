// A column of values suggested for a field, beside the coordinator's own column for that field: an
// AI assistant's "Foreslået tema" next to her "Tema" (Excel's COPILOT function filling a column
// from the activities), a tool's "Suggested status" next to "Status". The suggestions are hers to
// accept: a careful reader takes her own value wherever she wrote one, whatever was suggested, and
// where she left her cell empty reads the suggestion as a value to be confirmed — checked at the
// suggestion's cell. Only the list fields (theme, status, anchoring), each read with its own list,
// and only where the table has her own column for the field as well.

import type { ActivityFields, DraftRow } from '../draft';
import { a1 } from '../grid';
import type { ReadCheck } from '../schema';
import type { DetectedTable } from './detect';
import { readListValue } from './values';
import { isExactTerm } from './vocab';

/** "Foreslået tema", "Forslag til status", "AI-forslag til tema", "Suggested theme" (in small letters). */
const SUGGESTED =
  /^(?:foreslået|foreslaaet|forslag til|(?:ai|copilot)s? ?forslag(?: til)?|(?:ai )?suggested|proposed)\s+(.+)$/u;

const FIELDS = ['theme', 'status', 'anchoring'] as const;
type SuggestedField = (typeof FIELDS)[number];

interface SuggestedColumn {
  readonly table: DetectedTable;
  readonly col: number;
  readonly header: string;
  readonly field: SuggestedField;
}

function suggestedColumns(tables: readonly DetectedTable[]): SuggestedColumn[] {
  const out: SuggestedColumn[] = [];
  for (const t of tables) {
    if (t.key !== 'activities') continue;
    for (const info of t.info) {
      // (Cheap first: one header per column, and most never start so.)
      const m = SUGGESTED.exec(
        info.header
          .normalize('NFC')
          .toLowerCase()
          .replace(/[-‐–\s]+/gu, ' ')
          .trim(),
      );
      if (!m) continue;
      const named = m[1] ?? '';
      const field = FIELDS.find((f) => isExactTerm('activities', f, named));
      if (field === undefined) continue;
      // Her own column for the field beside it: else the suggestions are the only column, read as it is.
      if (!t.columns.some((c) => c.field === field && c.col !== info.col)) continue;
      out.push({ table: t, col: info.col, header: info.header.trim(), field });
    }
  }
  return out;
}

/**
 * Fills each activity's empty theme, status or anchoring from a column suggesting it, checked at the
 * suggestion's cell. Returns the checks.
 */
export function acceptSuggestions(
  tables: readonly DetectedTable[],
  activities: readonly DraftRow<ActivityFields>[],
): ReadCheck[] {
  const checks: ReadCheck[] = [];
  const columns = suggestedColumns(tables);
  if (columns.length === 0) return checks;
  for (const s of columns) {
    const t = s.table;
    for (const a of activities) {
      const r = a.source.row - 1;
      if (a.source.sheet !== t.view.name || r < t.firstRow || r > t.lastRow) continue;
      if (a.values[s.field] !== undefined) continue;
      const text = t.view.text(r, s.col).trim();
      if (text === '') continue;
      const reading = readListValue(s.field, text);
      if (reading === undefined) continue;
      (a.values as Record<string, unknown>)[s.field] = reading.id;
      const cell = a1(r, s.col);
      (a.cells as Record<string, string>)[s.field] = cell;
      t.view.use(r, s.col);
      checks.push({
        sheet: t.view.name,
        cell,
        field: `activities.${s.field}`,
        value: text,
        confidence: Math.min(0.6, reading.confidence),
        reason: {
          da: `Cellen i jeres egen kolonne er tom; "${text}" er læst fra kolonnen "${s.header}", der kun foreslår en værdi. Bekræft den, eller vælg en anden.`,
          en: `The cell in your own column is empty; "${text}" was read from the column "${s.header}", which only suggests a value. Confirm it or choose another.`,
        },
      });
    }
  }
  return checks;
}
