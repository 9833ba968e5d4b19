// CPR door, round 21b: rules for round 21's open probes (test/fixtures/cprRound21.ts), each rule's
// edges beside it. A run of a rich text on a gradient or a pattern fill is drawn on the colour the
// fill is seen as.

import { colour, richInline, richShared, type StylesSpec } from '../../fixtures/cprRound19';
import { doorOutcome } from '../../fixtures/doorOutcome';

const cprMessages = (bytes: Uint8Array): string[] => {
  const o = doorOutcome(bytes);
  return o.kind === 'cpr' ? o.messages.map((m) => m.en) : [`refused: ${o.code}`];
};
const letterIn = (hex: string): [string, string][] => [
  ['Borger 0107', ''],
  ['x', colour(`rgb="FF${hex}"`)],
  ['83-2001', ''],
];
/** Style 1: the default font on the fill given as <fill> content. */
const onFill = (fill: string): StylesSpec => ({ rawFills: [fill], xfs: [[0, 2]] });
const gradient = (...stops: string[]): string =>
  `<gradientFill degree="90">${stops.map((c, i) => `<stop position="${i}"><color rgb="FF${c}"/></stop>`).join('')}</gradientFill>`;
const pattern = (type: string, fg: string, bg: string): string =>
  `<patternFill patternType="${type}"><fgColor rgb="FF${fg}"/><bgColor rgb="FF${bg}"/></patternFill>`;

describe('a run on a gradient or a pattern fill is drawn on the colour seen (round 21b)', () => {
  test.each([
    ['a gold letter on a gold gradient', 'FFC000', gradient('FFC000', 'FFC107'), 1],
    ['a gold letter on a gradient from gold to blue (a mix)', 'FFC000', gradient('FFC000', '1F4E78'), 0],
    ['a blue letter on a grid of that blue', 'DDEBF7', pattern('darkGrid', 'DDEBF7', 'DDEBF7'), 1],
    ['a gold letter on gray125 over gold', 'FFC000', pattern('gray125', '000000', 'FFC000'), 1],
    ['a red letter on gray125 over gold', 'FF0000', pattern('gray125', '000000', 'FFC000'), 0],
    // Before round 21b the cell was read as white, and a white letter on it as hidden.
    [
      'a white letter on a black grid over white (a mix)',
      'FFFFFF',
      pattern('darkGrid', '000000', 'FFFFFF'),
      0,
    ],
    ['a white letter on a gradient from white to black (a mix)', 'FFFFFF', gradient('FFFFFF', '000000'), 0],
  ])('%s', (_name, letter, fill, found) => {
    expect(cprMessages(richShared(letterIn(letter), onFill(fill), 1))).toHaveLength(found);
    expect(cprMessages(richInline(letterIn(letter), onFill(fill), 1))).toHaveLength(found);
  });
  test('a white letter on a cell without fill is hidden as before', () => {
    expect(cprMessages(richShared(letterIn('FFFFFF'), {}, 0))).toHaveLength(1);
  });
});
