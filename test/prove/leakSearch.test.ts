// The campaign's leak search (scripts/prove/cpr.ts) finds a number in every form a workbook, a
// log or an answer could carry it: written with separators, split over markup, escaped, in
// UTF-16, in base64, percent-escaped, in a PNG's compressed text, in a zip's raw bytes. Each case
// is one decoder: without it, its case is not found.

import { strToU8, zipSync, zlibSync } from 'fflate';
import { findLeaks, searchableText, searchViews } from '../../scripts/prove/cpr';
import { png } from '../fixtures/cprPlaces';
import { writeZip } from '../fixtures/zipWriter';

const NUMBER = { id: 'n', written: '0101901234' };
const found = (text: string): boolean => findLeaks([{ where: 't', text }], [NUMBER]).length > 0;
const foundIn = (bytes: Uint8Array): boolean => found(searchableText(bytes));

test.each([
  ['the ten digits', 'x 0101901234 y'],
  ['a hyphen after the sixth', '010190-1234'],
  ['spaces around the dash', '010190 - 1234'],
  ['spaces around an en dash', '010190 \u2013 1234'],
  ['dots in the date', '01.01.90-1234'],
  ['the nine digits a number cell keeps', '{"v":101901234}'],
  ['digits split over rich-text runs', '<r><t>Borger 0101</t></r><r><rPr/><t>90-1234</t></r>'],
  ['a character reference for a digit', 'Borger &#48;10190&#x2D;1234'],
  ['Excel’s _xHHHH_ escape (a hyphen)', 'Borger 010190_x002D_1234'],
  ['UTF-16 text read as bytes', Buffer.from('Borger 0101901234', 'utf16le').toString('latin1')],
  ['base64', `data:${Buffer.from('Borger 0101901234').toString('base64')}`],
  ['base64 of UTF-16', Buffer.from('Borger 0101901234', 'utf16le').toString('base64')],
  ['percent-escapes', 'https://x.dk/?q=%30101901234'],
])('finds a number in %s', (_what, text) => {
  expect(found(text)).toBe(true);
});

test('finds a number inside a workbook: a part, an entry name, a zip comment, a PNG’s compressed text', () => {
  expect(foundIn(zipSync({ 'xl/sharedStrings.xml': strToU8('<sst><si><t>0101901234</t></si></sst>') }))).toBe(
    true,
  );
  expect(foundIn(zipSync({ 'xl/media/Borger 0101901234.png': png() }))).toBe(true);
  expect(foundIn(writeZip([{ name: 'a.xml', data: '<a/>' }], { comment: 'Borger 0101901234' }))).toBe(true);
  const keyword = strToU8('Comment\0\0');
  const compressed = zlibSync(strToU8('Borger 0101901234'));
  const chunk = new Uint8Array(keyword.length + compressed.length);
  chunk.set(keyword);
  chunk.set(compressed, keyword.length);
  expect(foundIn(zipSync({ 'xl/media/image1.png': png([['zTXt', chunk]]) }, { level: 0 }))).toBe(true);
});

test('takes no other number for it', () => {
  for (const other of [
    '0101901235',
    '+45 12 34 56 78',
    '2026-0001234',
    '20261123T030550501Z',
    '{"ms":101,"bytes":90123}',
  ]) {
    expect(found(other)).toBe(false);
  }
});

test('each decoder adds a view only when the text needs it', () => {
  expect(searchViews('plain text without escapes')).toEqual(['plain text without escapes']);
});
