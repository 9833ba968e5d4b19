// Where the plan stands: what was recognised, what is missing, what is late, and the last receipt.

import { Badge, Button, Caption1, makeStyles, Text, tokens } from '@fluentui/react-components';
import {
  ArrowClockwiseRegular,
  CheckmarkCircleRegular,
  ClockAlarmRegular,
  ErrorCircleRegular,
} from '@fluentui/react-icons';
import type { Strings } from '../../i18n';
import type { PlanStatus } from '../model';
import type { ReceiptState } from '../usePlanApp';
import { Section } from './Section';

const useStyles = makeStyles({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  missingValue: {
    margin: 0,
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  lines: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  late: { color: tokens.colorPaletteDarkOrangeForeground1 },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
  footer: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
});

export interface StatusCardProps {
  readonly t: Strings;
  readonly status: PlanStatus;
  readonly receipt: ReceiptState;
  readonly signedIn: boolean;
  readonly validatedAt: string;
  readonly onValidate: () => void;
  readonly formatWhen: (iso: string) => string;
}

export function StatusCard({
  t,
  status,
  receipt,
  signedIn,
  validatedAt,
  onValidate,
  formatWhen,
}: StatusCardProps) {
  const styles = useStyles();
  const fact = (label: string, value: string | undefined) => (
    <>
      <dt className={styles.term}>{label}</dt>
      <dd className={value ? styles.value : styles.missingValue}>{value ?? t.notFound}</dd>
    </>
  );
  return (
    <Section id="status" title={t.statusHeading}>
      <dl className={styles.facts}>
        {fact(t.municipality, status.municipality)}
        {fact(t.period, status.period === undefined ? undefined : t.periodName(status.period))}
        {fact(t.phase, status.phase)}
      </dl>
      <div className={styles.badges}>
        <Badge appearance="filled" color={status.errors > 0 ? 'danger' : 'success'}>
          {t.errorsCount(status.errors)}
        </Badge>
        <Badge appearance="tint" color={status.warnings > 0 ? 'warning' : 'informative'}>
          {t.warningsCount(status.warnings)}
        </Badge>
      </div>
      <ul className={styles.lines}>
        <li className={styles.line}>
          <CheckmarkCircleRegular aria-hidden className={styles.ok} />
          <Text>{t.activitiesRecognised(status.activities)}</Text>
        </li>
        <li className={styles.line}>
          <CheckmarkCircleRegular
            aria-hidden
            className={status.checklistAnswered === status.checklistTotal ? styles.ok : styles.late}
          />
          <Text>{t.checklistAnswered(status.checklistAnswered, status.checklistTotal)}</Text>
        </li>
        <li className={styles.line}>
          <ClockAlarmRegular aria-hidden className={status.late > 0 ? styles.late : styles.ok} />
          <Text>{status.late > 0 ? t.lateActivities(status.late) : t.noLate}</Text>
        </li>
        <li className={styles.line}>
          {status.missing.length > 0 ? (
            <>
              <ErrorCircleRegular aria-hidden className={styles.bad} />
              <Text>
                {t.missing}: {status.missing.join(', ')}
              </Text>
            </>
          ) : (
            <>
              <CheckmarkCircleRegular aria-hidden className={styles.ok} />
              <Text>{t.nothingMissing}</Text>
            </>
          )}
        </li>
      </ul>
      <div>
        <Text weight="semibold">{t.lastReceipt}: </Text>
        <Text>
          {!signedIn
            ? t.signInNeeded
            : receipt.kind === 'loaded'
              ? t.receiptLine(formatWhen(receipt.receipt.receivedAt), receipt.receipt.submissionId)
              : receipt.kind === 'none'
                ? t.noReceipt
                : receipt.kind === 'error'
                  ? t.receiptsUnavailable
                  : '…'}
        </Text>
      </div>
      <div className={styles.footer}>
        <Caption1>{validatedAt}</Caption1>
        <Button size="small" icon={<ArrowClockwiseRegular />} onClick={onValidate}>
          {t.validate}
        </Button>
      </div>
    </Section>
  );
}
