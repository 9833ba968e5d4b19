// The proposed header mapping with its confidence; the coordinator corrects a column before anything
// is written, then structures (Excel: the template sheets are written into the workbook; web: the
// structured workbook is downloaded).

import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, ArrowUndoRegular, TableSimpleRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Lang } from '../../../../core/spec';
import type { Strings } from '../../i18n';
import { fieldOptions, type ConfidenceLevel, type TableView } from '../model';
import type { StructureState } from '../usePlanApp';
import { Section } from './Section';
import { plainList } from './listStyle';

const useStyles = makeStyles({
  tableHeader: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  tableTitle: { fontWeight: tokens.fontWeightSemibold },
  columns: plainList(),
  // The header on its own line (a coordinator's headers are long), then what it is read as.
  column: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) max-content',
    gridTemplateAreas: '"header header" "field badge"',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  header: { gridArea: 'header', overflowWrap: 'anywhere' },
  field: { gridArea: 'field', minWidth: 0 },
  badge: { gridArea: 'badge' },
  letter: { color: tokens.colorNeutralForeground3, marginRight: tokens.spacingHorizontalXS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

const BADGE: Record<ConfidenceLevel, 'success' | 'warning' | 'danger' | 'brand'> = {
  high: 'success',
  medium: 'warning',
  low: 'danger',
  corrected: 'brand',
};

function tableId(table: TableView): string {
  return `${table.key}|${table.sheet}|${table.headerRow}`;
}

export interface StructurePanelProps {
  readonly t: Strings;
  readonly lang: Lang;
  readonly tables: readonly TableView[];
  /** The workbook has no values at all. */
  readonly empty: boolean;
  /** The workbook is already in the template layout. */
  readonly structured: boolean;
  readonly corrections: number;
  readonly unmapped: number;
  readonly notCarried: readonly { readonly sheet: string; readonly what: string }[];
  readonly inPlace: boolean;
  readonly state: StructureState;
  readonly onOverride: (sheet: string, col: number, field: string | null) => void;
  readonly onReset: () => void;
  readonly onStructure: () => void;
}

export function StructurePanel(props: StructurePanelProps) {
  const { t, lang, tables, state } = props;
  const styles = useStyles();
  const working = state.kind === 'working';
  const label = props.inPlace ? (props.structured ? t.structureAgain : t.structure) : t.downloadStructured;
  // Before structuring every table is open for review; in the template layout only tables with
  // something to check are.
  const defaultOpen = tables
    .filter((tb) => !props.structured || tb.columns.some((c) => c.level !== 'high'))
    .map(tableId);
  const [open, setOpen] = useState<string[] | null>(null);
  return (
    <Section id="struktur" title={t.structureHeading}>
      <Text>
        {props.empty
          ? t.structureEmpty
          : props.structured
            ? t.structureAlready
            : props.inPlace
              ? t.structureIntro
              : t.structureIntroWeb}
      </Text>
      {!props.empty && tables.length === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.noTables}</MessageBarBody>
        </MessageBar>
      )}
      {tables.length > 0 && (
        <Accordion
          multiple
          collapsible
          openItems={open ?? defaultOpen}
          onToggle={(_, data) => setOpen(data.openItems.map(String))}
        >
          {tables.map((table) => {
            const options = fieldOptions(table.key, lang, t);
            const id = tableId(table);
            const uncertain = table.columns.filter((c) => c.level === 'medium' || c.level === 'low').length;
            return (
              <AccordionItem key={id} value={id}>
                <AccordionHeader as="h3" size="small" icon={<TableSimpleRegular />}>
                  <span className={styles.tableHeader}>
                    <span className={styles.tableTitle}>
                      {t.tableOn(t.tableNames[table.key], table.sheet, table.headerRow)}
                    </span>
                    <Caption1>
                      {t.tableSummary(table.columns.filter((c) => c.field !== null).length, uncertain)}
                    </Caption1>
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <ul className={styles.columns}>
                    {table.columns.map((c) => {
                      const header = c.header.trim() === '' ? t.emptyHeader : c.header;
                      return (
                        <li key={c.col} className={styles.column}>
                          <Text className={styles.header}>
                            <span className={styles.letter}>{c.letter}</span>
                            {header}
                          </Text>
                          <Select
                            className={styles.field}
                            size="small"
                            aria-label={t.columnLabel(header, c.letter)}
                            value={c.field ?? ''}
                            disabled={working}
                            onChange={(_, data) =>
                              props.onOverride(table.sheet, c.col, data.value === '' ? null : data.value)
                            }
                          >
                            {options.map((o) => (
                              <option key={o.value} value={o.value}>
                                {o.label}
                              </option>
                            ))}
                          </Select>
                          <Badge
                            className={styles.badge}
                            appearance="tint"
                            color={BADGE[c.level]}
                            title={t.confidenceTitle(Math.round(c.confidence * 100))}
                          >
                            {t.confidence[c.level]}
                          </Badge>
                        </li>
                      );
                    })}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
      )}
      {props.unmapped > 0 && <Caption1>{t.unmappedCount(props.unmapped)}</Caption1>}
      {props.notCarried.map((n) => (
        <Caption1 key={`${n.sheet}-${n.what}`}>{t.notCarried(n.what, n.sheet)}</Caption1>
      ))}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={props.inPlace ? <TableSimpleRegular /> : <ArrowDownloadRegular />}
          disabled={working}
          onClick={props.onStructure}
        >
          {label}
        </Button>
        {props.corrections > 0 && (
          <Button appearance="subtle" icon={<ArrowUndoRegular />} disabled={working} onClick={props.onReset}>
            {t.undoCorrections}
          </Button>
        )}
        {working && <Spinner size="tiny" label={t.structuring} />}
      </div>
      <div aria-live="polite">
        {state.kind === 'done' && (
          <MessageBar intent="success">
            <MessageBarBody>
              {state.outcome.downloaded
                ? t.downloaded(state.outcome.downloaded)
                : t.structured(state.outcome.sheets.length)}
              {state.outcome.renamed.map((r) => (
                <div key={r.from}>{t.renamed(r.from, r.to)}</div>
              ))}
            </MessageBarBody>
          </MessageBar>
        )}
        {state.kind === 'error' && (
          <MessageBar intent="error">
            <MessageBarBody>{t.structureFailed(state.message)}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </Section>
  );
}
