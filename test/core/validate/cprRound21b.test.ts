// CPR door, round 21b: rules for round 21's open probes (test/fixtures/cprRound21.ts), each rule's
// edges beside it. A run of a rich text on a gradient or a pattern fill is drawn on the colour the
// fill is seen as.

import {
  book,
  colour,
  header,
  override,
  richInline,
  richShared,
  type StylesSpec,
} from '../../fixtures/cprRound19';
import { rels } from '../../fixtures/hostile';
import { jpegExif, latin1 } from '../../fixtures/cprRound17';
import { listPicture } from '../../fixtures/cprRound20';
import { doorOutcome } from '../../fixtures/doorOutcome';
import { CT, DECL, NS_MAIN, NS_R, row, text } from '../../fixtures/sheetXml';

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

describe("a table in the workbook's own table style draws its cells in the style's look (round 21b)", () => {
  /** A table "Intern" over C1:C2 (its header C1) in the style named; C2 in cell style `cStyle`. */
  function table(styles: StylesSpec, styleName: string, show = '', cStyle?: number): Uint8Array {
    const xml =
      `${DECL}<table xmlns="${NS_MAIN}" id="1" name="Intern" displayName="Intern" ref="C1:C2" totalsRowShown="0">` +
      '<autoFilter ref="C1:C2"/><tableColumns count="1"><tableColumn id="1" name="Intern"/></tableColumns>' +
      `<tableStyleInfo name="${styleName}" showFirstColumn="0" showLastColumn="0" ${show}/></table>`;
    return book(
      header('Navn', 'Id', 'Intern', '') +
        row(
          2,
          text('A2', 'Anna Jensen') + text('B2', '010783-') + text('C2', 'x', cStyle) + text('D2', '2001'),
        ),
      {
        styles,
        after: '<tableParts count="1"><tablePart r:id="rIdT"/></tableParts>',
        sheetRels: [['rIdT', 'table', '../tables/table1.xml']],
        contentTypes: override('xl/tables/table1.xml', `${CT}.table+xml`),
        parts: [{ name: 'xl/tables/table1.xml', data: xml }],
      },
    );
  }
  const dxf = (font?: string, fill?: string): string =>
    (font === undefined ? '' : `<font><color rgb="FF${font}"/></font>`) +
    (fill === undefined
      ? ''
      : `<fill><patternFill patternType="solid"><bgColor rgb="FF${fill}"/></patternFill></fill>`);
  const style = (elements: string): string =>
    `<tableStyle name="Skjult" pivot="0" count="2">${elements}</tableStyle>`;
  const whole = style('<tableStyleElement type="wholeTable" dxfId="0"/>');
  test.each([
    ['a white font on no fill', [dxf('FFFFFF')], whole, 'Skjult', '', undefined, 1],
    ['a near white font on no fill', [dxf('FEFEFE')], whole, 'Skjult', '', undefined, 1],
    ['a blue font on a blue fill', [dxf('1F4E78', '1F4E78')], whole, 'Skjult', '', undefined, 1],
    ['a white font on a blue fill', [dxf('FFFFFF', '1F4E78')], whole, 'Skjult', '', undefined, 0],
    ['a red font', [dxf('FF0000')], whole, 'Skjult', '', undefined, 0],
    ['a white font, the cell filled blue of its own', [dxf('FFFFFF')], whole, 'Skjult', '', 1, 0],
    [
      'a white font, the table in a built-in style',
      [dxf('FFFFFF')],
      whole,
      'TableStyleMedium2',
      '',
      undefined,
      0,
    ],
    [
      'a white font with row stripes filled blue (rows differ: not judged)',
      [dxf('FFFFFF'), dxf(undefined, '1F4E78')],
      style(
        '<tableStyleElement type="wholeTable" dxfId="0"/><tableStyleElement type="firstRowStripe" dxfId="1"/>',
      ),
      'Skjult',
      'showRowStripes="1"',
      undefined,
      0,
    ],
    [
      'a white font only in the header row',
      [dxf('FFFFFF')],
      style('<tableStyleElement type="headerRow" dxfId="0"/>'),
      'Skjult',
      '',
      undefined,
      0,
    ],
    [
      'a white header font over a whole table in white on blue (the data row judged on blue)',
      [dxf('FFFFFF', '1F4E78'), dxf('FFFFFF')],
      style(
        '<tableStyleElement type="wholeTable" dxfId="0"/><tableStyleElement type="headerRow" dxfId="1"/>',
      ),
      'Skjult',
      '',
      undefined,
      0,
    ],
  ])('%s', (_name, dxfs, tableStyles, name, show, cStyle, found) => {
    const styles: StylesSpec = {
      dxfs,
      tableStyles,
      ...(cStyle === undefined ? {} : { fills: ['rgb="FF1F4E78"'], xfs: [[0, 2]] }),
    };
    expect(cprMessages(table(styles, name, show, cStyle))).toHaveLength(found);
  });
});

