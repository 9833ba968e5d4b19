// Readable reports of an inspection, in Danish (default) or English.

import type { AppliedRemembered } from '../core/remembered';
import type { Issue, Plan, ReadCheck, Unmapped } from '../core/schema';
import {
  ACTIVITIES_SHEET,
  checklistFor,
  versionOf,
  FRONT_SHEET,
  listLabel,
  THEMES,
  type FrontFieldKey,
  type Lang,
  type ListId,
} from '../core/spec';
import { sourceKey, sourceKeysAt, sourceText, type DraftPlan, type StructureResult } from '../core/draft';
import { checkGroupName } from '../core/checkFields';
import { groupUnplaced } from '../core/unplaced';
import { checklistCounts, fieldLabel, valueName } from '../core/spec';

const T = {
  da: {
    plan: 'Plan',
    noPlan: 'Ingen gyldig plan endnu – ret fejlene nedenfor.',
    activities: 'Aktiviteter',
    late: 'forsinkede',
    checklist: 'Huskeliste',
    answered: 'besvaret',
    themes: 'Temaer dækket',
    corps: 'Korps',
    errors: 'Fejl',
    warnings: 'Advarsler',
    unmapped: 'Værdier der ikke blev placeret i planen',
    notCarried: 'Kunne ikke overføres',
    none: 'Ingen fejl eller advarsler.',
    phase: 'fase',
  },
  en: {
    plan: 'Plan',
    noPlan: 'No valid plan yet – fix the errors below.',
    activities: 'Activities',
    late: 'late',
    checklist: 'Checklist',
    answered: 'answered',
    themes: 'Themes covered',
    corps: 'Corps',
    errors: 'Errors',
    warnings: 'Warnings',
    unmapped: 'Values that did not land in the plan',
    notCarried: 'Could not be carried over',
    none: 'No errors or warnings.',
    phase: 'phase',
  },
} as const;

function place(i: { sheet: string; cell: string }): string {
  if (!i.sheet) return '(workbook)';
  const sheet = /^[A-Za-z0-9_]+$/.test(i.sheet) ? i.sheet : `'${i.sheet}'`;
  return i.cell ? `${sheet}!${i.cell}` : sheet;
}

const DANISH_TIME: Intl.DateTimeFormatOptions = {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
};
const DANISH_TIME_FORMAT = new Intl.DateTimeFormat('en-GB', DANISH_TIME);

/**
 * A moment (ISO 8601, UTC as the service stores it) in Danish time, winter and summer: in Danish
 * "02.12.2026 kl. 10.46", in English "2026-12-02 10:46" (both 20 characters or less, for tables).
 */
export function formatTimestamp(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    DANISH_TIME_FORMAT.formatToParts(date).find((p) => p.type === type)?.value ?? '';
  const [y, m, d, h, min] = [part('year'), part('month'), part('day'), part('hour'), part('minute')];
  return lang === 'da' ? `${d}.${m}.${y} kl. ${h}.${min}` : `${y}-${m}-${d} ${h}:${min}`;
}

export function formatIssues(issues: readonly Issue[], lang: Lang): string[] {
  const t = T[lang];
  const lines: string[] = [];
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  if (issues.length === 0) lines.push(t.none);
  for (const [title, list, mark] of [
    [t.errors, errors, '✖'],
    [t.warnings, warnings, '!'],
  ] as const) {
    if (list.length === 0) continue;
    lines.push('', `${title} (${list.length}):`);
    for (const i of list) lines.push(`  ${mark} ${place(i)}  ${i.message[lang]}  [${i.code}]`);
  }
  return lines;
}

export function formatPlanSummary(plan: Plan, issues: readonly Issue[], lang: Lang): string[] {
  const t = T[lang];
  const late = issues.filter((i) => i.code === 'activity_late').length;
  const { checklistAnswered: answered, checklistQuestions } = checklistCounts(plan);
  const themes = new Set(plan.activities.map((a) => a.theme)).size;
  return [
    `${t.plan}: ${plan.municipality.name} (${plan.municipality.code}), ${plan.period}, ${t.phase} ${listLabel('phase', plan.phase, lang)}`,
    `${t.activities}: ${plan.activities.length} (${late} ${t.late}) · ${t.checklist}: ${answered}/${checklistQuestions} ${t.answered} · ${t.themes}: ${themes}/${THEMES.length} · ${t.corps}: ${plan.corps.length}`,
  ];
}

