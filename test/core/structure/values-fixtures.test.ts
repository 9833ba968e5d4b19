// Plans made by LibreOffice (test/fixtures/messy/make-values-fixtures.sh), not by the product's own
// writer: Danish free-text dates without years under a "Handleplan 2027" title, a month-first
// column exported by a US system, real dates in Danish custom formats; statuses in other words.

import { readFileSync } from 'fs';
import { join } from 'path';
import { structure } from '../../../core/structure';
import type { StructureResult } from '../../../core/draft';
import { readWorkbook } from '../../../core/xlsx';

function read(name: string): StructureResult {
  const bytes = new Uint8Array(readFileSync(join(__dirname, `../../fixtures/messy/${name}.xlsx`)));
  return structure(readWorkbook(bytes));
}

const timeAndStatus = (r: StructureResult) =>
  r.draft.activities.map((a) => [a.values.start, a.values.deadline, a.values.status]);

test('Handleplan 2027: dates without years take 2027 from the title, each a check; vague times flagged', () => {
  const r = read('libreoffice-handleplan-2027');
  const sheet = 'libreoffice-handleplan-2027';
  expect(timeAndStatus(r)).toEqual([
    [undefined, '2027-05-15', 'done'], // 15. maj; Færdig
    ['2027-03-08', '2027-03-21', 'in_progress'], // uge 10-11; I gang – mangler budget
    ['2027-01-01', '2027-02-28', 'changed'], // jan.–feb.; Udskudt
    [undefined, '2027-03-31', 'not_started'], // Q1; Planlagt
    [undefined, '2027-03-15', 'in_progress'], // medio marts; Igangværende.
    [undefined, '2027-04-10', 'in_progress'], // primo april; Forsinket
    [undefined, '2027-03-31', 'not_started'], // 1. kvartal; Ikke begyndt
    [undefined, '2027-05-10', 'closed'], // start af maj; Aflyst
    [undefined, '2027-06-30', 'changed'], // slut juni; Sat på pause
    [undefined, '2027-12-01', 'not_started'], // 1.12; Ikke påbegyndt
    [undefined, undefined, 'not_started'], // efter sommerferien
    [undefined, undefined, 'in_progress'], // Løbende; Pågår
  ]);
  // The words beside a status are kept in the evaluation.
  expect(r.draft.activities[1]?.values.evaluation).toBe('Status: mangler budget');
  // Every year taken from the title is a check at its cell, and so is every judged status.
  const checked = r.checks.map((c) => `${c.field}@${c.cell}`);
  expect(checked).toEqual([
    'activities.deadline@A4',
    'activities.deadline@A5',
    'activities.status@F5',
    'activities.deadline@A6',
    'activities.status@F6',
    'activities.deadline@A7',
    'activities.deadline@A8',
    'activities.deadline@A9',
    'activities.status@F9',
    'activities.deadline@A10',
    'activities.deadline@A11',
    'activities.deadline@A12',
    'activities.status@F12',
    'activities.deadline@A13',
  ]);
  expect(r.checks[0]?.reason.da).toContain('"Handleplan 2027 – mentor- og forældrecoachindsatsen"');
  expect(r.checks.every((c) => c.sheet === sheet && c.confidence < 1)).toBe(true);
  // The vague times are not lost: they stay in the unmapped list, with an issue at their cells.
  expect(r.issues.map((i) => `${i.code}@${i.cell}`)).toEqual(['date_unreadable@A14', 'date_unreadable@A15']);
  expect(r.unmapped.filter((u) => u.cell.startsWith('A1') && u.cell !== 'A1')).toEqual([
    { sheet, cell: 'A14', value: 'efter sommerferien' },
    { sheet, cell: 'A15', value: 'Løbende' },
  ]);
});

test('a month-first column from a US system: 03/04/2026 is 4 March because 09/30/2026 is in it', () => {
  const r = read('libreoffice-month-first');
  expect(timeAndStatus(r)).toEqual([
    [undefined, '2026-09-30', 'done'], // Completed
    [undefined, '2026-03-04', 'in_progress'], // On track
    [undefined, '2026-12-15', 'in_progress'], // At risk
    [undefined, '2026-06-01', 'in_progress'], // Delayed
    [undefined, '2026-10-12', 'changed'], // On hold
    [undefined, '2026-11-05', 'closed'], // Cancelled
    [undefined, '2026-02-02', 'not_started'], // Not started
  ]);
  // The column decides the order: no date needs a check; the judged statuses do.
  expect(r.checks.map((c) => `${c.field}@${c.cell}`)).toEqual([
    'activities.status@F5',
    'activities.status@F6',
    'activities.status@F7',
    'activities.status@F8',
  ]);
  expect(r.issues).toEqual([]);
});

test('real dates in Danish custom formats: a month format is that month, a year format that year', () => {
  const r = read('libreoffice-danish-date-formats');
  expect(timeAndStatus(r)).toEqual([
    ['2026-03-01', '2026-05-15', 'done'], // mar-26 → 15. maj 2026
    ['2026-09-01', '2026-11-30', 'in_progress'], // sep-26 → nov-26
    [undefined, '2026-06-15', 'not_started'], // 15-06-2026
    [undefined, '2027-12-31', 'not_started'], // 2027
  ]);
  expect(r.checks).toEqual([]);
  expect(r.issues).toEqual([]);
});
