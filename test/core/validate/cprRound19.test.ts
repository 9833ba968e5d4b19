// CPR door, round 19 (test/fixtures/cprRound19.ts): text hidden by its colour other than white on
// white (a palette of the workbook's own, a run or a cell in its fill's colour, a run that takes its
// cell's font, a conditional format that makes font and fill one colour, a note's own yellow, a text
// box's fill, a header's white text or 1-point font) and a pivot cache's values shown in their field's
// number format. Each probe's workbook is refused for its number with the place named, or (a
// control) accepted; nothing the inspection returns repeats the number. A probe marked `before` is
// one the product read wrongly before round 19's rules.

import {
  colour,
  headerFooter,
  pivotCache,
  richInline,
  richShared,
  ROUND19_HTTP,
  ROUND19_PROBES,
  threeCells,
} from '../../fixtures/cprRound19';
import { doorOutcome } from '../../fixtures/doorOutcome';
import { describeDoorRound } from '../../fixtures/doorRound';

describeDoorRound(19, ROUND19_PROBES, { probes: 30, controls: 15 });

test("the door campaign's selection: each new rule's probe and the controls it could refuse", () => {
  expect(ROUND19_HTTP).toHaveLength(13);
  expect(ROUND19_HTTP.filter((p) => p.outcome === 'accepted')).toHaveLength(5);
});

const cprMessages = (bytes: Uint8Array): string[] => {
  const o = doorOutcome(bytes);
  return o.kind === 'cpr' ? o.messages.map((m) => m.en) : [`refused: ${o.code}`];
};
const pieces = (pr: string): [string, string][] => [
  ['Borger 0107', ''],
  ['x', pr],
  ['89-1901', ''],
];

describe("a run's colour through the workbook's own palette (round 19)", () => {
  test.each([
    ['index 10 made white', { 10: 'FFFFFF' }, 'indexed="10"', 1],
    ['index 9 made dark blue', { 9: '1F4E78' }, 'indexed="9"', 0],
    ['index 1 made red', { 1: 'FF0000' }, 'indexed="1"', 0],
    ["Excel's palette: index 9", undefined, 'indexed="9"', 1],
    ["Excel's palette: index 10 (red)", undefined, 'indexed="10"', 0],
  ])('%s', (_name, palette, pr, found) => {
    const styles = palette === undefined ? {} : { palette };
    expect(cprMessages(richInline(pieces(colour(pr)), styles, 0))).toHaveLength(found);
    expect(cprMessages(richShared(pieces(colour(pr)), styles, 0))).toHaveLength(found);
  });
});

describe("a run in its cell's fill colour (round 19)", () => {
  test.each([
    ['yellow on yellow', 'rgb="FFFFFF00"', 'rgb="FFFFFF00"', 1],
    [
      'the theme with a tint, on itself',
      'theme="6" tint="0.59999389629810485"',
      'theme="6" tint="0.59999389629810485"',
      1,
    ],
    ['white on white fill', 'rgb="FFFFFFFF"', 'theme="0"', 1],
    ['white on dark blue', 'rgb="FF1F4E78"', 'rgb="FFFFFFFF"', 0],
    ['yellow on green', 'rgb="FFC6EFCE"', 'rgb="FFFFFF00"', 0],
    ['a tint apart', 'theme="6" tint="0.59999389629810485"', 'theme="6" tint="0.39997558519241921"', 0],
  ])('%s', (_name, fill, pr, found) => {
    const styles = { fills: [fill], xfs: [[0, 2]] as const };
    expect(cprMessages(richShared(pieces(colour(pr)), styles, 1))).toHaveLength(found);
    expect(cprMessages(richInline(pieces(colour(pr)), styles, 1))).toHaveLength(found);
  });
  test.each([
    ['the cell font as the fill', [[1, 2]], 1],
    ['the cell font black on the fill', [[0, 2]], 0],
  ])('a run without a colour of its own: %s', (_name, xfs, found) => {
    const styles = {
      fonts: ['<sz val="11"/><color rgb="FF92D050"/><name val="Calibri"/>'],
      fills: ['rgb="FF92D050"'],
      xfs: xfs as [number, number][],
    };
    const runs: [string, string][] = [
      ['Borger 0107', colour('rgb="FF000000"')],
      ['x', ''],
      ['89-1901', colour('rgb="FF000000"')],
    ];
    expect(cprMessages(richShared(runs, styles, 1))).toHaveLength(found);
  });
});

describe('a cell whose text is in its fill colour, between pieces (round 19)', () => {
  const hiding = {
    fonts: ['<sz val="11"/><color rgb="FF92D050"/><name val="Calibri"/>'],
    fills: ['rgb="FF92D050"'],
    xfs: [[1, 2]] as [number, number][],
  };
  test.each([
    ['a dash piece and the serial', '010789-', '1901', 1],
    ['a date and a count', '01-01-2026', '1200', 0],
    ['a name and a phone', 'Anna', 'Tlf. 8940 2000', 0],
  ])('%s', (_name, b, d, found) => {
    expect(cprMessages(threeCells(b, 'skjult', d, hiding, 1))).toHaveLength(found);
  });
  test('the same cell in a font seen: no CPR number', () => {
    expect(
      cprMessages(threeCells('010789-', 'skjult', '1901', { fills: ['rgb="FF92D050"'], xfs: [[0, 2]] }, 1)),
    ).toEqual([]);
  });
});

describe("a header's or footer's text as the page shows it (round 19)", () => {
  test.each([
    ['white between', '&amp;LBorger 0107&amp;KFFFFFFx&amp;K00000089-1901', 1],
    ['a 1-point letter', '&amp;CBorger 010789&amp;1x&amp;11-1901', 1],
    ['white after a section', '&amp;LBorger 0107&amp;KFFFFFFx&amp;R89-1901', 0],
    ['red between', '&amp;LBorger 0107&amp;KFF0000x&amp;K00000089-1901', 0],
    ['a 12-point letter', '&amp;CBorger 010789&amp;12x&amp;11-1901', 0],
  ])('%s', (_name, h, found) => {
    expect(cprMessages(headerFooter(`<oddHeader>${h}</oddHeader>`))).toHaveLength(found);
  });
});

describe("a pivot cache's values in their field's number format (round 19)", () => {
  test.each([
    ['ddmmyy"-" beside the serial', ['ddmmyy"-"'], 1],
    ['dd-mm-yyyy beside the serial', ['dd-mm-yyyy'], 0],
    ['General', [], 0],
  ])('%s', (_name, formats, found) => {
    const fmt = formats.length === 0 ? 0 : 164;
    const bytes = pivotCache(
      [
        ['Navn', 0, ''],
        ['Id', fmt, ''],
        ['Nr', 0, ''],
      ],
      ['<s v="Anna"/><d v="1989-07-01T00:00:00"/><n v="1901"/>'],
      formats,
    );
    expect(cprMessages(bytes)).toHaveLength(found);
  });
});
