// The read checks (values read with less than certainty) as the pane shows them: those about a cover
// field the cover form shows go to that field, the rest to the checks panel.

import type { CoverKey } from '../../../core/corrections';
import type { ReadCheck } from '../../../core/schema';
import type { Lang } from '../../../core/spec';

/** The cover fields the cover form shows, by the field a check names. */
const COVER_FIELDS: Readonly<Record<string, CoverKey>> = {
  'cover.municipality': 'municipality',
  'cover.period': 'period',
  'cover.phase': 'phase',
  'cover.coordinator': 'coordinatorName',
  'cover.leader': 'leaderName',
  'cover.organisation': 'organisation',
  'cover.supervisionModel': 'supervisionModel',
};

export interface SplitChecks {
  /** Why each cover field's value is uncertain (the first check's reason), in the pane's language. */
  readonly cover: Partial<Record<CoverKey, string>>;
  readonly rest: readonly ReadCheck[];
}

/**
 * A reason without the field's label in front ("Kommune: kommunen … er taget fra …"): at the field
 * the label stands right above it.
 */
function withoutLabel(reason: string): string {
  const m = /^[^:"]{1,40}: (.)/su.exec(reason);
  return m ? `${(m[1] ?? '').toLocaleUpperCase('da')}${reason.slice(m[0].length)}` : reason;
}

export function splitChecks(checks: readonly ReadCheck[] | undefined, lang: Lang): SplitChecks {
  const cover: Partial<Record<CoverKey, string>> = {};
  const rest: ReadCheck[] = [];
  for (const check of checks ?? []) {
    const key = Object.prototype.hasOwnProperty.call(COVER_FIELDS, check.field)
      ? COVER_FIELDS[check.field]
      : undefined;
    if (key === undefined) rest.push(check);
    else cover[key] ??= withoutLabel(check.reason[lang]);
  }
  return { cover, rest };
}
