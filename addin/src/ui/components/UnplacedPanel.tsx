// The values that did not land in the plan, each with its place: used as a field ("brug som: …")
// or dismissed. Either leaves the list at once.

import { checkGroupName, isCheckField } from '../../../../core/checkFields';
import { Button, Caption1, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { DraftPlan } from '../../../../core/draft';
import type { Unmapped } from '../../../../core/schema';
import type { Lang } from '../../../../core/spec';
import type { Strings } from '../../i18n';
import { groupUnplaced, type UnplacedGroup } from '../../../../core/unplaced';
import { placementChoices } from '../corrections';
import { Section } from './Section';
import { plainList } from './listStyle';

const useStyles = makeStyles({
  list: plainList(tokens.spacingVerticalS),
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) max-content',
    gridTemplateAreas: '"value value" "use dismiss"',
    gap: tokens.spacingVerticalXXS,
    columnGap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  value: { gridArea: 'value', overflowWrap: 'anywhere' },
  use: { gridArea: 'use', minWidth: 0, width: '100%' },
  dismiss: { gridArea: 'dismiss' },
  group: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
});

/** At most this many are listed at once (a large plan may leave hundreds); the rest follow as they go. */
const SHOWN = 50;

export interface UnplacedPanelProps {
  readonly t: Strings;
  readonly lang: Lang;
  readonly draft: DraftPlan;
  readonly unmapped: readonly Unmapped[];
  readonly dismissed: number;
  readonly onPlace: (sheet: string, cell: string, field: string) => void;
  readonly onDismiss: (sheet: string, cell: string) => void;
}

export function UnplacedPanel(props: UnplacedPanelProps) {
  const { t, unmapped } = props;
  const styles = useStyles();
  // Cells left out together (a later year's columns, rows planned for later) are one line each group,
  // its cells shown when opened (core/unplaced.ts).
  const entries = groupUnplaced(unmapped);
  return (
    <Section id="ikke-placeret" title={t.unplacedHeading}>
      <Text>{unmapped.length === 0 ? t.unplacedNone : t.unplacedIntro}</Text>
      {unmapped.length > 0 && (
        <ul className={styles.list}>
          {entries
            .slice(0, SHOWN)
            .map((e) =>
              e.kind === 'cell' ? (
                <UnplacedItem key={`${e.cell.sheet}!${e.cell.cell}`} {...props} u={e.cell} />
              ) : (
                <UnplacedGroupItem
                  key={`${e.group.sheet}!${e.group.kind}!${e.group.label}`}
                  {...props}
                  group={e.group}
                />
              ),
            )}
        </ul>
      )}
      {props.dismissed > 0 && <Caption1>{t.dismissedCount(props.dismissed)}</Caption1>}
    </Section>
  );
}

/** One group of cells left out together: the sheet, where, how many and why; its cells when opened. */
function UnplacedGroupItem(props: UnplacedPanelProps & { readonly group: UnplacedGroup }) {
  const { t, lang, group } = props;
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const where = `${group.sheet} ${group.where[lang]}`;
  return (
    <li className={styles.group}>
      <Text className={styles.value}>
        <Caption1>{where}</Caption1>
        <br />
        {t.unplacedGroup(group.cells.length, group.reason[lang])}
      </Text>
      <Button size="small" appearance="subtle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t.unplacedGroupShow(where)}
      </Button>
      {open && (
        <ul className={styles.list}>
          {group.cells.map((u) => (
            <UnplacedItem key={`${u.sheet}!${u.cell}`} {...props} u={u} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** One value with its cell: used as a field, or dismissed. */
function UnplacedItem(props: UnplacedPanelProps & { readonly u: Unmapped }) {
  const { t, lang, draft, u } = props;
  const styles = useStyles();
  const value = u.value.length > 120 ? `${u.value.slice(0, 119)}…` : u.value;
  return (
    <li className={styles.item}>
      <Text className={styles.value}>
        <Caption1>
          {u.sheet} {u.cell}
        </Caption1>
        <br />
        {value}
      </Text>
      <Select
        className={styles.use}
        size="small"
        aria-label={t.useAsLabel(`${u.sheet} ${u.cell}`, value)}
        value=""
        onChange={(_, d) => {
          if (d.value !== '') props.onPlace(u.sheet, u.cell, d.value);
        }}
      >
        <option value="">{t.useAs}</option>
        {placementChoices(draft, u, lang).map((c) => (
          <option key={c.value} value={c.value}>
            {isCheckField(c.value) ? checkGroupName(c.value)[lang] : c.label}
          </option>
        ))}
      </Select>
      <Button
        className={styles.dismiss}
        size="small"
        aria-label={t.dismissLabel(`${u.sheet} ${u.cell}`)}
        onClick={() => props.onDismiss(u.sheet, u.cell)}
      >
        {t.dismiss}
      </Button>
    </li>
  );
}
