// The floor for reading a workbook: inflate every XML part with pako (the inflater core/xlsx uses,
// here in its fastest form: one call per part, no streaming, no checks), decode it and run the same
// XML tokenizer core/xlsx uses over it, doing nothing with the tokens. The benchmark prints inspect
// beside this floor, measured in the same run.
//
// The inflated bytes are decoded in pieces of 64 KB, as the intake decodes them: decoding a part of
// several MB into one string costs far more than decoding it in pieces (on this machine, the 1 MB
// plan's 7.8 MB sheet took 49 ms in one piece; all its parts in 64 KB pieces 8 ms), so a floor that
// decodes whole parts is no floor. Until 2026-12-04 it did: it took 148-220 ms where this takes
// 92-139 ms (the same runs), and every ratio to it looked ~1.6 times better than it was.

import { inflateRaw } from 'pako';
import { DEFAULT_LIMITS } from '../core/xlsx/limits';
import { XmlScanner, type XmlHandler } from '../core/xlsx/xml';
import { openZip } from '../core/xlsx/zip';

const NOTHING: XmlHandler = {
  open(): void {},
  close(): void {},
  text(): void {},
};

/** Bytes decoded at a time (the intake's own piece). */
const PIECE = 64 * 1024;

/** Inflates and tokenizes every XML part; returns the number of tokens seen. */
export function floorPass(bytes: Uint8Array): number {
  const zip = openZip(bytes, DEFAULT_LIMITS);
  let tokens = 0;
  for (const entry of zip.entries) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue;
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    const raw = entry.method === 0 ? data : inflateRaw(data);
    const decoder = new TextDecoder('utf-8');
    const scanner = new XmlScanner(entry.name, NOTHING);
    for (let at = 0; at < raw.length; at += PIECE) {
      scanner.feed(decoder.decode(raw.subarray(at, at + PIECE), { stream: true }));
    }
    scanner.feed(decoder.decode());
    scanner.end();
    tokens += scanner.tokens;
  }
  return tokens;
}
