// Readable reports of an inspection, in Danish (default) or English.

import type { Issue, Plan, Unmapped } from '../core/schema';
import { listLabel, THEMES, type Lang } from '../core/spec';
import type { StructureResult } from '../core/draft';

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
  const answered = plan.checklist.filter((c) => c.answer !== null).length;
  const themes = new Set(plan.activities.map((a) => a.theme)).size;
  return [
    `${t.plan}: ${plan.municipality.name} (${plan.municipality.code}), ${plan.period}, ${t.phase} ${listLabel('phase', plan.phase, lang)}`,
    `${t.activities}: ${plan.activities.length} (${late} ${t.late}) · ${t.checklist}: ${answered}/15 ${t.answered} · ${t.themes}: ${themes}/${THEMES.length} · ${t.corps}: ${plan.corps.length}`,
  ];
}

export function formatUnmapped(unmapped: readonly Unmapped[], lang: Lang, limit = 50): string[] {
  if (unmapped.length === 0) return [];
  const lines = ['', `${T[lang].unmapped} (${unmapped.length}):`];
  for (const u of unmapped.slice(0, limit)) {
    const value = u.value.length > 60 ? `${u.value.slice(0, 57)}...` : u.value;
    lines.push(`  ${place(u)}  ${JSON.stringify(value)}`);
  }
  if (unmapped.length > limit)
    lines.push(`  … ${unmapped.length - limit} ${lang === 'da' ? 'flere' : 'more'}`);
  return lines;
}

export function formatNotCarried(result: StructureResult, lang: Lang): string[] {
  if (result.notCarried.length === 0) return [];
  return ['', `${T[lang].notCarried}:`, ...result.notCarried.map((n) => `  '${n.sheet}': ${n.what}`)];
}

export function formatNoPlan(lang: Lang): string {
  return T[lang].noPlan;
}
