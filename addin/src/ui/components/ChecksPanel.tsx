// The values read with less than certainty (a deadline read from a colour, a theme matched by its
// meaning, a status from a symbol's legend): each with its cell, the value as read and why it is
// uncertain, grouped by what the value is for. The coordinator looks them over; in Excel the cell is
// one click away. The cover's own are shown at their fields in the cover form (CoverForm).
// A large plan may have thousands: a few are listed at a time, more on request.

import {
  Badge,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { checkGroupName, type CheckField } from '../../../../core/checkFields';
import type { ReadCheck } from '../../../../core/schema';
import { valueName, type Lang } from '../../../../core/spec';
import type { Strings } from '../../i18n';
import { fieldName } from '../corrections';
import { Section } from './Section';
import { plainList } from './listStyle';

const useStyles = makeStyles({
  groups: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: plainList(),
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) max-content',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  text: { overflowWrap: 'anywhere', minWidth: 0 },
});

/** How many are listed at first, and how many more each "Vis flere" adds. */
export const CHECKS_SHOWN = 30;

export interface ChecksPanelProps {
  readonly t: Strings;
  readonly lang: Lang;
  /** The checks not about the cover (the cover form shows those). */
  readonly checks: readonly ReadCheck[];
  readonly canSelect: boolean;
  /** Why the last cell could not be selected (Excel), or null. */
  readonly selectError?: string | null;
  readonly onSelect: (sheet: string, cell: string) => void;
}

/** The heading of the group a check's field belongs to, in the pane's language (core/checkFields.ts). */
export function checkGroupLabel(field: CheckField, lang: Lang): string {
  return checkGroupName(field)[lang];
}

/**
 * What a check says was read, for a person: a column check's value ("Note → activities.evaluation",
 * the field's code kept for programs) names the field as the pane's language does.
 */
export function shownValue(check: ReadCheck, lang: Lang): string {
  const arrow = check.field === 'column' ? check.value.lastIndexOf(' → ') : -1;
  // A list field's value read as its id ("done") is shown by the list's name for it ("Gennemført");
  // a value as written ("Igang") is no id and stays as it is.
  const value =
    arrow < 0
      ? valueName(check.field, check.value)[lang]
      : `${check.value.slice(0, arrow)} → ${fieldName(check.value.slice(arrow + 3), lang)}`;
  return value.length > 120 ? `${value.slice(0, 119)}…` : value;
}

interface Group {
  readonly label: string;
  readonly checks: ReadCheck[];
}

/** The checks by group, in the order each group first comes (the workbook's order). */
function grouped(checks: readonly ReadCheck[], lang: Lang): Group[] {
  const groups = new Map<string, Group>();
  for (const check of checks) {
    const label = checkGroupLabel(check.field, lang);
    let group = groups.get(label);
    if (!group) {
      group = { label, checks: [] };
      groups.set(label, group);
    }
    group.checks.push(check);
  }
  return [...groups.values()];
}

export function ChecksPanel(props: ChecksPanelProps) {
  const { t, lang, checks } = props;
  const styles = useStyles();
  const [limit, setLimit] = useState(CHECKS_SHOWN);
  const groups = useMemo(() => grouped(checks, lang), [checks, lang]);
  // The first `limit` checks in group order are listed; each group keeps its full count.
  let left = limit;
  return (
    <Section id="tjek" title={t.checksHeading}>
      <Text>{checks.length === 0 ? t.checksNone : t.checksIntro}</Text>
      {props.selectError && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{props.selectError}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.groups}>
        {groups.map((group) => {
          const shown = group.checks.slice(0, Math.max(0, left));
          left -= shown.length;
          if (shown.length === 0) return null;
          return (
            <div key={group.label}>
              <div className={styles.heading}>
                <Text weight="semibold">{group.label}</Text>
                <Badge appearance="tint" color="warning">
                  {group.checks.length}
                </Badge>
              </div>
              <ul className={styles.list} aria-label={group.label}>
                {shown.map((c, i) => {
                  const place = c.cell === '' ? c.sheet : `${c.sheet} ${c.cell}`;
                  const value = shownValue(c, lang);
                  return (
                    <li key={`${c.sheet}!${c.cell}!${c.field}!${i}`} className={styles.item}>
                      <Text className={styles.text}>
                        <Caption1>{place}</Caption1>
                        <br />
                        {value !== '' && (
                          <>
                            {t.checkRead(value)}
                            <br />
                          </>
                        )}
                        <Caption1>{c.reason[lang]}</Caption1>
                      </Text>
                      {props.canSelect && c.cell !== '' && (
                        <Button size="small" onClick={() => props.onSelect(c.sheet, c.cell)}>
                          {t.checkGoTo(c.cell)}
                        </Button>
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </div>
      {checks.length > limit && (
        <div className={styles.heading}>
          <Caption1>{t.checksShown(limit, checks.length)}</Caption1>
          <Button size="small" onClick={() => setLimit((n) => n + CHECKS_SHOWN)}>
            {t.checksMore}
          </Button>
        </div>
      )}
    </Section>
  );
}