export function formatUnmapped(unmapped: readonly Unmapped[], lang: Lang, limit = 50): string[] {
  if (unmapped.length === 0) return [];
  const lines = ['', `${T[lang].unmapped} (${unmapped.length}):`];
  // Cells left out together (a later year's columns, rows planned for later): one line each group.
  const entries = groupUnplaced(unmapped);
  for (const e of entries.slice(0, limit)) {
    if (e.kind === 'group') {
      const g = e.group;
      const cells = lang === 'da' ? `${g.cells.length} celler` : `${g.cells.length} cells`;
      lines.push(`  ${place({ sheet: g.sheet, cell: '' })} ${g.where[lang]}  ${cells}: ${g.reason[lang]}`);
      continue;
    }
    const u = e.cell;
    const value = u.value.length > 60 ? `${u.value.slice(0, 57)}...` : u.value;
    lines.push(`  ${place(u)}  ${JSON.stringify(value)}`);
  }
  if (entries.length > limit) lines.push(`  … ${entries.length - limit} ${lang === 'da' ? 'flere' : 'more'}`);
  return lines;
}

export function formatNotCarried(result: StructureResult, lang: Lang): string[] {
  if (result.notCarried.length === 0) return [];
  return ['', `${T[lang].notCarried}:`, ...result.notCarried.map((n) => `  '${n.sheet}': ${n.what}`)];
}

export function formatNoPlan(lang: Lang): string {
  return T[lang].noPlan;
}

// --- What was read: cover, activities, checklist, counts and the values to check ----------------

/** The terminal width the readable report is made to fit. */
export const REPORT_WIDTH = 100;

const R = {
  da: {
    readSoFar: 'Det læste (ikke gyldigt endnu):',
    cprWithheld:
      'Arbejdsbogen indeholder noget, der ligner et CPR-nummer, så det læste vises ikke. Fjern personnumrene (stederne står under Fejl) og læs filen igen.',
    cover: 'Forside',
    activities: 'Aktiviteter',
    noActivities: 'Ingen aktiviteter fundet.',
    fromSheet: 'fra arket',
    place: 'Række',
    lateSuffix: 'forsinket',
    legend: '? = læst med usikkerhed (se Tjek) · ✖ = fejl i cellen (se Fejl) · ! = forsinket · – = tomt',
    checklist: 'Huskeliste',
    answered: 'besvaret',
    roles: 'Roller',
    indicators: 'Indikatorer',
    communication: 'Kommunikation',
    needs: 'Behovsanalyse',
    answers: 'svar',
    checks: 'Tjek – værdier læst med usikkerhed',
    readAt: 'læst i',
    set: 'sat på kommandolinjen',
  },
  en: {
    readSoFar: 'What was read (not valid yet):',
    cprWithheld:
      'The workbook contains something that looks like a CPR number, so what was read is not shown. Remove the personal identity numbers (their places are listed under Errors) and read the file again.',
    cover: 'Cover',
    activities: 'Activities',
    noActivities: 'No activities found.',
    fromSheet: 'from the sheet',
    place: 'Row',
    lateSuffix: 'late',
    legend:
      '? = read with uncertainty (see Checks) · ✖ = error in the cell (see Errors) · ! = late · – = empty',
    checklist: 'Checklist',
    answered: 'answered',
    roles: 'Roles',
    indicators: 'Indicators',
    communication: 'Communication',
    needs: 'Needs analysis',
    answers: 'answers',
    checks: 'Checks – values read with uncertainty',
    readAt: 'read at',
    set: 'set on the command line',
  },
} as const;

/**
 * Characters as a terminal counts them (code points; the product's texts have no wide characters).
 * Counted without making an array of them: a large plan's report measures every cell several times.
 */
export function width(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** One line of a cell's text, cut to `max` characters with an ellipsis. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  // No more UTF-16 units than `max`: no more characters either (the common case, no array made).
  if (flat.length <= max) return flat;
  const chars = [...flat];
  if (chars.length <= max) return flat;
  if (max <= 0) return '';
  return `${chars.slice(0, max - 1).join('')}…`;
}

export interface Cell {
  readonly text: string;
  /** A mark kept whole when the text is cut: '?' or '✖'. */
  readonly mark?: string;
}

export interface TableColumn {
  readonly title: string;
  /** The narrowest this column gets when the table is squeezed. */
  readonly min: number;
  readonly cells: readonly Cell[];
}

