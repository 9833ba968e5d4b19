// CPR door, round 26 (test/fixtures/cprRound26.ts): what round 25 left open (a cell under a picture
// partly see-through whose letters stand where its alignment puts them; a shape, a GIF or a JPEG
// over a cell; a picture over more than 4,096 cells) and forms that are new (a number split by a
// line break, a text stacked or turned, a merge's covered cells, a chart's labels from cells,
// neighbouring cells' number formats). Each probe's workbook is refused for its number with the
// place named, or (a control) accepted; nothing the inspection returns repeats the number. A probe
// marked `before` is one the product read wrongly before round 26's rules.

import { num, row, text } from '../../fixtures/sheetXml';
import { header } from '../../fixtures/cprRound19';
import { listPicture } from '../../fixtures/cprRound20';
import {
  ALIGNED,
  gif,
  LARGE,
  largePng,
  overC2,
  png,
  rectangle,
  ROUND26_HTTP,
  ROUND26_PROBES,
} from '../../fixtures/cprRound26';
import { doorOutcome } from '../../fixtures/doorOutcome';
import { describeDoorRound } from '../../fixtures/doorRound';
import { gifOpaque } from '../../../core/xlsx/png';

describeDoorRound(26, ROUND26_PROBES, { probes: 25, controls: 12 });

test("the door campaign's selection: each new rule's probe and the controls it could refuse", () => {
  expect(ROUND26_HTTP).toHaveLength(10);
  expect(ROUND26_HTTP.filter((p) => p.outcome === 'accepted')).toHaveLength(5);
});

// The pieces of the focused cases: B2 and D2 read as one number where C2 is hidden.
const found = (bytes: Uint8Array): number => {
  const o = doorOutcome(bytes);
  return o.kind === 'cpr' ? o.messages.length : -1;
};

describe('a cell under a partly see-through picture: its letters where its alignment puts them (round 26)', () => {
  const LEFT = (x: number): boolean => x < 4;
  const RIGHT = (x: number): boolean => x >= 4;
  const MIDDLE = (x: number): boolean => x >= 2 && x < 6;
  const TEXT = text('C2', 'x', 1);
  const NUMBER = num('C2', 7, 1);
  const TRUTH = '<c r="C2" s="1" t="b"><v>1</v></c>';
  test.each([
    ['general text, opaque left', '', TEXT, LEFT, 1],
    ['general text, opaque right', '', TEXT, RIGHT, 0],
    ['general number, opaque right', '', NUMBER, RIGHT, 1],
    ['general number, opaque left', '', NUMBER, LEFT, 0],
    ['general truth value, opaque middle', '', TRUTH, MIDDLE, 1],
    ['general truth value, opaque left', '', TRUTH, LEFT, 0],
    ['text aligned right, opaque right', 'horizontal="right"', TEXT, RIGHT, 1],
    ['text aligned right, opaque left', 'horizontal="right"', TEXT, LEFT, 0],
    ['number aligned left, opaque left', 'horizontal="left"', NUMBER, LEFT, 1],
    ['number aligned left, opaque right', 'horizontal="left"', NUMBER, RIGHT, 0],
    ['text centred, opaque middle', 'horizontal="center"', TEXT, MIDDLE, 1],
    ['text centred, opaque left', 'horizontal="center"', TEXT, LEFT, 0],
    ['text centred across, opaque middle', 'horizontal="centerContinuous"', TEXT, MIDDLE, 1],
    ['text repeated to fill, opaque left', 'horizontal="fill"', TEXT, LEFT, 0],
    ['text repeated to fill, opaque all', 'horizontal="fill"', TEXT, () => true, 1],
  ])('%s', (_name, attrs, c, opaque, n) => {
    const styles = attrs === '' ? { xfs: [[0, 0] as const] } : ALIGNED(attrs);
    expect(found(overC2({ b: '300487-', c, d: '2530', styles, media: png(opaque) }))).toBe(n);
  });
});

describe('a partly see-through picture over more than 4,096 cells: the cells holding a value judged (round 26)', () => {
  // A picture over C2:CX101 (a pixel a cell), see-through over D2 (and over C2 where asked).
  test.each([
    ['opaque over C2', (x: number, y: number) => x === 1 && y === 0, 1],
    ['see-through over C2', (x: number, y: number) => x <= 1 && y === 0, 0],
  ])('%s', (_name, seeThrough, n) => {
    expect(
      found(
        overC2({ b: '300487-', c: text('C2', 'x'), d: '2530', size: LARGE, media: largePng(seeThrough) }),
      ),
    ).toBe(n);
  });
  test('a cell far inside the picture judged where the picture lies over it', () => {
    // See-through over C2 and over D80: C2 shows; C80, under an opaque pixel, is hidden (B80 and
    // D80 read as one number).
    const rows =
      header('Navn', 'Id', '', '') +
      row(2, text('A2', 'Anna Jensen') + text('B2', '240790-') + text('C2', 'kl.') + text('D2', '1234')) +
      row(80, text('A80', 'Bo Hansen') + text('B80', '300487-') + text('C80', 'x') + text('D80', '2530'));
    const bytes = listPicture({
      from: [2, 1],
      size: LARGE,
      media: largePng((x, y) => (x === 0 && y === 0) || (x === 1 && y === 78)),
      rows,
    });
    const o = doorOutcome(bytes);
    expect(o.kind === 'cpr' ? o.messages.map((m) => m.en).join(' ') : '').toMatch(/'Deltagere'!B80:D80/);
    expect(found(bytes)).toBe(1);
  });
});

