// CPR door, round 20 (test/fixtures/cprRound20.ts): the forms of text hidden by its colour round 19
// left open (a conditional format in the sheet's extLst, a conditional format's font on the cell's
// own fill or its fill under a run, a shape filled through its style or in a theme colour with
// modifiers, a run taking its shape's style font, colours near what they are drawn on, a header's
// theme colour, a note's own fill), cells that show nothing for other reasons (a 1-point font, a
// number format that shows nothing or in white, a column 0 wide or hidden with text in it), custom
// XML records, and new forms of old places. Each probe's workbook is refused for its number with the
// place named, or (a control) accepted; nothing the inspection returns repeats the number. A probe
// marked `before` is one the product read wrongly before round 20's rules. Beside them, each rule's
// edges.

import {
  DEFAULT_INDEXED,
  defaultThemeColours,
  headerFooterColour,
  looksAlike,
} from '../../../core/xlsx/theme';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { formatHides, HIDES_NUMBERS, HIDES_TEXT } from '../../../core/xlsx/workbook';
import {
  book,
  colour,
  header,
  headerFooter,
  richInline,
  richShared,
  runs,
  threeCells,
} from '../../fixtures/cprRound19';
import {
  alwaysFormat,
  colouredNote,
  customXml,
  dxfLook,
  FORMAT,
  ROUND20_HTTP,
  ROUND20_PROBES,
  shape,
  SHAPE_STYLE,
  withColumns,
  x14Format,
} from '../../fixtures/cprRound20';
import { doorOutcome } from '../../fixtures/doorOutcome';
import { describeDoorRound } from '../../fixtures/doorRound';
import { num, row, text } from '../../fixtures/sheetXml';

describeDoorRound(20, ROUND20_PROBES, { probes: 30, controls: 15 });

const LIGHTER_80 = '<a:lumMod val="20000"/><a:lumOff val="80000"/>';
const LIGHTER_40 = '<a:lumMod val="60000"/><a:lumOff val="40000"/>';

test("the door campaign's selection: each new rule's probe and the controls it could refuse", () => {
  expect(ROUND20_HTTP).toHaveLength(18);
  expect(ROUND20_HTTP.filter((p) => p.outcome === 'accepted')).toHaveLength(7);
});

const cprMessages = (bytes: Uint8Array): string[] => {
  const o = doorOutcome(bytes);
  return o.kind === 'cpr' ? o.messages.map((m) => m.en) : [`refused: ${o.code}`];
};
const pieces = (pr: string): [string, string][] => [
  ['Borger 0107', ''],
  ['x', pr],
  ['90-2001', ''],
];
const drawn = (pr: string): [string, string][] => [
  ['Borger 0107', ''],
  ['x', pr],
  ['90-2001', ''],
];
const srgbFill = (hex: string): string => `<a:solidFill><a:srgbClr val="${hex}"/></a:solidFill>`;
const schemeFill = (name: string, mods = ''): string =>
  `<a:solidFill><a:schemeClr val="${name}">${mods}</a:schemeClr></a:solidFill>`;

describe('colours alike to the eye (round 20)', () => {
  test.each([
    ['equal', 'FFC000', 'FFC000', true],
    ['FEFEFE on white', 'FEFEFE', 'FFFFFF', true],
    ["F2F2F2 (Excel's white darker 5 %) on white", 'F2F2F2', 'FFFFFF', true],
    ['D9D9D9 (darker 15 %) on white', 'D9D9D9', 'FFFFFF', false],
    ['0D0D0D on black', '0D0D0D', '000000', true],
    ['262626 on black', '262626', '000000', false],
    ['one tint of grey on the next', 'DBDBDB', 'C9C9C9', false],
    ["white on Gnumeric's note yellow (one lightness, a pale colour)", 'FFFFFF', 'FFFFC0', true],
    ['FFFFCC on white', 'FFFFCC', 'FFFFFF', true],
    ['yellow on white (its colour is seen)', 'FFFF00', 'FFFFFF', false],
    ['red on a grey of its lightness', 'FF0000', '7F7F7F', false],
    ['light blue DDEBF7 on white', 'DDEBF7', 'FFFFFF', false],
    ['not a colour', '?', 'FFFFFF', false],
  ])('%s', (_name, a, b, alike) => {
    expect(looksAlike(a, b)).toBe(alike);
    expect(looksAlike(b, a)).toBe(alike);
  });
});

