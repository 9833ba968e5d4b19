// The checklists read as a careful person reads them: number, text, order and list combined; every
// value placed on less than certain evidence carries a check at its cell; no answer is dropped
// without a warning at its own cell.

import { structure } from '../../../core/structure';
import { readAnswerText } from '../../../core/structure/checklist';
import { CHECKLIST, type ChecklistId } from '../../../core/spec';
import type { StructureResult } from '../../../core/draft';
import { gridOf, type In, type SheetInput } from './grid-builder';

function q(id: ChecklistId, lang: 'da' | 'en' = 'da'): string {
  const question = CHECKLIST.find((x) => x.id === id);
  if (!question) throw new Error(id);
  return question.text[lang];
}

function answers(r: StructureResult): Record<string, string | null> {
  return Object.fromEntries(r.draft.checklist.map((c) => [c.id, c.answer]));
}

function answered(r: StructureResult): Record<string, string> {
  return Object.fromEntries(
    r.draft.checklist.filter((c) => c.answer !== null).map((c) => [c.id, c.answer as string]),
  );
}

function issues(r: StructureResult): string[] {
  return r.issues
    .filter((i) => i.code !== 'plan_table_missing')
    .map((i) => `${i.code}@${i.cell}`)
    .sort();
}

function checks(r: StructureResult): string[] {
  return r.checks.map((c) => `${c.field}@${c.cell}`);
}

function sheet(rows: readonly (readonly In[])[], name = 'Huskeliste'): SheetInput {
  return { name, rows };
}

const MARKS = ['Spørgsmål', 'Ja', 'Delvist', 'Nej'];
const F = CHECKLIST.filter((c) => c.group === 'preparation').map((c) => c.id);
const L = CHECKLIST.filter((c) => c.group === 'ongoing').map((c) => c.id);

describe('numbering', () => {
  it('1–15 over both lists places F6 and L6 by their numbers, in any row order', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Nr.', 'Spørgsmål', 'Nej', 'Delvist', 'Ja'],
          [13, q('L6'), '', '', 'x'],
          [2, q('F2'), '', '', 'x'],
          [6, q('F6'), 'x'],
          [9, q('L2'), '', 'x'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F2: 'yes', F6: 'no', L2: 'partly', L6: 'yes' });
    expect(r.checks).toEqual([]);
    expect(r.unmapped).toEqual([]);
  });

  it('1–7 and 1–8 under two headings: the heading and the number together', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Huskeliste til den løbende implementering'],
          ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej'],
          [6, 'Rammer for forløb', '', 'x'],
          [3, 'Opkvalificering', 'x'],
          [],
          ['Huskeliste til forberedelse'],
          ['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej'],
          [6, 'Rammer for forløb', '', '', 'x'],
          [4, 'Koordinator', 'x'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F4: 'yes', F6: 'no', L3: 'yes', L6: 'partly' });
    expect(r.checks).toEqual([]);
  });

  it('two runs of numbers and no headings: the first run is the preparation list', () => {
    const rows: In[][] = [['Nr.', 'Spørgsmål', 'Ja', 'Delvist', 'Nej']];
    F.forEach((_, i) => rows.push([i + 1, `Punkt ${i + 1}`, 'x']));
    L.forEach((_, i) => rows.push([i + 1, `Punkt ${i + 1}`, '', 'x']));
    const r = structure(gridOf(sheet(rows)));
    expect(answered(r)).toEqual({
      ...Object.fromEntries(F.map((id) => [id, 'yes'])),
      ...Object.fromEntries(L.map((id) => [id, 'partly'])),
    });
    expect(issues(r)).toEqual([]);
  });

  it('an id written at the start of the question ("F3 …", "L2: …") counts as its number', () => {
    const r = structure(
      gridOf(
        sheet([
          MARKS,
          ['L2: Nedslag', 'x'],
          ['F3 Samarbejdspartnere', '', 'x'],
          ['f.5 - Mentorerne', '', '', 'x'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ L2: 'yes', F3: 'partly', F5: 'no' });
    expect(r.unmapped).toEqual([]);
  });

  it('number and text that disagree: the stronger decides, with a check at the answer', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Nr.', 'Spørgsmål', 'Svar'],
          ['F1', q('F1'), 'Ja'],
          // The question's full text is F3's; its number says F2.
          ['F2', q('F3'), 'Nej'],
          // A short text that fits several questions; its number says F4.
          ['F4', 'Plan for samarbejde', 'Delvist'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'yes', F3: 'no', F4: 'partly' });
    expect(r.checks).toEqual([
      expect.objectContaining({ sheet: 'Huskeliste', cell: 'C3', field: 'checklist.F3', value: 'Nej' }),
    ]);
    const check = r.checks[0];
    expect(check?.confidence).toBeLessThan(1);
    expect(check?.reason.da).toContain('F2');
    expect(check?.reason.en).toContain('the number says F2');
  });
});

