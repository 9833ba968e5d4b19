// The unplaced list as the coordinator reads it: cells left out together for one reason (a
// multi-year plan's later year's columns, rows planned for a later year) are one line naming the
// sheet, the column range or the rows, the count and the reason; every other cell is its own line.
// The pane (UnplacedPanel, expandable) and the CLI report (cli/report.ts) both show it so.

import { colName, parseA1 } from './grid';
import type { Message, Unmapped } from './schema';

export interface UnplacedGroup {
  readonly sheet: string;
  readonly kind: NonNullable<Unmapped['leftOut']>['kind'];
  /** The group's heading or year ("2028", "2. halvår 2027"). */
  readonly label: string;
  /** Where: "F1:G5" (columns F–G, rows 1–5) or the rows "7–9, 12". */
  readonly where: Message;
  readonly reason: Message;
  readonly cells: readonly Unmapped[];
}

export type UnplacedEntry =
  | { readonly kind: 'cell'; readonly cell: Unmapped }
  | { readonly kind: 'group'; readonly group: UnplacedGroup };

/** Row numbers (1-based) as runs: "7–9, 12". */
function rowRuns(rows: readonly number[]): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: string[] = [];
  let start = sorted[0];
  let prev = start;
  for (const r of [...sorted.slice(1), undefined]) {
    if (r !== undefined && prev !== undefined && r === prev + 1) {
      prev = r;
      continue;
    }
    if (start !== undefined && prev !== undefined)
      runs.push(start === prev ? `${start}` : `${start}–${prev}`);
    start = r;
    prev = r;
  }
  return runs.join(', ');
}

function describe(
  sheet: string,
  kind: UnplacedGroup['kind'],
  label: string,
  cells: readonly Unmapped[],
): UnplacedGroup {
  const at = cells.map((u) => parseA1(u.cell)).filter((p): p is { r: number; c: number } => p !== undefined);
  const r0 = Math.min(...at.map((p) => p.r));
  const r1 = Math.max(...at.map((p) => p.r));
  const c0 = Math.min(...at.map((p) => p.c));
  const c1 = Math.max(...at.map((p) => p.c));
  const cols = c0 === c1 ? colName(c0) : `${colName(c0)}–${colName(c1)}`;
  const rowsText = rowRuns(at.map((p) => p.r + 1));
  const where: Message =
    kind === 'laterRows'
      ? /[–,]/.test(rowsText)
        ? { da: `rækkerne ${rowsText}`, en: `rows ${rowsText}` }
        : { da: `række ${rowsText}`, en: `row ${rowsText}` }
      : {
          da: `kolonne ${cols} (rækkerne ${r0 + 1}–${r1 + 1})`,
          en: `column${c0 === c1 ? '' : 's'} ${cols} (rows ${r0 + 1}–${r1 + 1})`,
        };
  const reason: Message =
    kind === 'laterColumns'
      ? {
          da: `kolonnerne under "${label}", et senere år end planens periode: ikke læst som planens`,
          en: `the columns under "${label}", a later year than the plan's period: not read as the plan's`,
        }
      : kind === 'earlierColumns'
        ? {
            da: `kolonnerne under "${label}", et tidligere år end planens periode: ikke læst som planens`,
            en: `the columns under "${label}", an earlier year than the plan's period: not read as the plan's`,
          }
        : {
            da: `rækker planlagt til senere ("${label}"), ikke aktiviteter i perioden`,
            en: `rows planned for later ("${label}"), not activities of the period`,
          };
  return { sheet, kind, label, where, reason, cells };
}

/**
 * The unplaced cells in their order, those left out together gathered into one entry per sheet,
 * reason and label, where the first of them stood. A group of one cell stays a cell.
 */
export function groupUnplaced(unmapped: readonly Unmapped[]): UnplacedEntry[] {
  // A later year's columns one group each; the rows planned for later one group a sheet, every year.
  const keyOf = (u: Unmapped): string | undefined =>
    u.leftOut === undefined
      ? undefined
      : `${u.sheet}\u0000${u.leftOut.kind}\u0000${u.leftOut.kind === 'laterRows' ? '' : u.leftOut.label}`;
  const groups = new Map<string, Unmapped[]>();
  for (const u of unmapped) {
    const key = keyOf(u);
    if (key === undefined) continue;
    const list = groups.get(key) ?? [];
    list.push(u);
    groups.set(key, list);
  }
  const out: UnplacedEntry[] = [];
  const shown = new Set<string>();
  for (const u of unmapped) {
    const key = keyOf(u);
    const cells = key === undefined ? undefined : groups.get(key);
    if (key === undefined || !u.leftOut || !cells || cells.length < 2) {
      out.push({ kind: 'cell', cell: u });
      continue;
    }
    if (shown.has(key)) continue;
    shown.add(key);
    const labels = [...new Set(cells.map((c) => c.leftOut?.label ?? ''))].join('", "');
    out.push({ kind: 'group', group: describe(u.sheet, u.leftOut.kind, labels, cells) });
  }
  return out;
}
