// A command line that cannot be carried out as written (an option value outside its list, a field
// given twice): refused with exit code 2 and a Danish and English message, as JSON under --json.

import { isTemplateVersion, TEMPLATE_VERSIONS, type TemplateVersion } from '../core/spec';

export class UsageError extends Error {
  constructor(
    readonly code: 'option_invalid',
    readonly userMessage: { readonly da: string; readonly en: string },
  ) {
    super(userMessage.en);
    this.name = 'UsageError';
  }

  toJSON(): { code: string; message: { da: string; en: string } } {
    return { code: this.code, message: { da: this.userMessage.da, en: this.userMessage.en } };
  }
}

/** --template-version: one of the template's versions (core/spec.ts), else a usage error. */
export function parseVersion(v: string): TemplateVersion {
  if (isTemplateVersion(v)) return v;
  throw new UsageError('option_invalid', {
    da: `Skabelonversionen skal være en af ${TEMPLATE_VERSIONS.join(', ')}.`,
    en: `The template version must be one of ${TEMPLATE_VERSIONS.join(', ')}.`,
  });
}
