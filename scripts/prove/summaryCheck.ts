// Is a summary workbook served by the service a complete one? It must open with the service's own
// safe reader (core/xlsx readWorkbook), have every sheet of the summary, and account on its
// Indsendelser sheet for every municipality of the roster exactly once: either the submission used
// (whose id names that municipality and whose hash is one that municipality sent) or "mangler".
// When the caller knows which submissions were committed before it asked, each of those
// municipalities must be there with that submission or a newer one.

import { KOMMUNER } from '../../core/kommuner';
import type { GridCell } from '../../core/grid';
import { SHEET_NAMES, SUMMARY_SHEETS } from '../../core/summary';
import { readWorkbook } from '../../core/xlsx';
import { parseSubmissionId } from '../../functions/src/storage/submissions';

export interface SummaryExpectation {
  readonly period: string;
  /** Municipality codes the roster expects (all must be accounted for). */
  readonly roster: readonly string[];
  /** The hashes each municipality sent, in the order sent (when known). */
  readonly sent?: ReadonlyMap<string, readonly string[]>;
  /** Per municipality, the index in `sent` of the newest submission committed before the request. */
  readonly atLeast?: ReadonlyMap<string, number>;
}

export interface SummaryVerdict {
  readonly complete: boolean;
  readonly problems: string[];
  /** Municipalities whose submission was used. */
  readonly used: number;
  readonly missing: number;
}

const USED = 'Ja – nyeste indsendelse';
const MISSING = 'mangler';

export function checkSummary(bytes: Uint8Array, expect: SummaryExpectation): SummaryVerdict {
  const problems: string[] = [];
  let grid;
  try {
    grid = readWorkbook(bytes);
  } catch (err) {
    return {
      complete: false,
      problems: [`unreadable: ${err instanceof Error ? err.message : String(err)}`],
      used: 0,
      missing: 0,
    };
  }
  const names = grid.sheets.map((s) => s.name);
  for (const s of SUMMARY_SHEETS) {
    if (!names.includes(s.name.da)) problems.push(`no sheet ${s.name.da}`);
  }
  for (const sheet of grid.sheets) {
    if (sheet.cells.length === 0) problems.push(`sheet ${sheet.name} is empty`);
  }
  const sheet = grid.sheets.find((s) => s.name === SHEET_NAMES.submissions.da);
  if (!sheet) return { complete: false, problems, used: 0, missing: 0 };

  const rows = new Map<number, Map<number, GridCell>>();
  for (const cell of sheet.cells) {
    const row = rows.get(cell.r) ?? new Map<number, GridCell>();
    rows.set(cell.r, row);
    row.set(cell.c, cell);
  }
  const str = (row: Map<number, GridCell> | undefined, c: number): string => {
    const v = row?.get(c)?.v;
    return v === undefined ? '' : String(v);
  };
  const headerRow = [...rows.entries()].find(([, row]) => str(row, 0) === 'Kommune');
  if (!headerRow)
    return { complete: false, problems: [...problems, 'no header row on Indsendelser'], used: 0, missing: 0 };
  const header = headerRow[1];
  const col = (label: string): number => {
    for (const [c, cell] of header) if (cell.v === label) return c;
    problems.push(`no column ${label}`);
    return -1;
  };
  const cPeriod = col('Periode');
  const cUsed = col('Brugt i oversigten');
  const cId = col('Indsendelses-id');
  const cSha = col('SHA-256');

  const codeOf = new Map(KOMMUNER.map((k) => [k.name, k.code]));
  const seen = new Map<string, 'used' | 'missing'>();
  let used = 0;
  let missing = 0;
  for (const [r, row] of rows) {
    if (r <= headerRow[0] || str(row, cPeriod) !== expect.period) continue;
    const status = str(row, cUsed);
    if (status !== USED && status !== MISSING) continue;
    const name = str(row, 0);
    const code = codeOf.get(name);
    if (!code) {
      problems.push(`row ${r + 1}: unknown municipality ${name}`);
      continue;
    }
    if (seen.has(code)) problems.push(`${name} is accounted for twice`);
    seen.set(code, status === USED ? 'used' : 'missing');
    if (status === MISSING) {
      missing++;
      const must = expect.atLeast?.get(code);
      if (must !== undefined) problems.push(`${name} shown as missing though it had submitted`);
      continue;
    }
    used++;
    const id = str(row, cId);
    const where = parseSubmissionId(id);
    if (!where || where.municipality !== code || where.period !== expect.period)
      problems.push(`${name}: submission id ${id} is not ${code}'s for ${expect.period}`);
    const sha = str(row, cSha);
    const sent = expect.sent?.get(code);
    if (sent) {
      const index = sent.indexOf(sha);
      if (index < 0) problems.push(`${name}: hash ${sha.slice(0, 12)}… was never sent by ${code}`);
      const must = expect.atLeast?.get(code);
      if (must !== undefined && index >= 0 && index < must)
        problems.push(
          `${name}: an older submission (${index}) than one committed before the request (${must})`,
        );
    }
  }
  for (const code of expect.roster) {
    if (!seen.has(code))
      problems.push(`${KOMMUNER.find((k) => k.code === code)?.name ?? code} is not accounted for`);
  }
  return { complete: problems.length === 0, problems, used, missing };
}
