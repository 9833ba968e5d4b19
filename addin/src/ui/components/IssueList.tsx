// Errors and warnings with their Danish (or English) message, for a plan of any size: grouped by
// sheet (sheets with errors first), within a sheet by kind of issue with its count (errors first),
// every group folds; "Kun fejl" hides the warnings; only the rows in view are in the DOM, so 20,000
// issues stay a short, fast page (issue 15). Clicking an issue selects its cell in Excel. An issue
// about a value the pane can correct (a row's value, a checklist answer) has a "Ret" button that
// opens the value for correction right under it.

import {
  Badge,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Switch,
  Text,
  tokens,
} from '@fluentui/react-components';
import {
  CheckmarkCircleRegular,
  ChevronDownRegular,
  ChevronRightRegular,
  ErrorCircleFilled,
  WarningFilled,
} from '@fluentui/react-icons';
import { useCallback, useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Issue } from '../../../../core/schema';
import type { Lang } from '../../../../core/spec';
import { formatCount, strings, type Strings } from '../../i18n';
import { groupBySheetAndKind, issueRows, kindLabel, type IssueRow } from '../issueRows';
import { useWindow } from '../useWindow';
import { fieldName, type ValueTarget } from '../corrections';
import { ValueEditor } from './ValueEditor';
import { Section } from './Section';

const useStyles = makeStyles({
  // The list scrolls in its own box, as tall as the pane allows; the rows outside it are not rendered.
  scroll: {
    maxHeight: 'min(70vh, 720px)',
    overflowY: 'auto',
    overflowX: 'hidden',
    overflowAnchor: 'none',
    position: 'relative',
  },
  toolbar: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  // The button under the message, so the message keeps the pane's width.
  correctable: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    justifyItems: 'stretch',
  },
  correctButton: { justifySelf: 'end' },
  editor: { gridColumn: '1 / -1', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  groupHeader: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  sheetRow: { margin: 0, paddingTop: tokens.spacingVerticalXS },
  kindRow: { margin: 0, paddingLeft: tokens.spacingHorizontalM },
  note: { paddingLeft: tokens.spacingHorizontalXL },
  fold: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    width: '100%',
    minHeight: '32px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    textAlign: 'left',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  sheet: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  kind: { fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase200 },
  list: {
    margin: 0,
    padding: `0 0 0 ${tokens.spacingHorizontalXL}`,
    listStyleType: 'none',
  },
  li: { paddingBottom: tokens.spacingVerticalXXS },
  item: {
    // A div on the web page, a button in Excel: the same width either way, border included.
    boxSizing: 'border-box',
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
  readonly rowKey: string;
  readonly position: number;
  readonly size: number;
  /** Whether the issue's value is open for correction (kept by the list: rows come and go). */
  readonly editing: boolean;
  readonly onEditing: (on: boolean) => void;
  readonly t: Strings;
  readonly lang: Lang;
  readonly canSelect: boolean;
  readonly onSelect: (issue: Issue) => void;
  readonly targetOf?: (issue: Issue) => ValueTarget | undefined;
  readonly onCorrect?: (target: ValueTarget, value: string | null) => void;
}

function IssueItem(props: ItemProps) {
  const {
    issue,
    rowKey,
    position,
    size,
    editing,
    onEditing,
    t,
    lang,
    canSelect,
    onSelect,
    targetOf,
    onCorrect,
  } = props;
  const styles = useStyles();
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
    <li
      data-row-key={rowKey}
      aria-posinset={position}
      aria-setsize={size}
      className={mergeClasses(styles.li, target ? styles.correctable : undefined)}
    >
      {canSelect ? (
        <button
          type="button"
          data-focus
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
          onClick={() => onEditing(true)}
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
              onEditing(false);
              onCorrect(target, v);
            }}
            onCancel={() => onEditing(false)}
          />
        </div>
      )}
    </li>
  );
}

/** Rough heights until a row is measured (a message wraps to two lines in a 340 px pane). */
const ESTIMATE: Record<IssueRow['type'], number> = { sheet: 40, note: 24, kind: 34, issue: 56 };

