// The draft plan: everything structuring understood from a grid, with where each value came from.
// Structuring (core/structure) produces it; validation (core/validate) judges it; toPlan turns a
// complete draft into the canonical plan. Values in a draft are already normalised (ISO dates, list
// ids); a value that could not be normalised is absent from `values` and reported as an issue.

import type {
  Issue,
  ReadCheck,
  Unmapped,
  Plan,
  Activity,
  Role,
  CorpsMember,
  Indicator,
  Communication,
} from './schema';
import type {
  Answer,
  ChecklistId,
  FrontFieldKey,
  Organisation,
  Phase,
  SupervisionModel,
  TableKey,
} from './spec';
import type { AppliedRemembered, RememberedEntries } from './remembered';

export interface Place {
  readonly sheet: string;
  /** A1 address. */
  readonly cell: string;
}

export interface DraftRow<T> {
  readonly values: Partial<T>;
  /** The row in the source workbook (1-based, as Excel shows it). */
  readonly source: { readonly sheet: string; readonly row: number };
  /** Where each field of this row is (or would be, when its column exists but the cell is empty). */
  readonly cells: Partial<Record<keyof T & string, string>>;
}

export type ActivityFields = Omit<Activity, 'source'>;

export interface DraftChecklistAnswer {
  readonly id: ChecklistId;
  readonly answer: Answer | null;
  readonly comment?: string;
  /** Where the answer is (or would be) written. */
  readonly place?: Place;
}

/** A checklist answer carried from the previous half-year, to be confirmed (core/nextPeriod.ts). */
export interface CarriedAnswer {
  readonly id: ChecklistId;
  readonly answer: Answer;
  /** The half-year it was carried from. */
  readonly period?: string;
}

export interface DraftPlan {
  readonly templateVersion?: string;
  readonly municipality?: { readonly code: string; readonly name: string };
  readonly period?: string;
  readonly phase?: Phase;
  readonly coordinator?: { readonly name: string; readonly email?: string };
  readonly leader?: { readonly name: string; readonly email?: string };
  readonly organisation?: Organisation;
  readonly supervisionModel?: SupervisionModel;
  /** Where each cover-sheet field was found, or where it belongs in the template layout. */
  readonly places: Partial<Record<FrontFieldKey, Place>>;
  /** The plan table that was found; undefined when none was. */
  readonly planTable?: { readonly sheet: string; readonly headerRow: number };
  readonly activities: readonly DraftRow<ActivityFields>[];
  /** Always all the spec's ids, in CHECKLIST order. */
  readonly checklist: readonly DraftChecklistAnswer[];
  /** Answers carried from the previous half-year and not yet confirmed (absent: none). */
  readonly carried?: readonly CarriedAnswer[];
  readonly roles: readonly DraftRow<Role>[];
  readonly corps: readonly DraftRow<CorpsMember>[];
  readonly indicators: readonly DraftRow<Indicator>[];
  readonly communication: readonly DraftRow<Communication>[];
  readonly needsAnalysis: readonly { readonly id: string; readonly answer: string; readonly place?: Place }[];
}

/** How one source column was understood; the add-in shows it and lets the coordinator correct it. */
export interface ColumnMapping {
  /** 0-based column index in the source sheet. */
  readonly col: number;
  readonly header: string;
  /** The plan field (a column `field` of the table's spec), or null when the column is not used. */
  readonly field: string | null;
  /** 0..1: 1 for an exact template header, lower for aliases and guesses. */
  readonly confidence: number;
}

export interface TableMapping {
  readonly key: TableKey;
  readonly sheet: string;
  /** 0-based row of the header. */
  readonly headerRow: number;
  /** 0-based rows of the first and last data row (inclusive); last < first when the table is empty. */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly columns: readonly ColumnMapping[];
}

export interface ColumnOverride {
  readonly sheet: string;
  readonly col: number;
  readonly field: string | null;
}

export interface StructureOptions {
  /** Municipality code or name; overrides what the workbook says. */
  readonly municipality?: string;
  /** Reporting period such as 2026-H2; overrides what the workbook says. */
  readonly period?: string;
  /** Corrections of the header mapping, chosen by the coordinator in the add-in. */
  readonly columnOverrides?: readonly ColumnOverride[];
  /**
   * The municipality's remembered corrections (core/remembered.ts): matching headers, values and
   * cover labels are read as remembered, each listed in StructureResult.remembered. The person's
   * own columnOverrides win over them.
   */
  readonly remembered?: RememberedEntries;
}

export interface StructureResult {
  readonly draft: DraftPlan;
  /** Issues found while reading: unreadable dates, values outside a list, no plan table, ... */
  readonly issues: readonly Issue[];
  /** Every non-empty source cell that did not land in a plan field. */
  readonly unmapped: readonly Unmapped[];
  /** Values read with less than certainty, each at its place, for the coordinator to check. */
  readonly checks: readonly ReadCheck[];
  readonly tables: readonly TableMapping[];
  /** Original sheets kept beside a structured workbook (archive, not plan data). */
  readonly archivedSheets: readonly string[];
  /** Things in the workbook that cannot be carried over into the template (charts, images). */
  readonly notCarried: readonly { readonly sheet: string; readonly what: string }[];
  /** What remembered corrections decided ("husket fra sidst"), for the pane to show and undo. */
  readonly remembered?: readonly AppliedRemembered[];
}

export type { Plan };