describe('the list a row is in', () => {
  it('a text that fits a question of each list is read in the list its heading names, with a check', () => {
    const rows = (heading: string): In[][] => [
      [heading],
      MARKS,
      // Near to F3 (partners informed) and to L7 (who is informed, partners among them).
      ['Samarbejdspartnere informeret', 'x'],
    ];
    const ongoing = structure(gridOf(sheet(rows('Huskeliste til den løbende implementering'))));
    expect(answered(ongoing)).toEqual({ L7: 'yes' });
    expect(checks(ongoing)).toEqual(['checklist.L7@B3']);
    const preparation = structure(gridOf(sheet(rows('Huskeliste til forberedelse'))));
    expect(answered(preparation)).toEqual({ F3: 'yes' });
  });
});

describe('text by meaning', () => {
  const shortened: [ChecklistId, string][] = [
    ['F1', 'Behovsanalyse gennemført?'],
    ['F2', 'Relevante aktører inddraget'],
    ['F3', 'Samarbejdspartnere informeret'],
    ['F4', 'Koordinator valgt'],
    ['F5', 'Hvilke områder kommer mentorerne fra?'],
    ['F6', 'Rammer for forløb'],
    ['F7', 'Klar rollefordeling'],
  ];

  it('shortened questions in the seed’s order: text and order agree, so no check', () => {
    const r = structure(gridOf(sheet([MARKS, ...shortened.map(([, t]) => [t, 'x'])])));
    expect(answered(r)).toEqual(Object.fromEntries(F.map((id) => [id, 'yes'])));
    expect(r.checks).toEqual([]);
    expect(r.unmapped).toEqual([]);
  });

  it('a weakly matched question in a shuffled list is placed with a check at its answer', () => {
    const r = structure(
      gridOf(
        sheet([
          MARKS,
          [q('L3'), 'x'],
          ['Koordinator valgt?', '', 'x'],
          // Near to F1 (the need was analysed) and F2 (actors involved in the analysis).
          ['Er behovet analyseret?', '', '', 'x'],
          [q('F7'), 'x'],
        ]),
      ),
    );
    expect(answers(r)).toMatchObject({ L3: 'yes', F4: 'partly', F7: 'yes' });
    const guessed = r.draft.checklist.find((c) => c.answer === 'no');
    expect(guessed?.id === 'F1' || guessed?.id === 'F2').toBe(true);
    expect(checks(r)).toEqual([`checklist.${guessed?.id}@D4`]);
    expect(r.checks[0]?.confidence).toBeLessThan(0.95);
  });

  it('English paraphrases are matched', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Question', 'Yes', 'Partly', 'No'],
          ['Implementation plan with milestones and deadlines', 'x'],
          ['Roles and responsibilities clear', '', 'x'],
          ['Who is informed about the effort?', '', '', 'x'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ L1: 'yes', F7: 'partly', L7: 'no' });
  });

  it('an answered row that is no checklist question is reported at its answer cell', () => {
    const r = structure(gridOf(sheet([MARKS, [q('F1'), 'x'], ['Har vi husket kaffe til mødet?', '', 'x']])));
    expect(answered(r)).toEqual({ F1: 'yes' });
    expect(issues(r)).toEqual(['checklist_question_unmatched@C3']);
    const issue = r.issues.find((i) => i.code === 'checklist_question_unmatched');
    expect(issue?.severity).toBe('warning');
    expect(issue?.message.da).toContain('Har vi husket kaffe til mødet?');
    expect(issue?.message.en).toContain('C3');
    expect(r.unmapped).toEqual([
      { sheet: 'Huskeliste', cell: 'A3', value: 'Har vi husket kaffe til mødet?' },
      { sheet: 'Huskeliste', cell: 'C3', value: 'x' },
    ]);
  });

  it('a question answered twice: the second answer is reported, not silently dropped', () => {
    const r = structure(gridOf(sheet([MARKS, [q('F1'), 'x'], [q('F2'), 'x'], [q('F1'), '', '', 'x']])));
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'yes' });
    expect(issues(r)).toEqual(['checklist_question_unmatched@D4']);
    expect(r.issues.find((i) => i.cell === 'D4')?.message.da).toContain('F1 er allerede besvaret');
  });
});

