// CPR door, round 11 (test/fixtures/cprRound11.ts): each probe's workbook is refused for its number
// with the place named, or refused outright, or (a control) accepted; and nothing the inspection
// returns repeats the number. A probe marked `before` is one the product missed (or named in words a
// coordinator cannot act on) before round 11's rules: it is expected to fail until its rule is in.

import { inspectBytes } from '../../../core/inspect';
import { isCprDigits } from '../../../core/validate';
import { holdsCpr, redactText } from '../../../core/redact';
import {
  CPR_MASK,
  cellsReading,
  containsCpr,
  formulaWithCellsHasCpr,
  maskCpr,
} from '../../../core/validate/cpr';
import { formulaValue, RangeValue } from '../../../core/validate/formulaText';
import { escapeXml, worksheet } from '../../fixtures/hostile';
import { CPR_PLACE_FIXTURES, cprDigitsOf, zip } from '../../fixtures/cprPlaces';
import { ROUND8_PROBES } from '../../fixtures/cprRound8';
import { ROUND9_PROBES } from '../../fixtures/cprRound9';
import { ROUND10_PROBES } from '../../fixtures/cprRound10';
import { inlineRichText, richText, ROUND11_PROBES, textBoxRuns } from '../../fixtures/cprRound11';
import { DOOR_TODAY, expectDoorOutcome } from '../../fixtures/doorOutcome';

describe('round 11 probes', () => {
  test('at least 30 places and forms, each with its own number, none shared with rounds 1–10', () => {
    const probes = ROUND11_PROBES.filter((p) => p.outcome !== 'accepted');
    expect(probes.length).toBeGreaterThanOrEqual(30);
    const digits = probes.map((p) => cprDigitsOf(p.written));
    for (const d of digits) expect(isCprDigits(d)).toBe(true);
    expect(new Set(digits).size).toBe(digits.length);
    const earlier = new Set(
      [...CPR_PLACE_FIXTURES, ...ROUND8_PROBES, ...ROUND9_PROBES, ...ROUND10_PROBES].map((f) =>
        cprDigitsOf(f.written),
      ),
    );
    expect(digits.filter((d) => earlier.has(d))).toEqual([]);
    expect(new Set(ROUND11_PROBES.map((p) => p.id)).size).toBe(ROUND11_PROBES.length);
  });

  const caught = ROUND11_PROBES.filter((p) => p.before === undefined);
  const missed = ROUND11_PROBES.filter((p) => p.before !== undefined);
  test.each(caught.map((p) => [p.id, p] as const))('%s', (_id, p) => expectDoorOutcome(p));
  if (missed.length > 0)
    test.failing.each(missed.map((p) => [p.id, p] as const))('%s (missed before round 11)', (_id, p) =>
      expectDoorOutcome(p),
    );
});

describe('separators that look like a dash, a dot or a space (round 11)', () => {
  test.each([
    ['hyphen bullet', '\u2043'],
    ['box drawing, light', '\u2500'],
    ['box drawing, heavy', '\u2501'],
    ['horizontal line extension', '\u23af'],
    ['katakana prolonged sound mark', '\u30fc'],
    ['its half-width form', '\uff70'],
    ['Hangul letter eu', '\u3161'],
    ['one dot leader', '\u2024'],
    ['small full stop', '\ufe52'],
    ['small colon', '\ufe55'],
    ['dot operator', '\u22c5'],
    ['bullet operator', '\u2219'],
    ['hyphenation point', '\u2027'],
    ['katakana middle dot', '\u30fb'],
    ['Greek ano teleia', '\u0387'],
  ])('%s: found and masked at every sink; a year range or a time is not', (_name, sep) => {
    const text = `Borger 010190${sep}1234`;
    expect(containsCpr(text)).toBe(true);
    expect(maskCpr(text)).toBe(`Borger ${CPR_MASK}`);
    expect(holdsCpr(text)).toBe(true);
    expect(redactText(text)).not.toContain('1234');
    expect(containsCpr(`Periode 2026${sep}2027, uge 12${sep}30`)).toBe(false);
    expect(containsCpr(`Tlf 12${sep}34${sep}56${sep}78`)).toBe(false);
  });

  test('the Braille blank spaces letters as a space does; the half-width Hangul filler shows nothing', () => {
    const braille = [...'010190-1234'].join('\u2800');
    expect(containsCpr(`Borger ${braille}`)).toBe(true);
    expect(maskCpr(`Borger ${braille}`)).toBe(`Borger ${CPR_MASK}`);
    expect(containsCpr(`Borger ${[...'0101901234'].join('\uffa0')}`)).toBe(true);
    // Pairs spaced by it are a phone number's way, as with a space.
    expect(containsCpr(`Tlf ${['12', '34', '56', '78', '90'].join('\u2800')}`)).toBe(false);
    expect(containsCpr('Plan\uffa02026\uffa0uge\uffa012')).toBe(false);
  });
});

describe('letters of other alphabets drawn as O and l (round 11)', () => {
  test.each([
    ['Cyrillic capital O', '\u041e'],
    ['Cyrillic small o', '\u043e'],
    ['Greek capital omicron', '\u039f'],
    ['Greek small omicron', '\u03bf'],
  ])('%s for a zero among digits: found and masked', (_name, o) => {
    const text = `Borger ${o}1${o}19${o}-1234`;
    expect(containsCpr(text)).toBe(true);
    expect(maskCpr(text)).toBe(`Borger ${CPR_MASK}`);
    expect(holdsCpr(text)).toBe(true);
  });

  test.each([
    ['Cyrillic I', '\u0406'],
    ['palochka', '\u04c0'],
    ['Greek capital iota', '\u0399'],
  ])('%s for a one among digits: found', (_name, one) => {
    expect(containsCpr(`Borger 0${one}0${one}90-${one}234`)).toBe(true);
  });

  test('words of those alphabets beside numbers are words', () => {
    expect(
      containsCpr('\u041e\u041e\u041e \u00ab\u0420\u043e\u043c\u0430\u0448\u043a\u0430\u00bb 2020 12 34'),
    ).toBe(false);
    expect(containsCpr('\u039f\u03b4\u03cc\u03c2 12, 2026-2027')).toBe(false);
    // A lookalike starts a run only beside a digit.
    expect(containsCpr('\u041e\u041e 1\u041e1\u041e 90-1234 \u041e')).toBe(false);
  });
});

