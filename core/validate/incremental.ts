// Incremental validation, for the pane, where a person corrects one value after another in the same
// workbook and the issues must follow at once. The rules are computed per row (each activity row's
// required values and row rules, kept by the row's content and context), per table (focus areas
// covered, the small tables) and per plan (cover, checklist, corps, indicators); the CPR scan of the
// whole workbook per grid, and which of a row's values hold a CPR number per row. Rows are kept by
// object: structuring's rows are never changed in place, and a correction makes a new object of the
// row it changes (applyCorrections). A validation recomputes the rows that changed since the last
// one and the table and plan rules (cheap: a pass over the rows' themes and the small tables); the
// result is the same as validate()'s, issue for issue and in the same order
// (test/core/validate/incremental.test.ts).

import type { StructureResult } from '../draft';
import type { Grid } from '../grid';
import type { Issue } from '../schema';
import { validate, type CprField, type RowIssues, type RowMemo, type ValidateOptions } from './rules';

export class IncrementalValidator {
  /** Each row's issues with the context they were computed in (dropped with the row). */
  private readonly rows = new WeakMap<object, { key: string; issues: RowIssues }>();
  private readonly cprByGrid = new WeakMap<Grid, Issue[]>();
  private readonly cprFieldsByRow = new WeakMap<object, readonly CprField[]>();
  /** Rows computed (not remembered) in the last validation: what the change touched. */
  lastComputed = 0;

  private readonly memo: RowMemo = {
    activity: (row, key, compute) => {
      const found = this.rows.get(row);
      if (found?.key === key) return found.issues;
      const issues = compute();
      this.lastComputed += 1;
      this.rows.set(row, { key, issues });
      return issues;
    },
    cpr: (grid, compute) => {
      let found = this.cprByGrid.get(grid);
      if (!found) {
        found = compute();
        this.cprByGrid.set(grid, found);
      }
      return found;
    },
    cprFields: (row, compute) => {
      let found = this.cprFieldsByRow.get(row);
      if (!found) {
        found = compute();
        this.cprFieldsByRow.set(row, found);
      }
      return found;
    },
  };

  /** As validate(result, grid, options), recomputing only what changed since the last call. */
  validate(result: StructureResult, grid: Grid, options: ValidateOptions): Issue[] {
    this.lastComputed = 0;
    return validate(result, grid, options, this.memo);
  }
}
