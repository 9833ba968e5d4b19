// Submitting: blocked while there are errors, an optional explanation of the warnings that travels
// with the submission, and every outcome with a clear message and a way forward.

import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { SendRegular } from '@fluentui/react-icons';
import type { Lang } from '../../../../core/spec';
import { checklistCountText } from '../../../../core/receipt';
import type { Strings } from '../../i18n';
import { NOTE_MAX } from '../../limits';
import type { SubmitOutcome } from '../../pipeline';
import type { SubmitState } from '../usePlanApp';
import { Section } from './Section';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  receipt: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    margin: `${tokens.spacingVerticalXS} 0`,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, wordBreak: 'break-all' },
});

export interface SubmitPanelProps {
  readonly t: Strings;
  readonly lang: Lang;
  readonly errors: number;
  readonly warnings: number;
  /** Column corrections that only structuring puts into the file. */
  readonly needsStructure: boolean;
  readonly note: string;
  readonly state: SubmitState;
  readonly formatWhen: (iso: string) => string;
  readonly formatBytes: (n: number) => string;
  readonly onNote: (note: string) => void;
  readonly onSubmit: () => void;
  readonly onSignIn: () => void;
  readonly onShowErrors: () => void;
}

function Outcome({ outcome, ...p }: { outcome: SubmitOutcome } & SubmitPanelProps) {
  const styles = useStyles();
  const { t, lang } = p;
  const retry = (
    <MessageBarActions>
      <Button size="small" onClick={p.onSubmit}>
        {t.retry}
      </Button>
    </MessageBarActions>
  );
  switch (outcome.kind) {
    case 'accepted': {
      const r = outcome.receipt;
      return (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{outcome.created ? t.accepted : t.acceptedAgain}</MessageBarTitle>
            <dl className={styles.receipt}>
              <dt className={styles.term}>{t.receiptId}</dt>
              <dd className={styles.value}>{r.submissionId}</dd>
              <dt className={styles.term}>{t.receivedAt}</dt>
              <dd className={styles.value}>{p.formatWhen(r.receivedAt)}</dd>
            </dl>
            <div>{t.receiptCounts(r.counts.activities, r.counts.late, checklistCountText(r))}</div>
            <div>{t.receiptWarnings(r.warnings.length)}</div>
            {outcome.recordError !== undefined ? (
              <div>{t.recordFailed(outcome.recordError)}</div>
            ) : outcome.recorded ? (
              <div>{t.recorded}</div>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      );
    }
    case 'blocked':
      return (
        <MessageBar intent="error">
          <MessageBarBody>{t.submitBlocked(outcome.issues.length)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={p.onShowErrors}>
              {t.fixErrors}
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    case 'needsStructure':
      return (
        <MessageBar intent="warning">
          <MessageBarBody>{t.needsStructure}</MessageBarBody>
        </MessageBar>
      );
    case 'signedOut':
      return (
        <MessageBar intent="warning">
          <MessageBarBody>{t.signedOutFailure}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={p.onSignIn}>
              {t.signIn}
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    case 'tooLarge':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t.tooLarge(p.formatBytes(outcome.size), p.formatBytes(outcome.limit))}
          </MessageBarBody>
        </MessageBar>
      );
    case 'readFailed':
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t.fileReadFailed(outcome.detail)}</MessageBarBody>
          {retry}
        </MessageBar>
      );
    case 'failure': {
      const f = outcome.failure;
      switch (f.kind) {
        case 'offline':
          return (
            <MessageBar intent="error">
              <MessageBarBody>{t.offline}</MessageBarBody>
              {retry}
            </MessageBar>
          );
        case 'signedOut':
          return (
            <MessageBar intent="warning">
              <MessageBarBody>{t.signedOutFailure}</MessageBarBody>
            </MessageBar>
          );
        case 'forbidden':
        case 'conflict':
        case 'refused':
          return (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{f.message[lang]}</MessageBarBody>
            </MessageBar>
          );
        case 'invalid':
          return (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                {f.message[lang]} {t.invalidFromServer}
              </MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={p.onShowErrors}>
                  {t.fixErrors}
                </Button>
              </MessageBarActions>
            </MessageBar>
          );
        case 'unavailable':
          return (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>{t.unavailable(f.retryAfter)}</MessageBarBody>
              {retry}
            </MessageBar>
          );
        case 'failed':
          return (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>{f.message ? f.message[lang] : t.failed(f.detail)}</MessageBarBody>
              {retry}
            </MessageBar>
          );
      }
    }
  }
}

export function SubmitPanel(props: SubmitPanelProps) {
  const { t, errors, warnings, state } = props;
  const styles = useStyles();
  const working = state.kind === 'working';
  const blocked = errors > 0 || props.needsStructure;
  return (
    <Section id="indsend" title={t.submitHeading}>
      {errors > 0 && <Text id="submit-blocked">{t.submitBlocked(errors)}</Text>}
      {errors === 0 && props.needsStructure && <Text id="submit-blocked">{t.needsStructure}</Text>}
      {warnings > 0 && errors === 0 && (
        <Field label={t.noteLabel} hint={t.noteHint(NOTE_MAX - props.note.length)}>
          <Textarea
            value={props.note}
            maxLength={NOTE_MAX}
            resize="vertical"
            disabled={working}
            onChange={(_, data) => props.onNote(data.value)}
          />
        </Field>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<SendRegular />}
          disabledFocusable={blocked || working}
          aria-describedby={blocked ? 'submit-blocked' : undefined}
          onClick={props.onSubmit}
        >
          {t.submit}
        </Button>
        {working && <Spinner size="tiny" label={t.submitting} />}
      </div>
      <div aria-live="polite" role="status">
        {state.kind === 'done' && <Outcome outcome={state.outcome} {...props} />}
      </div>
    </Section>
  );
}
