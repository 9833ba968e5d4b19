// CPR door, round 21 (test/fixtures/cprRound21.ts): the forms of hidden text round 20 left open (a
// conditional fill over a font of its colour, gradient and pattern fills, DrawingML colours with
// alpha, satMod and hueMod, a table style's font, a column narrower than a character, rows of no
// height, text pushed out of its cell, a cell under a picture), places that may be unread (pictures'
// metadata, SVG text, an embedded Word document, a picture's link, a chart's axis title and data
// labels' field cache, a pivot table's calculated field and item, a named sheet view's filter, the
// company, a mentioned person's id) and numbers as a person writes them. Each probe's workbook is
// refused for its number with the place named, or (a control) accepted; nothing the inspection
// returns repeats the number. A probe marked `before` is one the product read wrongly before round
// 21's rules. Beside them, each rule's edges.

import { modifyColour } from '../../../core/xlsx/theme';
import { header, threeCells, type StylesSpec } from '../../fixtures/cprRound19';
import { alwaysFormat, dxfLook, shape, withColumns } from '../../fixtures/cprRound20';
import { pivotWithFormula, ROUND21_HTTP, ROUND21_PROBES } from '../../fixtures/cprRound21';
import { doorOutcome } from '../../fixtures/doorOutcome';
import { describeDoorRound } from '../../fixtures/doorRound';
import { row, text } from '../../fixtures/sheetXml';

describeDoorRound(21, ROUND21_PROBES, { probes: 30, controls: 15 });

test("the door campaign's selection: each new rule's probe and the controls it could refuse", () => {
  expect(ROUND21_HTTP).toHaveLength(14);
  expect(ROUND21_HTTP.filter((p) => p.outcome === 'accepted')).toHaveLength(7);
});

const cprMessages = (bytes: Uint8Array): string[] => {
  const o = doorOutcome(bytes);
  return o.kind === 'cpr' ? o.messages.map((m) => m.en) : [`refused: ${o.code}`];
};
const letterIn = (pr: string): [string, string][] => [
  ['Borger 0107', ''],
  ['x', pr],
  ['83-2001', ''],
];
const fontAndFill = (font: string, fill: string): StylesSpec => ({
  fonts: [`<sz val="11"/><color rgb="FF${font}"/><name val="Calibri"/>`],
  rawFills: [fill],
  xfs: [[1, 2]],
});
const gradient = (...stops: string[]): string =>
  `<gradientFill degree="90">${stops.map((c, i) => `<stop position="${i}"><color rgb="FF${c}"/></stop>`).join('')}</gradientFill>`;
const pattern = (type: string, fg: string | undefined, bg: string | undefined): string =>
  `<patternFill patternType="${type}">${fg === undefined ? '' : `<fgColor rgb="FF${fg}"/>`}${bg === undefined ? '' : `<bgColor rgb="FF${bg}"/>`}</patternFill>`;

describe("DrawingML's satMod, satOff, hueMod, hueOff (round 21)", () => {
  test.each([
    ['red satMod 0 is grey', 'FF0000', 'satMod', '0', '808080'],
    ['red satMod 100 % is red', 'FF0000', 'satMod', '100000', 'FF0000'],
    ['grey satOff 100 % takes its hue (red, at its lightness)', '808080', 'satOff', '100000', 'FF0101'],
    ['green hueMod 200 % is blue', '00FF00', 'hueMod', '200000', '0000FF'],
    ['green hueOff 120° is blue', '00FF00', 'hueOff', '7200000', '0000FF'],
    ['blue hueOff 120° goes round to red', '0000FF', 'hueOff', '7200000', 'FF0000'],
    ['not a number', '00FF00', 'hueMod', 'x', '00FF00'],
  ])('%s', (_name, hex, modifier, val, out) => {
    expect(modifyColour(hex, modifier, val)).toBe(out);
  });
  const box = (hex: string): string => `<a:solidFill><a:srgbClr val="${hex}"/></a:solidFill>`;
  const run = (hex: string, mod: string): string =>
    `<a:solidFill><a:srgbClr val="${hex}">${mod}</a:srgbClr></a:solidFill>`;
  test.each([
    ['red made grey on grey', '808080', run('FF0000', '<a:satMod val="0"/>'), 1],
    ['red on grey', '808080', run('FF0000', '<a:satMod val="100000"/>'), 0],
    ['green turned blue on blue', '0000FF', run('00FF00', '<a:hueOff val="7200000"/>'), 1],
    ['green on blue', '0000FF', run('00FF00', '<a:hueOff val="0"/>'), 0],
  ])('a text box: %s', (_name, fill, letter, found) => {
    expect(cprMessages(shape(box(fill), '', letterIn(letter), '', true))).toHaveLength(found);
  });
});

