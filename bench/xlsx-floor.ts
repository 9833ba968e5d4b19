// The floor for reading a workbook: inflate every XML part with pako (the inflater core/xlsx uses,
// here in its fastest form: one call per part, no streaming, no checks), decode it and run the same
// XML tokenizer core/xlsx uses over it, doing nothing with the tokens. The benchmark prints inspect
// beside this floor, measured in the same run.
//
// The text is decoded in pieces of 64 KB, as the intake decodes it, not in one call per part: V8
// decodes a part of several MB that holds a few non-ASCII characters (an en dash, æ, ø) about eight
// times slower in one call than in pieces (the 1 MB plan: ~63 ms against ~8 ms, in fresh processes),
// so a floor decoding whole parts was ~45 ms slower than it needs to be, and flattered every ratio
// to it (docs/intake-memory.md, 2026-12-06).

import { inflateRaw } from 'pako';
import { DEFAULT_LIMITS } from '../core/xlsx/limits';
import { XmlScanner, type XmlHandler } from '../core/xlsx/xml';
import { openZip } from '../core/xlsx/zip';

const NOTHING: XmlHandler = {
  open(): void {},
  close(): void {},
  text(): void {},
};

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
    for (let at = 0; at < raw.length; at += PIECE)
      scanner.feed(decoder.decode(raw.subarray(at, at + PIECE), { stream: true }));
    scanner.feed(decoder.decode());
    scanner.end();
    tokens += scanner.tokens;
  }
  return tokens;
}