describe('a run in a colour near its cell fill (round 20)', () => {
  const black = { fonts: [], fills: ['rgb="FF000000"'], xfs: [[0, 2]] as [number, number][] };
  test.each([
    ['FEFEFE on white', 'rgb="FFFEFEFE"', {}, 0, 1],
    ['white darker 5 % (theme 0, tint -0.05) on white', 'theme="0" tint="-4.9989318521683403E-2"', {}, 0, 1],
    ['D9D9D9 on white', 'rgb="FFD9D9D9"', {}, 0, 0],
    ['0D0D0D on black', 'rgb="FF0D0D0D"', black, 1, 1],
    ['262626 on black', 'rgb="FF262626"', black, 1, 0],
    ['FFFFCC on white', 'rgb="FFFFFFCC"', {}, 0, 1],
    ['yellow on white', 'rgb="FFFFFF00"', {}, 0, 0],
  ])('%s', (_name, pr, styles, style, found) => {
    expect(cprMessages(richInline(pieces(colour(pr)), styles, style))).toHaveLength(found);
    expect(cprMessages(richShared(pieces(colour(pr)), styles, style))).toHaveLength(found);
  });
  test('two near whites in one text are left out together', () => {
    const runs: [string, string][] = [
      ['Borger 0107', ''],
      ['x', colour('rgb="FFFFFFFF"')],
      ['90', ''],
      ['y', colour('rgb="FFFEFEFE"')],
      ['-2001', ''],
    ];
    expect(cprMessages(richShared(runs, {}, 0))).toHaveLength(1);
  });
  test.each([
    ['a cell style whose font is FEFEFE on no fill', 'rgb="FFFEFEFE"', 1],
    ['a cell style whose font is D9D9D9 on no fill', 'rgb="FFD9D9D9"', 0],
  ])('%s, between pieces', (_name, font, found) => {
    const styles = {
      fonts: [`<sz val="11"/><color ${font}/><name val="Calibri"/>`],
      xfs: [[1, 0]] as [number, number][],
    };
    expect(cprMessages(threeCells('010790-', 'Anna', '2001', styles, 1))).toHaveLength(found);
  });
});

describe("a shape's colours with their modifiers, its style's fill and font (round 20)", () => {
  test.each([
    ['fill lighter 80 %, run its RGB', schemeFill('accent1', LIGHTER_80), srgbFill('DAE3F3'), 1],
    ['fill its RGB, run lighter 80 %', srgbFill('DAE3F3'), schemeFill('accent1', LIGHTER_80), 1],
    ['fill lighter 80 %, run the accent itself', schemeFill('accent1', LIGHTER_80), schemeFill('accent1'), 0],
    [
      'fill lighter 80 %, run lighter 40 %',
      schemeFill('accent1', LIGHTER_80),
      schemeFill('accent1', LIGHTER_40),
      0,
    ],
    [
      'white fill, run shaded to black (shade 0)',
      srgbFill('FFFFFF'),
      schemeFill('bg1', '<a:shade val="0"/>'),
      0,
    ],
    ['black fill, run white shaded to black', srgbFill('000000'), schemeFill('bg1', '<a:shade val="0"/>'), 1],
    ['white fill, run black tinted to white', srgbFill('FFFFFF'), schemeFill('tx1', '<a:tint val="0"/>'), 1],
  ])('%s', (_name, boxFill, runFill, found) => {
    expect(cprMessages(shape(boxFill, '', drawn(runFill), '', true))).toHaveLength(found);
  });
  test.each([
    ["the style's fill (accent 1), the run accent 1", '', SHAPE_STYLE, schemeFill('accent1'), 1],
    ["the style's fill, the run white", '', SHAPE_STYLE, srgbFill('FFFFFF'), 0],
    [
      "a fill of its own (white) over the style's, the run accent 1",
      srgbFill('FFFFFF'),
      SHAPE_STYLE,
      schemeFill('accent1'),
      0,
    ],
    ['no fill of its own (drawn on white), the run white', '<a:noFill/>', SHAPE_STYLE, srgbFill('FFFFFF'), 1],
    [
      'a gradient of its own: its colour is not one',
      '<a:gradFill><a:gsLst><a:gs pos="0"><a:srgbClr val="4472C4"/></a:gs><a:gs pos="100000"><a:srgbClr val="4472C4"/></a:gs></a:gsLst></a:gradFill>',
      SHAPE_STYLE,
      schemeFill('accent1'),
      0,
    ],
  ])('%s', (_name, own, style, runFill, found) => {
    expect(cprMessages(shape(own, style, drawn(runFill)))).toHaveLength(found);
  });
  test.each([
    ["white fill of its own, the run takes the style's white font", srgbFill('FFFFFF'), SHAPE_STYLE, 1],
    ["the style's blue fill, the run takes the style's white font", '', SHAPE_STYLE, 0],
    ['white fill, no style: the run is black', srgbFill('FFFFFF'), '', 0],
  ])('%s', (_name, own, style, found) => {
    const runs: [string, string][] = [
      ['Borger 0107', srgbFill('000000')],
      ['x', ''],
      ['90-2001', srgbFill('000000')],
    ];
    expect(cprMessages(shape(own, style, runs))).toHaveLength(found);
  });
});

