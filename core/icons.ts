// Icon sets of conditional formats (traffic lights, ✔ ! ✖ over 1–3 numbers): which icon Excel shows
// for each number, worked out from the rule as Excel does. Shared by the two readers of a workbook,
// core/xlsx (the file's bytes) and the add-in (the workbook open in Excel), so that both give the
// same GridSheet.icons.

import type { GridIcon, GridRange } from './grid';

/** An icon-set conditional format: where, which set, and the thresholds of its icons (lowest first). */
export interface IconRule {
  readonly ranges: readonly GridRange[];
  /** Excel's name of the set as the file writes it, e.g. "3TrafficLights1", "5Quarters". */
  readonly set: string;
  readonly reverse: boolean;
  /** "Vis kun ikon": the number is not shown. */
  readonly iconOnly: boolean;
  /**
   * One threshold per icon, lowest first, as the file writes them (<cfvo type val gte>): type "num",
   * "percent", "percentile" or "min"; another type (a formula) leaves the rule out.
   */
  readonly cfvos: readonly { readonly type: string; readonly val: string; readonly gte: boolean }[];
}

/** The numbers of a sheet's cells, read by index (a sheet's CellColumns, or a list of cells). */
export interface NumberedCells {
  readonly length: number;
  /** 0-based row and column of cell i. */
  row(i: number): number;
  col(i: number): number;
  /** Cell i's number, or undefined when it holds none. */
  number(i: number): number | undefined;
}

/**
 * The icon each number under an icon-set rule shows, as Excel picks it: the highest icon whose
 * threshold the number reaches (a number threshold as written; a percent of the way from the
 * range's least number to its greatest; a percentile of its numbers). A rule with a threshold of
 * another kind is left out. Sorted by row, then column.
 */
export function pickIcons(rules: readonly IconRule[], cells: NumberedCells): GridIcon[] {
  const out: GridIcon[] = [];
  for (const rule of rules) {
    const count = Number(rule.set.charAt(0));
    if (!(count >= 3 && count <= 5) || rule.cfvos.length !== count) continue;
    const inRule: number[] = [];
    const values: number[] = [];
    for (let i = 0; i < cells.length; i++) {
      const n = cells.number(i);
      if (n === undefined) continue;
      const r = cells.row(i);
      const c = cells.col(i);
      if (rule.ranges.some((g) => r >= g.s.r && r <= g.e.r && c >= g.s.c && c <= g.e.c)) {
        inRule.push(i);
        values.push(n);
      }
    }
    if (inRule.length === 0) continue;
    const sorted = [...values].sort((a, b) => a - b);
    const min = sorted[0] as number;
    const max = sorted[sorted.length - 1] as number;
    const thresholds: number[] = [];
    for (const v of rule.cfvos) {
      const n = Number(v.val);
      if (v.type === 'num' && v.val.trim() !== '' && Number.isFinite(n)) thresholds.push(n);
      else if (v.type === 'percent' && Number.isFinite(n)) thresholds.push(min + ((max - min) * n) / 100);
      else if (v.type === 'percentile' && Number.isFinite(n))
        thresholds.push(sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * n) / 100))] as number);
      else if (v.type === 'min') thresholds.push(min);
      else break;
    }
    if (thresholds.length !== count) continue;
    inRule.forEach((i, k) => {
      const v = values[k] as number;
      let index = 0;
      for (let j = 1; j < count; j++) {
        const t = thresholds[j] as number;
        if (rule.cfvos[j]?.gte === false ? v > t : v >= t) index = j;
      }
      if (rule.reverse) index = count - 1 - index;
      out.push({
        r: cells.row(i),
        c: cells.col(i),
        set: rule.set,
        index,
        count,
        ...(rule.iconOnly ? { iconOnly: true as const } : {}),
      });
    });
  }
  return out.sort((a, b) => a.r - b.r || a.c - b.c);
}
