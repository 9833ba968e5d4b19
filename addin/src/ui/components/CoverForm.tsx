// The cover's facts, filled in or corrected in the pane: municipality (the 98, with the signed-in
// coordinator's own offered first), period (half-years around today, the current one offered),
// phase, coordinator, leader, organisational anchoring and supervision model — dropdowns where the
// value comes from a list (core/spec). Each change applies at once; a workbook for another
// municipality than the coordinator's is flagged with both names.

import {
  Badge,
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CoverKey } from '../../../../core/corrections';
import type { DraftPlan } from '../../../../core/draft';
import { KOMMUNER } from '../../../../core/kommuner';
import type { Lang } from '../../../../core/spec';
import type { Strings } from '../../i18n';
import { fieldName, listChoices, valueProblem, type MunicipalityMismatch } from '../corrections';
import { Section } from './Section';

const useStyles = makeStyles({
  // A native select is as wide as its longest option: held to the pane's width.
  select: { width: '100%', minWidth: 0, maxWidth: '100%' },
  fields: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalS },
  hint: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
});

export interface CoverFormProps {
  readonly t: Strings;
  readonly lang: Lang;
  readonly draft: DraftPlan;
  /** Cover fields the coordinator set in the pane (shown as corrected). */
  readonly corrected: ReadonlySet<CoverKey>;
  /** The signed-in coordinator's municipality code (roster / me). */
  readonly userMunicipality?: string;
  /** Half-years to choose from, newest first; the first is the current one. */
  readonly periods: readonly string[];
  readonly mismatch?: MunicipalityMismatch;
  /** Why a field's value read from the workbook is uncertain (a read check), to be looked over. */
  readonly checks?: Partial<Record<CoverKey, string>>;
  readonly onSet: (key: CoverKey, value: string | null) => void;
}

/**
 * What a cover field says under it: corrected in the pane; else read with less than certainty (a
 * warning with the reason); else not found; else nothing.
 */
function fieldState(
  t: Strings,
  corrected: boolean,
  check: string | undefined,
  read: boolean,
): { hint?: string; validationState?: 'warning'; validationMessage?: string } {
  if (corrected) return { hint: t.correctedMark };
  if (check !== undefined && read) return { validationState: 'warning', validationMessage: check };
  return read ? {} : { hint: t.notRead };
}

/** A text field that applies when the coordinator leaves it or presses Enter. */
function PersonField(props: {
  readonly field: CoverKey;
  readonly lang: Lang;
  readonly label: string;
  readonly value: string;
  readonly corrected: boolean;
  readonly check?: string | undefined;
  readonly t: Strings;
  readonly onCommit: (value: string | null) => void;
}) {
  const [text, setText] = useState(props.value);
  const [problem, setProblem] = useState<string | undefined>();
  useEffect(() => setText(props.value), [props.value]);
  const commit = () => {
    if (text.trim() === props.value.trim()) return;
    const found = valueProblem(`cover.${props.field}`, text, props.lang);
    setProblem(found);
    if (found === undefined) props.onCommit(text.trim() === '' ? null : text.trim());
  };
  return (
    <Field
      label={props.label}
      size="small"
      {...(problem
        ? { validationState: 'error' as const, validationMessage: problem }
        : fieldState(props.t, props.corrected, props.check, props.value !== ''))}
    >
      <Input
        size="small"
        value={text}
        onChange={(_, d) => setText(d.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </Field>
  );
}

export function CoverForm(props: CoverFormProps) {
  const { t, lang, draft, corrected, periods } = props;
  const styles = useStyles();
  const mine = props.userMunicipality ? KOMMUNER.find((k) => k.code === props.userMunicipality) : undefined;
  const current = periods[0];

  const list = (key: 'phase' | 'organisation' | 'supervisionModel', value: string | undefined) => (
    <Field
      key={key}
      label={fieldName(`cover.${key}`, lang)}
      size="small"
      {...fieldState(t, corrected.has(key), props.checks?.[key], value !== undefined)}
    >
      <Select
        className={styles.select}
        size="small"
        value={value ?? ''}
        onChange={(_, d) => props.onSet(key, d.value === '' ? null : d.value)}
      >
        <option value="">{t.chooseValue}</option>
        {(listChoices(`cover.${key}`, lang) ?? []).map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </Select>
    </Field>
  );

  const municipalities = listChoices('cover.municipality', lang) ?? [];
  const periodOptions =
    draft.period && !periods.includes(draft.period) ? [draft.period, ...periods] : periods;
  return (
    <Section id="forside" title={t.coverHeading}>
      <Text>{t.coverIntro}</Text>
      {props.mismatch && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t.otherMunicipality(props.mismatch.workbook, props.mismatch.yours)}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.fields}>
        <Field
          label={fieldName('cover.municipality', lang)}
          size="small"
          {...fieldState(t, corrected.has('municipality'), props.checks?.municipality, !!draft.municipality)}
        >
          <Select
            className={styles.select}
            size="small"
            value={draft.municipality?.code ?? ''}
            onChange={(_, d) => props.onSet('municipality', d.value === '' ? null : d.value)}
          >
            <option value="">{t.chooseValue}</option>
            {mine && (
              <option key={`mine-${mine.code}`} value={mine.code}>
                {t.yourMunicipality(mine.name)}
              </option>
            )}
            {municipalities
              .filter((m) => m.value !== mine?.code)
              .map((m) => (
                <option key={m.value} value={m.value}>
                  {m.label}
                </option>
              ))}
          </Select>
        </Field>
        {!draft.municipality && mine && (
          <div className={styles.hint}>
            <Button size="small" onClick={() => props.onSet('municipality', mine.code)}>
              {t.useYourMunicipality(mine.name)}
            </Button>
          </div>
        )}
        <Field
          label={fieldName('cover.period', lang)}
          size="small"
          {...fieldState(t, corrected.has('period'), props.checks?.period, !!draft.period)}
        >
          <Select
            className={styles.select}
            size="small"
            value={draft.period ?? ''}
            onChange={(_, d) => props.onSet('period', d.value === '' ? null : d.value)}
          >
            <option value="">{t.chooseValue}</option>
            {periodOptions.map((p) => (
              <option key={p} value={p}>
                {p === current ? t.currentPeriod(t.periodName(p)) : t.periodName(p)}
              </option>
            ))}
          </Select>
        </Field>
        {!draft.period && current && (
          <div className={styles.hint}>
            <Button size="small" onClick={() => props.onSet('period', current)}>
              {t.useCurrentPeriod(t.periodName(current))}
            </Button>
          </div>
        )}
        {list('phase', draft.phase)}
        <PersonField
          t={t}
          lang={lang}
          field="coordinatorName"
          label={t.coordinatorField}
          value={draft.coordinator?.name ?? ''}
          corrected={corrected.has('coordinatorName')}
          check={props.checks?.coordinatorName}
          onCommit={(v) => props.onSet('coordinatorName', v)}
        />
        <PersonField
          t={t}
          lang={lang}
          field="leaderName"
          label={t.leaderField}
          value={draft.leader?.name ?? ''}
          corrected={corrected.has('leaderName')}
          check={props.checks?.leaderName}
          onCommit={(v) => props.onSet('leaderName', v)}
        />
        {list('organisation', draft.organisation)}
        {list('supervisionModel', draft.supervisionModel)}
      </div>
      {corrected.size > 0 && (
        <Badge appearance="tint" color="brand">
          {t.correctionsHeld(corrected.size)}
        </Badge>
      )}
    </Section>
  );
}
