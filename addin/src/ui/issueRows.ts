// The issue list as the coordinator reads it: sheets (those with errors first), within a sheet the
// kinds of issue (errors first) with their count, within a kind the issues in workbook order. Every
// level folds. "Kun fejl" keeps only errors. The list is flattened into rows so the pane can show a
// window of them (components/IssueList.tsx): 20,000 issues become a few dozen DOM nodes.

import type { Issue } from '../../../core/schema';
import type { IssueCode } from '../../../core/codes';
import type { Lang } from '../../../core/spec';
import { strings } from '../i18n';

/**
 * The heading over one kind of issue (addin/src/i18n.ts issueKinds: every IssueCode has one). A code
 * this add-in does not know (a newer service) is named as another kind, with its code.
 */
export function kindLabel(code: string, lang: Lang): string {
  const s = strings(lang);
  return Object.prototype.hasOwnProperty.call(s.issueKinds, code)
    ? s.issueKinds[code as IssueCode]
    : s.otherIssueKind(code);
}

export interface KindGroup {
  readonly key: string;
  readonly code: string;
  readonly severity: Issue['severity'];
  readonly issues: readonly Issue[];
}

export interface SheetGroup {
  readonly key: string;
  readonly sheet: string;
  readonly errors: number;
  readonly warnings: number;
  readonly kinds: readonly KindGroup[];
}

/**
 * Sheets with errors first (then in the order the issues come), within a sheet the kinds with
 * errors first, each kind in the order its issues come. One pass over the issues.
 */
export function groupBySheetAndKind(issues: readonly Issue[], onlyErrors: boolean): SheetGroup[] {
  const sheets = new Map<string, { sheet: string; order: number; kinds: Map<string, Issue[]> }>();
  for (const issue of issues) {
    if (onlyErrors && issue.severity !== 'error') continue;
    let sheet = sheets.get(issue.sheet);
    if (!sheet) {
      sheet = { sheet: issue.sheet, order: sheets.size, kinds: new Map() };
      sheets.set(issue.sheet, sheet);
    }
    const kindKey = `${issue.severity}\u0000${issue.code}`;
    let kind = sheet.kinds.get(kindKey);
    if (!kind) {
      kind = [];
      sheet.kinds.set(kindKey, kind);
    }
    kind.push(issue);
  }
  const errorsFirst = (a: { severity: Issue['severity'] }, b: { severity: Issue['severity'] }) =>
    (a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1);
  const groups = [...sheets.values()].map((s): SheetGroup => {
    const kinds = [...s.kinds.entries()]
      .map(([kindKey, list]): KindGroup => {
        const first = list[0] as Issue;
        return {
          key: `${s.sheet}\u0000${kindKey}`,
          code: first.code,
          severity: first.severity,
          issues: list,
        };
      })
      .sort(errorsFirst); // stable: kinds of one severity keep the order their issues come in
    const errors = kinds.filter((k) => k.severity === 'error').reduce((n, k) => n + k.issues.length, 0);
    const total = kinds.reduce((n, k) => n + k.issues.length, 0);
    return { key: s.sheet, sheet: s.sheet, errors, warnings: total - errors, kinds };
  });
  return groups.sort((a, b) => (a.errors > 0 ? 0 : 1) - (b.errors > 0 ? 0 : 1));
}

export type IssueRow =
  | { readonly type: 'sheet'; readonly key: string; readonly group: SheetGroup; readonly open: boolean }
  | { readonly type: 'note'; readonly key: string; readonly sheet: string }
  | {
      readonly type: 'kind';
      readonly key: string;
      readonly group: KindGroup;
      readonly open: boolean;
    }
  | {
      readonly type: 'issue';
      readonly key: string;
      readonly issue: Issue;
      /** The issue's place among its kind's issues, for aria-posinset/aria-setsize. */
      readonly position: number;
      readonly size: number;
      readonly kindKey: string;
    };

export interface Folding {
  /** Whether a sheet (SheetGroup.key) or a kind (KindGroup.key) is open. */
  readonly isOpen: (key: string, fallback: boolean) => boolean;
  /** The workbook's sheets: an issue on a sheet that does not exist yet gets a note. */
  readonly sheets: readonly string[];
  /** Open a sheet with errors by default; a short list opens whole. */
  readonly openAll: boolean;
}

/** The rows of the list, in order: only the rows of open groups. */
export function issueRows(groups: readonly SheetGroup[], folding: Folding): IssueRow[] {
  const rows: IssueRow[] = [];
  for (const group of groups) {
    const open = folding.isOpen(group.key, folding.openAll || group.errors > 0);
    rows.push({ type: 'sheet', key: `s:${group.key}`, group, open });
    if (!open) continue;
    if (group.sheet !== '' && !folding.sheets.includes(group.sheet)) {
      rows.push({ type: 'note', key: `n:${group.key}`, sheet: group.sheet });
    }
    for (const kind of group.kinds) {
      const kindOpen = folding.isOpen(kind.key, true);
      rows.push({ type: 'kind', key: `k:${kind.key}`, group: kind, open: kindOpen });
      if (!kindOpen) continue;
      const size = kind.issues.length;
      kind.issues.forEach((issue, i) => {
        rows.push({
          type: 'issue',
          key: `i:${kind.key}\u0000${i}`,
          issue,
          position: i + 1,
          size,
          kindKey: kind.key,
        });
      });
    }
  }
  return rows;
}
