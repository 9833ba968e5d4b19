// Reads every corpus plan double-spaced: an empty row put after every row of every sheet (as a
// coordinator spaces a table out to read it on screen), and says which plans read otherwise. Both
// copies go through SheetJS (the `xlsx` package) — the plain round trip and the double-spaced one —
// so what SheetJS drops (fonts, fills, drawings) is dropped from both and only the empty rows differ.
// The double-spaced copy is scored against the answer key with its rows moved as the rows were.
//   npx tsx scripts/double-spaced.ts [name-prefix ...]
// Prints one line per plan that scores otherwise: the plain copy's and the double-spaced copy's
// fields right and silent misreads.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { inspectBytes } from '../core/inspect';
import { TEMPLATE_MARKER } from '../core/spec';
import { parseExpected, type Expected } from '../test/accuracy/expected';
import { ACCURACY_TODAY, observe } from '../test/accuracy/observe';
import { CORPUS, corpusNames } from '../test/accuracy/run';
import { fileTotal, score } from '../test/accuracy/score';

/** Row r (0-based) of the plan is row 2r of the double-spaced copy. */
const spaced = (r: number): number => 2 * r;

/** The workbook with an empty row after every row of each sheet (the template's lists sheet kept). */
export function doubleSpaced(book: XLSX.WorkBook): XLSX.WorkBook {
  for (const name of book.SheetNames) {
    const ws = book.Sheets[name];
    if (!ws || ws['!ref'] === undefined) continue;
    if ((ws['A1'] as XLSX.CellObject | undefined)?.v === TEMPLATE_MARKER) continue;
    const out: XLSX.WorkSheet = {};
    for (const [key, value] of Object.entries(ws)) {
      if (key.startsWith('!')) continue;
      const at = XLSX.utils.decode_cell(key);
      out[XLSX.utils.encode_cell({ r: spaced(at.r), c: at.c })] = value as XLSX.CellObject;
    }
    const range = XLSX.utils.decode_range(ws['!ref']);
    out['!ref'] = XLSX.utils.encode_range({
      s: { r: spaced(range.s.r), c: range.s.c },
      e: { r: spaced(range.e.r) + 1, c: range.e.c },
    });
    if (ws['!merges'])
      out['!merges'] = ws['!merges'].map((m) => ({
        s: { r: spaced(m.s.r), c: m.s.c },
        e: { r: spaced(m.e.r), c: m.e.c },
      }));
    if (ws['!cols']) out['!cols'] = ws['!cols'];
    if (ws['!rows']) {
      const rows: XLSX.RowInfo[] = [];
      ws['!rows'].forEach((info, r) => {
        if (info) rows[spaced(r)] = info;
      });
      out['!rows'] = rows;
    }
    book.Sheets[name] = out;
  }
  return book;
}

/** The answer key with its places moved as the rows were (A1 cells, 1-based rows). */
function movedKey(x: unknown, key = ''): unknown {
  if (Array.isArray(x)) return x.map((y) => movedKey(y));
  if (typeof x === 'string' && key === 'cell') {
    const m = /^([A-Z]{1,3})(\d+)$/.exec(x);
    return m?.[1] && m[2] ? `${m[1]}${spaced(Number(m[2]) - 1) + 1}` : x;
  }
  if (typeof x === 'number' && key === 'row') return spaced(x - 1) + 1;
  if (x === null || typeof x !== 'object') return x;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x as Record<string, unknown>)) out[k] = movedKey(v, k);
  return out;
}

function scored(
  name: string,
  expected: Expected,
  bytes: Uint8Array,
): { right: number; total: number; silent: number; misses: string[] } {
  const s = score(name, expected, observe(inspectBytes(bytes, { today: ACCURACY_TODAY })));
  const t = fileTotal(s);
  const misses = s.misses.map((m) => `${m.place} ${m.field} ${m.kind}${m.silent ? ' SILENT' : ''}`);
  return { right: t.right, total: t.total, silent: s.silent, misses };
}

const VERBOSE = process.env.VERBOSE === '1';

function main(prefixes: readonly string[]): void {
  const names = corpusNames().filter((n) => prefixes.length === 0 || prefixes.some((p) => n.startsWith(p)));
  let differ = 0;
  for (const name of names) {
    const expected = parseExpected(JSON.parse(readFileSync(join(CORPUS, `${name}.expected.json`), 'utf8')));
    const bytes = readFileSync(join(CORPUS, expected.file));
    const write = (book: XLSX.WorkBook): Uint8Array =>
      new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx', cellStyles: true }) as Buffer);
    const read = (): XLSX.WorkBook => XLSX.read(bytes, { cellStyles: true, cellFormula: true, cellNF: true });
    let plain;
    let spread;
    try {
      plain = scored(name, expected, write(read()));
      spread = scored(name, movedKey(expected) as Expected, write(doubleSpaced(read())));
    } catch (e) {
      console.log(`${name}: not read (${(e as Error).message.slice(0, 80)})`);
      continue;
    }
    if (plain.right === spread.right && plain.silent === spread.silent) continue;
    differ++;
    console.log(
      `${name}: ${plain.right}/${plain.total}, ${plain.silent} silent → double-spaced ${spread.right}/${spread.total}, ${spread.silent} silent`,
    );
    if (VERBOSE) for (const m of spread.misses.slice(0, 12)) console.log(`    ${m}`);
  }
  console.log(`${differ} of ${names.length} plans read otherwise double-spaced`);
}

if (require.main === module) main(process.argv.slice(2));