describe('a column under one character wide shows nothing (round 21)', () => {
  const rows =
    header('Navn', 'Id', '', '') +
    row(2, text('A2', 'Anna Jensen') + text('B2', '010783-') + text('C2', 'x') + text('D2', '2001'));
  test.each([
    ['0.5', 1],
    ['0.9', 1],
    ['1', 0],
    ['1.3', 0],
  ])('width %s', (width, found) => {
    expect(
      cprMessages(withColumns(`<col min="3" max="3" width="${width}" customWidth="1"/>`, rows)),
    ).toHaveLength(found);
  });
});

describe("a gradient or a pattern fill's colour as it is seen (round 21)", () => {
  test.each([
    ['a gradient of one gold', gradient('FFC000', 'FFC000'), 'FFC000', 1],
    ['a gradient of golds alike, three stops', gradient('FFC000', 'FFC107', 'FFC000'), 'FFC000', 1],
    ['a gradient from gold to blue', gradient('FFC000', '1F4E78'), 'FFC000', 0],
    ['gray125 on gold, a gold font', pattern('gray125', '000000', 'FFC000'), 'FFC000', 1],
    ['gray125 on gold, a black font', pattern('gray125', '000000', 'FFC000'), '000000', 0],
    [
      'gray0625 without colours (on white), a white font',
      pattern('gray0625', undefined, undefined),
      'FFFFFF',
      1,
    ],
    ['darkGrid in one blue, a blue font', pattern('darkGrid', 'DDEBF7', 'DDEBF7'), 'DDEBF7', 1],
    [
      'darkGrid black on white, a white font (a mix: seen)',
      pattern('darkGrid', '000000', 'FFFFFF'),
      'FFFFFF',
      0,
    ],
    [
      'darkGray blue on white, a blue font (a mix: seen)',
      pattern('darkGray', '1F4E78', 'FFFFFF'),
      '1F4E78',
      0,
    ],
  ])('the cell between pieces: %s', (_name, fill, font, found) => {
    expect(cprMessages(threeCells('010783-', 'Anna', '2001', fontAndFill(font, fill), 1))).toHaveLength(
      found,
    );
  });
  test('a white font on a mixed pattern is no longer read as on white', () => {
    expect(
      cprMessages(
        threeCells(
          '010783-',
          'Anna',
          '2001',
          fontAndFill('FFFFFF', pattern('darkGray', '000000', 'FFFFFF')),
          1,
        ),
      ),
    ).toHaveLength(0);
  });
});

describe("a conditional fill over the cell's own font (round 21)", () => {
  const styles = (font: string, fill: string): StylesSpec => ({
    fonts: [`<sz val="11"/><color rgb="FF${font}"/><name val="Calibri"/>`],
    xfs: [[1, 0]],
    dxfs: [dxfLook(undefined, `rgb="FF${fill}"`)],
  });
  test.each([
    ['a gold fill over a gold font', 'FFC000', 'FFC000', 'C2', 1],
    ['a gold fill over a near gold font', 'FFC107', 'FFC000', 'C2', 1],
    ['a gold fill over a red font', 'FF0000', 'FFC000', 'C2', 0],
    ['a gold fill over another cell', 'FFC000', 'FFC000', 'A9', 0],
    ['a gold fill over a range holding the cell', 'FFC000', 'FFC000', 'A1:D9', 1],
  ])('%s', (_name, font, fill, sqref, found) => {
    expect(
      cprMessages(threeCells('010783-', 'Anna', '2001', styles(font, fill), 1, alwaysFormat(sqref))),
    ).toHaveLength(found);
  });
  test('a conditional format with a font of its own is judged by it (red on gold: seen)', () => {
    const s: StylesSpec = {
      fonts: ['<sz val="11"/><color rgb="FFFFC000"/><name val="Calibri"/>'],
      xfs: [[1, 0]],
      dxfs: [dxfLook('rgb="FFFF0000"', 'rgb="FFFFC000"')],
    };
    expect(cprMessages(threeCells('010783-', 'Anna', '2001', s, 1, alwaysFormat('C2')))).toHaveLength(0);
  });
});

describe("a formula kept in an attribute: a pivot table's calculated field (round 21)", () => {
  test.each([
    ['pieces joined', '"Borger 0107"&"83-2001"', 1],
    ['a count and a year', '"Antal "&"0107"&" i "&"2026"', 0],
    ['arithmetic', 'Timer*0107+832001', 0],
  ])('%s', (_name, formula, found) => {
    expect(cprMessages(pivotWithFormula(formula))).toHaveLength(found);
  });
});