describe('a text pushed out of its cell by an indent or leading spaces (round 21b)', () => {
  /** B2, C2, D2 after a name, C2 in style 1 of the alignment given; <sheetFormatPr>/<cols> before. */
  const pushed = (c: string, alignment: string, before = '', b = '010783-', d = '2001'): Uint8Array =>
    book(
      header('Navn', 'Id', '', '') +
        row(2, text('A2', 'Anna Jensen') + text('B2', b) + text('C2', c, 1) + text('D2', d)),
      { styles: { xfs: [[0, 0, undefined, `<alignment ${alignment}/>`]] }, before },
    );
  const cols = (width: number): string =>
    `<cols><col min="3" max="3" width="${width}" customWidth="1"/></cols>`;
  test.each([
    ['indent 30, left', 'Anna', 'horizontal="left" indent="30"', '', 1],
    ['indent 9, left, in a column 8.43 wide', 'Anna', 'horizontal="left" indent="9"', cols(8.43), 1],
    ['indent 5, left (inside the column)', 'Anna', 'horizontal="left" indent="5"', '', 0],
    ['indent 30, left, in a column 40 wide', 'Anna', 'horizontal="left" indent="30"', cols(40), 0],
    ['indent 30, left, wrapped', 'Anna', 'horizontal="left" indent="30" wrapText="1"', '', 0],
    ['indent 30, left, shrunk to fit', 'Anna', 'horizontal="left" indent="30" shrinkToFit="1"', '', 0],
    ['indent 30, right (pushed out left, B2 holds a value)', 'Anna', 'horizontal="right" indent="30"', '', 1],
    [
      'indent 30, centred (Excel indents only left and right)',
      'Anna',
      'horizontal="center" indent="30"',
      '',
      0,
    ],
    ['200 leading spaces, general', `${' '.repeat(200)}Anna`, 'vertical="top"', '', 1],
    ['40 leading spaces (10 characters at the least)', `${' '.repeat(40)}Anna`, 'vertical="top"', '', 1],
    ['20 leading spaces (5 characters at the least)', `${' '.repeat(20)}Anna`, 'vertical="top"', '', 0],
    [
      '40 leading spaces, a default width of 5',
      `${' '.repeat(40)}Anna`,
      'vertical="top"',
      '<sheetFormatPr defaultColWidth="5"/>',
      1,
    ],
    [
      '40 leading spaces, a default width of 12',
      `${' '.repeat(40)}Anna`,
      'vertical="top"',
      '<sheetFormatPr defaultColWidth="12"/>',
      0,
    ],
    ['200 leading spaces, right aligned', `${' '.repeat(200)}Anna`, 'horizontal="right"', '', 0],
    ['200 leading spaces, wrapped', `${' '.repeat(200)}Anna`, 'wrapText="1"', '', 0],
    ['200 leading spaces, in a column 60 wide', `${' '.repeat(200)}Anna`, 'vertical="top"', cols(60), 0],
  ])('%s', (_name, c, alignment, before, found) => {
    expect(cprMessages(pushed(c, alignment, before))).toHaveLength(found);
  });
  test('nothing beside it on the side it is pushed to: the text runs on into that cell (seen)', () => {
    // C2 pushed right; D2 empty, E2 the second piece: C2's text shows over D2, between the pieces.
    const bytes = book(
      header('Navn', 'Id', '', '', '') +
        row(
          2,
          text('A2', 'Anna Jensen') + text('B2', '010783-') + text('C2', 'Anna', 1) + text('E2', '2001'),
        ),
      { styles: { xfs: [[0, 0, undefined, '<alignment horizontal="left" indent="30"/>']] } },
    );
    expect(cprMessages(bytes)).toHaveLength(0);
  });
  test.each([
    ['merged down (C2:C3): as wide as its column', 'C2:C3', '30', 'D2', 1],
    ['merged across (C2:D2), the piece in E2: 30 past both columns', 'C2:D2', '30', 'E2', 1],
    ['merged across (C2:D2), the piece in E2: 15 inside both columns', 'C2:D2', '15', 'E2', 0],
  ])('a merged range: %s', (_name, merge, indent, second, found) => {
    const bytes = book(
      header('Navn', 'Id', '', '', '') +
        row(
          2,
          text('A2', 'Anna Jensen') + text('B2', '010783-') + text('C2', 'Anna', 1) + text(second, '2001'),
        ),
      {
        styles: { xfs: [[0, 0, undefined, `<alignment horizontal="left" indent="${indent}"/>`]] },
        after: `<mergeCells count="1"><mergeCell ref="${merge}"/></mergeCells>`,
      },
    );
    expect(cprMessages(bytes)).toHaveLength(found);
  });
});

