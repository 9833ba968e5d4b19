// The floor for reading a workbook: unzip every part with fflate and run the same XML tokenizer
// core/xlsx uses over every XML part, doing nothing with the tokens. readWorkbook should stay
// within ~2× of this on a realistic 1 MB workbook; the benchmark prints both side by side.

import { unzipSync } from 'fflate';
import { XmlScanner, type XmlHandler } from '../core/xlsx/xml';

const NOTHING: XmlHandler = {
  open(): void {},
  close(): void {},
  text(): void {},
};

/** Unzips every part and tokenizes every XML part; returns the number of tokens seen. */
export function floorPass(bytes: Uint8Array): number {
  const files = unzipSync(bytes);
  const decoder = new TextDecoder('utf-8');
  let tokens = 0;
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/i.test(name)) continue;
    const scanner = new XmlScanner(name, NOTHING);
    scanner.feed(decoder.decode(data));
    scanner.end();
    tokens += scanner.tokens;
  }
  return tokens;
}