describe('answers', () => {
  it('one word column: an answer with a comment after it keeps the comment', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Spørgsmål', 'Svar', 'Kommentar'],
          [q('F1'), 'Nej – afventer budget'],
          [q('F2'), 'Delvist, mangler supervision', 'Drøftes i styregruppen'],
          [q('F3'), 'Yes'],
          [q('F4'), 'Partially'],
          [q('F5'), 'No (not yet)'],
          [q('F7'), 'ja.'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'no', F2: 'partly', F3: 'yes', F4: 'partly', F5: 'no', F7: 'yes' });
    const comment = (id: string) => r.draft.checklist.find((c) => c.id === id)?.comment;
    expect(comment('F1')).toBe('afventer budget');
    expect(comment('F2')).toBe('mangler supervision; Drøftes i styregruppen');
    expect(comment('F5')).toBe('not yet');
    expect(issues(r)).toEqual([]);
    expect(r.checks).toEqual([]);
    expect(r.unmapped).toEqual([]);
  });

  it('other words usually meant as an answer are read so, with a check at the answer', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Spørgsmål', 'Svar'],
          [q('L1'), 'Ikke endnu'],
          [q('L2'), 'I gang'],
          [q('L3'), 'Nej'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ L1: 'no', L2: 'partly', L3: 'no' });
    expect(checks(r)).toEqual(['checklist.L1@B2', 'checklist.L2@B3']);
    expect(r.checks[0]?.reason.da).toContain('læst som Nej');
    expect(issues(r)).toEqual([]);
  });

  it('loose words for yes ("OK", "fint", "I orden", "På plads") are read as Ja, each with a check at its cell', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Spørgsmål', 'Svar'],
          [q('L1'), 'OK'],
          [q('L2'), 'fint'],
          [q('L3'), 'I orden'],
          [q('L4'), 'På plads'],
          [q('L5'), 'Ja'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ L1: 'yes', L2: 'yes', L3: 'yes', L4: 'yes', L5: 'yes' });
    expect(checks(r)).toEqual(['checklist.L1@B2', 'checklist.L2@B3', 'checklist.L3@B4', 'checklist.L4@B5']);
    expect(r.checks[3]?.reason.da).toContain('"På plads" på spørgsmål L4 er læst som Ja');
    expect(issues(r)).toEqual([]);
  });

  it('a word naming two answers, or a word outside the list, is an issue at its cell', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Spørgsmål', 'Svar'],
          [q('F1'), 'Ja – nej, det er uafklaret'],
          [q('F2'), 'Måske'],
        ]),
      ),
    );
    expect(answers(r)).toMatchObject({ F1: null, F2: null });
    expect(issues(r)).toEqual(['checklist_answer_ambiguous@B2', 'value_not_in_list@B3']);
  });

  it('reads answer words split off their comment', () => {
    expect(readAnswerText('Nej – afventer budget')).toEqual({ answer: 'no', comment: 'afventer budget' });
    expect(readAnswerText('Delvist, mangler supervision')).toEqual({
      answer: 'partly',
      comment: 'mangler supervision',
    });
    // The answer word written first is the answer, for certain; the words after it are kept.
    expect(readAnswerText('Nej, ikke endnu')).toEqual({ answer: 'no', comment: 'ikke endnu' });
    expect(readAnswerText('Ikke endnu')).toEqual({ answer: 'no', guessed: true });
    expect(readAnswerText('Ja, delvist')).toEqual({ answer: 'partly' });
    expect(readAnswerText('Nejsigeren')).toEqual({});
    expect(readAnswerText('Måske')).toEqual({});
  });

  it('reads a word that is usually meant as an answer as that answer, to be checked', () => {
    for (const [text, answer] of [
      ['Næsten', 'partly'],
      ['Igangsat', 'partly'],
      ['Påbegyndt', 'partly'],
      ['Startet', 'partly'],
      ['Almost', 'partly'],
      ['Mangler', 'no'],
      ['Afventer', 'no'],
      ['Jo', 'yes'],
      ['Både og', 'partly'],
      ['Mest ja', 'partly'],
      ['Overvejende nej', 'partly'],
      ['For det meste', 'partly'],
    ] as const) {
      expect([text, readAnswerText(text)]).toEqual([text, { answer, guessed: true }]);
    }
    // Only the whole text: "Mangler supervision" names no answer word to read.
    expect(readAnswerText('Mangler supervision')).toEqual({});
  });

  it('an answer with another answer word in brackets is read as the words together say, or as two answers', () => {
    // As "Ja, delvist": a yes held back to Delvist.
    expect(readAnswerText('Ja (delvist)')).toEqual({ answer: 'partly' });
    expect(readAnswerText('Yes (partly)')).toEqual({ answer: 'partly' });
    // As "Ja – nej": two answers, none of them read.
    expect(readAnswerText('Ja (nej)')).toEqual({ answer: 'yes', conflict: ['yes', 'no'] });
    expect(readAnswerText('Nej (delvist)')).toEqual({ answer: 'no', conflict: ['no', 'partly'] });
    // Words that are no answer stay a comment.
    expect(readAnswerText('No (not yet)')).toEqual({ answer: 'no', comment: 'not yet' });
  });

  it('a yes held back by its words ("Ja, men ikke helt", "Ja (næsten)") or written "Ja?" is kept, with a check', () => {
    expect(readAnswerText('Ja, men ikke helt')).toEqual({
      answer: 'yes',
      comment: 'men ikke helt',
      guessed: true,
    });
    expect(readAnswerText('Ja – mangler budget')).toEqual({
      answer: 'yes',
      comment: 'mangler budget',
      guessed: true,
    });
    expect(readAnswerText('Ja (næsten)')).toEqual({ answer: 'yes', comment: 'næsten', guessed: true });
    expect(readAnswerText('Ja?')).toEqual({ answer: 'yes', guessed: true });
    // Words that do not hold the yes back, and a no with a "men", stay certain.
    expect(readAnswerText('Ja (se bilag 2)')).toEqual({ answer: 'yes', comment: 'se bilag 2' });
    expect(readAnswerText('Nej, men planlagt')).toEqual({ answer: 'no', comment: 'men planlagt' });
    // Two answers joined by "og" / "eller" are both named: a conflict, never one of them.
    expect(readAnswerText('Ja og nej')).toEqual({ answer: 'yes', conflict: ['yes', 'no'] });

    const r = structure(
      gridOf(
        sheet([
          ['Spørgsmål', 'Svar'],
          [q('L1'), 'Ja, men ikke helt'],
          [q('L2'), 'Ja?'],
          [q('L3'), 'Ja og nej'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ L1: 'yes', L2: 'yes' });
    expect(checks(r)).toEqual(['checklist.L1@B2', 'checklist.L2@B3']);
    expect(r.checks[0]?.reason.da).toContain('"Ja, men ikke helt" på spørgsmål L1 er læst som Ja');
    expect(issues(r)).toEqual(['checklist_answer_ambiguous@B4']);
  });

  it('marks ✓ ✔ • 1 and "Ja" in columns Nej | Delvist | Ja; a word naming another answer is an issue', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Spørgsmål', 'Nej', 'Delvist', 'Ja'],
          [q('L1'), '', '', '✓'],
          [q('L2'), '', '✔'],
          [q('L3'), '•'],
          [q('L4'), '', '', 'Ja'],
          [q('L5'), '', '', 1],
          // "Ja" written in the Nej column says two things.
          [q('L7'), 'Ja'],
          // Something that is not a mark in a mark column.
          [q('L8'), '', 'snart'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ L1: 'yes', L2: 'partly', L3: 'no', L4: 'yes', L5: 'yes' });
    expect(issues(r)).toEqual(['checklist_answer_ambiguous@B7', 'value_not_in_list@C8']);
  });

  it('one column headed "Ja/Delvist/Nej (sæt x)" holds the answer as a word', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Spørgsmål', 'Ja/Delvist/Nej (sæt x)'],
          [q('F1'), 'Delvist'],
          [q('F2'), 'Nej'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'partly', F2: 'no' });
    expect(r.unmapped).toEqual([]);
  });

  it('"Ja/Delvist/Nej (sæt x)" typed over three columns (not merged), "Ja | Delvist | Nej" below', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Spørgsmål', 'Ja/Delvist/Nej (sæt x)'],
          ['', 'Ja', 'Delvist', 'Nej'],
          [q('F1'), '', '✓'],
          [q('F2'), '', '', 'x'],
          [q('F3'), 'x'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'partly', F2: 'no', F3: 'yes' });
    expect(issues(r)).toEqual([]);
    expect(r.unmapped).toEqual([]);
  });

  it('a question column headed "Huskeliste" beside a "Svar" column', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Huskeliste', 'Svar (Ja/Delvist/Nej)', 'Bemærkning'],
          [q('L1'), 'Ja', 'Planen ligger på drevet'],
          [q('L8'), 'Nej'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ L1: 'yes', L8: 'no' });
    expect(r.unmapped).toEqual([]);
  });
});