describe('a cell under an opaque picture is not seen (round 21b)', () => {
  /** One pixel, dark blue, RGB (no alpha), and the same with that colour transparent (tRNS). */
  const RGB_PNG =
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGOQ96sAAAF1AOZYX5+PAAAAAElFTkSuQmCC';
  const TRNS_PNG =
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAABnRSTlMAHwBOAHiozF4GAAAADElEQVR4nGOQ96sAAAF1AOZYX5+PAAAAAElFTkSuQmCC';
  /** The half-transparent red RGBA pixel round 20's pictures use. */
  const RGBA_PNG =
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
  const png = (b64: string) => ({
    name: 'image1.png',
    type: 'image/png',
    data: Uint8Array.from(Buffer.from(b64, 'base64')),
  });
  const jpeg = {
    name: 'image1.jpeg',
    type: 'image/jpeg',
    data: jpegExif(0x010e, 2, latin1('Logo\u0000')),
  };
  /** The pieces in B2 and D2, "x" in C2, the picture from the cell given (column, row) of the size given. */
  const covered = (
    media: { name: string; type: string; data: Uint8Array },
    from: readonly [number, number],
    size: readonly [number, number],
  ): Uint8Array =>
    listPicture({
      media,
      from,
      size,
      rows:
        header('Navn', 'Id', '', '') +
        row(2, text('A2', 'Anna Jensen') + text('B2', '010783-') + text('C2', 'x') + text('D2', '2001')),
    });
  // A column of the default width is 64 pixels (609,600 EMU), a row 15 points (190,500 EMU).
  test.each([
    ['an RGB PNG over C2 exactly', png(RGB_PNG), [2, 1], [609600, 190500], 1],
    ['a JPEG over C2 exactly', jpeg, [2, 1], [609600, 190500], 1],
    ['a JPEG over C1:C3', jpeg, [2, 0], [609600, 3 * 190500], 1],
    ['a JPEG a pixel short of C2', jpeg, [2, 1], [600075, 190500], 0],
    ['a JPEG over C2 less a row a pixel', jpeg, [2, 1], [609600, 180975], 0],
    ['a JPEG over D2 (C2 seen)', jpeg, [3, 1], [609600, 190500], 0],
    ['an RGB PNG with a transparent colour', png(TRNS_PNG), [2, 1], [609600, 190500], 0],
    ['an RGBA PNG (it may be see-through; this one is half)', png(RGBA_PNG), [2, 1], [609600, 190500], 0],
  ] as const)('%s', (_name, media, from, size, found) => {
    expect(cprMessages(covered(media, from, size))).toHaveLength(found);
  });

  /** A JPEG anchored from cell to cell (twoCellAnchor): from C2 (at the offset given) to the marker given. */
  function twoCell(fromOff: number, to: readonly [number, number, number]): Uint8Array {
    const marker = (c: number, cOff: number, r: number): string =>
      `<xdr:col>${c}</xdr:col><xdr:colOff>${cOff}</xdr:colOff><xdr:row>${r}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    const drawing =
      `${DECL}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_R}">` +
      `<xdr:twoCellAnchor><xdr:from>${marker(2, fromOff, 1)}</xdr:from><xdr:to>${marker(...to)}</xdr:to>` +
      '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Logo"/><xdr:cNvPicPr/></xdr:nvPicPr>' +
      '<xdr:blipFill><a:blip r:embed="rIdImg"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>' +
      '<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';
    return book(
      header('Navn', 'Id', '', '') +
        row(2, text('A2', 'Anna Jensen') + text('B2', '010783-') + text('C2', 'x') + text('D2', '2001')),
      {
        after: '<drawing r:id="rIdD"/>',
        sheetRels: [['rIdD', 'drawing', '../drawings/drawing1.xml']],
        contentTypes:
          override('xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml') +
          '<Default Extension="jpeg" ContentType="image/jpeg"/>',
        parts: [
          { name: 'xl/drawings/drawing1.xml', data: drawing },
          {
            name: 'xl/drawings/_rels/drawing1.xml.rels',
            data: rels([['rIdImg', 'image', '../media/image1.jpeg']]),
          },
          { name: 'xl/media/image1.jpeg', data: jpeg.data },
        ],
      },
    );
  }
  test.each([
    ['from C2 to D3 (C2 whole)', 0, [3, 0, 2], 1],
    ['from C2 to the middle of D3 (C2 whole)', 0, [3, 300000, 2], 1],
    ['from C2 to the middle of C3 (C2 cut)', 0, [2, 300000, 2], 0],
    ['from the middle of C2 to D3 (C2 cut)', 300000, [3, 0, 2], 0],
  ] as const)('a JPEG anchored %s', (_name, fromOff, to, found) => {
    expect(cprMessages(twoCell(fromOff, to))).toHaveLength(found);
  });
});
