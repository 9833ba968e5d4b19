// A plan shared by several partners (a school, the health visitors, the family department), each
// keeping its OWN BLOCK of columns side by side for the same activities: the partner's name merged
// over its "Status | Ansvarlig | Frist", the same sub-headers repeated under every partner. The
// blocks are no follow-ups (the right-most status is not the newest): each is one partner's part of
// the activity. A careful reader takes the partners that take part (a block saying "Ikke relevant",
// a dash, or nothing takes none), the activity's status as the least finished of theirs (a shared
// activity is done when the last partner is), its responsible as all their people, and its deadline
// as the latest of their deadlines; checked where the partners' statuses or deadlines differ.

import { a1, type GridCell } from '../grid';
import type { ActivityFields, DraftRow } from '../draft';
import { formatDanishDate, monthOfWord } from '../dates';
import { foldText, oneLine } from '../normalize';
import type { Status } from '../spec';
import { addCheck, valueCell, type Ctx } from './context';
import type { DetectedTable } from './detect';
import { quote } from './messages';
import { displayText, isBlank } from './sheet';
import { readTableDate } from './tabledates';

/** One partner's block: its heading and the columns of its status, responsible and deadline. */
export interface PartnerBlock {
  readonly text: string;
  readonly status: number;
  readonly responsible?: number;
  readonly deadline?: number;
}

/** A group heading that names a time or a follow-up, not a partner ("Marts", "1. opfølgning", "Q2"). */
const NOT_PARTNER =
  /\d|opfølg|opfolg|follow|status|review|evaluer|måned|maaned|kvartal|halvår|halvaar|uge\b|week|month|quarter|forår|efterår|spring|autumn|før|efter|before|after|plan|mål|resultat|target|result/iu;

/** A block's cell that says the partner takes no part: a dash, "Ikke relevant", "N/A". */
const NO_PART =
  /^(?:[-–—.x/]*|ikke relevant|ikke aktuel[t]?|ej relevant|irrelevant|ikke med|deltager ikke|n\/?a|not applicable|not relevant)$/iu;

/** Least finished first: the order a shared activity's statuses are weighed in. */
const RANK: Readonly<Record<Status, number>> = {
  not_started: 0,
  in_progress: 1,
  changed: 2,
  done: 3,
  closed: 4,
};

function namesAPartner(text: string): boolean {
  if (text === '' || NOT_PARTNER.test(text)) return false;
  return !text.split(/[\s/–-]+/u).some((w) => w !== '' && monthOfWord(w) !== undefined);
}

/**
 * The partner blocks of an activity table: two or more headings merged over its sub-headers,
 * each naming no time, each over the same sub-headers as the block the table's status column is in
 * (a status and a responsible or deadline). Undefined when the table has none.
 */
