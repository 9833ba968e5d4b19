// CPR door, round 10 (test/fixtures/cprRound10.ts): each probe's workbook is refused for its number
// with the place named, or refused outright, or (a control) accepted; and nothing the inspection
// returns repeats the number. A probe marked `before` is one the product missed (or named in words a
// coordinator cannot act on) before round 10's rules: it is expected to fail until its rule is in.

import { inspectBytes } from '../../../core/inspect';
import { scanBytes, utf8DigitAt } from '../../../core/xlsx/audit';
import { isCprDigits } from '../../../core/validate';
import { holdsCpr, redactText } from '../../../core/redact';
import { containsCpr, formulaHasCpr, maskCpr } from '../../../core/validate/cpr';
import { FormulaError, formulaValue } from '../../../core/validate/formulaText';
import { CPR_PLACE_FIXTURES, cprDigitsOf, sheet, styles, withStyles, zip } from '../../fixtures/cprPlaces';
import { ROUND8_PROBES } from '../../fixtures/cprRound8';
import { ROUND9_PROBES } from '../../fixtures/cprRound9';
import { ROUND10_PROBES } from '../../fixtures/cprRound10';
import { DOOR_TODAY, expectDoorOutcome } from '../../fixtures/doorOutcome';

describe('round 10 probes', () => {
  test('at least 30 places and forms, each with its own number, none shared with rounds 1–9', () => {
    const probes = ROUND10_PROBES.filter((p) => p.outcome !== 'accepted');
    expect(probes.length).toBeGreaterThanOrEqual(30);
    const digits = probes.map((p) => cprDigitsOf(p.written));
    for (const d of digits) expect(isCprDigits(d)).toBe(true);
    expect(new Set(digits).size).toBe(digits.length);
    const earlier = new Set(
      [...CPR_PLACE_FIXTURES, ...ROUND8_PROBES, ...ROUND9_PROBES].map((f) => cprDigitsOf(f.written)),
    );
    expect(digits.filter((d) => earlier.has(d))).toEqual([]);
    expect(new Set(ROUND10_PROBES.map((p) => p.id)).size).toBe(ROUND10_PROBES.length);
  });

  const caught = ROUND10_PROBES.filter((p) => p.before === undefined);
  const missed = ROUND10_PROBES.filter((p) => p.before !== undefined);
  test.each(caught.map((p) => [p.id, p] as const))('%s', (_id, p) => expectDoorOutcome(p));
  if (missed.length > 0)
    test.failing.each(missed.map((p) => [p.id, p] as const))('%s (missed before round 10)', (_id, p) =>
      expectDoorOutcome(p),
    );
});

