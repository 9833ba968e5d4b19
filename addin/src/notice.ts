// The outcome of a submission as one short notice: what the ribbon's Indsend command shows in its
// notification dialog. Pure, so every outcome's wording is tested.

import { daysLeft, deadlineText, type StatusResponse } from '../../core/rounds';
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

/** What the service said of the round after an accepted submission (fetched by the ribbon). */
export type RoundAfterSubmit =
  /** The round's status list (the coordinator's own row), or null when the period has no round. */
  | { readonly status: StatusResponse | null; readonly now: Date }
  /** The status could not be fetched: the submission stands, the line says so. */
  | { readonly error: string };

/**
 * One line on the round after a submission: its deadline and days left, and where the plan now
 * stands (awaiting review, answering a send-back, late); null when the period has no round.
 */
export function roundLine(round: RoundAfterSubmit, submissionId: string, lang: Lang): string | null {
  const s = strings(lang);
  const da = lang === 'da';
  if ('error' in round) {
    return da
      ? `Rundens status kunne ikke hentes (${round.error}); planen er modtaget.`
      : `The round's state could not be fetched (${round.error}); the plan was received.`;
  }
  const status = round.status;
  if (!status) return null;
  const r = status.round;
  const head = `${s.roundHeading} ${r.period}: ${s.roundDeadline.toLowerCase()} ${deadlineText(r.deadline, lang)}`;
  if (r.closed) return `${head}. ${s.roundClosed}`;
  const row = status.rows.find((x) => x.submissionId === submissionId);
  const parts = [`${head} (${s.roundDaysLeft(daysLeft(r.deadline, round.now))}).`];
  if (row) {
    if (row.review) {
      parts.push(
        row.review.decision === 'approved'
          ? da
            ? 'Planen er godkendt.'
            : 'The plan is approved.'
          : da
            ? 'Planen er sendt tilbage; se kommentaren i korpsplan.'
            : 'The plan was sent back; see the comment in korpsplan.',
      );
    } else if (row.answers) {
      parts.push(
        da
          ? 'Planen svarer på den, der blev sendt tilbage, og afventer nu ledelsens vurdering.'
          : 'The plan answers the one sent back and now awaits the leaders’ review.',
      );
    } else {
      parts.push(da ? 'Planen afventer ledelsens vurdering.' : 'The plan awaits the leaders’ review.');
    }
    if (row.late)
      parts.push(da ? 'Kommunen indsendte efter fristen.' : 'The municipality submitted after the deadline.');
  }
  return parts.join(' ');
}

export function outcomeNotice(outcome: SubmitOutcome, lang: Lang, round?: RoundAfterSubmit): Notice {
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
          ...(round ? [roundLine(round, r.submissionId, lang)].filter((l): l is string => l !== null) : []),
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
