// Leaders open the merged corps summary for a period as a new workbook (or download it).

import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DocumentTableRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Lang } from '../../../../core/spec';
import type { Strings } from '../../i18n';
import type { SummaryState } from '../usePlanApp';
import { Section } from './Section';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
});

/** The half-year containing the day, and the ones around it that leaders ask for. */
export function periodChoices(today: string): string[] {
  const [y, m] = today.split('-').map(Number);
  const year = y ?? 2026;
  const half = (m ?? 1) <= 6 ? 1 : 2;
  const out: string[] = [];
  let yy = year;
  let hh = half;
  for (let i = 0; i < 6; i++) {
    out.push(`${yy}-H${hh}`);
    if (hh === 1) {
      yy -= 1;
      hh = 2;
    } else hh = 1;
  }
  return out;
}

export interface SummaryPanelProps {
  readonly t: Strings;
  readonly lang: Lang;
  readonly periods: readonly string[];
  readonly state: SummaryState;
  readonly onOpen: (period: string) => void;
}

export function SummaryPanel({ t, lang, periods, state, onOpen }: SummaryPanelProps) {
  const styles = useStyles();
  const [period, setPeriod] = useState(periods[0] ?? '');
  const working = state.kind === 'working';
  return (
    <Section id="korpsoverblik" title={t.summaryHeading}>
      <Text>{t.summaryIntro}</Text>
      <div className={styles.row}>
        <Field label={t.summaryPeriod}>
          <Select value={period} disabled={working} onChange={(_, d) => setPeriod(d.value)}>
            {periods.map((p) => (
              <option key={p} value={p}>
                {t.periodName(p)}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          appearance="primary"
          icon={<DocumentTableRegular />}
          disabled={working}
          onClick={() => onOpen(period)}
        >
          {t.openSummary}
        </Button>
      </div>
      <div aria-live="polite">
        {working && <Spinner size="tiny" label={t.openingSummary} />}
        {state.kind === 'done' && (
          <MessageBar intent="success">
            <MessageBarBody>
              {state.how === 'opened' ? t.summaryOpened : t.summaryDownloaded(state.fileName)}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.kind === 'error' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              {state.failure.kind === 'local'
                ? state.failure.message
                : state.failure.kind === 'offline'
                  ? t.offline
                  : state.failure.kind === 'unavailable'
                    ? t.unavailable(state.failure.retryAfter)
                    : state.failure.kind === 'signedOut'
                      ? t.signedOutFailure
                      : 'message' in state.failure && state.failure.message
                        ? state.failure.message[lang]
                        : t.failed(state.failure.kind)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </Section>
  );
}