describe('formula functions read as Excel calculates them (round 10)', () => {
  const value = (f: string): unknown => formulaValue(f, {});

  test.each([
    ['POWER(2,10)', 1024],
    ['_xlfn.DECIMAL("FF",16)', 255],
    ['_xlfn.DECIMAL("zz",36)', 1295],
    ['_xlfn.BITXOR(5,3)', 6],
    ['_xlfn.BITAND(12,10)', 8],
    ['_xlfn.BITOR(12,10)', 14],
    ['_xlfn.BITLSHIFT(1,4)', 16],
    ['_xlfn.BITRSHIFT(16,-1)', 32],
    ['SUMPRODUCT({1,2},{3,4})', 11],
    ['DATEVALUE("1993-10-22")', 34264],
    ['DATEVALUE("22.10.1993")', 34264],
    ['_xlfn.REGEXREPLACE("a1b2","[0-9]","")', 'ab'],
    ['_xlfn.REGEXREPLACE("a1b2","[0-9]","-",2)', 'a1b-'],
    ['_xlfn.REGEXEXTRACT("tlf 123","\\d+")', '123'],
    ['INDEX(_xlfn.TEXTSPLIT("a;b;c",";"),2)', 'b'],
    ['_xlfn.ARRAYTOTEXT({"a","b";1,2})', 'a, b, 1, 2'],
    ['_xlfn.ARRAYTOTEXT({"a","b"},1)', '{"a","b"}'],
  ])('%s is %p', (f, v) => {
    expect(value(f)).toBe(v);
  });

  test('what Excel refuses is an error; what depends on the machine or could be slow is not known', () => {
    expect(value('_xlfn.DECIMAL("12",2)')).toBeInstanceOf(FormulaError);
    expect(value('_xlfn.BITXOR(-1,3)')).toBeInstanceOf(FormulaError);
    expect(value('SUMPRODUCT({1,2},{3})')).toBeInstanceOf(FormulaError);
    expect(value('DATEVALUE("31.02.1993")')).toBeInstanceOf(FormulaError);
    // A month first is read by the machine's settings.
    expect(value('DATEVALUE("10/22/1993")')).toBeUndefined();
    // Groups, nested or repeated quantifiers: not read (Excel's and JavaScript's patterns differ, and
    // a pattern can make a match take very long).
    expect(value('_xlfn.REGEXREPLACE("aaaa","(a+)+$","")')).toBeUndefined();
    expect(value('_xlfn.REGEXREPLACE("aaaa","a*a*a*b","")')).toBeUndefined();
  });

  test('a number these make is judged; amounts they make are not', () => {
    expect(formulaHasCpr('17109*POWER(10,5)+31017')).toBe(true);
    expect(formulaHasCpr('POWER(10,6)*1.5')).toBe(false);
    expect(formulaHasCpr('SUMPRODUCT({2,3},{125000,4500})')).toBe(false);
    expect(formulaHasCpr('_xlfn.BITOR(2048,1024)')).toBe(false);
  });
});

describe('circled digits of the dingbat sets and tag characters (round 10)', () => {
  const tags = (s: string): string =>
    [...s].map((c) => String.fromCodePoint(0xe0000 + c.charCodeAt(0))).join('');
  test.each([
    ['negative circled', '⓿❶⓿❶❾⓿-❶❷❸❹', '⓿❶⓿❶❾⓿-❶❷❸'],
    ['circled sans-serif', '\u{1f10b}➀\u{1f10b}➀➈\u{1f10b}➀➁➂➃', '\u{1f10b}➀\u{1f10b}➀➈\u{1f10b}➀➁➂'],
    ['negative circled sans-serif', '\u{1f10c}➊\u{1f10c}➊➒\u{1f10c}➊➋➌➍', '➊➋ ➌➍ ➎➏ ➐➑'],
    ['double circled', '⓵⓶⓵⓵⓽⓷-⓵⓷⓹⓻', '⓵⓶.⓵⓵.⓶⓴⓶⓻'],
    ['tag characters', `Borger${tags('0101901234')}`, `Plan${tags('2026')}`],
  ])('%s: found, masked at every sink; a shorter row is not', (_name, text, other) => {
    expect(containsCpr(text)).toBe(true);
    expect(maskCpr(`x ${text} y`)).toMatch(/^x .*\[CPR fjernet\] y$/);
    expect(redactText(text)).not.toBe(text);
    expect(holdsCpr(text)).toBe(true);
    expect(containsCpr(other)).toBe(false);
  });
});