describe('conditional formats: in the extLst, a font on the cell fill, a fill under a run (round 20)', () => {
  const hide = dxfLook('rgb="FFFFC7CE"', 'rgb="FFFFC7CE"');
  test.each([
    ['x14 font and fill one colour', hide, 1],
    ['x14 font and fill alike (FFC7CE, FFC8CF)', dxfLook('rgb="FFFFC7CE"', 'rgb="FFFFC8CF"'), 1],
    ['x14 red font on a light red fill', dxfLook('rgb="FF9C0006"', 'rgb="FFFFC7CE"'), 0],
    ['x14 white font, no fill (on white)', dxfLook('theme="0"', undefined), 1],
    ['x14 fill only', dxfLook(undefined, 'rgb="FFFFC7CE"'), 0],
  ])('%s, on the cell between pieces', (_name, dxf, found) => {
    expect(cprMessages(threeCells('010790-', 'Anna', '2001', {}, 0, x14Format('C2', dxf)))).toHaveLength(
      found,
    );
  });
  test('x14 on a range and a cell of several', () => {
    expect(
      cprMessages(threeCells('010790-', 'Anna', '2001', {}, 0, x14Format('A9 C1:C3', hide))),
    ).toHaveLength(1);
  });
  const gold = { fills: ['rgb="FFFFC000"'], xfs: [[0, 2]] as [number, number][] };
  test.each([
    ['a gold font on the gold cell', 'rgb="FFFFC000"', gold, 1],
    [
      'a gold font on a cell without fill',
      'rgb="FFFFC000"',
      { ...gold, xfs: [[0, 0]] as [number, number][] },
      0,
    ],
    ['a red font on the gold cell', 'rgb="FFFF0000"', gold, 0],
  ])('a conditional format setting only the font: %s', (_name, font, styles, found) => {
    const withDxf = { ...styles, dxfs: [dxfLook(font, undefined)] };
    expect(cprMessages(threeCells('010790-', 'ok', '2001', withDxf, 1, alwaysFormat('C2')))).toHaveLength(
      found,
    );
  });
  test.each([
    ['a yellow run under a yellow conditional fill', 'rgb="FFFFFF00"', 'B2', 1],
    ['a yellow run, the fill over another cell', 'rgb="FFFFFF00"', 'C2', 0],
    ['a red run under a yellow conditional fill', 'rgb="FFFF0000"', 'B2', 0],
  ])('%s', (_name, pr, sqref, found) => {
    const bytes = book(
      header('Navn', 'Note') +
        row(
          2,
          text('A2', 'Anna Jensen') + `<c r="B2" t="inlineStr"><is>${runs(pieces(colour(pr)))}</is></c>`,
        ),
      { styles: { dxfs: [dxfLook(undefined, 'rgb="FFFFFF00"')] }, after: alwaysFormat(sqref) },
    );
    expect(cprMessages(bytes)).toHaveLength(found);
  });
});

