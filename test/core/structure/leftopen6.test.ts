// Habits the last rounds left open (leftopen6), each judged on a probe built here with SheetJS or
// as a hand-built package, never a corpus plan.

import * as XLSX from 'xlsx';
import { inspectBytes } from '../../../core/inspect';
import type { ChecklistId } from '../../../core/spec';
import { WorkbookModel, type Cell } from '../../accuracy/build/model';
import { toXlsx } from '../../accuracy/build/xlsx';
import { SEED_QUESTIONS } from '../../accuracy/plans/checklist-seed';
import { checkedAt, COVER, inspectSheetjs, TODAY, type Inspected } from '../../fixtures/sheetjs';

const question = new Map<string, string>(SEED_QUESTIONS);
const answersOf = (r: Inspected): Record<string, string | null> =>
  Object.fromEntries(r.structure.draft.checklist.map((a) => [a.id, a.answer]));

// --- 1. An answer word struck through in its cell, the new one beside it --------------------------

describe('a checklist answer word struck through beside the new one (rich text)', () => {
  type Runs = readonly (readonly [string, boolean])[];
  const rich = (runs: Runs): Cell => ({
    v: runs.map(([t]) => t).join(''),
    runs: runs.map(([text, strike]) => ({ text, strike })),
  });
  /** Nr. | Spørgsmål | then one answer column per header; each row's answers as runs. */
  const list = (
    headers: readonly string[],
    rows: Partial<Record<ChecklistId, readonly (Runs | string)[]>>,
  ) => {
    const wb = new WorkbookModel();
    const f = wb.sheet('Forside');
    COVER.forEach(([k, v], i) => f.row(`A${i + 1}`, [k, v]));
    const s = wb.sheet('Huskeliste');
    s.row('A1', ['Nr.', 'Spørgsmål', ...headers, 'Bemærkning']);
    let r = 1;
    for (const [id, q] of SEED_QUESTIONS) {
      r++;
      s.row(`A${r}`, [id, q, ...(rows[id] ?? []).map((x) => (typeof x === 'string' ? x : rich(x)))]);
    }
    return inspectBytes(toXlsx(wb), { today: TODAY });
  };

  test('the word not struck is the answer; a cell whose every word is struck is unanswered, checked', () => {
    const r = list(['Svar'], {
      F1: ['Ja'],
      F2: [
        [
          ['Nej', true],
          [' Delvist', false],
        ],
      ],
      F3: [
        [
          ['Delvist', true],
          [' Ja', false],
        ],
      ],
      F4: [[['Ja', true]]],
    });
    const a = answersOf(r);
    expect([a.F1, a.F2, a.F3, a.F4]).toEqual(['yes', 'partly', 'yes', null]);
    // (F4 is row 5, its answer in C.)
    expect(checkedAt(r, 'Huskeliste', 'C5')).toBe(true);
    expect(checkedAt(r, 'Huskeliste', 'C3')).toBe(false);
  });

  test('an answer column per half-year: a struck later answer leaves the earlier one, checked', () => {
    const r = list(['1. halvår 2026', '2. halvår 2026'], {
      F1: [
        'Delvist',
        [
          ['Ja', true],
          [' Nej', false],
        ],
      ],
      F2: ['Delvist', [['Ja', true]]],
      F3: ['Nej', 'Ja'],
    });
    const a = answersOf(r);
    expect([a.F1, a.F2, a.F3]).toEqual(['no', 'partly', 'yes']);
    expect(checkedAt(r, 'Huskeliste', 'D3')).toBe(true);
  });
});

// --- 2. Answer headings in other words ------------------------------------------------------------

describe('checklist answer headings in other words', () => {
  /** Headings and the ids under each; a heading row merged over the three columns. */
  const grouped = (groups: readonly (readonly [string, readonly ChecklistId[]])[]): XLSX.WorkSheet => {
    const rows: string[][] = [['Vores huskeliste'], [], ['Nr.', 'Spørgsmål', 'Bemærkning']];
    const merges: string[] = [];
    for (const [heading, ids] of groups) {
      rows.push([heading]);
      merges.push(`A${rows.length}:C${rows.length}`);
      for (const id of ids) rows.push([id, question.get(id)!, '']);
    }
    const ws = XLSX.utils.aoa_to_sheet(rows);
    ws['!merges'] = merges.map((m) => XLSX.utils.decode_range(m));
    return ws;
  };

  test('"Grønt lys", "Under udarbejdelse", "Ikke startet" give Ja, Delvist, Nej', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Tjek',
        grouped([
          ['Grønt lys – det har vi styr på', ['F1', 'F2']],
          ['Under udarbejdelse', ['F3']],
          ['Ikke startet', ['F4', 'F5']],
        ]),
      ],
    ]);
    const a = answersOf(r);
    expect([a.F1, a.F2, a.F3, a.F4, a.F5, a.F6]).toEqual(['yes', 'yes', 'partly', 'no', 'no', null]);
  });

  test('a heading among them that names no answer is no guess: its questions unanswered, checked', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Tjek',
        grouped([
          ['Klar', ['F1']],
          ['Mangler stadig', ['F2']],
          ['Venter på svar fra skolerne', ['F3', 'F4']],
        ]),
      ],
    ]);
    const a = answersOf(r);
    expect([a.F1, a.F2, a.F3, a.F4]).toEqual(['yes', 'no', null, null]);
    // (The third heading is row 8.)
    expect(checkedAt(r, 'Tjek', 'A8')).toBe(true);
  });
});

