// Incremental validation, for the pane, where a person corrects one value after another in the same
// workbook and the issues must follow at once. The rules are computed per row (each activity row's
// required values and row rules, kept by the row's content and context), per table (focus areas
// covered, the small tables) and per plan (cover, checklist, corps, indicators), and the CPR scan
// of the whole workbook per grid. A validation recomputes the rows that changed since the last one
// and the table and plan rules (cheap: a pass over the rows' themes and the small tables); the
// result is the same as validate()'s, issue for issue and in the same order
// (test/core/validate/incremental.test.ts).

import type { StructureResult } from '../draft';
import type { Grid } from '../grid';
import type { Issue } from '../schema';
import { validate, type RowIssues, type RowMemo, type ValidateOptions } from './rules';

export class IncrementalValidator {
  /** The rows of the last validation, by key; older keys are dropped (no growth over a session). */
  private rows = new Map<string, RowIssues>();
  private next = new Map<string, RowIssues>();
  private readonly cprByGrid = new WeakMap<Grid, Issue[]>();
  /** Rows computed (not remembered) in the last validation: what the change touched. */
  lastComputed = 0;

  private readonly memo: RowMemo = {
    activity: (key, compute) => {
      let found = this.rows.get(key) ?? this.next.get(key);
      if (!found) {
        found = compute();
        this.lastComputed += 1;
      }
      this.next.set(key, found);
      return found;
    },
    cpr: (grid, compute) => {
      let found = this.cprByGrid.get(grid);
      if (!found) {
        found = compute();
        this.cprByGrid.set(grid, found);
      }
      return found;
    },
  };

  /** As validate(result, grid, options), recomputing only what changed since the last call. */
  validate(result: StructureResult, grid: Grid, options: ValidateOptions): Issue[] {
    this.lastComputed = 0;
    this.next = new Map();
    const issues = validate(result, grid, options, this.memo);
    this.rows = this.next;
    return issues;
  }
}
