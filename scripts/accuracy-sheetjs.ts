// Writes every plan of the labelled corpus again with SheetJS (the `xlsx` package, community
// edition), as a web tool or a Node script built on it gives a plan back: read and written again.
// SheetJS keeps values, number formats, merged cells, column widths, hidden sheets, notes and
// threaded comments (the latter's text double-encoded: read one byte a character and written again
// as UTF-8), and drops fonts, fills, drawings, tables and data validations. Plans whose plan or
// part of it is only in what it drops are not written to writers/ (their copies cannot be read
// right by anyone): p150 (its plan is only shapes: written to writers-lost/, held to "no plan"),
// p66 and p148 (an activity cancelled only by striking it through), p168 (the coordinator's own
// to-dos told from the activities only by grey italics).
// Output: test/accuracy/writers/sheetjs/NAME.xlsx, scored by test/accuracy/writers.test.ts.
//   npx tsx scripts/accuracy-sheetjs.ts [--new]
// --new writes only the plans with no copy yet (a copy written again differs by its save time alone).

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';

const ROOT = join(__dirname, '..');
const CORPUS = join(ROOT, 'test', 'accuracy', 'corpus');
const OUT = join(ROOT, 'test', 'accuracy', 'writers', 'sheetjs');
const LOST_OUT = join(ROOT, 'test', 'accuracy', 'writers-lost', 'sheetjs');
/** Plans whose copy loses the plan itself (writers-lost/) or the only sign of a value (not written). */
const LOST = new Set(['p150-stevns-tidslinje-tegnet-med-figurer.xlsx']);
const SKIPPED = new Map([
  ['p66-helsingoer-overstreget-aflyst-noter-med-gammel-status.xlsx', 'cancelled only by strikethrough'],
  ['p148-jammerbugt-delt-projektmappe-spor-aendringer-historikark.xlsx', 'dropped only by strikethrough'],
  ['p168-aeroe-plan-og-egen-to-do-liste-graa-kursiv-initialer.xlsx', 'own to-dos known only by grey italics'],
]);

const onlyNew = process.argv.includes('--new');
mkdirSync(OUT, { recursive: true });
mkdirSync(LOST_OUT, { recursive: true });
let written = 0;
for (const file of readdirSync(CORPUS)
  .filter((f) => f.endsWith('.xlsx'))
  .sort()) {
  const reason = SKIPPED.get(file);
  if (reason !== undefined) {
    console.log(`skip ${file}: ${reason}`);
    continue;
  }
  const target = join(LOST.has(file) ? LOST_OUT : OUT, file);
  if (onlyNew && existsSync(target)) continue;
  const book = XLSX.read(readFileSync(join(CORPUS, file)), {
    cellStyles: true,
    cellFormula: true,
    cellNF: true,
  });
  writeFileSync(target, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', cellStyles: true }) as Buffer);
  written++;
}
console.log(`sheetjs: ${written} copies`);
