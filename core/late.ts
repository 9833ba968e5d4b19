// "Late" has one definition (DOMAIN.md): an activity whose deadline has passed (is before the day it
// is judged on) and whose status is neither done, changed nor closed. Validation (the
// activity_late warning, and so the receipt's count), the template's conditional format and the
// corps summary all use it. Pure TypeScript.

import type { Status } from './spec';

/** The statuses that settle an activity: one of them and it is never late. */
export const SETTLED_STATUSES: readonly Status[] = ['done', 'changed', 'closed'];

/** The statuses that still need work (the rest). */
export function isOpen(status: Status | undefined): boolean {
  return !(status !== undefined && SETTLED_STATUSES.includes(status));
}

/**
 * Late on `today` (YYYY-MM-DD): a deadline before `today` and a status that does not settle it. An
 * activity without a status counts as open (validation warns about it as late).
 */
export function isLate(
  activity: { readonly deadline?: string | undefined; readonly status?: Status | undefined },
  today: string,
): boolean {
  return activity.deadline !== undefined && activity.deadline < today && isOpen(activity.status);
}