describe('a rich text run in a font no one sees (round 11)', () => {
  const found = (bytes: Uint8Array): { cells: string[]; messages: string[] } => {
    const r = inspectBytes(bytes, { today: DOOR_TODAY });
    const issues = r.issues.filter((i) => i.code === 'cpr_number');
    return {
      cells: issues.map((i) => `${i.sheet}!${i.cell}`),
      messages: issues.map((i) => i.message.en),
    };
  };
  const around = (pr: string): (readonly [string, string])[] => [
    ['', 'Borger 0101'],
    [pr, 'x'],
    ['', '90-1234'],
  ];

  test.each([
    ['1 point', '<sz val="1"/>'],
    ['white', '<color rgb="FFFFFFFF"/>'],
    ['white without alpha', '<color rgb="FFFFFF"/>'],
    ['the light background colour (theme 0)', '<color theme="0"/>'],
    ['a hidden font', '<vanish/>'],
  ])('a cell (shared string, inline string): %s, named as the cell', (_name, pr) => {
    for (const bytes of [richText(around(pr)), inlineRichText(around(pr))]) {
      const r = found(bytes);
      expect(r.cells).toEqual(['Ark1!B2']);
      expect(r.messages[0]).toMatch(
        /^The cell's text as it shows, without the parts in a font no one can see/,
      );
    }
  });

  test.each([
    ['size under 2 points', '<a:rPr sz="100"/>'],
    ['white', '<a:rPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:rPr>'],
    ['the background colour', '<a:rPr><a:solidFill><a:schemeClr val="bg1"/></a:solidFill></a:rPr>'],
    [
      'fully transparent',
      '<a:rPr><a:solidFill><a:srgbClr val="000000"><a:alpha val="0"/></a:srgbClr></a:solidFill></a:rPr>',
    ],
    ['no fill', '<a:rPr><a:noFill/></a:rPr>'],
  ])('a text box: %s', (_name, pr) => {
    expect(found(textBoxRuns(around(pr))).messages).toEqual([
      expect.stringMatching(/^A text box or shape at 'Ark1'!D5 contains/),
    ]);
  });

  test.each([
    ['a run in bold', '<b/>'],
    ['a run in 8 points', '<sz val="8"/>'],
    ['a run in black (theme 1)', '<color theme="1"/>'],
  ])('a cell: %s shows its letter, no number', (_name, pr) => {
    expect(found(richText(around(pr))).cells).toEqual([]);
  });

  test.each([
    ['an outline with no line', '<a:rPr><a:ln><a:noFill/></a:ln></a:rPr>'],
    ['a white highlight', '<a:rPr><a:highlight><a:srgbClr val="FFFFFF"/></a:highlight></a:rPr>'],
    ['a run in 10 points', '<a:rPr sz="1000"/>'],
  ])('a text box: %s shows its letter, no number', (_name, pr) => {
    expect(found(textBoxRuns(around(pr))).messages).toEqual([]);
  });
});

describe("a dynamic array's spill read through ANCHORARRAY (C2#, round 11)", () => {
  const spill = new RangeValue([['210395', 1121]]);
  const reading = {
    ...cellsReading(
      () => undefined,
      undefined,
      (ref) => (ref.toUpperCase() === 'C2' ? spill : undefined),
    ),
  };

  test('its values are the range the anchor cell spills into', () => {
    expect(formulaValue('_xlfn.TEXTJOIN("-",TRUE,_xlfn.ANCHORARRAY(C2))', reading)).toBe('210395-1121');
    expect(formulaValue('_xlfn.CONCAT(_xlfn.ANCHORARRAY(C2))', reading)).toBe('2103951121');
    expect(formulaWithCellsHasCpr('_xlfn.TEXTJOIN("-",TRUE,_xlfn.ANCHORARRAY(C2))', reading)).toBe(true);
    // Another cell spills nothing known.
    expect(formulaValue('_xlfn.CONCAT(_xlfn.ANCHORARRAY(E9))', reading)).toBeUndefined();
  });

  test("another sheet's spill, by the sheet's name", () => {
    const bytes = zip({
      sheets: [
        {
          name: 'Ark1',
          xml: worksheet(
            `<row r="2"><c r="B2" t="str"><f>${escapeXml('_xlfn.TEXTJOIN("-",TRUE,_xlfn.ANCHORARRAY(Data!C2))')}</f></c></row>`,
          ),
        },
        {
          name: 'Data',
          xml: worksheet(
            '<row r="2"><c r="C2" cm="1"><f t="array" ref="C2:D2">E2:F2</f><v>220395</v></c><c r="D2"><v>1140</v></c><c r="E2"><v>220395</v></c><c r="F2"><v>1140</v></c></row>',
          ),
        },
      ],
    });
    const r = inspectBytes(bytes, { today: DOOR_TODAY });
    expect(r.issues.filter((i) => i.code === 'cpr_number').map((i) => `${i.sheet}!${i.cell}`)).toEqual([
      'Ark1!B2',
    ]);
  });
});