function cellText(cell: Cell, max: number): string {
  if (!cell.mark) return truncate(cell.text, max);
  const mark = ` ${cell.mark}`;
  return cell.text === '' ? truncate(cell.mark, max) : `${truncate(cell.text, max - width(mark))}${mark}`;
}

/**
 * A table that fits `total` columns: each column as wide as its widest cell, then the widest
 * columns narrowed one character at a time (never below their minimum) until the lines fit, long
 * texts cut with "…".
 */
export function fitTable(columns: readonly TableColumn[], total = REPORT_WIDTH, indent = 2): string[] {
  const gap = 2;
  const widths = columns.map((c) =>
    Math.max(width(c.title), ...c.cells.map((cell) => width(cellText(cell, Number.POSITIVE_INFINITY)))),
  );
  const used = (): number => indent + widths.reduce((a, b) => a + b, 0) + gap * (columns.length - 1);
  while (used() > total) {
    let widest = -1;
    columns.forEach((c, i) => {
      const w = widths[i] ?? 0;
      if (w > c.min && (widest < 0 || w > (widths[widest] ?? 0))) widest = i;
    });
    if (widest < 0) break;
    widths[widest] = (widths[widest] ?? 0) - 1;
  }
  const rows = Math.max(0, ...columns.map((c) => c.cells.length));
  const line = (cells: readonly string[]): string =>
    (
      ' '.repeat(indent) +
      cells.map((t, i) => t + ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(t)))).join(' '.repeat(gap))
    ).trimEnd();
  const out = [line(columns.map((c, i) => truncate(c.title, widths[i] ?? 0)))];
  for (let r = 0; r < rows; r++) {
    out.push(line(columns.map((c, i) => cellText(c.cells[r] ?? { text: '' }, widths[i] ?? 0))));
  }
  return out;
}

interface Marks {
  mark(sheet: string, cell: string | undefined): string | undefined;
}

/** Where errors and checks are, to mark the values read there. */
function marksOf(issues: readonly Issue[], checks: readonly ReadCheck[]): Marks {
  const key = (sheet: string, cell: string): string =>
    `${sheet}\u0000${cell.replace(/\$/g, '').toUpperCase()}`;
  const errors = new Set(
    issues.filter((i) => i.severity === 'error' && i.cell).map((i) => key(i.sheet, i.cell)),
  );
  const uncertain = new Set(
    checks.filter((c) => c.cell && c.confidence < 1).map((c) => key(c.sheet, c.cell)),
  );
  return {
    mark(sheet, cell) {
      if (!cell) return undefined;
      const k = key(sheet, cell);
      return errors.has(k) ? '✖' : uncertain.has(k) ? '?' : undefined;
    },
  };
}

function listText(list: ListId, id: string | undefined, lang: Lang): string {
  if (id === undefined) return '';
  try {
    return listLabel(list, id, lang);
  } catch {
    return id;
  }
}

function coverLines(
  draft: DraftPlan,
  marks: Marks,
  lang: Lang,
  setFields: ReadonlySet<FrontFieldKey>,
  sheets: readonly string[] | undefined,
): string[] {
  const person = (p: DraftPlan['coordinator']): string =>
    p ? (p.email ? `${p.name} <${p.email}>` : p.name) : '';
  const values: [FrontFieldKey, string][] = [
    ['municipality', draft.municipality ? `${draft.municipality.name} (${draft.municipality.code})` : ''],
    ['period', draft.period ?? ''],
    ['phase', listText('phase', draft.phase, lang)],
    ['coordinatorName', person(draft.coordinator)],
    ['leaderName', person(draft.leader)],
    ['organisation', listText('organisation', draft.organisation, lang)],
    ['supervisionModel', listText('supervisionModel', draft.supervisionModel, lang)],
  ];
  const labels = values.map(([key]) => FRONT_SHEET.fields.find((f) => f.key === key)?.label[lang] ?? key);
  const labelWidth = Math.max(...labels.map(width));
  const lines = ['', `${R[lang].cover}:`];
  values.forEach(([key, value], i) => {
    const at = draft.places[key];
    const given = setFields.has(key);
    const mark = at && !given ? marks.mark(at.sheet, at.cell) : undefined;
    const shown = value === '' ? (mark ?? '–') : mark ? `${value} ${mark}` : value;
    // A place on a sheet the workbook does not have is where the template keeps the field: the value
    // came from elsewhere (the file's name), as its check under "Tjek" says.
    const elsewhere = at !== undefined && sheets !== undefined && !sheets.includes(at.sheet);
    const where = given
      ? `   (${R[lang].set})`
      : value !== '' && at && !elsewhere
        ? `   (${R[lang].readAt} ${place(at)})`
        : '';
    lines.push(`  ${(labels[i] ?? '').padEnd(labelWidth)}  ${truncate(shown, 60)}${where}`);
  });
  return lines;
}

