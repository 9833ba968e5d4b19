// The coordinator's view of the round: period, deadline and days left, the municipality's state,
// and, when the plan was sent back, the leader's comment with a button for every place it names and
// one button to submit again.

import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowUploadRegular, LocationRegular } from '@fluentui/react-icons';
import {
  commentPlaces,
  daysLeft,
  deadlineText,
  STATE_LABELS,
  type MunicipalityState,
  type Round,
  type StatusRow,
} from '../../../../core/rounds';
import type { Lang } from '../../../../core/spec';
import { Section } from '../components/Section';
import { strings } from '../../i18n';

const useStyles = makeStyles({
  line: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  places: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

export const STATE_COLOUR: Record<MunicipalityState, 'danger' | 'warning' | 'informative' | 'success'> = {
  mangler: 'danger',
  sendt_tilbage: 'warning',
  indsendt: 'informative',
  godkendt: 'success',
};

export interface RoundCardProps {
  readonly lang: Lang;
  readonly round: Round;
  /** The municipality's row; undefined when it is not expected in the round. */
  readonly row?: StatusRow;
  readonly now: Date;
  readonly canSelect: boolean;
  readonly canResubmit: boolean;
  readonly onGoTo: (sheet: string | undefined, cell: string) => void;
  readonly onResubmit: () => void;
}

export function RoundCard({
  lang,
  round,
  row,
  now,
  canSelect,
  canResubmit,
  onGoTo,
  onResubmit,
}: RoundCardProps) {
  const styles = useStyles();
  const s = strings(lang);
  const left = daysLeft(round.deadline, now);
  const review = row?.state === 'sendt_tilbage' ? row.review : undefined;
  const places = review?.comment ? commentPlaces(review.comment) : [];
  return (
    <Section id="runde" title={`${s.roundHeading} ${round.period}`}>
      <div className={styles.line}>
        <Text>
          {s.roundDeadline}: {deadlineText(round.deadline, lang)}
        </Text>
        <Text weight="semibold">{round.closed ? s.roundClosed : s.roundDaysLeft(left)}</Text>
      </div>
      {round.message && <Text>{round.message}</Text>}
      {row && (
        <div className={styles.line}>
          <Text>{s.roundYourState}:</Text>
          <Badge appearance="filled" color={STATE_COLOUR[row.state]}>
            {STATE_LABELS[row.state][lang]}
          </Badge>
          {row.late && (
            <Badge appearance="outline" color="danger">
              {s.roundLate}
            </Badge>
          )}
        </div>
      )}
      {review && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <Text weight="semibold">{s.roundComment(review.by.name ?? review.by.role)}</Text> {review.comment}
            {places.length > 0 && canSelect && (
              <div className={styles.places}>
                {places.map((p) => (
                  <Button
                    key={p.text}
                    size="small"
                    icon={<LocationRegular />}
                    onClick={() => onGoTo(p.sheet, p.cell)}
                  >
                    {s.roundGoTo(p.text)}
                  </Button>
                ))}
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {review && !canResubmit && <Text>{s.roundResubmitHint}</Text>}
      {review && canResubmit && (
        <div>
          <Button appearance="primary" icon={<ArrowUploadRegular />} onClick={onResubmit}>
            {s.roundResubmit}
          </Button>
        </div>
      )}
    </Section>
  );
}
