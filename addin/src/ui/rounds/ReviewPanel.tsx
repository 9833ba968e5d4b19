// The leader's review list (issue 12): every expected municipality of the round with its state,
// when it submitted, late or not, warnings and the coordinator's note; a filter; and from a row:
// open the submission as a workbook, approve, or send back with a comment. A mail link to the
// coordinators of the municipalities still missing is the reminder.

import {
  Badge,
  Button,
  Field,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkRegular, ArrowUndoRegular, DocumentTableRegular, MailRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import {
  filterStatus,
  reminderMailto,
  STATE_LABELS,
  STATUS_FILTERS,
  type StatusFilter,
  type StatusResponse,
  type StatusRow,
} from '../../../../core/rounds';
import type { Lang } from '../../../../core/spec';
import { Section } from '../components/Section';
import { STATE_COLOUR } from './RoundCard';
import { strings } from '../../i18n';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface ReviewPanelProps {
  readonly lang: Lang;
  readonly status: StatusResponse;
  readonly filter: StatusFilter | undefined;
  /** The row being worked on (an approval or send-back under way). */
  readonly busy?: string;
  readonly error?: string;
  readonly formatWhen: (iso: string) => string;
  readonly onFilter: (filter: StatusFilter | undefined) => void;
  readonly onOpen: (row: StatusRow) => void;
  readonly onApprove: (row: StatusRow) => void;
  readonly onSendBack: (row: StatusRow, comment: string) => void;
}

function Row({ row, ...p }: { row: StatusRow } & ReviewPanelProps) {
  const styles = useStyles();
  const s = strings(p.lang);
  const [sending, setSending] = useState(false);
  const [comment, setComment] = useState('');
  const [tried, setTried] = useState(false);
  const busy = p.busy === row.municipality;
  const reviewable = row.submissionId !== undefined && row.state === 'indsendt';
  return (
    <li className={styles.row} aria-label={row.name}>
      <div className={styles.line}>
        <Text weight="semibold">{row.name}</Text>
        <Badge appearance="filled" color={STATE_COLOUR[row.state]}>
          {STATE_LABELS[row.state][p.lang]}
        </Badge>
        {row.late && (
          <Badge appearance="outline" color="danger">
            {s.roundLate}
          </Badge>
        )}
      </div>
      {row.submittedAt && (
        <Text size={200} className={styles.muted}>
          {s.roundSubmittedAt} {p.formatWhen(row.submittedAt)} · {s.roundWarnings(row.warnings ?? 0)}
        </Text>
      )}
      {row.note && (
        <Text size={200}>
          {s.roundNote}: {row.note}
        </Text>
      )}
      {row.review?.comment && (
        <Text size={200}>
          {s.roundComment(row.review.by.name ?? row.review.by.role)} {row.review.comment}
        </Text>
      )}
      {row.submissionId && (
        <div className={styles.line}>
          <Button size="small" icon={<DocumentTableRegular />} disabled={busy} onClick={() => p.onOpen(row)}>
            {s.roundOpen}
          </Button>
          {reviewable && !sending && (
            <>
              <Button
                size="small"
                icon={<CheckmarkRegular />}
                disabled={busy}
                onClick={() => p.onApprove(row)}
              >
                {s.roundApprove}
              </Button>
              <Button
                size="small"
                icon={<ArrowUndoRegular />}
                disabled={busy}
                onClick={() => setSending(true)}
              >
                {s.roundSendBack}
              </Button>
            </>
          )}
          {busy && <Spinner size="tiny" label={s.roundWorking} />}
        </div>
      )}
      {sending && (
        <>
          <Field
            label={s.roundSendBackComment}
            required
            {...(tried && !comment.trim() ? { validationMessage: s.roundCommentRequired } : {})}
          >
            <Textarea value={comment} onChange={(_, d) => setComment(d.value)} resize="vertical" />
          </Field>
          <div className={styles.line}>
            <Button
              size="small"
              appearance="primary"
              disabled={busy}
              onClick={() => {
                setTried(true);
                if (!comment.trim()) return;
                p.onSendBack(row, comment.trim());
                setSending(false);
              }}
            >
              {s.roundSendBackConfirm}
            </Button>
            <Button size="small" onClick={() => setSending(false)}>
              {s.cancel}
            </Button>
          </div>
        </>
      )}
    </li>
  );
}

export function ReviewPanel(props: ReviewPanelProps) {
  const styles = useStyles();
  const { lang, status, filter } = props;
  const s = strings(lang);
  // The whole list came with the answer: the filter works on it at once, and the reminder goes to
  // every municipality missing whatever the filter shows.
  const rows = filterStatus(status.rows, filter);
  const mailto = reminderMailto(status.rows, status.round, lang);
  const missing = status.counts.mangler;
  return (
    <Section id="vurdering" title={`${s.reviewHeading} · ${status.round.period}`}>
      <Text>{s.roundCounts(status.counts)}</Text>
      <Field label={s.roundFilter}>
        <Select
          value={filter ?? 'all'}
          onChange={(_, d) => props.onFilter(d.value === 'all' ? undefined : (d.value as StatusFilter))}
        >
          <option value="all">{s.roundFilters.all}</option>
          {STATUS_FILTERS.map((f) => (
            <option key={f} value={f}>
              {s.roundFilters[f]}
            </option>
          ))}
        </Select>
      </Field>
      {mailto && (
        <Link href={mailto}>
          <MailRegular /> {s.roundRemind(missing)}
        </Link>
      )}
      {props.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{props.error}</MessageBarBody>
        </MessageBar>
      )}
      {rows.length === 0 ? (
        <Text>{s.roundNoRows}</Text>
      ) : (
        <ul className={styles.list}>
          {rows.map((row) => (
            <Row key={row.municipality} row={row} {...props} />
          ))}
        </ul>
      )}
    </Section>
  );
}