describe('a picture taller than 1,024 rows covers the rows below them (round 26)', () => {
  // One column by 5,000 rows from C2 (a oneCellAnchor's size): the pieces in row 2,000 around C2000.
  const tall = (media: ReturnType<typeof png>): Uint8Array =>
    listPicture({
      from: [2, 1],
      size: [609600, 5000 * 190500],
      media,
      rows:
        header('Navn', 'Id', '', '') +
        row(2, text('A2', 'Anna Jensen') + text('B2', 'Se') + text('C2', 'kl.') + text('D2', 'planen')) +
        row(
          2000,
          text('A2000', 'Bo Hansen') + text('B2000', '300487-') + text('C2000', 'x') + text('D2000', '2530'),
        ),
    });
  test.each([
    ['opaque', () => true, 1],
    ['partly see-through, opaque over C2000', (x: number, y: number) => x < 7 || y < 7, 1],
    ['partly see-through, see-through over C2000', (_x: number, y: number) => y !== 3, 0],
  ])('%s', (_name, opaque, n) => {
    const bytes = tall(png(opaque));
    expect(found(bytes)).toBe(n);
    if (n === 1) {
      const o = doorOutcome(bytes);
      expect(o.kind === 'cpr' ? o.messages.map((m) => m.en).join(' ') : '').toMatch(
        /'Deltagere'!B2000:D2000/,
      );
    }
  });
});

describe('a shape in a solid fill over a cell hides its text (round 26)', () => {
  const STYLE =
    '<xdr:style><a:lnRef idx="2"><a:schemeClr val="accent1"/></a:lnRef><a:fillRef idx="1"><a:schemeClr val="accent1"/></a:fillRef>' +
    '<a:effectRef idx="0"><a:schemeClr val="accent1"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></xdr:style>';
  const withStyle = (sp: string): string => sp.replace('</xdr:spPr>', `</xdr:spPr>${STYLE}`);
  test.each([
    ['a solid fill of its own', rectangle('<a:solidFill><a:srgbClr val="000000"/></a:solidFill>'), 1],
    [
      'a gradient of its own',
      rectangle(
        '<a:gradFill><a:gsLst><a:gs pos="0"><a:srgbClr val="FFFFFF"/></a:gs><a:gs pos="100000"><a:srgbClr val="000000"/></a:gs></a:gsLst></a:gradFill>',
      ),
      1,
    ],
    ['no fill of its own, its style fills it', withStyle(rectangle('')), 1],
    ['no fill', withStyle(rectangle('<a:noFill/>')), 0],
    [
      'a solid fill 50 % see-through',
      rectangle('<a:solidFill><a:srgbClr val="000000"><a:alpha val="50000"/></a:srgbClr></a:solidFill>'),
      0,
    ],
    [
      'a pattern',
      rectangle(
        '<a:pattFill prst="pct5"><a:fgClr><a:srgbClr val="000000"/></a:fgClr><a:bgClr><a:srgbClr val="FFFFFF"/></a:bgClr></a:pattFill>',
      ),
      0,
    ],
    [
      'an ellipse',
      rectangle('<a:solidFill><a:srgbClr val="000000"/></a:solidFill>').replace(
        'prst="rect"',
        'prst="ellipse"',
      ),
      0,
    ],
    [
      'hidden',
      rectangle('<a:solidFill><a:srgbClr val="000000"/></a:solidFill>').replace(
        'name="Rektangel 1"',
        'name="Rektangel 1" hidden="1"',
      ),
      0,
    ],
    [
      'turned',
      rectangle('<a:solidFill><a:srgbClr val="000000"/></a:solidFill>').replace(
        '<a:xfrm>',
        '<a:xfrm rot="5100000">',
      ),
      0,
    ],
  ])('%s', (_name, object, n) => {
    expect(found(overC2({ b: '300487-', c: text('C2', 'x'), d: '2530', object }))).toBe(n);
  });
});

describe('a GIF draws every pixel when no frame is see-through (round 26)', () => {
  const opaque = gif(false).data;
  const transparent = gif(true).data;
  // The graphic control extension's disposal 2 (the frame's place cleared to what is under it).
  const cleared = Uint8Array.from([
    ...opaque.subarray(0, 19),
    0x21,
    0xf9,
    4,
    2 << 2,
    0,
    0,
    0,
    0,
    ...opaque.subarray(19),
  ]);
  // The first frame one pixel narrower than the picture.
  const narrow = opaque.slice();
  narrow[19 + 5] = 1;
  test.each([
    ['no transparent colour', opaque, true],
    ['a transparent colour', transparent, false],
    ['a frame cleared to what is under it', cleared, false],
    ['a first frame smaller than the picture', narrow, false],
    ['cut short', opaque.subarray(0, 22), false],
    ['no frame', Uint8Array.from([...opaque.subarray(0, 19), 0x3b]), false],
  ])('%s', (_name, data, expected) => {
    expect(gifOpaque(data)).toBe(expected);
    expect(
      found(
        overC2({
          b: '300487-',
          c: text('C2', 'x'),
          d: '2530',
          media: { name: 'image1.gif', type: 'image/gif', data },
        }),
      ),
    ).toBe(expected ? 1 : 0);
  });
});