type TreeProps = Omit<ItemProps, 'issue' | 'rowKey' | 'position' | 'size' | 'editing' | 'onEditing'> & {
  readonly issues: readonly Issue[];
  readonly sheets: readonly string[];
  readonly onlyErrors: boolean;
};

/**
 * The issue an open value editor belongs to, by what the issue is (its code and cell), not by its
 * place in the list: the list renders again as issues come and go (a correction elsewhere, a
 * reading that ends after a click), and an editor must stay with its issue, never move to another.
 */
function editKey(issue: Issue): string {
  return `${issue.code}\u0000${issue.sheet}\u0000${issue.cell}`;
}

/**
 * The issues by sheet and kind, windowed: only the rows in view are in the DOM (useWindow). Sheet and
 * kind headings fold; the arrow keys move between headings and issues (Home/End to the first and
 * last), scrolling the row into view, so a keyboard reaches all 20,000 issues, not only those
 * rendered; each issue says its place in its kind (aria-posinset/aria-setsize).
 */
function IssueTree({ issues, sheets, onlyErrors, ...rest }: TreeProps) {
  const styles = useStyles();
  const { t, lang, canSelect } = rest;
  const [folded, setFolded] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [editing, setEditing] = useState<string | null>(null);
  const groups = useMemo(() => groupBySheetAndKind(issues, onlyErrors), [issues, onlyErrors]);
  const rows = useMemo(
    () =>
      issueRows(groups, {
        isOpen: (key, fallback) => folded.get(key) ?? fallback,
        sheets,
        openAll: issues.length <= 8,
      }),
    [groups, folded, sheets, issues.length],
  );
  const keys = useMemo(() => rows.map((r) => r.key), [rows]);
  const indexOf = useMemo(() => new Map(keys.map((k, i) => [k, i])), [keys]);
  const estimate = useCallback((i: number) => ESTIMATE[rows[i]?.type ?? 'issue'], [rows]);
  const win = useWindow(keys, estimate);
  const toggle = (key: string, open: boolean) => setFolded((m) => new Map(m).set(key, !open));
  const focusable = (row: IssueRow | undefined) =>
    row !== undefined && (row.type === 'sheet' || row.type === 'kind' || (row.type === 'issue' && canSelect));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keyName = event.key;
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(keyName)) return;
    const rowEl = (event.target as HTMLElement).closest<HTMLElement>('[data-row-key]');
    const from = rowEl ? indexOf.get(rowEl.dataset.rowKey ?? '') : undefined;
    if (from === undefined) return;
    const step = keyName === 'ArrowDown' || keyName === 'Home' ? 1 : -1;
    let i = keyName === 'Home' ? 0 : keyName === 'End' ? rows.length - 1 : from + step;
    while (i >= 0 && i < rows.length && !focusable(rows[i])) i += step;
    if (i < 0 || i >= rows.length) return;
    event.preventDefault();
    win.focusRow(i);
  };

  const out: ReactNode[] = [];
  let list: ReactNode[] = [];
  let listKind = '';
  const flush = () => {
    if (list.length > 0) {
      out.push(
        <ul key={`ul:${listKind}:${out.length}`} className={styles.list}>
          {list}
        </ul>,
      );
    }
    list = [];
  };
  for (let i = win.start; i < win.end; i++) {
    const row = rows[i];
    if (!row) continue;
    if (row.type === 'issue') {
      if (row.kindKey !== listKind) flush();
      listKind = row.kindKey;
      list.push(
        <IssueItem
          key={row.key}
          rowKey={row.key}
          issue={row.issue}
          position={row.position}
          size={row.size}
          editing={editing === editKey(row.issue)}
          onEditing={(on) => setEditing(on ? editKey(row.issue) : null)}
          {...rest}
        />,
      );
      continue;
    }
    flush();
    listKind = '';
    if (row.type === 'sheet') {
      const g = row.group;
      out.push(
        <h3 key={row.key} data-row-key={row.key} className={styles.sheetRow}>
          <button
            type="button"
            data-focus
            aria-expanded={row.open}
            className={mergeClasses(styles.fold, styles.sheet)}
            onClick={() => toggle(g.key, row.open)}
          >
            {row.open ? <ChevronDownRegular aria-hidden /> : <ChevronRightRegular aria-hidden />}
            <span className={styles.groupHeader}>
              <span>{g.sheet || '—'}</span>
              {g.errors > 0 && (
                <Badge appearance="filled" color="danger" size="small">
                  {t.errorsCount(g.errors)}
                </Badge>
              )}
              {g.warnings > 0 && (
                <Badge appearance="tint" color="warning" size="small">
                  {t.warningsCount(g.warnings)}
                </Badge>
              )}
            </span>
          </button>
        </h3>,
      );
    } else if (row.type === 'note') {
      out.push(
        <div key={row.key} data-row-key={row.key} className={styles.note}>
          <Caption1>{t.sheetAfterStructure}</Caption1>
        </div>,
      );
    } else {
      const k = row.group;
      out.push(
        <h4 key={row.key} data-row-key={row.key} className={styles.kindRow}>
          <button
            type="button"
            data-focus
            aria-expanded={row.open}
            className={mergeClasses(styles.fold, styles.kind)}
            onClick={() => toggle(k.key, row.open)}
          >
            {row.open ? <ChevronDownRegular aria-hidden /> : <ChevronRightRegular aria-hidden />}
            <span>{kindLabel(k.code, lang)}</span>
            <Badge
              appearance="tint"
              color={k.severity === 'error' ? 'danger' : 'warning'}
              size="small"
              aria-hidden
            >
              {formatCount(k.issues.length, lang)}
            </Badge>
            <span className={styles.visuallyHidden}>
              {k.severity === 'error' ? t.errorsCount(k.issues.length) : t.warningsCount(k.issues.length)}
            </span>
          </button>
        </h4>,
      );
    }
  }
  flush();

  return (
    <div ref={win.scrollRef} className={styles.scroll} onScroll={win.onScroll} onKeyDown={onKeyDown}>
      <div style={{ height: win.before }} aria-hidden />
      {out}
      <div style={{ height: win.after }} aria-hidden />
    </div>
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
  const [onlyErrors, setOnlyErrors] = useState(false);
  const switchId = useId();
  const words = strings(lang);
  const common = {
    t,
    lang,
    canSelect,
    onSelect,
    sheets,
    onlyErrors,
    ...(targetOf ? { targetOf } : {}),
    ...(onCorrect ? { onCorrect } : {}),
  };
  const all = issues.length + serverIssues.length;
  const errors = useMemo(
    () => [...issues, ...serverIssues].filter((i) => i.severity === 'error').length,
    [issues, serverIssues],
  );
  const shown = onlyErrors ? errors : all;
  return (
    <Section id="fejl" title={t.issuesHeading}>
      {all > 0 && (
        <div className={styles.toolbar}>
          <Switch
            id={switchId}
            label={words.onlyErrors}
            checked={onlyErrors}
            onChange={(_, data) => setOnlyErrors(data.checked)}
          />
          <Caption1 aria-live="polite">{words.issuesShown(shown, all)}</Caption1>
        </div>
      )}
      {serverIssues.length > 0 && (
        <>
          <Caption1>{t.fromService}</Caption1>
          <IssueTree issues={serverIssues} {...common} />
        </>
      )}
      {all === 0 ? (
        <div className={styles.ok}>
          <CheckmarkCircleRegular aria-hidden />
          <Text>{t.noIssues}</Text>
        </div>
      ) : onlyErrors && errors === 0 ? (
        <div className={styles.ok}>
          <CheckmarkCircleRegular aria-hidden />
          <Text>{words.noErrorsWarningsHidden}</Text>
        </div>
      ) : (
        issues.length > 0 && <IssueTree issues={issues} {...common} />
      )}
      {selectError && (
        <MessageBar intent="warning">
          <MessageBarBody>{selectError}</MessageBarBody>
        </MessageBar>
      )}
    </Section>
  );
}