function activityLines(draft: DraftPlan, issues: readonly Issue[], marks: Marks, lang: Lang): string[] {
  const t = R[lang];
  const rows = draft.activities;
  const late = new Set(
    issues.filter((i) => i.code === 'activity_late').flatMap((i) => sourceKeysAt(i.sheet, i.cell)),
  );
  const lateCount = rows.filter((r) => late.has(sourceKey(r.source))).length;
  const head = `${t.activities} (${rows.length}${lateCount > 0 ? `, ${lateCount} ${t.lateSuffix}` : ''})`;
  if (rows.length === 0) return ['', `${head}: ${t.noActivities}`];
  const sheets = [...new Set(rows.map((r) => r.source.sheet))];
  const oneSheet = sheets.length === 1 ? sheets[0] : undefined;
  const label = (field: string): string =>
    ACTIVITIES_SHEET.columns.find((c) => c.field === field)?.label[lang] ?? field;
  const column = (
    field: 'theme' | 'activity' | 'status' | 'start' | 'deadline' | 'responsible',
    min: number,
    text: (row: DraftPlan['activities'][number]) => string,
    /** A mark for the row when its cell has none of its own. */
    otherwise?: (row: DraftPlan['activities'][number]) => string | undefined,
  ): TableColumn => ({
    title: label(field),
    min,
    cells: rows.map((row) => {
      const value = text(row);
      const mark = marks.mark(row.source.sheet, row.cells[field]) ?? otherwise?.(row);
      return value === '' ? { text: '', mark: mark ?? '–' } : { text: value, ...(mark ? { mark } : {}) };
    }),
  });
  const table = fitTable([
    {
      title: t.place,
      min: oneSheet ? 3 : 10,
      cells: rows.map((r) => ({
        text: sourceText(r.source, oneSheet === undefined),
      })),
    },
    column('theme', 14, (r) => listText('theme', r.values.theme, lang)),
    column('activity', 22, (r) => r.values.activity ?? ''),
    // A late activity's status carries "!".
    column(
      'status',
      14,
      (r) => listText('status', r.values.status, lang),
      (r) => (late.has(sourceKey(r.source)) ? '!' : undefined),
    ),
    column('start', 10, (r) => r.values.start ?? ''),
    column('deadline', 10, (r) => r.values.deadline ?? ''),
    column('responsible', 11, (r) => r.values.responsible ?? ''),
  ]);
  return [
    '',
    oneSheet ? `${head}, ${t.fromSheet} ${place({ sheet: oneSheet, cell: '' })}:` : `${head}:`,
    ...table,
  ];
}

function checklistLines(draft: DraftPlan, marks: Marks, lang: Lang): string[] {
  const t = R[lang];
  // The questions of the workbook's own template version (a 1.0 workbook has no L9).
  const own = new Set(checklistFor(versionOf(draft.templateVersion)).map((q) => q.id));
  const { checklistAnswered: answered, checklistQuestions } = checklistCounts(draft);
  const lines = ['', `${t.checklist} (${answered}/${checklistQuestions} ${t.answered}):`];
  const answerWidth =
    Math.max(...['yes', 'partly', 'no'].map((a) => width(listLabel('answer', a, lang)))) + 2;
  for (const c of draft.checklist) {
    if (!own.has(c.id) && c.answer === null) continue;
    const mark = c.place ? marks.mark(c.place.sheet, c.place.cell) : undefined;
    const answer =
      c.answer === null ? (mark ?? '–') : `${listLabel('answer', c.answer, lang)}${mark ? ` ${mark}` : ''}`;
    const head = `  ${c.id.padEnd(3)} ${answer.padEnd(answerWidth)}`;
    const comment = c.comment ? truncate(c.comment, REPORT_WIDTH - width(head)) : '';
    lines.push(`${head}${comment}`.trimEnd());
  }
  return lines;
}

