// What the app shows, derived from an inspection: pure functions, tested without React.

import type { ColumnOverride, TableMapping } from '../../../core/draft';
import type { InspectResult } from '../../../core/inspect';
import type { Issue } from '../../../core/schema';
import { colName } from '../../../core/grid';
import { checklistCounts } from '../../../core/receipt';
import { RACI_FIELD } from '../../../core/structure/vocab';
import { FRONT_SHEET, TABLE_SHEETS, type Lang, type TableKey, listLabel } from '../../../core/spec';
import { strings, type Strings } from '../i18n';

export interface PlanStatus {
  readonly municipality?: string;
  readonly period?: string;
  readonly phase?: string;
  readonly activities: number;
  readonly checklistAnswered: number;
  readonly checklistTotal: number;
  readonly late: number;
  /** Labels of required cover fields that are missing. */
  readonly missing: readonly string[];
  readonly errors: number;
  readonly warnings: number;
}

const COVER_MISSING: Record<string, 'municipality' | 'period' | 'phase'> = {
  municipality_missing: 'municipality',
  municipality_unknown: 'municipality',
  period_missing: 'period',
  period_malformed: 'period',
  phase_missing: 'phase',
};

/** Answered over the questions of the workbook's own template version. */
function counts(draft: InspectResult['structure']['draft']): {
  checklistAnswered: number;
  checklistTotal: number;
} {
  const c = checklistCounts(draft);
  return { checklistAnswered: c.checklistAnswered, checklistTotal: c.checklistQuestions };
}

export function planStatus(result: InspectResult, lang: Lang): PlanStatus {
  const draft = result.structure.draft;
  const missingKeys = new Set(
    result.issues.flatMap((i) => (COVER_MISSING[i.code] ? [COVER_MISSING[i.code] as string] : [])),
  );
  if (!result.structure.draft.planTable) missingKeys.add('planTable');
  const missing = [...missingKeys].map((key) => {
    if (key === 'planTable') return strings(lang).activitiesTable;
    return FRONT_SHEET.fields.find((f) => f.key === key)?.label[lang] ?? key;
  });
  return {
    ...(draft.municipality
      ? { municipality: `${draft.municipality.name} (${draft.municipality.code})` }
      : {}),
    ...(draft.period ? { period: draft.period } : {}),
    ...(draft.phase ? { phase: listLabel('phase', draft.phase, lang) } : {}),
    activities: draft.activities.length,
    ...counts(draft),
    late: result.issues.filter((i) => i.code === 'activity_late').length,
    missing,
    errors: result.issues.filter((i) => i.severity === 'error').length,
    warnings: result.issues.filter((i) => i.severity === 'warning').length,
  };
}

export type ConfidenceLevel = 'high' | 'medium' | 'low' | 'corrected';

export function confidenceLevel(confidence: number, corrected: boolean): ConfidenceLevel {
  if (corrected) return 'corrected';
  if (confidence >= 0.9) return 'high';
  if (confidence >= 0.6) return 'medium';
  return 'low';
}

export interface FieldOption {
  /** The plan field, or '' for "not used". */
  readonly value: string;
  readonly label: string;
}

/** The fields a column of this table can be mapped to, in the template's order. */
export function fieldOptions(key: TableKey, lang: Lang, t: Strings): FieldOption[] {
  const spec = TABLE_SHEETS.find((s) => s.key === key);
  const fields: FieldOption[] = (spec?.columns ?? []).map((c) => ({ value: c.field, label: c.label[lang] }));
  if (key === 'checklist') {
    fields.push(
      { value: 'answer.yes', label: t.markFields.yes },
      { value: 'answer.partly', label: t.markFields.partly },
      { value: 'answer.no', label: t.markFields.no },
    );
  }
  // A plan's columns per role holding R, A, C or I: the responsible is read from the R.
  if (key === 'activities') fields.push({ value: RACI_FIELD, label: t.raciField });
  return [{ value: '', label: t.fieldUnused }, ...fields];
}

export interface ColumnView {
  readonly col: number;
  readonly letter: string;
  readonly header: string;
  readonly field: string | null;
  readonly confidence: number;
  readonly level: ConfidenceLevel;
}

export interface TableView {
  readonly key: TableKey;
  readonly sheet: string;
  /** 1-based, as Excel shows it. */
  readonly headerRow: number;
  readonly rows: number;
  readonly columns: readonly ColumnView[];
}

export function tableViews(
  tables: readonly TableMapping[],
  overrides: readonly ColumnOverride[],
): TableView[] {
  return tables.map((t) => ({
    key: t.key,
    sheet: t.sheet,
    headerRow: t.headerRow + 1,
    rows: Math.max(0, t.lastRow - t.firstRow + 1),
    columns: t.columns.map((c) => {
      const corrected = overrides.some((o) => o.sheet === t.sheet && o.col === c.col);
      return {
        col: c.col,
        letter: colName(c.col),
        header: c.header,
        field: c.field,
        confidence: c.confidence,
        level: confidenceLevel(c.confidence, corrected),
      };
    }),
  }));
}

/** Sets (or replaces) the coordinator's correction of one column. */
export function withOverride(overrides: readonly ColumnOverride[], next: ColumnOverride): ColumnOverride[] {
  return [...overrides.filter((o) => !(o.sheet === next.sheet && o.col === next.col)), next];
}

/** The issue's message in the app's language. */
export function issueText(issue: Issue, lang: Lang): string {
  return issue.message[lang];
}
