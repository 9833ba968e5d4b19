// The readiness checklists: matched by question text, answered with marks or words; F6 and L6.

import { structure } from '../../../core/structure';
import { CHECKLIST, type ChecklistId } from '../../../core/spec';
import { gridOf, type In, type SheetInput } from './grid-builder';

function q(id: ChecklistId, lang: 'da' | 'en' = 'da'): string {
  const question = CHECKLIST.find((x) => x.id === id);
  if (!question) throw new Error(id);
  return question.text[lang];
}

function answers(result: ReturnType<typeof structure>): Record<string, string | null> {
  return Object.fromEntries(result.draft.checklist.map((c) => [c.id, c.answer]));
}

/** The issues about the checklist (these workbooks hold no plan table, which is reported too). */
function checklistIssues(result: ReturnType<typeof structure>) {
  return result.issues.filter((i) => i.code !== 'plan_table_missing');
}

const MARKS = ['Spørgsmål', 'Ja', 'Delvist', 'Nej'];

function sheet(rows: readonly (readonly In[])[], extra: Partial<SheetInput> = {}): SheetInput {
  return { name: 'Huskeliste', rows, ...extra };
}

describe('questions matched by text, not position', () => {
  it('always gives all 15 ids in order, null where nothing was answered', () => {
    const result = structure(gridOf(sheet([MARKS, [q('F2'), 'x']])));
    expect(result.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ['plan_table_missing', 'Huskeliste', 'A1'],
    ]);
    expect(result.draft.checklist.map((c) => c.id)).toEqual(CHECKLIST.map((c) => c.id));
    expect(result.draft.checklist.filter((c) => c.answer !== null)).toEqual([
      { id: 'F2', answer: 'yes', place: { sheet: 'Huskeliste', cell: 'B2' } },
    ]);
  });

  it('reads marks written x, X, " x ", ✓, ✔, 1 and TRUE, in any order of questions', () => {
    const result = structure(
      gridOf(
        sheet([
          MARKS,
          [q('L8'), 'x'],
          [q('F3'), '', 'X'],
          [q('L1'), '', '', ' x '],
          [q('F1'), '✓'],
          [q('L2'), '', '✔'],
          [q('F7'), '', '', 1],
          [q('L3'), true],
        ]),
      ),
    );
    expect(answers(result)).toMatchObject({
      L8: 'yes',
      F3: 'partly',
      L1: 'no',
      F1: 'yes',
      L2: 'partly',
      F7: 'no',
      L3: 'yes',
    });
    expect(result.unmapped).toEqual([]);
  });

  it('reads readiness as a percentage under "Parathed": 100 % Ja, 0 % Nej, between Delvist', () => {
    const pct = (v: number) => ({ v, fmt: '0%' });
    const result = structure(
      gridOf(
        sheet([
          ['Spørgsmål', 'Parathed'],
          [q('F1'), pct(1)],
          [q('F2'), pct(0.5)],
          [q('F3'), pct(0)],
          [q('F4'), '75 %'],
          [q('F5'), 1],
          [q('F6'), '120 %'],
        ]),
      ),
    );
    expect(answers(result)).toMatchObject({ F1: 'yes', F2: 'partly', F3: 'no', F4: 'partly' });
    // A bare number without a percent format is no share, and over 100 % is none: both reported.
    expect(answers(result)).toMatchObject({ F5: null, F6: null });
    expect(checklistIssues(result).map((i) => [i.code, i.cell])).toEqual([
      ['value_not_in_list', 'B6'],
      ['value_not_in_list', 'B7'],
    ]);
  });

  it('matches English questions and a single answer column with words', () => {
    const result = structure(
      gridOf(
        sheet([
          ['Question', 'Answer', 'Comment'],
          [q('F4', 'en'), 'Partly', 'We are recruiting'],
          [q('L5', 'en'), 'No', ''],
        ]),
      ),
    );
    expect(answers(result)).toMatchObject({ F4: 'partly', L5: 'no' });
    expect(result.draft.checklist.find((c) => c.id === 'F4')?.comment).toBe('We are recruiting');
  });

  it('uses an ID column when there is one, also for a shortened question', () => {
    const result = structure(
      gridOf(
        sheet([
          ['Nr.', 'Spørgsmål', 'Svar'],
          ['F3', 'Plan for samarbejdspartnere?', 'Ja'],
          ['L7', 'Hvem informeres?', 'Nej'],
        ]),
      ),
    );
    expect(answers(result)).toMatchObject({ F3: 'yes', L7: 'no' });
  });

  it('reports an answer word outside the list', () => {
    const result = structure(
      gridOf(
        sheet([
          ['Spørgsmål', 'Svar'],
          [q('F1'), 'Måske'],
        ]),
      ),
    );
    expect(answers(result).F1).toBeNull();
    const issues = checklistIssues(result);
    expect(issues).toEqual([
      expect.objectContaining({ code: 'value_not_in_list', sheet: 'Huskeliste', cell: 'B2' }),
    ]);
    expect(issues[0]?.message.da).toContain('Ja, Delvist, Nej');
    expect(result.unmapped).toEqual([{ sheet: 'Huskeliste', cell: 'B2', value: 'Måske' }]);
  });

  it('two marks in one row: checklist_answer_ambiguous, no answer, both marks reported', () => {
    const result = structure(gridOf(sheet([MARKS, [q('F5'), 'x', '', 'x']])));
    expect(answers(result).F5).toBeNull();
    const issues = checklistIssues(result);
    expect(issues).toHaveLength(1);
    const issue = issues[0];
    expect(issue).toMatchObject({ code: 'checklist_answer_ambiguous', severity: 'error', cell: 'B2' });
    expect(issue?.message.da).toContain('F5');
    expect(issue?.message.da).toContain('Ja og Nej');
    expect(issue?.message.en).toContain('Yes and No');
    expect(result.unmapped).toEqual([
      { sheet: 'Huskeliste', cell: 'B2', value: 'x' },
      { sheet: 'Huskeliste', cell: 'D2', value: 'x' },
    ]);
  });

  it('a row that is no checklist question is reported', () => {
    const result = structure(gridOf(sheet([MARKS, [q('F1'), 'x'], ['Har vi husket kaffe til mødet?', 'x']])));
    expect(answers(result).F1).toBe('yes');
    expect(result.unmapped).toEqual([
      { sheet: 'Huskeliste', cell: 'A3', value: 'Har vi husket kaffe til mødet?' },
      { sheet: 'Huskeliste', cell: 'B3', value: 'x' },
    ]);
  });
});