describe('lists on several sheets', () => {
  it('the sheet name tells the list: F6 and L6 on sheets "Forberedelse" and "Løbende"', () => {
    const r = structure(
      gridOf(
        sheet([MARKS, [q('L6'), 'x']], 'Løbende'),
        sheet([MARKS, [q('F6'), '', '', 'x']], 'Forberedelse'),
      ),
    );
    expect(answered(r)).toEqual({ F6: 'no', L6: 'yes' });
    expect(r.checks).toEqual([]);
  });

  it('F6/L6 with nothing to tell them apart is placed by order, with a check', () => {
    const r = structure(gridOf(sheet([MARKS, [q('F6'), 'x'], [q('L6'), '', '', 'x']])));
    expect(answered(r)).toEqual({ F6: 'yes', L6: 'no' });
    expect(checks(r)).toEqual(['checklist.F6@B2', 'checklist.L6@D3']);
  });
});

describe('nothing dropped', () => {
  it('an answer in a row with no question is reported at its cell', () => {
    const r = structure(gridOf(sheet([MARKS, [q('F1'), 'x'], ['', '', 'x']])));
    expect(answered(r)).toEqual({ F1: 'yes' });
    expect(issues(r)).toEqual(['checklist_question_unmatched@C3']);
    expect(r.issues.find((i) => i.cell === 'C3')?.message.en).toContain('row without a question');
  });
});

