// A project tool's export keeps the share done ("% Complete", "% færdig") beside a status dropdown
// that is not always kept up (Smartsheet's "Status" left empty while "% Complete" says 25 %). Where
// the status cell is empty, the share tells it: 0 % not started, 100 % done, anything between in
// progress, placed at the share's cell with a check.

import { a1 } from '../grid';
import type { ActivityFields, DraftRow } from '../draft';
import { LISTS, type Status } from '../spec';
import { oneLine } from '../normalize';
import { addCheck, type Ctx } from './context';
import type { DetectedTable } from './detect';
import { statusByPercent } from './values';

/** "% Complete", "% færdig", "Procent fuldført", "Fremdrift (%)": the share done. */
const SHARE_DONE_HEADER =
  /^(?=.*(?:%|\bprocent|\bpercent|\bpct\b))(?=.*(?:complete|completed|done|færdig|fuldført|gennemført|udført|fremdrift|progress)).{1,40}$/iu;

/** The table's share-done column beside its status column, when no field took it. */
export function shareDoneColumn(t: DetectedTable): number | undefined {
  if (!t.columns.some((m) => m.field === 'status')) return undefined;
  return t.columns.find((m) => m.field === null && SHARE_DONE_HEADER.test(oneLine(m.header).trim()))?.col;
}

/**
 * A row with no status written takes it from its share done: a figure 0–1 (a fraction, or a per
 * cent format), or 0–100 shown as per cent. Checked at the share's cell.
 */
export function readShareDone(
  t: DetectedTable,
  r: number,
  col: number,
  row: DraftRow<ActivityFields>,
  ctx: Ctx,
): void {
  const values = row.values as { status?: Status };
  if (values.status !== undefined) return;
  const cell = t.view.cell(r, col);
  if (!cell || typeof cell.v !== 'number') return;
  const percent = cell.v <= 1 ? cell.v * 100 : cell.v;
  const reading = statusByPercent(Math.round(percent * 100) / 100);
  if (!reading) return;
  t.view.useCell(cell);
  const id = reading.id as Status;
  values.status = id;
  const at = a1(cell.r, cell.c);
  (row.cells as { status?: string }).status = at;
  const label = LISTS.status.find((v) => v.id === id)?.label ?? { da: id, en: id };
  const shown = `${String(Math.round(percent))} %`;
  addCheck(ctx, {
    sheet: t.view.name,
    cell: at,
    field: 'activities.status',
    value: id,
    confidence: 0.9,
    reason: {
      da: `Statussen er tom; andelen udført (${shown} i ${at}) er læst som ${label.da}. Skriv statussen, hvis den er en anden.`,
      en: `The status is empty; the share done (${shown} in ${at}) was read as ${label.en}. Write the status if it is another.`,
    },
  });
}