// --- 3. The review's columns beside the plan -------------------------------------------------------

describe("a review's columns beside the plan, their headers naming no secretariat", () => {
  const plan = (note: string) =>
    inspectSheetjs([
      ['Forside', COVER],
      [
        'Plan',
        [
          ['Tema', 'Aktivitet', 'Ansvarlig', 'Frist', 'Status', note, 'Svar fra kommunen'],
          ['Ledelse', 'Styregruppemøde', 'Anne Lund', '15.03.2027', 'I gang', 'Hvem deltager?', 'Skolelederne'],
          ['Kommunikation', 'Nyhedsbrev', '', '30.04.2027', 'Ikke startet', 'Ansvarlig mangler', 'Ansvarlig: Mette Holm'],
          ['Opkvalificering', 'Temadag', 'Bo Kjær', '', 'Ikke startet', 'Frist?', 'Frist bliver 30.11.2027'],
        ],
      ],
    ]); // prettier-ignore

  test.each(['Kommentar (KL)', 'Bemærkning fra korpset', 'Feedback'])(
    '"%s" is a reviewer\'s, not the plan\'s note; a reply giving a missing value is read, checked at the reply',
    (note) => {
      const r = plan(note);
      const acts = r.structure.draft.activities;
      expect(acts.map((a) => a.values.evaluation)).toEqual([undefined, undefined, undefined]);
      expect(acts[1]?.values.responsible).toBe('Mette Holm');
      expect(acts[2]?.values.deadline).toBe('2027-11-30');
      expect(checkedAt(r, 'Plan', 'G3')).toBe(true);
      expect(checkedAt(r, 'Plan', 'G4')).toBe(true);
      expect(r.checks?.some((c) => c.field === 'reviewColumn' && c.cell === 'F1')).toBe(true);
    },
  );

  test("a note column naming no author is the plan's own, and no reply is read beside it", () => {
    const r = plan('Bemærkning');
    const acts = r.structure.draft.activities;
    expect(acts[0]?.values.evaluation).toBe('Hvem deltager?');
    expect(acts[1]?.values.responsible).toBeUndefined();
    expect(r.checks?.some((c) => c.field === 'reviewColumn')).toBe(false);
  });
});

// --- 4. A single year column ------------------------------------------------------------------------

describe('a plan for several years with a year column ("År", "Skoleår")', () => {
  // The plan's period is 1. halvår 2027 (COVER).
  test.each(['År', 'Skoleår'])(
    '"%s": a later year is left out, a school year holding the period read and checked, an earlier year checked',
    (header) => {
      const r = inspectSheetjs([
        ['Forside', COVER],
        [
          'Plan',
          [
            ['Tema', 'Aktivitet', 'Ansvarlig', header, 'Status'],
            ['Ledelse', 'Styregruppemøde', 'Anne Lund', '2027', 'I gang'],
            ['Kommunikation', 'Nyhedsbrev', 'Bo Kjær', '2026/27', 'Ikke startet'],
            ['Kommunikation', 'Temadag', 'Bo Kjær', 'Budget 2027', 'Ikke startet'],
            ['Opkvalificering', 'Opfølgning på skolerne', 'Eva Holm', '2028', 'Ikke startet'],
            ['Opkvalificering', 'Kursus for mentorer', 'Eva Holm', '2025/26', 'I gang'],
          ],
        ],
      ]);
      expect(r.structure.draft.activities.map((a) => a.values.activity)).toEqual([
        'Styregruppemøde',
        'Nyhedsbrev',
        'Temadag',
        'Kursus for mentorer',
      ]);
      expect(checkedAt(r, 'Plan', 'D5')).toBe(true);
      expect(checkedAt(r, 'Plan', 'D3')).toBe(true);
      expect(checkedAt(r, 'Plan', 'D6')).toBe(true);
      expect(checkedAt(r, 'Plan', 'D2')).toBe(false);
      expect(checkedAt(r, 'Plan', 'D4')).toBe(false);
    },
  );
});

// --- 5. A calendar subject with a closing full stop ------------------------------------------------

describe('a calendar export whose subjects end with a full stop', () => {
  test('"Frist: Forældremøde." is read without the stop, as "Frist: Nyhedsbrev" is read', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      [
        'Kalender',
        [
          ['Emne', 'Startdato', 'Starttidspunkt', 'Slutdato', 'Sluttidspunkt', 'Heldagsbegivenhed', 'Beskrivelse', 'Kategorier'],
          ['Frist: Forældremøde.', '15-03-2027', '00:00:00', '16-03-2027', '00:00:00', 'Sand', '', 'Kommunikation'],
          ['Styregruppemøde m.fl.', '20-03-2027', '10:00:00', '20-03-2027', '12:00:00', 'Falsk', '', 'Ledelse'],
          ['Frist: Nyhedsbrev', '25-03-2027', '00:00:00', '26-03-2027', '00:00:00', 'Sand', '', 'Kommunikation'],
        ],
      ],
    ]); // prettier-ignore
    expect(r.structure.draft.activities.map((a) => a.values.activity)).toEqual([
      'Frist: Forældremøde',
      'Styregruppemøde m.fl.',
      'Frist: Nyhedsbrev',
    ]);
  });
});