describe('answers assessed as Opfyldt, or written as symbols', () => {
  it('"Opfyldt / Delvist opfyldt / Ikke opfyldt" in a "Vurdering" column are Ja / Delvist / Nej, certain', () => {
    const r = structure(
      gridOf(
        sheet([
          ['ID', 'Spørgsmål', 'Vurdering', 'Kommentar'],
          ['F1', q('F1'), 'Opfyldt'],
          ['F2', q('F2'), 'Delvist opfyldt', 'Mangler jobcentret'],
          ['F3', q('F3'), 'Ikke opfyldt'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'partly', F3: 'no' });
    expect(r.draft.checklist.find((c) => c.id === 'F2')?.comment).toBe('Mangler jobcentret');
    expect(checks(r)).toEqual([]);
    expect(issues(r)).toEqual([]);
  });

  it('traffic-light emoji are read by the legend on the sheet, certain', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Forklaring: 🟢 = Ja   🟡 = Delvist   🔴 = Nej'],
          [],
          ['Spørgsmål', 'Svar'],
          [q('F1'), '🟢'],
          [q('F2'), '🟡'],
          [q('F3'), '🔴'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'partly', F3: 'no' });
    expect(checks(r)).toEqual([]);
    expect(issues(r)).toEqual([]);
  });

  it('a legend that says otherwise wins over the usual reading of the colours', () => {
    const r = structure(
      gridOf(sheet([['🟢 = Nej, 🔴 = Ja'], [], ['Spørgsmål', 'Svar'], [q('F1'), '🟢'], [q('F2'), '🔴']])),
    );
    expect(answered(r)).toEqual({ F1: 'no', F2: 'yes' });
  });

  it('without a legend: a tick is Ja, an emoji its usual reading with a check, another symbol an issue', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Spørgsmål', 'Svar'],
          [q('F1'), '✓'],
          [q('F2'), '🟡'],
          [q('F3'), '🔴'],
          [q('F4'), '●'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'partly', F3: 'no' });
    expect(checks(r)).toEqual(['checklist.F2@B3', 'checklist.F3@B4']);
    expect(issues(r)).toEqual(['value_not_in_list@B5']);
  });

  it('mark columns headed "Opfyldt | Delvist opfyldt | Ikke opfyldt" are Ja | Delvist | Nej', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Spørgsmål', 'Opfyldt', 'Delvist opfyldt', 'Ikke opfyldt'],
          [q('F1'), 'x'],
          [q('F2'), '', 'x'],
          [q('F3'), '', '', 'x'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'partly', F3: 'no' });
    expect(issues(r)).toEqual([]);
    expect(r.unmapped).toEqual([]);
  });

  it('a tick in a Delvist column is a mark there, not a Ja written in the wrong column', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Spørgsmål', 'Ja', 'Delvist', 'Nej'],
          [q('F1'), '', '✓'],
          [q('F2'), '', '', '✔'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'partly', F2: 'no' });
    expect(issues(r)).toEqual([]);
  });
});

