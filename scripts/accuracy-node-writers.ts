// Writes every plan of the labelled corpus again with the two Node libraries a web tool or a script
// built for municipal files most often uses: read and written again, as such a tool gives a plan
// back. Scored by test/accuracy/writers.test.ts.
// - sheetjs: SheetJS, the `xlsx` package's community edition. It keeps values, number formats,
//   merged cells, column widths, hidden sheets, notes and threaded comments (the latter's text
//   double-encoded: read one byte a character and written again as UTF-8), and drops fonts, fills,
//   drawings, tables and data validations.
// - exceljs: keeps values, styles, merges, validations and notes written in runs (it puts "Author"
//   in every note's authors' list), drops drawings, threaded comments, and the text of a note not
//   written in runs (Excel's own fallback text of a threaded comment), and cannot open four of the
//   plans made from korpsplan's template, p97–p100 (a TypeError inside exceljs): no copy of those.
// A plan whose plan, or a value's only sign, is in what a library drops is not written to writers/
// (no one can read its copy right): p150's plan is only shapes (its copy goes to writers-lost/,
// held to "no plan found"); p66 and p148 cancel activities only by striking them through, p172
// changes checklist answers only by striking the old x through, and p168
// tells the coordinator's own to-dos only by grey italics (SheetJS drops fonts); p88's remarks are
// threaded comments (exceljs empties them).
//   npx tsx scripts/accuracy-node-writers.ts [--new] [sheetjs|exceljs ...]   (both when none is named)
// --new writes only the plans with no copy yet (a copy written again differs by its save time alone).

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import * as XLSX from 'xlsx';

const ROOT = join(__dirname, '..');
const CORPUS = join(ROOT, 'test', 'accuracy', 'corpus');

interface Program {
  /** Why a plan is left out: its copy cannot be read right by anyone. */
  readonly skip: ReadonlyMap<string, string>;
  write(bytes: Buffer): Promise<Uint8Array>;
}

const P150 = 'p150-stevns-tidslinje-tegnet-med-figurer.xlsx';
const PROGRAMS: Record<string, Program> = {
  sheetjs: {
    skip: new Map([
      ['p66-helsingoer-overstreget-aflyst-noter-med-gammel-status.xlsx', 'cancelled only by strikethrough'],
      ['p148-jammerbugt-delt-projektmappe-spor-aendringer-historikark.xlsx', 'dropped only by strikethrough'],
      [
        'p168-aeroe-plan-og-egen-to-do-liste-graa-kursiv-initialer.xlsx',
        'own to-dos known only by grey italics',
      ],
      [
        'p172-gentofte-huskeliste-rettede-kryds-overstreget.xlsx',
        'changed checklist answers known only by a struck-through x',
      ],
    ]),
    write: (bytes) => {
      const book = XLSX.read(bytes, { cellStyles: true, cellFormula: true, cellNF: true });
      return Promise.resolve(
        new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx', cellStyles: true }) as Buffer),
      );
    },
  },
  exceljs: {
    skip: new Map([
      ['p88-nordfyns-traadede-kommentarer-som-bemaerkninger.xlsx', 'remarks in threaded comments'],
    ]),
    write: async (bytes) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(bytes as unknown as ArrayBuffer);
      return new Uint8Array(await book.xlsx.writeBuffer());
    },
  },
};

async function main(): Promise<void> {
  const onlyNew = process.argv.includes('--new');
  const named = process.argv.slice(2).filter((a) => a !== '--new');
  for (const name of named.length > 0 ? named : Object.keys(PROGRAMS)) {
    const program = PROGRAMS[name];
    if (program === undefined) throw new Error(`unknown program ${name} (sheetjs, exceljs)`);
    const out = join(ROOT, 'test', 'accuracy', 'writers', name);
    const lost = join(ROOT, 'test', 'accuracy', 'writers-lost', name);
    mkdirSync(out, { recursive: true });
    mkdirSync(lost, { recursive: true });
    let written = 0;
    const failed: string[] = [];
    for (const file of readdirSync(CORPUS)
      .filter((f) => f.endsWith('.xlsx'))
      .sort()) {
      if (program.skip.has(file)) continue;
      const target = join(file === P150 ? lost : out, file);
      if (onlyNew && existsSync(target)) continue;
      try {
        writeFileSync(target, await program.write(readFileSync(join(CORPUS, file))));
        written++;
      } catch (err) {
        failed.push(`${file}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    console.log(`${name}: ${written} copies${failed.length > 0 ? `; cannot write ${failed.length}:` : ''}`);
    for (const f of failed) console.log(`  ${f}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
