// Comments whose text is UTF-8 read in a one-byte character set. SheetJS reads a threaded comment's
// bytes one to one and writes them again as UTF-8: a plan whose checklist comments are threaded
// comments ("Frikøb aftalt for mentorer …", p88) comes back from a tool built on it as "FrikÃ¸b
// aftalt …", its en dashes as "â" and two C1 controls (ISO-8859-1, where Windows-1252 shows
// "â€“"). A reader sees what was meant: the comments are read so, with a check at the first one.
// Found by scoring the corpus on copies SheetJS wrote (p88: four comments silently wrong).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { recodedText } from '../../../core/mojibake';
import { inspectBytes } from '../../../core/inspect';
import { TODAY } from '../../fixtures/sheetjs';

const P88 = join(__dirname, '../../accuracy/corpus/p88-nordfyns-traadede-kommentarer-som-bemaerkninger.xlsx');

/** The plan as a tool built on SheetJS gives it back: read and written again. */
function throughSheetjs(file: string): Uint8Array {
  const wb = XLSX.read(readFileSync(file), { cellStyles: true, cellFormula: true, cellNF: true });
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', cellStyles: true }) as Buffer);
}

function comments(bytes: Uint8Array) {
  const r = inspectBytes(bytes, { today: TODAY });
  return {
    answers: new Map(r.structure.draft.checklist.map((c) => [c.id, c.comment])),
    checks: (r.checks ?? r.structure.checks).filter((c) => c.field === 'recodedText'),
  };
}

test('UTF-8 read as ISO-8859-1 (C1 controls for the bytes 0x80–0x9F) turns back as Windows-1252 does', () => {
  expect(recodedText('Jo \u00e2\u0080\u0093 de kommer')).toBe('Jo \u2013 de kommer');
  expect(recodedText('Bel\u00c3\u00b8b 500 \u00e2\u0082\u00ac')).toBe('Beløb 500 €');
  // Both readings in one text: each character one byte.
  expect(recodedText('For\u00c3\u00a6ldre \u00e2\u0080\u0093 \u00e2\u20ac\u201c')).toBe('Forældre – –');
  // A C1 control that is no part of a UTF-8 letter stays as written.
  expect(recodedText('Status\u0085')).toBeUndefined();
  expect(recodedText('\u00c3\u0085')).toBe('Å');
});

test("a plan's threaded comments double-encoded by SheetJS are read as they were meant, with a check", () => {
  const original = comments(new Uint8Array(readFileSync(P88)));
  const copy = comments(throughSheetjs(P88));
  expect(copy.answers.get('F6')).toBe('Frikøb aftalt for mentorer, ikke for forældrecoaches endnu.');
  expect(copy.answers).toEqual(original.answers);
  expect(original.checks).toEqual([]);
  // One check a sheet with such comments, at the first one's cell.
  expect(copy.checks.map((c) => `${c.sheet}!${c.cell}`)).toEqual(['Plan!E4', 'Huskeliste!C4']);
  const check = copy.checks[1];
  expect(check?.reason.da).toMatch(/^4 kommentarer på arket er gemt som UTF-8/);
  expect(check?.reason.da).toContain('står for "Jo – de kommer med i planen i januar."');
});
