// The readiness checklists (000 Tabel 1 and 2): rows matched to F1–F7 and L1–L8 by the question's
// text, not its position (an ID column counts when there is one), answered with an x in one of the
// Ja / Delvist / Nej columns or with a word in one answer column.
//
// F6 and L6 have the same text. The row's group column or a group heading in the table decides,
// else the heading above the table ("Huskeliste til forberedelse", "Tabel 2: ... løbende
// implementering"), else the other questions of the same table, else order (first F6, then L6).

import type { DraftChecklistAnswer, Place } from '../draft';
import { a1, type GridCell } from '../grid';
import { CHECKLIST_IDS, type Answer, type ChecklistGroup, type ChecklistId } from '../spec';
import { foldText, matchListValue } from '../normalize';
import { displayText } from './sheet';
import type { DetectedTable } from './detect';
import { fieldColumns, valueCell, type Ctx } from './context';
import { checklistAmbiguous, valueNotInList } from './messages';
import { markOf } from './values';
import { CHECKLIST_MARK_FIELDS, isMarkField } from './vocab';
import { QUESTION_THRESHOLD, groupOfQuestion, scoreChecklist } from './similarity';

/** The checklist group a heading names, if any. */
export function groupFromText(text: string): ChecklistGroup | undefined {
  if (text.length > 120) return undefined;
  const f = foldText(text);
  if (/\bforbered|\bpreparation|\btabel 1\b|\btable 1\b/.test(f)) return 'preparation';
  if (/\blobende|\blgbende|\bongoing|\btabel 2\b|\btable 2\b|\blaufende/.test(f)) return 'ongoing';
  return undefined;
}

interface QuestionRow {
  readonly r: number;
  readonly text: string;
  readonly questionCell?: GridCell;
  readonly idCell?: GridCell;
  readonly groupCell?: GridCell;
  readonly id?: ChecklistId;
  readonly num?: number;
  readonly group?: ChecklistGroup;
  readonly answers: readonly { answer: Answer; cell: GridCell }[];
  /** Cells read as "not marked" (0, -, FALSE): recognised, carry nothing. */
  readonly blanks: readonly GridCell[];
  readonly comment?: string;
  readonly commentCell?: GridCell;
  /** Where an answer is or would be written. */
  readonly place?: Place;
}

interface Assigned {
  readonly row: QuestionRow;
  readonly table: DetectedTable;
}

/** Collects the answers of every checklist table of a workbook, then resolves them to the 15 ids. */
export class ChecklistReader {
  private readonly assigned = new Map<ChecklistId, Assigned>();

  constructor(private readonly ctx: Ctx) {}

  read(t: DetectedTable): void {
    const rows = this.rows(t);
    const tableGroup = this.tableGroup(t, rows);
    // Rows whose text is not the F6/L6 text first, so that a twin takes what is left.
    const ranked = rows.map((row) => ({ row, match: this.match(row) }));
    for (const { row, match } of ranked) {
      if (match.kind === 'id') this.take(match.id, row, t);
    }
    for (const { row, match } of ranked) {
      if (match.kind !== 'twin') continue;
      const pref = row.group ?? tableGroup;
      const order: ChecklistId[] = pref === 'ongoing' ? ['L6', 'F6'] : ['F6', 'L6'];
      this.take(order.find((id) => !this.assigned.has(id)) ?? order[0] ?? 'F6', row, t);
    }
    for (const { row, match } of ranked) {
      if (match.kind !== 'none' || row.num === undefined || !tableGroup) continue;
      const id = `${tableGroup === 'preparation' ? 'F' : 'L'}${row.num}`;
      if ((CHECKLIST_IDS as readonly string[]).includes(id) && !this.assigned.has(id as ChecklistId)) {
        this.take(id as ChecklistId, row, t);
      }
    }
  }

  /** All 15 answers in CHECKLIST order; marks the cells of every answer that was used. */
  finish(): DraftChecklistAnswer[] {
    return CHECKLIST_IDS.map((id) => {
      const a = this.assigned.get(id);
      if (!a) return { id, answer: null };
      const { row, table } = a;
      const view = table.view;
      for (const c of [row.questionCell, row.idCell, row.groupCell, row.commentCell, ...row.blanks]) {
        view.useCell(c);
      }
      let answer: Answer | null = null;
      const distinct = [...new Set(row.answers.map((x) => x.answer))];
      const first = row.answers[0];
      if (distinct.length === 1 && distinct[0]) {
        answer = distinct[0];
        for (const x of row.answers) view.useCell(x.cell);
      } else if (distinct.length > 1 && first) {
        this.ctx.issues.push(
          checklistAmbiguous(view.name, a1(first.cell.r, first.cell.c), id, row.text, distinct),
        );
      }
      const place = first ? { sheet: view.name, cell: a1(first.cell.r, first.cell.c) } : row.place;
      return {
        id,
        answer,
        ...(row.comment !== undefined ? { comment: row.comment } : {}),
        ...(place ? { place } : {}),
      };
    });
  }

  private take(id: ChecklistId, row: QuestionRow, table: DetectedTable): void {
    const prev = this.assigned.get(id);
    // A question asked twice: the answered one counts (the other stays unmapped).
    if (prev && (prev.row.answers.length > 0 || row.answers.length === 0)) return;
    this.assigned.set(id, { row, table });
  }

