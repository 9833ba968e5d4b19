// Remembered corrections in the pane: what was read "husket fra sidst" (from the municipality's
// remembered corrections, core/remembered.ts), each with a way to undo it, and "husk mine rettelser"
// to keep the coordinator's corrections of this workbook for the next one. Data and callbacks only:
// the app holds the set, calls the service (KorpsplanApi.getRemembered/putRemembered) and reads
// the workbook again when an entry is undone.

import {
  Badge,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowUndoRegular, BookmarkRegular } from '@fluentui/react-icons';
import type { Message } from '../../../../core/schema';
import { fieldLabel, valueName, type Lang } from '../../../../core/spec';
import type { AppliedRemembered, NotRemembered } from '../../../../core/remembered';
import { strings, type Strings } from '../../i18n';
import { Section } from './Section';
import { plainList } from './listStyle';

/** Where saving the coordinator's corrections stands. */
export type RememberState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly count: number }
  | { readonly kind: 'failed'; readonly message: Message };

export interface RememberedPanelProps {
  readonly lang: Lang;
  /** What remembered corrections decided in this workbook (StructureResult.remembered). */
  readonly applied: readonly AppliedRemembered[];
  /** How many of the coordinator's corrections of this workbook can be remembered. */
  readonly pending: number;
  /** Corrections that cannot be carried to another workbook, with why. */
  readonly notRemembered?: readonly NotRemembered[];
  readonly state: RememberState;
  /** Undo one remembered entry (by its key): the workbook is read again without it. */
  readonly onUndo: (key: string) => void;
  /** Save the coordinator's corrections for the municipality ("husk mine rettelser"). */
  readonly onRemember: () => void;
}

const useStyles = makeStyles({
  list: plainList(),
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) max-content',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  what: { overflowWrap: 'anywhere', display: 'flex', flexDirection: 'column' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

/** What a remembered entry reads, with fields and list values named as the template names them. */
function describe(a: AppliedRemembered, t: Strings, lang: Lang): string {
  if (a.kind === 'column') {
    const table = a.field.replace(/^column:/, '');
    return `${t.rememberedColumn} → ${a.value ? fieldLabel(`${table}.${a.value}`)[lang] : t.rememberedNotUsed}`;
  }
  return `${fieldLabel(a.field)[lang]} = ${valueName(a.field, a.value)[lang]}`;
}

export function RememberedPanel(props: RememberedPanelProps) {
  const { lang, applied, state } = props;
  const t = strings(lang);
  const styles = useStyles();
  const saving = state.kind === 'saving';
  return (
    <Section id="husket" title={t.rememberedHeading}>
      <Text>{applied.length > 0 ? t.rememberedIntro : t.rememberedNone}</Text>
      {applied.length > 0 && (
        <ul className={styles.list} aria-label={t.rememberedHeading}>
          {applied.map((a) => {
            const what = describe(a, t, lang);
            return (
              <li key={`${a.key}|${a.sheet}|${a.cell}`} className={styles.item}>
                <span className={styles.what}>
                  <Text>
                    <Badge appearance="tint" color="informative">
                      {a.source[lang]}
                    </Badge>{' '}
                    {what}
                  </Text>
                  <Caption1>
                    {a.sheet}!{a.cell}
                  </Caption1>
                </span>
                <Button
                  size="small"
                  icon={<ArrowUndoRegular />}
                  aria-label={t.rememberedUndoLabel(`${what} (${a.sheet}!${a.cell})`)}
                  onClick={() => props.onUndo(a.key)}
                >
                  {t.rememberedUndo}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <Text>{props.pending > 0 ? t.rememberedPending(props.pending) : t.rememberedNothingPending}</Text>
      {props.notRemembered && props.notRemembered.length > 0 && (
        <div>
          <Caption1>{t.notRemembered}</Caption1>
          <ul className={styles.list}>
            {props.notRemembered.map((n) => (
              <li key={`${n.sheet}|${n.cell}|${n.field}`}>
                <Caption1>
                  {n.sheet}!{n.cell}: {n.reason[lang]}
                </Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={saving ? <Spinner size="tiny" /> : <BookmarkRegular />}
          disabled={saving || props.pending === 0}
          onClick={props.onRemember}
        >
          {saving ? t.rememberedSaving : t.remember}
        </Button>
      </div>
      {state.kind === 'saved' && (
        <MessageBar intent="success">
          <MessageBarBody>{t.rememberedSaved(state.count)}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{state.message[lang]}</MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}