describe("a header's theme colours and near whites (round 20)", () => {
  test.each([
    ['&K00+000: the theme white', '&amp;LBorger 0107&amp;K00+000x&amp;K01+00090-2001', 1],
    ['&K00-005: the theme white darker 5 %', '&amp;LBorger 0107&amp;K00-005x&amp;K01+00090-2001', 1],
    ['&K00-050: the theme white darker 50 %', '&amp;LBorger 0107&amp;K00-050x&amp;K01+00090-2001', 0],
    ['&K04+000: accent 1', '&amp;LBorger 0107&amp;K04+000x&amp;K01+00090-2001', 0],
    ['&KFEFEFE', '&amp;LBorger 0107&amp;KFEFEFEx&amp;K00000090-2001', 1],
    ['&KD9D9D9', '&amp;LBorger 0107&amp;KD9D9D9x&amp;K00000090-2001', 0],
  ])('%s', (_name, h, found) => {
    expect(cprMessages(headerFooter(`<oddHeader>${h}</oddHeader>`))).toHaveLength(found);
  });
  test.each([
    ['&K00+000', 'FFFFFF'],
    ['&K01+000', '000000'],
    ['&K04+000', '4472C4'],
    ['&KFEFEFE', 'FEFEFE'],
    ['&K99+000', undefined],
  ])('%s', (code, colour) => {
    expect(headerFooterColour(code, defaultThemeColours())).toBe(colour);
  });
});

describe('cells that show nothing: a 1-point font, a format that shows nothing or in the fill (round 20)', () => {
  test.each([
    [
      '1-point font',
      { fonts: ['<sz val="1"/><name val="Calibri"/>'], xfs: [[1, 0]] as [number, number][] },
      1,
    ],
    [
      '2-point font',
      { fonts: ['<sz val="2"/><name val="Calibri"/>'], xfs: [[1, 0]] as [number, number][] },
      0,
    ],
    [';;;', FORMAT(';;;'), 1],
    ['[White]@', FORMAT('[White]@'), 1],
    ["[Color2]@ (the palette's white)", FORMAT('[Color2]@'), 1],
    ["[Color10]@ (the palette's red)", FORMAT('[Color10]@'), 0],
    ['[Red]@', FORMAT('[Red]@'), 0],
    [';;; shows nothing, but ;; shows text', FORMAT('0;-0;'), 0],
    [
      'a yellow text section on a yellow fill',
      {
        formats: ['0;-0;0;[Yellow]@'],
        fills: ['rgb="FFFFFF00"'],
        xfs: [[0, 2, 164]] as [number, number, number][],
      },
      1,
    ],
    [
      'a white text section on a dark fill',
      {
        formats: ['0;-0;0;[White]@'],
        fills: ['rgb="FF1F4E78"'],
        xfs: [[0, 2, 164]] as [number, number, number][],
      },
      0,
    ],
    ['a text of spaces', FORMAT('"  "'), 0],
    ['a fill of dashes shows (*-)', FORMAT('0;-0;0;*-'), 0],
    ['a fill of spaces shows nothing (* )', FORMAT('0;-0;0;* '), 1],
  ])('a text cell between pieces in %s', (_name, styles, found) => {
    expect(cprMessages(threeCells('010790-', 'Anna', '2001', styles, 1))).toHaveLength(found);
  });
  test.each([
    ['a number in ;;;', ';;;', 1],
    ['a number in [White]@ (its text section only)', '[White]@', 0],
    ['a number in [White]0;[White]-0;[White]0', '[White]0;[White]-0;[White]0', 1],
    ['a number in [White]0;[Red]-0', '[White]0;[Red]-0', 0],
  ])('%s between pieces', (_name, format, found) => {
    const bytes = book(
      header('Navn', 'Id', '', '') +
        row(2, text('A2', 'Anna Jensen') + text('B2', '010790-') + num('C2', 7, 1) + text('D2', '2001')),
      { styles: FORMAT(format) },
    );
    expect(cprMessages(bytes)).toHaveLength(found);
  });
  // Gnumeric numbers the workbook's own formats from 100, not 164 (its copies of these probes,
  // test/fixtures/writers/cpr20/gnumeric/): a format <numFmts> defines is the cell's whatever its id.
  test.each([
    ['[White]@', 1],
    [';;;', 1],
    ['[Red]@', 0],
  ])('a text cell between pieces in %s numbered 100, as Gnumeric numbers it', (format, found) => {
    const files = unzipSync(threeCells('010790-', 'Anna', '2001', FORMAT(format), 1));
    const styles = strFromU8(files['xl/styles.xml']!).replace(/numFmtId="164"/g, 'numFmtId="100"');
    expect(styles).not.toContain('164');
    files['xl/styles.xml'] = strToU8(styles);
    expect(cprMessages(zipSync(files))).toHaveLength(found);
  });
  test.each([
    [';;;', 'FFFFFF', HIDES_TEXT | HIDES_NUMBERS],
    ['[White]@', 'FFFFFF', HIDES_TEXT],
    ['[White]General', 'FFFFFF', HIDES_NUMBERS],
    ['[White]@', '1F4E78', 0],
    ['"[White]"@', 'FFFFFF', 0],
    ['0.00', 'FFFFFF', 0],
  ])('formatHides(%s) on %s', (code, fill, hides) => {
    expect(formatHides(code, fill, DEFAULT_INDEXED)).toBe(hides);
  });
});

