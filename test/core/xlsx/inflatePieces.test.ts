// The intake inflates a part into one 64 KB buffer that it fills again for each piece (zip.ts
// streamEntry's `reuse`): whatever reads a piece must be done with it, or copy it, before the next.
// A workbook whose parts span many pieces, with texts of two- and three-byte characters and a cell
// longer than a piece with no '>' in it, must read exactly as another reader (SheetJS) reads it.

import { deflateRawSync } from 'node:zlib';
import * as XLSX from 'xlsx';
import { inflateRaw } from 'pako';
import { readWorkbook } from '../../../core/xlsx';
import { DEFAULT_LIMITS } from '../../../core/xlsx/limits';
import { openZip, streamEntry } from '../../../core/xlsx/zip';
import { writeZip } from '../../fixtures/zipWriter';

const WORDS = ['møde', 'forældre', 'Ærø', '–', 'Skole', '≈', 'opfølgning', '€ 12,50', 'trin', '”citat”'];

/** Texts that differ in length and mix one-, two- and three-byte UTF-8 characters. */
function text(r: number, c: number): string {
  const n = 3 + ((r * 7 + c * 3) % 11);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[(r + c * 5 + i * 3) % WORDS.length] as string);
  return `${out.join(' ')} ${r}.${c}`;
}

function sheetJsWorkbook(): Uint8Array {
  const rows: (string | number)[][] = [['Aktivitet', 'Ansvarlig', 'Note', 'Antal']];
  for (let r = 1; r <= 3000; r++) rows.push([text(r, 0), text(r, 1), text(r, 2), r * 3]);
  // Four cells longer than a 64 KB piece, of three-byte characters (CJK, none repeating soon): a
  // piece with no '>' in it at all.
  const long = (seed: number): string =>
    Array.from({ length: 32_000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919 + seed) % 20_000))).join(
      '',
    );
  rows.push([long(1), long(2), long(3), long(4)]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Plan');
  return new Uint8Array(
    XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer,
  );
}

describe('a part inflated piece by piece into one buffer', () => {
  it('reads every cell of a workbook spanning many pieces as SheetJS reads it', () => {
    const bytes = sheetJsWorkbook();
    const zip = openZip(bytes, DEFAULT_LIMITS);
    const big = zip.entries.filter((e) => e.size > 4 * 64 * 1024);
    expect(big.length).toBeGreaterThan(0);

    const theirs = XLSX.read(bytes, { type: 'array' });
    const sheet = theirs.Sheets.Plan as XLSX.WorkSheet;
    const expected = new Map<string, string | number>();
    for (const [ref, cell] of Object.entries(sheet)) {
      if (ref.startsWith('!')) continue;
      expected.set(ref, (cell as XLSX.CellObject).v as string | number);
    }
    expect(expected.size).toBe(3002 * 4);

    const grid = readWorkbook(bytes);
    const plan = grid.sheets.find((s) => s.name === 'Plan');
    const ours = new Map<string, unknown>();
    for (const cell of plan?.cells ?? []) ours.set(XLSX.utils.encode_cell({ r: cell.r, c: cell.c }), cell.v);
    expect(ours.size).toBe(expected.size);
    let differ = 0;
    for (const [ref, v] of expected) if (ours.get(ref) !== v) differ++;
    expect(differ).toBe(0);
  });

  it('hands over the same bytes as inflating the entry in one call, in pieces of 64 KB', () => {
    // 1.5 MB of text that compresses unevenly (long matches reaching back across pieces).
    const parts: string[] = [];
    for (let i = 0; i < 40_000; i++) parts.push(text(i, i % 4));
    const raw = new TextEncoder().encode(parts.join('\n'));
    const zip = openZip(
      writeZip([{ name: 'data.txt', data: raw, compressed: deflateRawSync(raw) }]),
      DEFAULT_LIMITS,
    );
    const entry = zip.entries[0];
    if (!entry) throw new Error('no entry');
    const copies: Uint8Array[] = [];
    const seen = new Set<ArrayBufferLike>();
    streamEntry(
      zip,
      entry,
      (piece) => {
        seen.add(piece.buffer);
        copies.push(piece.slice());
        return true;
      },
      { reuse: true },
    );
    expect(seen.size).toBe(1);
    expect(copies.length).toBeGreaterThan(20);
    const joined = new Uint8Array(copies.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of copies) {
      joined.set(c, at);
      at += c.length;
    }
    const once = inflateRaw(zip.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize));
    expect(joined.length).toBe(raw.length);
    expect(Buffer.from(joined).equals(Buffer.from(once))).toBe(true);
  });
});