function countLines(draft: DraftPlan, lang: Lang): string[] {
  const t = R[lang];
  const themes = new Set(draft.activities.map((a) => a.values.theme).filter((x) => x !== undefined)).size;
  const byRole = new Map<string, number>();
  for (const m of draft.corps) {
    if (m.values.role !== undefined) byRole.set(m.values.role, (byRole.get(m.values.role) ?? 0) + 1);
  }
  const roles = [...byRole].map(([role, n]) => `${listText('corpsRole', role, lang)} ${n}`).join(', ');
  return [
    '',
    [
      `${T[lang].corps}: ${draft.corps.length}${roles ? ` (${roles})` : ''}`,
      `${t.indicators}: ${draft.indicators.length}`,
      `${T[lang].themes}: ${themes}/${THEMES.length}`,
    ].join(' · '),
    [
      `${t.roles}: ${draft.roles.length}`,
      `${t.communication}: ${draft.communication.length}`,
      `${t.needs}: ${draft.needsAnalysis.length} ${t.answers}`,
    ].join(' · '),
  ];
}

/** The values read with less than certainty, each with its place and why. */
export function formatChecks(checks: readonly ReadCheck[], lang: Lang): string[] {
  const open = checks.filter((c) => c.confidence < 1);
  if (open.length === 0) return [];
  const lines = ['', `${R[lang].checks} (${open.length}):`];
  for (const c of open) {
    lines.push(
      `  ? ${place(c)}  ${checkGroupName(c.field)[lang]}  ${JSON.stringify(truncate(c.value, 40))}  ${Math.round(c.confidence * 100)} %  ${c.reason[lang]}`,
    );
  }
  return lines;
}

export interface ReadReport {
  readonly plan: Plan | null;
  readonly issues: readonly Issue[];
  readonly checks?: readonly ReadCheck[];
  readonly structure: StructureResult;
  /** The workbook's sheets: a cover value placed on a sheet it does not have came from elsewhere (the file's name). */
  readonly sheets?: readonly string[];
}

/** True when the workbook holds a CPR number: nothing read from it is shown. */
export function holdsCpr(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.code === 'cpr_number');
}

/**
 * What `inspect` read, whether or not it makes a valid plan: the cover, the activity table, the
 * checklist, the counts and the values to check — nothing of a workbook that holds a CPR number.
 */
export function formatRead(
  result: ReadReport,
  lang: Lang,
  /** Cover fields the person set (--municipality, --period, --phase, --set): shown as set, not read. */
  setFields: readonly FrontFieldKey[] = [],
): string[] {
  if (holdsCpr(result.issues)) return [R[lang].cprWithheld];
  const draft = result.structure.draft;
  const checks = result.checks ?? [];
  const marks = marksOf(result.issues, checks);
  const lines = result.plan
    ? formatPlanSummary(result.plan, result.issues, lang).slice(0, 1)
    : [formatNoPlan(lang), R[lang].readSoFar];
  lines.push(
    ...coverLines(draft, marks, lang, new Set(setFields), result.sheets),
    ...activityLines(draft, result.issues, marks, lang),
    ...checklistLines(draft, marks, lang),
    ...countLines(draft, lang),
    '',
    R[lang].legend,
    ...formatChecks(checks, lang),
  );
  return lines;
}

/** What remembered corrections decided ("husket fra sidst"), each with its place and the entry's key. */
export function formatRemembered(applied: readonly AppliedRemembered[], lang: Lang): string[] {
  if (applied.length === 0) return [];
  const head =
    lang === 'da'
      ? `Husket fra sidst (${applied.length}) – glem en med \`korpsplan corrections\`:`
      : `Remembered from last time (${applied.length}) – forget one with \`korpsplan corrections\`:`;
  const lines = ['', head];
  for (const a of applied) {
    const what =
      a.kind === 'column'
        ? `${lang === 'da' ? 'kolonne' : 'column'} → ${a.value ? fieldLabel(`${a.field.replace(/^column:/, '')}.${a.value}`)[lang] : lang === 'da' ? '(bruges ikke)' : '(not used)'}`
        : `${fieldLabel(a.field)[lang]} = ${truncate(valueName(a.field, a.value)[lang], 40)}`;
    lines.push(`  ↺ ${place(a)}  ${what}  [${a.key}]`);
  }
  return lines;
}
