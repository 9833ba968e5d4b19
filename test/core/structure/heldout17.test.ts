// Habits found by the seventeenth held-out round of the accuracy corpus (p97–p100): korpsplan's own
// template as coordinators fill it in and damage it. The checklist sheet copied for the new
// half-year with the old one hidden; the answer written in the remark column beside an empty answer
// cell; answer cells holding words and remarks ("Ja, men kun delvist", "Ja (se kommentar)",
// "Afsluttet 100%"). Each probe is a workbook SheetJS wrote, read through the intake.

import * as XLSX from 'xlsx';
import { readAnswerText } from '../../../core/structure/checklist';
import { inspectBytes } from '../../../core/inspect';
import { SEED_QUESTIONS } from '../../accuracy/plans/checklist-seed';
import { checkedAt, COVER, inspectSheetjs, ONE_ACTIVITY, TODAY } from '../../fixtures/sheetjs';

/** The seed's fifteen questions as a checklist table, each row's answer and remark given by id. */
function checklist(
  title: string,
  answers: Readonly<Record<string, readonly [string, string?]>>,
): unknown[][] {
  return [
    [title],
    [],
    ['Nr.', 'Spørgsmål', 'Svar', 'Kommentar'],
    ...SEED_QUESTIONS.map(([id, q]) => [id, q, answers[id]?.[0] ?? '', answers[id]?.[1] ?? '']),
  ];
}

describe('the checklist copied for the new half-year, the old one hidden', () => {
  const old = Object.fromEntries(SEED_QUESTIONS.map(([id]) => [id, ['Nej'] as const]));
  const now = Object.fromEntries(SEED_QUESTIONS.map(([id]) => [id, ['Ja'] as const]));
  delete (now as Record<string, unknown>).L8;
  const wb = XLSX.utils.book_new();
  const sheets: [string, unknown[][]][] = [
    ['Forside', COVER.map((r) => [...r])],
    ['Plan', ONE_ACTIVITY.map((r) => [...r])],
    ['Huskeliste F26', checklist('Huskeliste – 1. halvår 2026', old)],
    ['Huskeliste (2)', checklist('Huskeliste – 2. halvår 2026', now)],
  ];
  for (const [name, rows] of sheets) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  wb.Workbook = { Sheets: sheets.map(([name]) => ({ name, Hidden: name === 'Huskeliste F26' ? 1 : 0 })) };
  const r = inspectBytes(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), {
    today: TODAY,
  });
  const answer = (id: string): string | null | undefined =>
    r.structure.draft.checklist.find((c) => c.id === id)?.answer;

  test("the visible sheet's answers are read, not the hidden sheet's", () => {
    expect(answer('F1')).toBe('yes');
    expect(answer('L7')).toBe('yes');
  });

  test("a question unanswered now is not given the hidden sheet's old answer", () => {
    expect(answer('L8')).toBeNull();
  });

  test('the hidden sheet is named in a check, saying which sheet was read', () => {
    const check = r.structure.checks.find((c) => c.sheet === 'Huskeliste F26' && c.cell === 'A1');
    expect(check?.reason.da).toContain('Huskeliste (2)');
  });
});

describe('the answer written in the remark column beside an empty answer cell', () => {
  const r = inspectSheetjs([
    ['Forside', COVER],
    ['Plan', ONE_ACTIVITY],
    [
      'Huskeliste',
      checklist('Huskeliste', {
        F1: ['Ja'],
        F3: ['', 'Delvist – mangler aftale med skolerne'],
        F4: ['', 'Drøftes på næste styregruppemøde'],
      }),
    ],
  ]);
  const item = (id: string) => r.structure.draft.checklist.find((c) => c.id === id);

  test('a remark that starts with an answer gives the answer, the rest is the remark, checked at it', () => {
    expect(item('F3')).toMatchObject({ answer: 'partly', comment: 'mangler aftale med skolerne' });
    expect(checkedAt(r, 'Huskeliste', 'D6')).toBe(true);
  });

  test('a remark that names no answer gives none', () => {
    expect(item('F4')).toMatchObject({ answer: null, comment: 'Drøftes på næste styregruppemøde' });
  });
});

describe('words and remarks in the answer cell', () => {
  test('"Ja, men kun delvist" is Delvist', () => {
    expect(readAnswerText('Ja, men kun delvist').answer).toBe('partly');
    expect(readAnswerText('Yes, but only partly').answer).toBe('partly');
    // Other words holding a yes back keep it, to be checked.
    expect(readAnswerText('Ja, men mangler budget')).toMatchObject({ answer: 'yes', guessed: true });
  });

  test('a remark that only points at the remark column is no remark beside it; alone it is kept', () => {
    const r = inspectSheetjs([
      ['Forside', COVER],
      ['Plan', ONE_ACTIVITY],
      [
        'Huskeliste',
        checklist('Huskeliste', {
          F7: ['Ja (se kommentar)', 'Rollefordeling vedtaget 2/9'],
          L1: ['Nej – se bemærkning', 'Planen mangler frister'],
          L2: ['Ja (se kommentar)'],
        }),
      ],
    ]);
    const item = (id: string) => r.structure.draft.checklist.find((c) => c.id === id);
    expect(item('F7')).toMatchObject({ answer: 'yes', comment: 'Rollefordeling vedtaget 2/9' });
    expect(item('L1')).toMatchObject({ answer: 'no', comment: 'Planen mangler frister' });
    expect(item('L2')).toMatchObject({ answer: 'yes', comment: 'se kommentar' });
  });

  test('a done word, with or without "100%" after it, is Ja', () => {
    expect(readAnswerText('Afsluttet 100%').answer).toBe('yes');
    expect(readAnswerText('Gennemført').answer).toBe('yes');
    expect(readAnswerText('Færdig').answer).toBe('yes');
    // A share short of all of it says no yes.
    expect(readAnswerText('Afsluttet 80%').answer).not.toBe('yes');
  });
});
