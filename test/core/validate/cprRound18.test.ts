// CPR door, round 18 (test/fixtures/cprRound18.ts): tables kept outside the sheets (a pivot cache's
// records, a table drawn in a text box), runs no one sees in colours other than white RGB, headers
// and labels as exports write them, the whole number in pairs, a format's currency text, an input
// message's title and text. Each probe's workbook is refused for its number with the place named,
// or (a control) accepted; nothing the inspection returns repeats the number. A probe marked
// `before` is one the product read wrongly before round 18's rules.

import { holdsCpr } from '../../../core/redact';
import { containsCpr, maskCpr } from '../../../core/validate/cpr';
import {
  chart,
  drawnTable,
  pivotCache,
  richCell,
  ROUND18_HTTP,
  ROUND18_PROBES,
  textBox,
  validation,
} from '../../fixtures/cprRound18';
import { doorOutcome } from '../../fixtures/doorOutcome';
import { describeDoorRound } from '../../fixtures/doorRound';

describeDoorRound(18, ROUND18_PROBES, { probes: 30, controls: 15 });

test("the door campaign's selection: each new rule's probe and the controls it could refuse", () => {
  expect(ROUND18_HTTP).toHaveLength(13);
  expect(ROUND18_HTTP.filter((p) => p.outcome === 'accepted')).toHaveLength(6);
});

const cprMessages = (bytes: Uint8Array): string[] => {
  const o = doorOutcome(bytes);
  return o.kind === 'cpr' ? o.messages.map((m) => m.en) : [`refused: ${o.code}`];
};

describe('the whole number in five pairs after a CPR label (round 18)', () => {
  test.each([
    'CPR 20 06 88 18 20',
    'Personnr. 04-07-88-18-34',
    'CPR: 05.07.88.18.35',
    'Barnets cpr-nr.: 20 06 88 18 20.',
    'Personnummer\u00a020\u00a006\u00a088\u00a018\u00a020',
  ])('%s: found and masked', (text) => {
    expect(containsCpr(text)).toBe(true);
    expect(holdsCpr(text)).toBe(true);
    expect(maskCpr(text)).not.toMatch(/\d\d[ .\-\u00a0]\d\d[ .\-\u00a0]\d\d[ .\-\u00a0]\d\d[ .\-\u00a0]\d\d/);
  });
  test.each([
    ['no label', 'Lokaler 20 06 88 18 20'],
    ['a phone label', 'Tlf. 20 06 88 18 20'],
    ['a sixth pair', 'CPR 20 06 88 18 20 30'],
    ['marks of two kinds', 'CPR 20 06.88 18-20'],
    ['four pairs', 'CPR 20 06 88 18'],
    ['no such day', 'CPR 32 06 88 18 20'],
    ['the label far before', 'CPR-nr. findes i journalen; lokaler 20 06 88 18 20'],
  ])('%s: no CPR number', (_name, text) => {
    expect(containsCpr(text)).toBe(false);
  });
});

describe('runs of rich text in white written otherwise than as RGB (round 18)', () => {
  const pieces = (pr: string): Uint8Array =>
    textBox([
      ['Borger 0306', ''],
      ['x', `<a:solidFill>${pr}</a:solidFill>`],
      ['88-1803', ''],
    ]);
  test.each([
    ['preset white', '<a:prstClr val="white"/>'],
    ['the window colour', '<a:sysClr val="window" lastClr="FFFFFF"/>'],
    ['a system colour last seen white', '<a:sysClr val="btnHighlight" lastClr="FFFFFF"/>'],
    ['HSL at full lightness', '<a:hslClr hue="14400000" sat="100000" lum="100%"/>'],
    ['scRGB at full strength', '<a:scrgbClr r="100%" g="100%" b="100%"/>'],
  ])('%s: the text box is named', (_name, pr) => {
    expect(cprMessages(pieces(pr))).toEqual([expect.stringMatching(/text box/i)]);
  });
  test.each([
    ['preset black', '<a:prstClr val="black"/>'],
    ['the window text colour', '<a:sysClr val="windowText" lastClr="000000"/>'],
    ['HSL at half lightness', '<a:hslClr hue="0" sat="0" lum="50000"/>'],
    ['scRGB red', '<a:scrgbClr r="100000" g="0" b="0"/>'],
  ])('%s: shown, no CPR number', (_name, pr) => {
    expect(cprMessages(pieces(pr))).toEqual([]);
  });
  test.each([
    ['indexed 1', '<color indexed="1"/>', 1],
    ['indexed 9', '<color indexed="9"/>', 1],
    ['indexed 10 (red)', '<color indexed="10"/>', 0],
    ['indexed 8 (black)', '<color indexed="8"/>', 0],
  ])("a cell's run in the palette's %s", (_name, pr, found) => {
    const bytes = richCell([
      ['0106', ''],
      ['x', pr],
      ['88-1801', ''],
    ]);
    expect(cprMessages(bytes)).toHaveLength(found);
  });
});

