// Helpers for the plans of held-out round 20 (p109–p112: plans that went through a PDF and a
// converter back to Excel). A converter leaves an activity over several rows, or over two sheets,
// so these plans place each activity's reading cell by cell instead of through PlanBuilder.table.

import { toExpected, type Exp, type PlanBuilder } from '../build/plan';
import type { ActivityField } from '../expected';

/** Where one field of an activity is read, and what it means: [reading, cell, sheet if not the row's]. */
export type At = readonly [Exp, string, string?];

/** Records an activity whose fields are read from the cells given (a wrapped row's last line, a page's next sheet). */
export function placeActivity(
  p: PlanBuilder,
  sheet: string,
  row: number,
  f: Readonly<Record<ActivityField, At>>,
): void {
  const x = (a: At) => toExpected(a[0], a[1], a[2]);
  p.activity(sheet, row, {
    theme: x(f.theme),
    activity: x(f.activity),
    status: x(f.status),
    start: x(f.start),
    deadline: x(f.deadline),
    responsible: x(f.responsible),
  });
}
