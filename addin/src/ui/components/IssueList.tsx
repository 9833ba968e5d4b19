// Errors and warnings grouped by sheet, with their Danish (or English) message; clicking one selects
// its cell in Excel. An issue about a value the pane can correct (a row's value, a checklist answer)
// has a "Ret" button that opens the value for correction right under it.

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleRegular, ErrorCircleFilled, WarningFilled } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Issue } from '../../../../core/schema';
import type { Lang } from '../../../../core/spec';
import type { Strings } from '../../i18n';
import { groupIssues } from '../model';
import { fieldName, type ValueTarget } from '../corrections';
import { ValueEditor } from './ValueEditor';
import { Section } from './Section';

const useStyles = makeStyles({
  // The button under the message, so the message keeps the pane's width.
  correctable: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    justifyItems: 'stretch',
  },
  correctButton: { justifySelf: 'end' },
  editor: { gridColumn: '1 / -1', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  groupHeader: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  sheet: { fontWeight: tokens.fontWeightSemibold },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr max-content',
    alignItems: 'start',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: 'left',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  button: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  error: { color: tokens.colorPaletteRedForeground1, marginTop: '2px' },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, marginTop: '2px' },
  cell: { color: tokens.colorNeutralForeground3, fontVariantNumeric: 'tabular-nums' },
  ok: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorPaletteGreenForeground1,
  },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

export interface IssueListProps {
  readonly t: Strings;
  /** The workbook's sheets: an issue on a template sheet that does not exist yet says so. */
  readonly sheets: readonly string[];
  readonly lang: Lang;
  readonly issues: readonly Issue[];
  /** Issues the service found on submission. */
  readonly serverIssues: readonly Issue[];
  readonly canSelect: boolean;
  readonly selectError: string | null;
  readonly onSelect: (issue: Issue) => void;
  /** The value an issue is about, when the pane can correct it. */
  readonly targetOf?: (issue: Issue) => ValueTarget | undefined;
  readonly onCorrect?: (target: ValueTarget, value: string | null) => void;
}

interface ItemProps {
  readonly issue: Issue;
  readonly t: Strings;
  readonly lang: Lang;
  readonly canSelect: boolean;
  readonly onSelect: (issue: Issue) => void;
  readonly targetOf?: (issue: Issue) => ValueTarget | undefined;
  readonly onCorrect?: (target: ValueTarget, value: string | null) => void;
}

function IssueItem({ issue, t, lang, canSelect, onSelect, targetOf, onCorrect }: ItemProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const target = onCorrect ? targetOf?.(issue) : undefined;
  const severity = issue.severity === 'error' ? t.errorLabel : t.warningLabel;
  const content = (
    <>
      {issue.severity === 'error' ? (
        <ErrorCircleFilled aria-hidden className={styles.error} />
      ) : (
        <WarningFilled aria-hidden className={styles.warning} />
      )}
      <span>
        <span className={styles.visuallyHidden}>{severity}: </span>
        {issue.message[lang]}
        {canSelect && <span className={styles.visuallyHidden}> ({t.goToCell(issue.sheet, issue.cell)})</span>}
      </span>
      <span className={styles.cell}>{issue.cell}</span>
    </>
  );
  const name = target ? fieldName(target.field, lang) : '';
  return (
    <li className={target ? styles.correctable : undefined}>
      {canSelect ? (
        <button
          type="button"
          className={mergeClasses(styles.item, styles.button)}
          title={t.goToCell(issue.sheet, issue.cell)}
          onClick={() => onSelect(issue)}
        >
          {content}
        </button>
      ) : (
        <div className={styles.item}>{content}</div>
      )}
      {target && onCorrect && !editing && (
        <Button
          className={styles.correctButton}
          size="small"
          appearance="subtle"
          aria-label={t.correctValue(name, `${issue.sheet}!${target.cell}`)}
          onClick={() => setEditing(true)}
        >
          {t.correct}
        </Button>
      )}
      {target && onCorrect && editing && (
        <div className={styles.editor}>
          <ValueEditor
            t={t}
            lang={lang}
            field={target.field}
            label={t.valueFor(name, `${issue.sheet}!${target.cell}`)}
            current={target.current}
            onSave={(v) => {
              setEditing(false);
              onCorrect(target, v);
            }}
            onCancel={() => setEditing(false)}
          />
        </div>
      )}
    </li>
  );
}

function Groups({
  issues,
  sheets,
  ...rest
}: Omit<ItemProps, 'issue'> & { readonly issues: readonly Issue[]; readonly sheets: readonly string[] }) {
  const styles = useStyles();
  const { t } = rest;
  const groups = groupIssues(issues);
  // Sheets with errors are open; a sheet with only warnings opens on request (a short list opens whole).
  const defaultOpen = groups
    .filter((g) => issues.length <= 8 || g.issues.some((i) => i.severity === 'error'))
    .map((g) => g.sheet);
  const [open, setOpen] = useState<string[] | null>(null);
  return (
    <Accordion
      multiple
      collapsible
      openItems={open ?? defaultOpen}
      onToggle={(_, data) => setOpen(data.openItems.map(String))}
    >
      {groups.map((group) => {
        const errors = group.issues.filter((i) => i.severity === 'error').length;
        const warnings = group.issues.length - errors;
        return (
          <AccordionItem key={group.sheet || '-'} value={group.sheet}>
            <AccordionHeader as="h3" size="small">
              <span className={styles.groupHeader}>
                <span className={styles.sheet}>{group.sheet || '—'}</span>
                {errors > 0 && (
                  <Badge appearance="filled" color="danger" size="small">
                    {t.errorsCount(errors)}
                  </Badge>
                )}
                {warnings > 0 && (
                  <Badge appearance="tint" color="warning" size="small">
                    {t.warningsCount(warnings)}
                  </Badge>
                )}
              </span>
            </AccordionHeader>
            <AccordionPanel>
              {group.sheet !== '' && !sheets.includes(group.sheet) && (
                <Caption1>{t.sheetAfterStructure}</Caption1>
              )}
              <ul className={styles.list}>
                {group.issues.map((issue, i) => (
                  <IssueItem key={`${issue.code}-${issue.cell}-${i}`} issue={issue} {...rest} />
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}

export function IssueList({
  t,
  lang,
  sheets,
  issues,
  serverIssues,
  canSelect,
  selectError,
  onSelect,
  targetOf,
  onCorrect,
}: IssueListProps) {
  const styles = useStyles();
  const common = {
    t,
    lang,
    canSelect,
    onSelect,
    sheets,
    ...(targetOf ? { targetOf } : {}),
    ...(onCorrect ? { onCorrect } : {}),
  };
  return (
    <Section id="fejl" title={t.issuesHeading}>
      {serverIssues.length > 0 && (
        <>
          <Caption1>{t.fromService}</Caption1>
          <Groups issues={serverIssues} {...common} />
        </>
      )}
      {issues.length === 0 && serverIssues.length === 0 ? (
        <div className={styles.ok}>
          <CheckmarkCircleRegular aria-hidden />
          <Text>{t.noIssues}</Text>
        </div>
      ) : (
        <Groups issues={issues} {...common} />
      )}
      {selectError && (
        <MessageBar intent="warning">
          <MessageBarBody>{selectError}</MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}