describe("a number format's currency text (round 18)", () => {
  test.each([
    ['with a locale', '[$CPR 020788 1832-406] 0'],
    ['without a locale', '[$CPR 020788 1832] 0'],
    ['after the number', '0 [$CPR 020788 1832-406]'],
  ])('%s: the chart is named', (_name, f) => {
    expect(cprMessages(chart([], f, 12))).toEqual([expect.stringMatching(/chart/i)]);
  });
  test.each([
    ['kroner', '[$kr.-406] #,##0.00'],
    ['euro', '[$€-2] #,##0'],
    ['a locale only', '[$-406]dd-mm-yyyy'],
  ])('%s: no CPR number', (_name, f) => {
    expect(cprMessages(chart([], f, 1206881))).toEqual([]);
  });
});

describe("a data validation's message title and text, one box (round 18)", () => {
  test.each([
    ['the input message', 'promptTitle="Barnets CPR: 230688-" prompt="1823"'],
    ['the error message', 'errorTitle="Ikke 240688" error="-1824 er allerede tilmeldt"'],
  ])('%s: named', (_name, attrs) => {
    expect(cprMessages(validation(attrs))).toEqual([expect.stringMatching(/validation/i)]);
  });
  test.each([
    ['a period', 'promptTitle="Periode 010127-" prompt="311227"'],
    ['a title and a count', 'promptTitle="Tilmelding" prompt="Højst 1200 deltagere"'],
    ['the input title, the error text', 'promptTitle="Barnets CPR: 230688-" errorTitle="Fejl" error="1823"'],
  ])('%s: no CPR number', (_name, attrs) => {
    expect(cprMessages(validation(attrs))).toEqual([]);
  });
});

describe("a pivot cache's records and a drawn table, read as a sheet (round 18)", () => {
  test.each([
    [
      'birth date and serial by index',
      pivotCache(
        [
          ['Navn', '<s v="Anna"/>'],
          ['Fødselsdato', '<s v="060688"/>'],
          ['Løbenr.', '<s v="1806"/>'],
        ],
        ['<x v="0"/><x v="0"/><x v="0"/>'],
      ),
    ],
    [
      'the second record of many',
      pivotCache(
        [
          ['Navn', ''],
          ['Id', ''],
          ['Nr', ''],
        ],
        ['<s v="Bo"/><s v="Se note"/><m/>', '<s v="Carl"/><s v="070688-"/><s v="1807"/>'],
      ),
    ],
  ])('%s: the pivot cache is named', (_name, bytes) => {
    expect(cprMessages(bytes)).toEqual([expect.stringMatching(/pivot/i)]);
  });
  test.each([
    [
      'a field between the pieces',
      pivotCache(
        [
          ['Fødselsdato', '<s v="060688"/>'],
          ['By', '<s v="Aarhus"/>'],
          ['Løbenr.', '<s v="1806"/>'],
        ],
        ['<x v="0"/><x v="0"/><x v="0"/>'],
      ),
    ],
    [
      'a date and a count under their names',
      pivotCache(
        [
          ['Dato', ''],
          ['Antal', ''],
        ],
        ['<d v="1988-06-08T00:00:00"/><n v="1808"/>'],
      ),
    ],
  ])('%s: no CPR number', (_name, bytes) => {
    expect(cprMessages(bytes)).toEqual([]);
  });
  test.each([
    ['a dash', [['100688-', '1810']]],
    [
      'a CPR header',
      [
        ['CPR-nr.', ''],
        ['110688', '1811'],
      ],
    ],
  ])('a drawn table, %s: the text box is named', (_name, rows) => {
    expect(cprMessages(drawnTable(rows))).toEqual([expect.stringMatching(/text box/i)]);
  });
  test.each([
    [
      'a date and a count',
      [
        ['Dato', 'Antal'],
        ['010126', '1200'],
      ],
    ],
    ['pieces in two rows', [['100688-'], ['1810']]],
    ['a cell between', [['100688-', 'Anna', '1810']]],
  ])('a drawn table, %s: no CPR number', (_name, rows) => {
    expect(cprMessages(drawnTable(rows))).toEqual([]);
  });
});
