// CPR door, round 9 (test/fixtures/cprRound9.ts): each probe's workbook is refused for its number
// with the place named, or refused outright, or (a control) accepted; and nothing the inspection
// returns repeats the number. A probe marked `before` is one the product missed before round 9's
// rules: it is expected to fail until its rule is in.

import { isCprDigits } from '../../../core/validate';
import { redactText, holdsCpr } from '../../../core/redact';
import {
  containsCpr,
  escapesDecoded,
  formatShowsCpr,
  formulaHasCpr,
  maskCpr,
} from '../../../core/validate/cpr';
import {
  FormulaError,
  formulaValue,
  mayComputeNumber,
  nameValue,
  RangeValue,
} from '../../../core/validate/formulaText';
import { CPR_PLACE_FIXTURES, cprDigitsOf, leaks } from '../../fixtures/cprPlaces';
import { ROUND8_PROBES } from '../../fixtures/cprRound8';
import { ROUND9_PROBES, type Round9Probe } from '../../fixtures/cprRound9';
import { doorOutcome } from '../../fixtures/doorOutcome';

function check(p: Round9Probe): void {
  const o = doorOutcome(p.build());
  expect(leaks(o.json, p.written)).toEqual([]);
  if (p.outcome === 'refused') {
    expect(o.kind).toBe('refused');
    if (o.kind === 'refused') expect(o.code).toBe(p.code);
    return;
  }
  expect(o.kind).toBe('cpr');
  if (o.kind !== 'cpr') return;
  if (p.outcome === 'accepted') {
    expect(o.messages).toEqual([]);
    return;
  }
  expect(o.messages).toHaveLength(1);
  const [m] = o.messages;
  expect(m!.en).toMatch(p.place);
  expect(m!.en).toContain('looks like a CPR number');
  expect(m!.da).toMatch(/CPR-nummer/);
  expect((JSON.parse(o.json) as { plan: unknown }).plan).toBeNull();
}

describe('round 9 probes', () => {
  test('at least 25 places and forms, each with its own number, none shared with rounds 1–8', () => {
    expect(ROUND9_PROBES.filter((p) => p.outcome !== 'accepted').length).toBeGreaterThanOrEqual(25);
    const digits = ROUND9_PROBES.map((p) => cprDigitsOf(p.written));
    for (const d of digits) expect(isCprDigits(d)).toBe(true);
    expect(new Set(digits).size).toBe(digits.length);
    const earlier = new Set([...CPR_PLACE_FIXTURES, ...ROUND8_PROBES].map((f) => cprDigitsOf(f.written)));
    expect(digits.filter((d) => earlier.has(d))).toEqual([]);
    expect(new Set(ROUND9_PROBES.map((p) => p.id)).size).toBe(ROUND9_PROBES.length);
  });

  const caught = ROUND9_PROBES.filter((p) => p.before === undefined);
  const missed = ROUND9_PROBES.filter((p) => p.before !== undefined);
  test.each(caught.map((p) => [p.id, p] as const))('%s', (_id, p) => check(p));
  if (missed.length > 0)
    test.failing.each(missed.map((p) => [p.id, p] as const))('%s (missed before round 9)', (_id, p) =>
      check(p),
    );
});

describe('formulas read as Excel calculates them (round 9)', () => {
  const value = (f: string): unknown => formulaValue(f, {});

  test.each([
    ['INT(-2.5)', -3],
    ['TRUNC(-2.5)', -2],
    ['ROUNDDOWN(2.39,1)', 2.3],
    ['ROUNDUP(2.31,1)', 2.4],
    ['MOD(-3,2)', 1],
    ['MOD(7,-2)', -1],
    ['QUOTIENT(-7,2)', -3],
    ['ABS(-4)', 4],
    ['2^10', 1024],
    ['PRODUCT(2,3,4)', 24],
    ['HEX2DEC("FF")', 255],
    ['HEX2DEC("FFFFFFFFFF")', -1],
    ['OCT2DEC("17")', 15],
  ])('%s is %p', (f, v) => {
    expect(value(f)).toBe(v);
  });

  test.each([
    ['FIXED(1234567.891,2)', '1,234,567.89'],
    ['FIXED(1234567.891,-3,TRUE)', '1235000'],
    ['FIXED(1234.5)', '1,234.50'],
    ['DEC2HEX(255,4)', '00FF'],
    ['DEC2HEX(-1)', 'FFFFFFFFFF'],
    ['DEC2OCT(8)', '10'],
    ['DEC2BIN(5,8)', '00000101'],
    ['TEXT(18079209.08*100,"General")', '1807920908'],
    ['0.1+0.2&""', '0.3'],
    ['CONCAT(MID("abc",SEQUENCE(3,1,3,-1),1))', 'cba'],
    ['TEXTJOIN("-",TRUE,SEQUENCE(1,3))', '1-2-3'],
    ['CONCAT(SEQUENCE(2,2)*10)', '10203040'],
  ])('%s shows %p', (f, v) => {
    expect(value(f)).toBe(v);
  });

  test('what Excel refuses is an error, not a number', () => {
    expect(value('DEC2HEX(255,1)')).toBeInstanceOf(FormulaError);
    expect(value('HEX2DEC("XYZ")')).toBeInstanceOf(FormulaError);
    expect(value('MOD(5,0)')).toBeInstanceOf(FormulaError);
    expect(value('SEQUENCE(0)')).toBeInstanceOf(FormulaError);
    // Arrays whose shapes do not fit together: not known.
    expect(value('CONCAT(SEQUENCE(2)&SEQUENCE(3))')).toBeUndefined();
  });

  test('arithmetic is read for a number only where a literal can make one', () => {
    expect(mayComputeNumber('40892*10000+925')).toBe(true);
    expect(mayComputeNumber('INT(1079209.016*100)')).toBe(true);
    expect(mayComputeNumber('SUM(B2:B200)')).toBe(false);
    expect(mayComputeNumber('B2*1.25')).toBe(false);
    expect(formulaHasCpr('40892*10000+925')).toBe(true);
    expect(formulaHasCpr('31079*10^5+20921')).toBe(true);
    expect(formulaHasCpr('MOD(70407920904,10000000000)')).toBe(true);
    // Amounts and dates a plan calculates.
    expect(formulaHasCpr('DATE(2026,8,1)+14*7')).toBe(false);
    expect(formulaHasCpr('125000*12+4500')).toBe(false);
    expect(formulaHasCpr('MOD(93008920949,10000)')).toBe(false);
  });
});