describe('a number cut over two cells side by side (round 10)', () => {
  const num = (ref: string, v: number, s = ''): string => `<c r="${ref}"${s}><v>${v}</v></c>`;
  const txt = (ref: string, t: string): string => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
  const book = (rows: string, withAmountStyle = false): Uint8Array => {
    const spec = { sheets: sheet(rows) };
    return zip(
      withAmountStyle
        ? withStyles(
            spec,
            styles(
              '<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0 &quot;kr.&quot;"/></numFmts>',
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>',
            ),
          )
        : spec,
    );
  };
  const found = (bytes: Uint8Array): { cells: string[]; unmapped: { cell: string; value: unknown }[] } => {
    const r = inspectBytes(bytes, { today: DOOR_TODAY });
    return {
      cells: r.issues.filter((i) => i.code === 'cpr_number').map((i) => `${i.sheet}!${i.cell}`),
      unmapped: r.unmapped.map((u) => ({ cell: u.cell, value: u.value })),
    };
  };

  test('as Excel keeps what was typed: 311093 and -1031 are numbers; both pieces are named and hidden', () => {
    const r = found(book(`<row r="5">${num('D5', 311093)}${num('E5', -1031)}</row>`));
    expect(r.cells).toEqual(['Ark1!D5:E5']);
    expect(r.unmapped.filter((u) => u.cell === 'D5' || u.cell === 'E5')).toEqual([
      { cell: 'D5', value: '•••' },
      { cell: 'E5', value: '•••' },
    ]);
  });

  test('a date whose first digit is a zero, kept by a number cell as five digits', () => {
    expect(found(book(`<row r="5">${num('D5', 11193)}${txt('E5', '-1049')}</row>`)).cells).toEqual([
      'Ark1!D5:E5',
    ]);
  });

  test.each([
    ['one above the other', `<row r="5">${txt('D5', '161193')}</row><row r="6">${txt('D6', '-1050')}</row>`],
    ['a dash on both sides', `<row r="5">${txt('D5', '161193-')}${txt('E5', '-1050')}</row>`],
    ['the serial first', `<row r="5">${txt('D5', '-1050')}${txt('E5', '161193')}</row>`],
    ['words with the date', `<row r="5">${txt('D5', 'Uge 161193')}${txt('E5', '-1050')}</row>`],
    ['three digits after the dash', `<row r="5">${txt('D5', '161193')}${txt('E5', '-105')}</row>`],
  ])('not one number: %s', (_name, rows) => {
    expect(found(book(rows)).cells).toEqual([]);
  });

  test('amounts formatted as amounts are amounts, a negative one too', () => {
    expect(
      found(book(`<row r="5">${num('D5', 161193, ' s="1"')}${num('E5', -1050, ' s="1"')}</row>`, true)).cells,
    ).toEqual([]);
  });
});

describe("a picture's bytes: UTF-8 of the digits of every script (round 10)", () => {
  const enc = new TextEncoder();
  /** Every script's zero (U+0030 left out): each \p{Nd} whose value is 0, found by its place in its run of ten. */
  const zeros: number[] = [];
  for (let cp = 0x80; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (/^\p{Nd}$/u.test(String.fromCodePoint(cp)) && !/^\p{Nd}$/u.test(String.fromCodePoint(cp - 1)))
      zeros.push(cp);
  }
  const written = (zero: number, text: string): string =>
    [...text].map((c) => (c >= '0' && c <= '9' ? String.fromCodePoint(zero + Number(c)) : c)).join('');

  test('every lead byte of a digit beyond ASCII is one the scan looks for', () => {
    expect(zeros.length).toBeGreaterThan(50);
    for (const zero of zeros)
      for (let d = 0; d < 10; d++)
        expect(utf8DigitAt(enc.encode(String.fromCodePoint(zero + d)), 0)).toBe(true);
  });

  test.each([0, 1, 2, 3, 4])('a number in any script among other bytes is found (offset %d)', (offset) => {
    const noise = Uint8Array.from({ length: 200 }, (_, k) => (k * 37 + 11) & 0x7f || 1).map((b) =>
      b >= 0x30 && b <= 0x39 ? 0x41 : b,
    );
    for (const zero of zeros) {
      const text = enc.encode(`Borger ${written(zero, '010190-1234')}`);
      const bytes = new Uint8Array(offset + text.length + noise.length * 2);
      bytes.set(noise.subarray(0, offset), 0);
      bytes.set(text, offset);
      bytes.set(noise, offset + text.length);
      expect([zero.toString(16), scanBytes(bytes)]).toEqual([zero.toString(16), true]);
      // A year in the same script is no CPR number.
      const year = enc.encode(`Foto ${written(zero, '2026')}`);
      expect(scanBytes(year)).toBe(false);
    }
  });
});