describe("a note's own fill (round 20)", () => {
  test.each([
    ['a green note, a green run', '#c6efce', 'rgb="FFC6EFCE"', 1],
    ['a green note, a white run', '#c6efce', 'rgb="FFFFFFFF"', 0],
    ['a dark note, a white run', '#1f4e78', 'rgb="FFFFFFFF"', 0],
    ["Gnumeric's note yellow, a white run", '#ffffc0', 'rgb="FFFFFFFF"', 1],
    ['a note named yellow, a yellow run', 'yellow', 'rgb="FFFFFF00"', 1],
    ["a system colour (Excel's yellow), a white run", 'infoBackground [80]', 'rgb="FFFFFFFF"', 1],
    ["a system colour (Excel's yellow), a red run", 'infoBackground [80]', 'rgb="FFFF0000"', 0],
  ])('%s', (_name, fill, pr, found) => {
    expect(cprMessages(colouredNote(pieces(colour(pr)), fill))).toHaveLength(found);
  });
});

describe('a column that shows nothing between pieces (round 20)', () => {
  const rows =
    header('Navn', 'Id', 'Skjult', '') +
    row(2, text('A2', 'Anna Jensen') + text('B2', '010790-') + text('C2', 'x') + text('D2', '2001'));
  test.each([
    ['width 0', '<col min="3" max="3" width="0" customWidth="1"/>', 1],
    ['width 0.3', '<col min="3" max="3" width="0.3" customWidth="1"/>', 1],
    ['width 1', '<col min="3" max="3" width="1" customWidth="1"/>', 0],
    ['hidden, its width kept', '<col min="3" max="3" width="9.140625" hidden="1" customWidth="1"/>', 1],
    ['a column seen', '<col min="3" max="3" width="9.140625" customWidth="1"/>', 0],
  ])('%s', (_name, cols, found) => {
    expect(cprMessages(withColumns(cols, rows))).toHaveLength(found);
  });
});

test('a piece in a hidden column beside the serial is still found (it is in the file)', () => {
  const rows =
    header('Navn', 'Skjult', 'Nr') +
    row(2, text('A2', 'Anna Jensen') + text('B2', '010790-') + text('C2', '2001'));
  expect(
    cprMessages(withColumns('<col min="2" max="2" width="0" hidden="1" customWidth="1"/>', rows)),
  ).toHaveLength(1);
});

describe('custom XML records (round 20)', () => {
  test.each([
    ['birth date and serial', '<Foedselsdato>010790</Foedselsdato><Loebenummer>2001</Loebenummer>', 1],
    ['a date with a dash and four digits', '<Dato>010790-</Dato><Nr>2001</Nr>', 1],
    ['a date and a count', '<Dato>010790</Dato><Antal>2001</Antal>', 0],
    ['one field', '<Foedselsdato>010790</Foedselsdato>', 0],
    [
      'the serial in a field of a field',
      '<Foedselsdato>010790</Foedselsdato><Nr><Loebenummer>2001</Loebenummer></Nr>',
      0,
    ],
  ])('%s', (_name, fields, found) => {
    expect(
      cprMessages(customXml(`<Liste xmlns="urn:x"><Post><Navn>Anna</Navn>${fields}</Post></Liste>`)),
    ).toHaveLength(found);
  });
});