  private match(row: QuestionRow): { kind: 'id'; id: ChecklistId } | { kind: 'twin' } | { kind: 'none' } {
    if (row.id) return { kind: 'id', id: row.id };
    if (row.text === '') return { kind: 'none' };
    const ranked = scoreChecklist(row.text);
    const best = ranked[0];
    if (!best || best.score < QUESTION_THRESHOLD) return { kind: 'none' };
    if (best.id === 'F6' || best.id === 'L6') return { kind: 'twin' };
    return { kind: 'id', id: best.id };
  }

  private tableGroup(t: DetectedTable, rows: readonly QuestionRow[]): ChecklistGroup | undefined {
    const view = t.view;
    // A heading above the table or in its header.
    for (const r of t.preamble) {
      for (const cell of view.rowCells(r)) {
        const g = groupFromText(displayText(cell, this.ctx.date1904));
        if (g) {
          view.useCell(cell);
          return g;
        }
      }
    }
    for (const r of [t.headerTop, t.headerBottom]) {
      for (const cell of view.rowCells(r, t.c0, t.c1)) {
        const g = groupFromText(displayText(cell, this.ctx.date1904));
        if (g) return g;
      }
    }
    // The other questions of the table.
    const votes = { preparation: 0, ongoing: 0 };
    for (const row of rows) {
      const m = this.match(row);
      if (m.kind === 'id') votes[groupOfQuestion(m.id)]++;
    }
    if (votes.preparation > votes.ongoing) return 'preparation';
    if (votes.ongoing > votes.preparation) return 'ongoing';
    return undefined;
  }

  private rows(t: DetectedTable): QuestionRow[] {
    const view = t.view;
    const cols = fieldColumns(t);
    const marks = t.columns.filter((m) => isMarkField(m.field));
    const out: QuestionRow[] = [];
    let group: ChecklistGroup | undefined;
    const at = (field: string, r: number): GridCell | undefined => {
      const c = cols.get(field);
      return c === undefined ? undefined : valueCell(t, r, c);
    };
    for (const r of view.rowsBetween(t.firstRow, t.lastRow)) {
      const own = view.rowCells(r, t.c0, t.c1);
      if (own.length === 0) continue;
      const questionCell = at('question', r);
      const text = questionCell ? displayText(questionCell, this.ctx.date1904) : '';
      // A group heading inside the table ("Huskeliste til den løbende implementering").
      const only = own.length === 1 ? own[0] : undefined;
      if (only) {
        const onlyText = displayText(only, this.ctx.date1904);
        const g = groupFromText(onlyText);
        if (g && (scoreChecklist(onlyText)[0]?.score ?? 0) < QUESTION_THRESHOLD) {
          group = g;
          view.useCell(only);
          continue;
        }
      }
      const idCell = at('id', r);
      const idText = idCell
        ? displayText(idCell, this.ctx.date1904)
            .toUpperCase()
            .replace(/[\s.\-)]/g, '')
        : '';
      const id = /^[FL][1-8]$/.test(idText) && idText !== 'F8' ? (idText as ChecklistId) : undefined;
      const num = /^\d{1,2}$/.test(idText) ? Number(idText) : undefined;
      const groupCell = at('group', r);
      const rowGroup = groupCell ? groupFromText(displayText(groupCell, this.ctx.date1904)) : undefined;

      const answers: { answer: Answer; cell: GridCell }[] = [];
      const blanks: GridCell[] = [];
      for (const m of marks) {
        const cell = view.cell(r, m.col);
        if (!cell) continue;
        const kind = markOf(cell);
        const answer = CHECKLIST_MARK_FIELDS[m.field as keyof typeof CHECKLIST_MARK_FIELDS];
        if (kind === 'mark') answers.push({ answer, cell });
        else if (kind === 'empty') blanks.push(cell);
        else if (matchListValue('answer', displayText(cell, this.ctx.date1904)) === answer) {
          answers.push({ answer, cell });
        }
      }
      const answerCell = at('answer', r);
      if (answerCell) {
        const answerText = displayText(answerCell, this.ctx.date1904);
        const answer = matchListValue('answer', answerText) as Answer | undefined;
        if (answer) answers.push({ answer, cell: answerCell });
        else if (markOf(answerCell) === 'empty') blanks.push(answerCell);
        else
          this.ctx.issues.push(
            valueNotInList(view.name, a1(answerCell.r, answerCell.c), 'answer', answerText),
          );
      }
      const commentCell = at('comment', r);
      const comment = commentCell ? displayText(commentCell, this.ctx.date1904) : undefined;
      if (text === '' && id === undefined && num === undefined) continue;
      const answerCol = cols.get('answer') ?? marks[0]?.col;
      out.push({
        r,
        text,
        ...(questionCell ? { questionCell } : {}),
        ...(idCell ? { idCell } : {}),
        ...(groupCell && rowGroup ? { groupCell } : {}),
        ...(id ? { id } : {}),
        ...(num !== undefined ? { num } : {}),
        ...((rowGroup ?? group) ? { group: rowGroup ?? group } : {}),
        answers,
        blanks,
        ...(comment !== undefined && comment !== '' && commentCell ? { comment, commentCell } : {}),
        ...(answerCol !== undefined ? { place: { sheet: view.name, cell: a1(r, answerCol) } } : {}),
      });
    }
    return out;
  }
}