describe('an answer column per follow-up', () => {
  it('the right-most answer a row has is its answer; a comment column is no later answer', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Spørgsmål', 'Svar marts', 'Svar juni', 'Kommentar'],
          [q('F1'), 'Nej', 'Ja'],
          [q('F2'), 'Delvist'],
          [q('F3'), 'Nej', 'Delvist', 'Ja, snart'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'partly', F3: 'partly' });
    // The earlier answers were read and replaced: none is reported as left over.
    expect(r.unmapped).toEqual([]);
  });

  it('an earlier answer that names no answer is still reported; a replaced one in a column between is not', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Spørgsmål', 'Svar marts', 'Svar juni', 'Svar september'],
          [q('F1'), 'Nej', 'Delvist', 'Ja'],
          [q('F2'), 'Måske', '', 'Ja'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'yes' });
    expect(r.unmapped.map((u) => [u.cell, u.value])).toEqual([['B3', 'Måske']]);
  });

  it('keeps the earlier answer where the latest column is empty, with a check saying so', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Spørgsmål', 'Svar marts', 'Svar juni', 'Kommentar'],
          [q('F1'), 'Nej', 'Ja'],
          [q('F2'), 'Delvist', '', 'Mangler aftale'],
          [q('F3'), '', ''],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'partly' });
    const earlier = r.checks.filter((c) => c.reason.en.includes('latest answer column'));
    expect(earlier.map((c) => [c.sheet, c.cell, c.field, c.value])).toEqual([
      ['Huskeliste', 'B3', 'checklist.F2', 'Delvist'],
    ]);
    expect(earlier[0]?.confidence).toBeLessThan(1);
    expect(earlier[0]?.reason.da).toBe(
      'Den seneste svarkolonne ("Svar juni") er tom i denne række (C3); svaret på spørgsmål F2 er læst fra B3. Er det ikke opdateret, så skriv svaret i "Svar juni".',
    );
    expect(earlier[0]?.reason.en).toBe(
      'The latest answer column ("Svar juni") is empty in this row (C3); the answer to question F2 was read from B3. If it is out of date, write the answer in "Svar juni".',
    );
  });

  it('reads answer columns headed "Status 1. halvår | Status 2. halvår"; the later half-year wins', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Spørgsmål', 'Status 1. halvår', 'Status 2. halvår', 'Kommentar'],
          [q('F1'), 'Nej', 'Ja'],
          [q('F2'), 'Delvist', '', 'Afventer'],
          [q('F3'), '', 'Ja'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'partly', F3: 'yes' });
    expect(r.draft.checklist.find((c) => c.id === 'F3')?.place).toEqual({ sheet: 'Huskeliste', cell: 'C4' });
    expect(r.draft.checklist.find((c) => c.id === 'F2')?.comment).toBe('Afventer');
    expect(issues(r)).toEqual([]);
    expect(checks(r)).toContain('checklist.F2@B3');
  });

  it('reads one answer column headed "Status"', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Spørgsmål', 'Status', 'Kommentar'],
          [q('F1'), 'Nej'],
          [q('F2'), 'Delvist'],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'no', F2: 'partly' });
  });

  it('headers dated by a year ("Svar 2026 | Svar 2027") make a header; the later year wins', () => {
    const r = structure(
      gridOf(
        sheet([
          ['Spørgsmål', 'Svar 2026', 'Svar 2027'],
          [q('F1'), 'Nej', 'Ja'],
          [q('F2'), 'Delvist', ''],
        ]),
      ),
    );
    expect(answered(r)).toEqual({ F1: 'yes', F2: 'partly' });
  });
});
