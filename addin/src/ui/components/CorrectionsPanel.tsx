// Correcting any value of an activity, a checklist answer, a corps member or an indicator: choose
// the table and the row (each row named by its place and its first value), then correct a field.
// Each correction re-validates at once; the issue list and the counts change without a reload.

import {
  Badge,
  Button,
  Caption1,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Unapplied } from '../../../../core/corrections';
import type { DraftPlan } from '../../../../core/draft';
import type { Lang } from '../../../../core/spec';
import type { Strings } from '../../i18n';
import {
  EDITABLE_TABLES,
  fieldName,
  listChoices,
  rowViews,
  type EditableTable,
  type ValueTarget,
} from '../corrections';
import { Section } from './Section';
import { ValueEditor } from './ValueEditor';
import { plainList } from './listStyle';

const useStyles = makeStyles({
  // A native select is as wide as its longest option: held to the pane's width.
  select: { width: '100%', minWidth: 0, maxWidth: '100%' },
  fields: plainList(tokens.spacingVerticalS),
  field: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) max-content',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  value: { overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

export interface CorrectionsPanelProps {
  readonly t: Strings;
  readonly lang: Lang;
  readonly draft: DraftPlan;
  /** How many corrections the plan holds (all kinds). */
  readonly count: number;
  /** Web: held in the page and carried by download and submission; Excel: written into the cells. */
  readonly held: 'web' | 'office';
  readonly unapplied: readonly Unapplied[];
  readonly onSave: (target: ValueTarget, value: string | null) => void;
  readonly onReset: () => void;
}

/** The value as the pane shows it: a list value by its label. */
export function shownValue(field: string, value: string, lang: Lang): string {
  if (value === '') return '—';
  return listChoices(field, lang)?.find((c) => c.value === value)?.label ?? value;
}

export function CorrectionsPanel(props: CorrectionsPanelProps) {
  const { t, lang, draft } = props;
  const styles = useStyles();
  const [table, setTable] = useState<EditableTable>('activities');
  const rows = rowViews(draft, table, lang);
  const [rowKey, setRowKey] = useState<string>('');
  const row = rows.find((r) => r.key === rowKey) ?? rows[0];
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Section id="rettelser" title={t.correctionsHeading}>
      <Text>{t.correctionsIntro}</Text>
      <Field label={t.chooseTable} size="small">
        <Select
          className={styles.select}
          size="small"
          value={table}
          onChange={(_, d) => {
            setTable(d.value as EditableTable);
            setRowKey('');
            setEditing(null);
          }}
        >
          {EDITABLE_TABLES.map((k) => (
            <option key={k} value={k}>
              {t.tableChoices[k]}
            </option>
          ))}
        </Select>
      </Field>
      {rows.length > 0 && row && (
        <Field label={t.chooseRow} size="small">
          <Select
            className={styles.select}
            size="small"
            value={row.key}
            onChange={(_, d) => {
              setRowKey(d.value);
              setEditing(null);
            }}
          >
            {rows.map((r) => (
              <option key={r.key} value={r.key}>
                {r.label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {row && (
        <ul className={styles.fields} aria-label={row.label}>
          {row.fields.map((f) => {
            const key = `${f.field}|${f.cell}`;
            const name = fieldName(f.field, lang);
            return (
              <li key={key} className={styles.field}>
                {editing === key ? (
                  <ValueEditor
                    t={t}
                    lang={lang}
                    field={f.field}
                    label={t.valueFor(name, f.cell)}
                    current={f.current}
                    onSave={(v) => {
                      props.onSave(f, v);
                      setEditing(null);
                    }}
                    onCancel={() => setEditing(null)}
                  />
                ) : (
                  <>
                    <Text className={styles.value}>
                      <Caption1>
                        {name} · {f.cell}
                      </Caption1>
                      <br />
                      {shownValue(f.field, f.current, lang)}
                    </Text>
                    <Button
                      size="small"
                      aria-label={t.correctValue(name, f.cell)}
                      onClick={() => setEditing(key)}
                    >
                      {t.correct}
                    </Button>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {props.unapplied.map((u) => (
        <MessageBar key={`${u.sheet}!${u.cell}|${u.field}`} intent="warning" layout="multiline">
          <MessageBarBody>{t.unapplied(`${u.sheet}!${u.cell}`, u.reason[lang])}</MessageBarBody>
        </MessageBar>
      ))}
      {props.count > 0 && (
        <div className={styles.actions}>
          <Badge appearance="tint" color="brand">
            {t.correctionsHeld(props.count)}
          </Badge>
          <Caption1>{props.held === 'web' ? t.correctionsHeldWeb : t.correctionsHeldOffice}</Caption1>
          <Button size="small" onClick={props.onReset}>
            {t.undoAllCorrections}
          </Button>
        </div>
      )}
    </Section>
  );
}
