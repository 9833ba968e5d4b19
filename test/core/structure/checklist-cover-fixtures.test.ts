// Checklists and cover facts in workbooks made by other tools than korpsplan's writer: LibreOffice
// (from the CSV and FODS sources beside them, by test/fixtures/messy/make-checklist-fixtures.sh)
// and Excel packages written by hand (test/fixtures/messy/handBuiltCover.ts).

import { readFileSync } from 'fs';
import { join } from 'path';
import { structure } from '../../../core/structure';
import { readWorkbook } from '../../../core/xlsx';
import type { StructureResult } from '../../../core/draft';
import { coverDanishLabelsAbove, coverInEnglishOneCell } from '../../fixtures/messy/handBuiltCover';

function readFixture(name: string): StructureResult {
  const bytes = new Uint8Array(readFileSync(join(__dirname, '../../fixtures/messy', name)));
  return structure(readWorkbook(bytes));
}

function answers(r: StructureResult): Record<string, string | null> {
  return Object.fromEntries(r.draft.checklist.map((c) => [c.id, c.answer]));
}

function comments(r: StructureResult): Record<string, string> {
  return Object.fromEntries(
    r.draft.checklist.filter((c) => c.comment !== undefined).map((c) => [c.id, c.comment as string]),
  );
}

function at(r: StructureResult, kind: 'issues' | 'checks'): string[] {
  const list = kind === 'issues' ? r.issues.map((i) => ({ ...i, field: i.code })) : r.checks;
  return list.map((x) => `${x.field}@${x.sheet}!${x.cell}`).sort();
}

test('the seed’s checklists pasted from the PDF, numbered 1–15, columns Nej | Delvist | Ja (LibreOffice, CSV)', () => {
  const r = readFixture('checklist-pdf-numbered.xlsx');
  expect(answers(r)).toEqual({
    F1: 'yes',
    F2: 'partly',
    F3: 'no',
    F4: 'yes',
    F5: 'partly',
    F6: 'yes',
    F7: 'partly',
    L1: 'yes',
    L2: 'partly',
    L3: 'yes',
    L4: 'no',
    L5: 'partly',
    L6: 'no',
    L7: null,
    L8: 'yes',
    // A layout without a template version is read as the current one, which asks L9.
    L9: null,
  });
  expect(comments(r)).toEqual({
    F1: 'Behovsanalyse fra 2025',
    F3: 'Afventer styregruppen',
    L1: 'Planen ligger på fællesdrevet',
    L4: 'Drøftes på næste netværksmøde',
    L6: 'Mangler lokaler',
  });
  // Number and text agree on every row: nothing to check. The title names both lists (no group).
  expect(r.checks).toEqual([]);
  expect(at(r, 'issues')).toEqual(['plan_table_missing@checklist-pdf-numbered!A1']);
  expect(r.unmapped.map((u) => u.cell)).toEqual(['A1']);
});

test('one-word answers with comments, and English paraphrases with ✓ marks on a second sheet (LibreOffice, FODS)', () => {
  const r = readFixture('checklist-words-and-marks.xlsx');
  expect(answers(r)).toEqual({
    F1: 'yes',
    F2: 'no',
    F3: 'partly',
    F4: 'yes',
    F5: 'partly',
    F6: 'no',
    F7: 'yes',
    L1: 'partly',
    L2: 'partly',
    L3: 'yes',
    L4: 'partly',
    L5: 'no',
    L6: 'no',
    L7: 'yes',
    L8: 'yes',
    // A layout without a template version is read as the current one, which asks L9.
    L9: null,
  });
  expect(comments(r)).toMatchObject({
    F2: 'afventer budget',
    F3: 'mangler aftale med skolerne',
    F6: 'not yet',
    F7: 'Beskrevet i kommissoriet',
    L1: 'Deadlines missing for Q4',
  });
  // The paraphrases matched by their text alone are shown for a check, each at its answer.
  const sheet = 'Løbende implementering';
  expect(at(r, 'checks')).toEqual([
    `checklist.L2@${sheet}!C6`,
    `checklist.L4@${sheet}!C9`,
    `checklist.L5@${sheet}!D7`,
    `checklist.L7@${sheet}!B2`,
  ]);
  // The row that is no checklist question is reported at its answer, and listed.
  expect(at(r, 'issues')).toEqual([
    `checklist_question_unmatched@${sheet}!B10`,
    'plan_table_missing@Forberedelse!A1',
  ]);
  expect(r.unmapped).toEqual([
    { sheet, cell: 'A10', value: 'Coffee for the network meeting ordered?' },
    { sheet, cell: 'B10', value: '✓' },
  ]);
});

test('an English cover with the name and e-mail in the label’s cell and a misspelt municipality (hand-built package)', () => {
  const r = structure(readWorkbook(coverInEnglishOneCell()));
  expect(r.draft).toMatchObject({
    municipality: { code: '740', name: 'Silkeborg' },
    period: '2026-H2',
    phase: 'initial',
    coordinator: { name: 'Sofie Lund', email: 'sofie.lund@silkeborg.dk' },
    leader: { name: 'Ole Dam' },
    supervisionModel: 'external',
  });
  expect(at(r, 'checks')).toEqual(['cover.municipality@Cover!B4', 'cover.period@Cover!B5']);
  expect(r.issues).toEqual([]);
  expect(r.unmapped.map((u) => `${u.sheet}!${u.cell}`)).toEqual(['Cover!A1']);
});

test('a Danish cover with a row of labels over a row of values and "Kbh" (hand-built package, inline strings)', () => {
  const r = structure(readWorkbook(coverDanishLabelsAbove()));
  expect(r.draft).toMatchObject({
    municipality: { code: '101', name: 'København' },
    period: '2026-H2',
    phase: 'readiness',
    coordinator: { name: 'Mette Hansen', email: 'meha@kk.dk' },
    leader: { name: 'Per Ravn' },
  });
  expect(r.draft.activities).toHaveLength(1);
  expect(at(r, 'checks')).toEqual(['cover.municipality@Ark1!A7']);
  expect(r.issues).toEqual([]);
  expect(r.unmapped.map((u) => `${u.sheet}!${u.cell}`)).toEqual(['Ark1!A1']);
});
