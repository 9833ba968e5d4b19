// A note's first line is its author's line (Excel writes "Koordinator:" in bold above the note's
// text). A program that wrote the workbook again may keep that line while putting a word of its own
// in the authors' list: exceljs writes "Author" for every note. Found by scoring the corpus on copies
// exceljs read and wrote again: p66's three checklist remarks came out as "Koordinator: Plan for
// skolerne mangler stadig" (3 silent).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { inspectBytes } from '../../../core/inspect';
import { noteTexts } from '../../../core/structure/checklist';
import { SheetView } from '../../../core/structure/sheet';
import type { GridSheet } from '../../../core/grid';
import { TODAY } from '../../fixtures/sheetjs';
import { sheetOf } from './grid-builder';

const P66 = join(
  __dirname,
  '../../accuracy/corpus/p66-helsingoer-overstreget-aflyst-noter-med-gammel-status.xlsx',
);

async function throughExceljs(file: string): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

test("a plan's notes through exceljs (every author 'Author') read without their author's line", async () => {
  const remarks = (bytes: Uint8Array) =>
    new Map(inspectBytes(bytes, { today: TODAY }).structure.draft.checklist.map((c) => [c.id, c.comment]));
  const original = remarks(new Uint8Array(readFileSync(P66)));
  const copy = remarks(await throughExceljs(P66));
  expect(original.get('F3')).toBe('Plan for skolerne mangler stadig');
  expect(copy).toEqual(original);
});

function notes(author: string | undefined, text: string): string | undefined {
  const sheet = sheetOf({
    name: 'Tjekliste',
    rows: [
      ['Spørgsmål', 'Svar'],
      ['Er der en plan?', 'Delvist'],
    ],
  });
  const withNote: GridSheet = {
    ...sheet,
    comments: [{ r: 1, c: 1, text, ...(author === undefined ? {} : { author }) }],
  };
  return noteTexts(new SheetView(withNote, false)).get('1:1');
}

test("the author's line is the author's name, or any name where the authors' list names no one", () => {
  expect(notes('Koordinator', 'Koordinator:\nPlan mangler')).toBe('Plan mangler');
  expect(notes(undefined, 'Koordinator:\nPlan mangler')).toBe('Plan mangler');
  expect(notes('Author', 'Mette Kjær:\nPlan mangler')).toBe('Plan mangler');
  // A real author, and a first line that is not her name: the note's own words (control).
  expect(notes('Mette Kjær', 'Bemærk:\nPlan mangler')).toBe('Bemærk: Plan mangler');
  // A placeholder author and a first line that is no name (a date, a sentence): kept (control).
  expect(notes('Author', 'Status pr. 12.03:\nPlan mangler')).toBe('Status pr. 12.03: Plan mangler');
});
