// Updating a workbook to a newer template (see core/migrate.ts for stored plans over time).
//
// A workbook is updated by giving its draft a newer version: the layout of that version is written
// with every value the draft holds (core/layout.ts), and the questions and columns the newer version
// added are left empty for the coordinator. A workbook is never moved to an older version (a value
// of the newer one would have nowhere to go).
//
// Apart from core/migrate.ts (which re-exports it) because the intake path (core/corrections.ts)
// uses it and must load no zod: core/migrate.ts parses stored plans with the plan schema.

import type { DraftPlan } from './draft';
import { TEMPLATE_VERSION, compareVersions, isTemplateVersion, type TemplateVersion } from './spec';

export class TemplateUpdateError extends Error {
  constructor(
    readonly from: string,
    readonly to: TemplateVersion,
    readonly userMessage: { readonly da: string; readonly en: string },
  ) {
    super(userMessage.en);
    this.name = 'TemplateUpdateError';
  }
}

/**
 * A workbook's draft for the layout of template `to` ("Opdater til skabelon 1.1"): every value kept,
 * the version changed. Refused when `to` is older than the workbook's own version.
 */
export function updateDraft(draft: DraftPlan, to: TemplateVersion = TEMPLATE_VERSION): DraftPlan {
  const from = draft.templateVersion;
  if (isTemplateVersion(from) && compareVersions(to, from) < 0) {
    throw new TemplateUpdateError(from, to, {
      da: `Arbejdsbogen er lavet i skabelon ${from} og kan ikke flyttes tilbage til ${to}: svarene på det, som ${from} har fået til, ville ikke have en plads.`,
      en: `The workbook was made in template ${from} and cannot be moved back to ${to}: the answers to what ${from} added would have no place.`,
    });
  }
  return { ...draft, templateVersion: to };
}

/** Whether a workbook of `version` can be updated to the current template. */
export function canUpdate(version: string | undefined): boolean {
  return isTemplateVersion(version) && compareVersions(version, TEMPLATE_VERSION) < 0;
}
