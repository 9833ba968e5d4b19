// CPR door, round 9 (test/fixtures/cprRound9.ts): each probe's workbook is refused for its number
// with the place named, or refused outright, or (a control) accepted; and nothing the inspection
// returns repeats the number. A probe marked `before` is one the product missed before round 9's
// rules: it is expected to fail until its rule is in.

import { RefusalError } from '../../../core/codes';
import { inspectBytes } from '../../../core/inspect';
import { isCprDigits } from '../../../core/validate';
import { formulaHasCpr } from '../../../core/validate/cpr';
import { FormulaError, formulaValue, mayComputeNumber } from '../../../core/validate/formulaText';
import { CPR_PLACE_FIXTURES, cprDigitsOf, leaks } from '../../fixtures/cprPlaces';
import { ROUND8_PROBES } from '../../fixtures/cprRound8';
import { ROUND9_PROBES, type Round9Probe } from '../../fixtures/cprRound9';

const TODAY = '2026-06-01';

type Outcome =
  | { kind: 'cpr'; messages: { da: string; en: string }[]; json: string }
  | { kind: 'refused'; code: string; json: string };

function outcome(bytes: Uint8Array): Outcome {
  try {
    const r = inspectBytes(bytes, { today: TODAY });
    const json = JSON.stringify({
      plan: r.plan,
      issues: r.issues,
      unmapped: r.unmapped,
      checks: r.checks,
      textFindings: r.grid.textFindings,
    });
    return {
      kind: 'cpr',
      messages: r.issues.filter((i) => i.code === 'cpr_number').map((i) => i.message),
      json,
    };
  } catch (err) {
    if (err instanceof RefusalError)
      return { kind: 'refused', code: err.code, json: JSON.stringify(err.userMessage) };
    throw err;
  }
}

function check(p: Round9Probe): void {
  const o = outcome(p.build());
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
