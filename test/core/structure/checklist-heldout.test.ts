// Checklist habits of the held-out workbooks p38–p42 (test/accuracy/plans): the coordinators' own
// numbering, layouts and ways of answering, each read as a careful person reads it.

import { structure } from '../../../core/structure';
import type { StructureResult } from '../../../core/draft';
import { gridOf, type In, type SheetInput } from './grid-builder';

function answered(r: StructureResult): Record<string, string> {
  return Object.fromEntries(
    r.draft.checklist.filter((c) => c.answer !== null).map((c) => [c.id, c.answer as string]),
  );
}

function sheet(rows: readonly (readonly In[])[], name = 'Huskeliste'): SheetInput {
  return { name, rows };
}

describe('numbered by list and question ("1.1"–"1.7", "2.1"–"2.8")', () => {
  it('reads "2.2" as the second question of the second list, not as question 22 or 12', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej'],
          ['1. Inden vi går i gang'],
          ['1.1', 'Behovet er undersøgt', 'x'],
          ['1.2', 'Parterne var med', '', '', 'x'],
          ['1.3', 'Plan for samarbejdspartnere', '', 'x'],
          ['2. Mens vi implementerer'],
          ['2.1', 'Planen', 'x'],
          ['2.2', 'Nedslag', '', 'x'],
          ['2.3', 'Kurser', '', '', 'x'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'no', F3: 'partly', L1: 'yes', L2: 'partly', L3: 'no' });
    expect(r.issues.filter((i) => i.code === 'checklist_question_unmatched')).toEqual([]);
  });

  it('takes the lower list number as the preparation list, also when the rows are not in order', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej'],
          ['1.2', 'Se referat', 'x'],
          ['1.1', 'Se referat', '', '', 'x'],
          ['2.2', 'Se referat', '', 'x'],
          ['2.1', 'Se referat', 'x'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'no', F2: 'yes', L1: 'yes', L2: 'partly' });
  });

  it('reads the numbers at the start of the question text the same way', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Spørgsmål', 'Svar'],
          ['1.1 Behovet er undersøgt', 'Ja'],
          ['1.2 Parterne var med', 'Nej'],
          ['2.1 Planen', 'Delvist'],
          ['2.2 Nedslag', 'Ja'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'no', L1: 'partly', L2: 'yes' });
  });
});
