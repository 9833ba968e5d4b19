// One value of the plan, corrected in the pane: a dropdown where the value comes from a list (core
// spec), a text box otherwise. The typed value is checked as the plan will read it (dates, numbers,
// e-mail) and a value that does not fit says why before it becomes a correction.

import { Button, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Lang } from '../../../../core/spec';
import type { Strings } from '../../i18n';
import { listChoices, valueProblem } from '../corrections';

const useStyles = makeStyles({
  // A native select is as wide as its longest option: held to the pane's width.
  select: { width: '100%', minWidth: 0, maxWidth: '100%' },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface ValueEditorProps {
  readonly t: Strings;
  readonly lang: Lang;
  /** "activities.status", "cover.phase", ... */
  readonly field: string;
  /** The label of the box (names the field and its cell). */
  readonly label: string;
  /** The value now: a list id, a date, a number as text; '' when there is none. */
  readonly current: string;
  /** Save: the value typed or chosen, null to empty the field. */
  readonly onSave: (value: string | null) => void;
  readonly onCancel?: () => void;
}

export function ValueEditor({ t, lang, field, label, current, onSave, onCancel }: ValueEditorProps) {
  const styles = useStyles();
  const id = useId();
  const [text, setText] = useState(current);
  const [problem, setProblem] = useState<string | undefined>();
  const choices = listChoices(field, lang);
  const save = () => {
    const found = valueProblem(field, text, lang);
    setProblem(found);
    if (found === undefined) onSave(text.trim() === '' ? null : text.trim());
  };
  return (
    <div className={styles.root}>
      <Field
        label={label}
        size="small"
        {...(problem ? { validationState: 'error' as const, validationMessage: problem } : {})}
      >
        {choices ? (
          <Select
            id={id}
            className={styles.select}
            size="small"
            value={text}
            onChange={(_, d) => setText(d.value)}
          >
            <option value="">{t.chooseValue}</option>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </Select>
        ) : (
          <Input
            id={id}
            size="small"
            value={text}
            onChange={(_, d) => setText(d.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') save();
            }}
          />
        )}
      </Field>
      <div className={styles.actions}>
        <Button size="small" appearance="primary" onClick={save}>
          {t.save}
        </Button>
        {onCancel && (
          <Button size="small" onClick={onCancel}>
            {t.cancel}
          </Button>
        )}
      </div>
    </div>
  );
}