export function partnerBlocks(t: DetectedTable): readonly PartnerBlock[] | undefined {
  if (t.key !== 'activities') return undefined;
  const field = (f: string): number | undefined => t.columns.find((m) => m.field === f)?.col;
  const statusCol = field('status');
  if (statusCol === undefined) return undefined;
  // Cheap first: the status column's header is written again over a column no field took.
  const statusHeader = t.columns.find((m) => m.col === statusCol)?.header ?? '';
  if (!t.columns.some((m) => m.field === null && m.header === statusHeader)) return undefined;
  const view = t.view;
  // The headings stand over the sub-headers: the header's first row, or the row just above a
  // one-row header.
  const top = t.headerBottom > t.headerTop ? t.headerTop : t.headerTop - 1;
  if (top < 0) return undefined;
  let groups: { text: string; c0: number; c1: number }[] = [];
  for (let c = t.c0; c <= t.c1; c++) {
    const m = view.mergeAt(top, c);
    if (!m || m.s.r !== top || m.s.c !== c || m.e.c === m.s.c) continue;
    groups.push({ text: oneLine(view.text(m.s.r, m.s.c)).trim(), c0: m.s.c, c1: m.e.c });
    c = m.e.c;
  }
  if (groups.length < 2) groups = unmergedGroups(t, top, statusCol, field('responsible'), field('deadline'));
  if (groups.length < 2 || !groups.every((g) => namesAPartner(g.text))) return undefined;
  const home = groups.find((g) => statusCol >= g.c0 && statusCol <= g.c1);
  if (!home) return undefined;
  const sub = (c: number): string => foldText(view.text(t.headerBottom, c));
  const inHome = (c: number | undefined): number | undefined =>
    c !== undefined && c >= home.c0 && c <= home.c1 ? c : undefined;
  const responsibleCol = inHome(field('responsible'));
  const deadlineCol = inHome(field('deadline'));
  if (responsibleCol === undefined && deadlineCol === undefined) return undefined;
  const same = (g: { c0: number; c1: number }, col: number | undefined): number | undefined => {
    if (col === undefined) return undefined;
    const words = sub(col);
    if (words === '') return undefined;
    for (let c = g.c0; c <= g.c1; c++) if (sub(c) === words) return c;
    return undefined;
  };
  const out: PartnerBlock[] = [];
  for (const g of groups) {
    const status = same(g, statusCol);
    const responsible = same(g, responsibleCol);
    const deadline = same(g, deadlineCol);
    // Every block repeats the home block's sub-headers: else the groups are something else.
    if (status === undefined) return undefined;
    if ((responsibleCol !== undefined) !== (responsible !== undefined)) return undefined;
    if ((deadlineCol !== undefined) !== (deadline !== undefined)) return undefined;
    out.push({
      text: g.text,
      status,
      ...(responsible !== undefined ? { responsible } : {}),
      ...(deadline !== undefined ? { deadline } : {}),
    });
  }
  for (const g of groups) for (let c = g.c0; c <= g.c1; c++) view.useCell(view.cell(top, c));
  // Each block's sub-headers name the columns read for its partner: they landed, as the home
  // block's did (they were left in the unmapped report, beside the partners' checks).
  for (const b of out)
    for (const c of [b.status, b.responsible, b.deadline])
      if (c !== undefined) view.useCell(view.cell(t.headerBottom, c));
  return out;
}

/**
 * The partners' headings when they are centred over their blocks without a merge (Excel's "Centrer
 * over markering", centerContinuous, keeps the text in the block's first cell; a heading typed in a
 * middle cell by hand): the blocks are known by their sub-headers instead, the status block's
 * "Status | Ansvarlig | Frist" written again at the same distances, and each block's heading is
 * the one text over it. None when a block has no heading or two.
 */
function unmergedGroups(
  t: DetectedTable,
  top: number,
  statusCol: number,
  responsibleCol: number | undefined,
  deadlineCol: number | undefined,
): { text: string; c0: number; c1: number }[] {
  const view = t.view;
  const own = [statusCol, responsibleCol, deadlineCol].filter((c): c is number => c !== undefined);
  if (own.length < 2) return [];
  const h0 = Math.min(...own);
  const h1 = Math.max(...own);
  const sub = (c: number): string => foldText(view.text(t.headerBottom, c));
  const statusWords = sub(statusCol);
  if (statusWords === '') return [];
  // Every column with the status's sub-header starts a block at the same distance.
  const starts: number[] = [];
  for (let c = t.c0; c <= t.c1; c++) if (sub(c) === statusWords) starts.push(c - statusCol);
  const out: { text: string; c0: number; c1: number }[] = [];
  let end = -Infinity;
  for (const d of starts) {
    const c0 = h0 + d;
    const c1 = h1 + d;
    if (c0 <= end || own.some((c) => sub(c + d) !== sub(c))) return [];
    end = c1;
    const texts: { c: number; text: string }[] = [];
    for (let c = c0; c <= c1; c++) {
      const text = oneLine(view.text(top, c)).trim();
      if (text !== '') texts.push({ c, text });
    }
    if (texts.length !== 1) return [];
    out.push({ text: (texts[0] as { text: string }).text, c0, c1 });
  }
  return out;
}

/** A status read from a cell (the table's own reading of its status words). */
export type StatusReader = (cell: GridCell) => Status | undefined;

/**
 * A row of a table with partner blocks: status, responsible and deadline from the blocks of the
 * partners that take part (partnerBlocks).
 */