describe('F6 and L6 (the same text in both lists)', () => {
  const twin = q('F6');

  it('the heading above each table decides', () => {
    const result = structure(
      gridOf(
        sheet([
          ['Huskeliste til den løbende implementering'],
          MARKS,
          [twin, '', '', 'x'],
          [],
          ['Huskeliste til forberedelse'],
          MARKS,
          [twin, 'x'],
        ]),
      ),
    );
    expect(answers(result)).toMatchObject({ F6: 'yes', L6: 'no' });
    expect(result.unmapped).toEqual([]);
  });

  it('a group heading inside the table decides', () => {
    const result = structure(
      gridOf(sheet([MARKS, ['Tabel 2: Huskeliste til den løbende implementering'], [twin, '', 'x']])),
    );
    expect(answers(result)).toMatchObject({ F6: null, L6: 'partly' });
  });

  it('the group column decides', () => {
    const result = structure(
      gridOf(
        sheet([
          ['Huskeliste', 'Spørgsmål', 'Svar'],
          ['Løbende implementering', twin, 'Nej'],
          ['Forberedelse', twin, 'Ja'],
        ]),
      ),
    );
    expect(answers(result)).toMatchObject({ F6: 'yes', L6: 'no' });
  });

  it('the other questions of the same table decide', () => {
    const result = structure(
      gridOf(sheet([MARKS, [q('L1'), 'x'], [q('L2'), 'x'], [twin, '', 'x'], [q('L8'), 'x']])),
    );
    expect(answers(result)).toMatchObject({ F6: null, L6: 'partly' });
  });

  it('else order: first F6, then L6', () => {
    const result = structure(gridOf(sheet([MARKS, [twin, 'x'], [twin, '', '', 'x']])));
    expect(answers(result)).toMatchObject({ F6: 'yes', L6: 'no' });
  });
});
