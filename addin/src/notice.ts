// The outcome of a submission as one short notice: what the ribbon's Indsend command shows in its
// notification dialog. Pure, so every outcome's wording is tested.

import type { Lang } from '../../core/spec';
import { checklistCountText } from '../../core/receipt';
import { formatSubmittedAt } from './common/format';
import { formatBytes, strings } from './i18n';
import type { SubmitOutcome } from './pipeline';

export interface Notice {
  readonly intent: 'success' | 'warning' | 'error';
  readonly title: string;
  readonly lines: readonly string[];
}

export function outcomeNotice(outcome: SubmitOutcome, lang: Lang): Notice {
  const t = strings(lang);
  const error = (line: string): Notice => ({ intent: 'error', title: t.submitHeading, lines: [line] });
  switch (outcome.kind) {
    case 'accepted': {
      const r = outcome.receipt;
      return {
        intent: 'success',
        title: outcome.created ? t.accepted : t.acceptedAgain,
        lines: [
          `${t.receiptId}: ${r.submissionId}`,
          `${t.receivedAt}: ${formatSubmittedAt(r.receivedAt, lang)}`,
          t.receiptCounts(r.counts.activities, r.counts.late, checklistCountText(r)),
          t.receiptWarnings(r.warnings.length),
          outcome.recordError !== undefined
            ? t.recordFailed(outcome.recordError)
            : outcome.recorded
              ? t.recorded
              : t.notRecorded,
        ],
      };
    }
    case 'blocked':
      return error(
        `${t.submitBlocked(outcome.issues.length)} ${lang === 'da' ? 'Tryk Valider for at se dem.' : 'Press Validate to see them.'}`,
      );
    case 'needsStructure':
      return { intent: 'warning', title: t.submitHeading, lines: [t.needsStructure] };
    case 'signedOut':
      return {
        intent: 'warning',
        title: t.submitHeading,
        lines: [
          lang === 'da'
            ? 'Du er ikke logget ind. Tryk Strukturér eller Valider for at åbne korpsplan, log ind, og indsend igen.'
            : 'You are not signed in. Press Structure or Validate to open korpsplan, sign in, and submit again.',
        ],
      };
    case 'tooLarge':
      return error(t.tooLarge(formatBytes(outcome.size, lang), formatBytes(outcome.limit, lang)));
    case 'readFailed':
      return error(t.fileReadFailed(outcome.detail));
    case 'failure': {
      const f = outcome.failure;
      switch (f.kind) {
        case 'offline':
          return error(t.offline);
        case 'signedOut':
          return { intent: 'warning', title: t.submitHeading, lines: [t.signedOutFailure] };
        case 'forbidden':
        case 'conflict':
        case 'refused':
          return error(f.message[lang]);
        case 'invalid':
          return error(
            `${f.message[lang]} ${lang === 'da' ? 'Tryk Valider for at se fejlene.' : 'Press Validate to see the errors.'}`,
          );
        case 'unavailable':
          return { intent: 'warning', title: t.submitHeading, lines: [t.unavailable(f.retryAfter)] };
        case 'failed':
          return error(f.message ? f.message[lang] : t.failed(f.detail));
      }
    }
  }
}
