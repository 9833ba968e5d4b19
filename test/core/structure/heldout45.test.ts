// Rules found by held-out round 45 (p171–p172: the readiness checklist kept the coordinator's own
// way — the questions listed under headings that give their answer, with no answer column; changed
// answers kept with the old x struck through), each on a probe of one habit built here with
// SheetJS or as a hand-built package, never the round's plans.

import * as XLSX from 'xlsx';
import { inspectBytes } from '../../../core/inspect';
import { headingAnswer } from '../../../core/structure/answerheadings';
import type { ChecklistId } from '../../../core/spec';
import { WorkbookModel } from '../../accuracy/build/model';
import { toXlsx } from '../../accuracy/build/xlsx';
import { SEED_QUESTIONS } from '../../accuracy/plans/checklist-seed';
import { checkedAt, COVER, inspectSheetjs, TODAY, type Inspected } from '../../fixtures/sheetjs';

const question = new Map<string, string>(SEED_QUESTIONS);
const answersOf = (r: Inspected): Record<string, string | null> =>
  Object.fromEntries(r.structure.draft.checklist.map((a) => [a.id, a.answer]));

// --- The questions under headings that give their answer ----------------------------------------

describe('a checklist with no answer column, the questions grouped under their answer', () => {
  /** Headings and the ids under each; a heading row merged over the three columns. */
  const grouped = (groups: readonly (readonly [string, readonly ChecklistId[]])[]): XLSX.WorkSheet => {
    const rows: string[][] = [['Vores huskeliste'], [], ['Nr.', 'Spørgsmål', 'Bemærkning']];
    const merges: string[] = [];
    for (const [heading, ids] of groups) {
      rows.push([heading]);
      merges.push(`A${rows.length}:C${rows.length}`);
      for (const id of ids) rows.push([id, question.get(id)!, id === 'L2' ? 'Udskudt til foråret' : '']);
      rows.push([]);
    }
    const ws = XLSX.utils.aoa_to_sheet(rows);
    ws['!merges'] = merges.map((m) => XLSX.utils.decode_range(m));
    return ws;
  };

  test('each question takes the answer of the heading it stands under, its remark beside', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Tjek',
        grouped([
          ['Klar – det har vi på plads', ['F2', 'F1', 'L3']],
          ['Delvist på plads', ['L2', 'F4']],
          ['Det mangler vi endnu', ['L8', 'F6']],
        ]),
      ],
    ]);
    const a = answersOf(r);
    expect([a.F1, a.F2, a.L3, a.L2, a.F4, a.L8, a.F6]).toEqual([
      'yes',
      'yes',
      'yes',
      'partly',
      'partly',
      'no',
      'no',
    ]);
    expect(a.F3).toBeNull();
    expect(r.structure.draft.checklist.find((x) => x.id === 'L2')?.comment).toBe('Udskudt til foråret');
  });

  test('headings naming the two lists are no answers, and a new list ends the answer heading over it', () => {
    const plain = inspectSheetjs([
      ['Forside', COVER],
      [
        'Tjek',
        grouped([
          ['Forberedelse', ['F1', 'F2']],
          ['Løbende implementering', ['L1', 'L2']],
        ]),
      ],
    ]);
    expect(Object.values(answersOf(plain)).every((x) => x === null)).toBe(true);
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Tjek',
        grouped([
          ['Det er på plads', ['F1', 'F2']],
          ['Det mangler vi endnu', ['F3']],
          ['Løbende implementering', ['L1']],
        ]),
      ],
    ]);
    const a = answersOf(r);
    expect([a.F1, a.F2, a.F3, a.L1]).toEqual(['yes', 'yes', 'no', null]);
  });

  test('the heading words: Delvist before Nej before Ja', () => {
    expect(headingAnswer('Det er delvist på plads')).toBe('partly');
    expect(headingAnswer('Ikke på plads endnu')).toBe('no');
    expect(headingAnswer('Det er på plads')).toBe('yes');
    expect(headingAnswer('Nej')).toBe('no');
    expect(headingAnswer('Forberedelse')).toBeUndefined();
    expect(headingAnswer('Er der valgt en koordinator?')).toBeUndefined();
  });
});

// --- A changed answer: the old x struck through ---------------------------------------------------

describe('a checklist answered by x, a changed answer kept struck through', () => {
  /** A hand-built package: Ja | Delvist | Nej, the rows' marks as [column, struck]. */
  const struckList = (
    marks: Partial<Record<ChecklistId, readonly (readonly ['C' | 'D' | 'E', boolean])[]>>,
  ) => {
    const wb = new WorkbookModel();
    const f = wb.sheet('Forside');
    COVER.forEach(([k, v], i) => f.row(`A${i + 1}`, [k, v]));
    const s = wb.sheet('Huskeliste');
    s.row('A1', ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej', 'Bemærkning']);
    let r = 1;
    for (const [id, q] of SEED_QUESTIONS) {
      r++;
      s.row(`A${r}`, [id, q]);
      for (const [col, struck] of marks[id] ?? [])
        s.set(`${col}${r}`, 'x', struck ? { strike: true } : undefined);
    }
    return inspectBytes(toXlsx(wb), { today: TODAY });
  };

  test('the x not struck through is the answer; a row whose only x is struck is unanswered, checked', () => {
    const r = struckList({
      F1: [['C', false]],
      F4: [
        ['E', true],
        ['C', false],
      ],
      L2: [
        ['C', true],
        ['D', false],
      ],
      L7: [['D', true]],
    });
    const a = answersOf(r);
    expect([a.F1, a.F4, a.L2, a.L7]).toEqual(['yes', 'yes', 'partly', null]);
    // (L7 is row 15.)
    expect(checkedAt(r, 'Huskeliste', 'D15')).toBe(true);
    expect(checkedAt(r, 'Huskeliste', 'E5')).toBe(false);
  });
});
