// The floor for reading a workbook: inflate every XML part with pako (the inflater core/xlsx uses,
// here in its fastest form: one call per part, no streaming, no checks), decode it and run the same
// XML tokenizer core/xlsx uses over it, doing nothing with the tokens. The benchmark prints inspect
// beside this floor, measured in the same run.

import { inflateRaw } from 'pako';
import { DEFAULT_LIMITS } from '../core/xlsx/limits';
import { XmlScanner, type XmlHandler } from '../core/xlsx/xml';
import { openZip } from '../core/xlsx/zip';

const NOTHING: XmlHandler = {
  open(): void {},
  close(): void {},
  text(): void {},
};

/** Inflates and tokenizes every XML part; returns the number of tokens seen. */
export function floorPass(bytes: Uint8Array): number {
  const zip = openZip(bytes, DEFAULT_LIMITS);
  const decoder = new TextDecoder('utf-8');
  let tokens = 0;
  for (const entry of zip.entries) {
    if (!/\.(xml|rels)$/i.test(entry.name)) continue;
    const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    const scanner = new XmlScanner(entry.name, NOTHING);
    scanner.feed(decoder.decode(entry.method === 0 ? data : inflateRaw(data)));
    scanner.end();
    tokens += scanner.tokens;
  }
  return tokens;
}