export function readPartnerBlocks(
  t: DetectedTable,
  r: number,
  own: readonly GridCell[],
  blocks: readonly PartnerBlock[],
  row: DraftRow<ActivityFields>,
  readStatus: StatusReader,
  ctx: Ctx,
): void {
  const view = t.view;
  const filled = (col: number | undefined): GridCell | undefined => {
    if (col === undefined) return undefined;
    const cell = valueCell(t, r, col, own);
    return cell && !isBlank(cell) ? cell : undefined;
  };
  const text = (cell: GridCell | undefined): string =>
    cell ? displayText(cell, ctx.date1904).replace(/\s+/gu, ' ').trim() : '';
  const taking: { block: PartnerBlock; status?: GridCell; who?: GridCell; when?: GridCell }[] = [];
  for (const block of blocks) {
    const status = filled(block.status);
    const who = filled(block.responsible);
    const when = filled(block.deadline);
    const part = [status, who, when].some((c) => c !== undefined && !NO_PART.test(text(c)));
    if (!part) {
      // "Ikke relevant", "–": read, as saying the partner takes no part.
      for (const c of [status, who, when]) if (c) view.useCell(c);
      continue;
    }
    taking.push({
      block,
      ...(status ? { status } : {}),
      ...(who && !NO_PART.test(text(who)) ? { who } : {}),
      ...(when && !NO_PART.test(text(when)) ? { when } : {}),
    });
  }
  if (taking.length === 0) return;
  const values = row.values as { status?: Status; responsible?: string; deadline?: string; start?: string };
  const cells = row.cells as { status?: string; responsible?: string; deadline?: string };
  // The least finished status of the partners taking part.
  let least: { id: Status; cell: GridCell } | undefined;
  const read = new Set<Status>();
  let unread = 0;
  for (const x of taking) {
    const id = x.status ? readStatus(x.status) : undefined;
    if (id === undefined) {
      unread++;
      continue;
    }
    read.add(id);
    if (!least || RANK[id] < RANK[least.id]) least = { id, cell: x.status as GridCell };
  }
  if (least) {
    values.status = least.id;
    cells.status = a1(least.cell.r, least.cell.c);
    if (read.size > 1 || unread > 0) {
      const parts = taking.map((x) => `${x.block.text}: "${quote(text(x.status) || '–')}"`).join(', ');
      addCheck(ctx, {
        sheet: view.name,
        cell: cells.status,
        field: 'activities.status',
        // What the least finished partner wrote ("Igang"), never the list's code.
        value: quote(text(least.cell)),
        confidence: 0.8,
        reason: {
          da: `Partnerne har hver sin status for aktiviteten i række ${r + 1} (${parts}); den er læst som den mindst færdige. Skriv en fælles status, hvis det er en anden.`,
          en: `The partners each have a status for the activity in row ${r + 1} (${parts}); it was read as the least finished. Write a joint status if it is another.`,
        },
      });
    }
  }
  // Everybody the partners taking part name.
  const names: string[] = [];
  let firstWho: GridCell | undefined;
  for (const x of taking) {
    if (!x.who) continue;
    view.useCell(x.who);
    firstWho ??= x.who;
    const name = text(x.who);
    if (!names.includes(name)) names.push(name);
  }
  if (firstWho) {
    values.responsible = names.join(', ');
    cells.responsible = a1(firstWho.r, firstWho.c);
  }
  // The latest of their deadlines.
  let latest: { iso: string; cell: GridCell } | undefined;
  const days = new Set<string>();
  for (const x of taking) {
    if (!x.when) continue;
    const d = readTableDate(t, ctx, 'deadline', x.when);
    if (!d) continue;
    view.useCell(x.when);
    days.add(d.last);
    if (!latest || d.last > latest.iso) latest = { iso: d.last, cell: x.when };
  }
  if (latest) {
    values.deadline = latest.iso;
    cells.deadline = a1(latest.cell.r, latest.cell.c);
    if (days.size > 1)
      addCheck(ctx, {
        sheet: view.name,
        cell: cells.deadline,
        field: 'activities.deadline',
        value: formatDanishDate(latest.iso),
        confidence: 0.85,
        reason: {
          da: `Partnerne har hver sin frist for aktiviteten i række ${r + 1}; fristen er læst som den seneste (${formatDanishDate(latest.iso)}).`,
          en: `The partners each have a deadline for the activity in row ${r + 1}; the deadline was read as the latest (${latest.iso}).`,
        },
      });
  }
}