describe('digits written as escapes (round 9)', () => {
  test.each([
    ['a link', 'https://borger.dk/?id=%30%31%30%31%39%30%31%32%33%34', 'https://borger.dk/?id=[CPR fjernet]'],
    ['quoted-printable', 'Borger =30=31=30=31=39=30=2D=31=32=33=34', 'Borger [CPR fjernet]'],
    [
      'JSON',
      '{"id":"\\u0030\\u0031\\u0030\\u0031\\u0039\\u0030\\u0031\\u0032\\u0033\\u0034"}',
      '{"id":"[CPR fjernet]"}',
    ],
    ['JavaScript', 'id=\\x30\\x31\\x30\\x31\\x39\\x30-\\x31\\x32\\x33\\x34', 'id=[CPR fjernet]'],
  ])('%s: found, masked at every sink, refused where a person sends it', (_name, text, masked) => {
    expect(containsCpr(text)).toBe(true);
    expect(maskCpr(text)).toBe(masked);
    expect(redactText(text)).toBe(masked);
    expect(holdsCpr(text)).toBe(true);
  });

  test('escapes that spell no CPR number, and a lone =30 in a formula, stay as they are', () => {
    expect(containsCpr('https://x.dk/?uge=%31%32&antal=%33%30')).toBe(false);
    expect(containsCpr('IF(A1=30;"Ja";"Nej")&B2')).toBe(false);
    expect(escapesDecoded('A1=30')).toBe('A1=30');
    expect(containsCpr('Tlf =34=35 =31=32=33=34=35=36=37=38')).toBe(false);
  });
});

describe('digits one a line, a scaling format (round 9)', () => {
  test('ten single digits each on its own line read as one number; eleven do not', () => {
    expect(containsCpr('1\n3\n0\n8\n9\n2\n0\n9\n3\n4')).toBe(true);
    expect(maskCpr('Husk:\n1\n3\n0\n8\n9\n2\n0\n9\n3\n4')).toBe('Husk:\n[CPR fjernet]');
    expect(containsCpr('2\n9\n0\n8\n9\n2\n0\n9\n4\n8\n3')).toBe(false);
    // A line break written CR LF is one break; eleven digits stay apart so written too.
    expect(containsCpr('1\r\n3\r\n0\r\n8\r\n9\r\n2\r\n0\r\n9\r\n3\r\n4')).toBe(true);
    expect(maskCpr('x\r\n1\r\n3\r\n0\r\n8\r\n9\r\n2\r\n0\r\n9\r\n3\r\n4')).toBe('x\r\n[CPR fjernet]');
    expect(containsCpr('2\r\n9\r\n0\r\n8\r\n9\r\n2\r\n0\r\n9\r\n4\r\n8\r\n3')).toBe(false);
  });

  test.each([
    ['0,', 2308920942000, true],
    ['0,,', 2308920942000000, true],
    ['#,##0,', 2308920942000, false], // grouped: an amount
    ['0,.00', 2308920942000, false], // decimals
    ['0', 2308920942000, false],
    ['0,', 125000, false],
  ])('%s on %d: %s', (fmt, value, shows) => {
    expect(formatShowsCpr(value, fmt)).toBe(shows);
  });
});

describe('array constants (round 9)', () => {
  test.each([
    ['INDEX({"a","b"},2)', 'b'],
    ['INDEX({1,2;3,4},2,1)', 3],
    ['VLOOKUP("b",{"a",1;"b",2},2,FALSE)', 2],
    ['CONCAT({"x","y";"z",-1})', 'xyz-1'],
    ['SUM({1,2,3})', 6],
  ])('%s is %p', (f, v) => {
    expect(formulaValue(f, {})).toBe(v);
  });

  test('rows of unequal length are not known', () => {
    expect(formulaValue('INDEX({1,2;3},1,1)', {})).toBeUndefined();
  });
});

describe('NUMBERVALUE and names that are no reference (round 9)', () => {
  test.each([
    ['NUMBERVALUE("1.409.920,5",",",".")', 1409920.5],
    ['NUMBERVALUE("2 500")', 2500],
    ['NUMBERVALUE("1,5")', 15], // the default group separator is the comma
  ])('%s is %p', (f, v) => {
    expect(formulaValue(f, {})).toBe(v);
  });

  test('separators that are one and the same, or a text that is no number, are errors', () => {
    expect(formulaValue('NUMBERVALUE("1.5",".",".")', {})).toBeInstanceOf(FormulaError);
    expect(formulaValue('NUMBERVALUE("1.5x")', {})).toBeInstanceOf(FormulaError);
  });

  test('a name standing for an array constant keeps its items', () => {
    const v = nameValue('{"1509","x"}', {});
    expect(v).toBeInstanceOf(RangeValue);
    expect(formulaValue('CONCAT(Stykker)', { name: () => v })).toBe('1509x');
  });
});
