// CPR door, round 8 (test/fixtures/cprRound8.ts): each probe's workbook is refused for its number
// with the place named, or refused outright as a file that cannot be checked, or (a control)
// accepted; and nothing the inspection returns repeats the number. A probe marked `before` is one
// the product missed or misplaced before round 8's rules: it is expected to fail until its rule is in.

import { isCprDigits } from '../../../core/validate';
import { redactText } from '../../../core/redact';
import { containsCpr, formatMayShowCpr, formatShowsCpr, maskCpr } from '../../../core/validate/cpr';
import { CPR_PLACE_FIXTURES, cprDigitsOf, leaks } from '../../fixtures/cprPlaces';
import { ROUND8_PROBES, type Round8Probe } from '../../fixtures/cprRound8';
import { doorOutcome } from '../../fixtures/doorOutcome';

function check(p: Round8Probe): void {
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

describe('round 8 probes', () => {
  test('at least 25 places and forms, each with its own number, none shared with the catalogue', () => {
    expect(ROUND8_PROBES.filter((p) => p.outcome !== 'accepted').length).toBeGreaterThanOrEqual(25);
    const digits = ROUND8_PROBES.map((p) => cprDigitsOf(p.written));
    for (const d of digits) expect(isCprDigits(d)).toBe(true);
    expect(new Set(digits).size).toBe(digits.length);
    const earlier = new Set(CPR_PLACE_FIXTURES.map((f) => cprDigitsOf(f.written)));
    expect(digits.filter((d) => earlier.has(d))).toEqual([]);
    expect(new Set(ROUND8_PROBES.map((p) => p.id)).size).toBe(ROUND8_PROBES.length);
  });

  const caught = ROUND8_PROBES.filter((p) => p.before === undefined);
  const missed = ROUND8_PROBES.filter((p) => p.before !== undefined);
  test.each(caught.map((p) => [p.id, p] as const))('%s', (_id, p) => check(p));
  if (missed.length > 0)
    test.failing.each(missed.map((p) => [p.id, p] as const))('%s (missed before round 8)', (_id, p) =>
      check(p),
    );
});

describe('a date and time shown through its format', () => {
  // 27 December 1988 at 12:34, as Excel stores it.
  const at = (Date.UTC(1988, 11, 27, 12, 34) - Date.UTC(1899, 11, 30)) / 86_400_000;

  test.each([
    ['ddmmyyhhmm', true],
    ['ddmmyy-hhmm', true],
    ['ddmmyy hhmm', true],
    ['dd.mm.yy"-"hhmm', true],
    ['[$-406]ddmmyyhhmm;@', true],
    ['dd-mm-yy hh:mm', false],
    ['dd-mm-yyyy hh:mm', false],
    ['yyyy-mm-dd hh:mm:ss', false],
    ['ddmmyyhh:mm', false],
    ['hhmm', false],
    ['dd-mm-yyyy', false],
  ])('%s: %s', (fmt, shows) => {
    expect(formatShowsCpr(at, fmt)).toBe(shows);
  });

  test('minutes are an m after an h or before an s, months elsewhere; 12-hour with AM/PM', () => {
    // 12:34 as 12-hour is 12 (PM); 00:34 is 12 (AM): "ddmmyyhhmm AM/PM" shows 2712881234 PM.
    expect(formatShowsCpr(at, 'ddmmyyhhmm AM/PM')).toBe(true);
    // At 13:34 a 12-hour clock shows 01: 2712880134 is a CPR number too, 2712881334 also.
    const later = at + 1 / 24;
    expect(formatShowsCpr(later, 'ddmmyyhhmm AM/PM')).toBe(true);
    expect(formatShowsCpr(later, 'ddmmyyhhmm')).toBe(true);
    // "mm" before "yy" is the month: 271288 then 12 is not minutes.
    expect(formatShowsCpr(at, 'ddmmyy')).toBe(false);
  });

  test('formats that may show a number no value holds are told apart once', () => {
    expect(formatMayShowCpr('000000"-1234"')).toBe(true);
    expect(formatMayShowCpr('ddmmyyhhmm')).toBe(true);
    expect(formatMayShowCpr('dd.mm.yy hhmm')).toBe(true); // a date and four digits
    // A date and a time with separators show no form of the number, whatever the value.
    expect(formatMayShowCpr('dd-mm-yyyy hh:mm')).toBe(false);
    expect(formatMayShowCpr('dd-mm-yyyy')).toBe(false);
    expect(formatMayShowCpr('ddmmyy')).toBe(false);
    expect(formatMayShowCpr('#,##0.00')).toBe(false);
  });
});

describe('a slash of another form as the separator', () => {
  test.each([
    ['division slash', '010190\u22151234'],
    ['fraction slash', '010190\u20441234'],
    ['big solidus', '010190\u29f81234'],
  ])('%s: found, and masked wherever it is printed', (_name, text) => {
    expect(containsCpr(`Borger ${text}`)).toBe(true);
    expect(maskCpr(`Borger ${text}`)).toBe('Borger [CPR fjernet]');
    expect(redactText(`Borger ${text}`)).toBe('Borger [CPR fjernet]');
  });

  test('a fraction written with a fraction slash is no number', () => {
    expect(containsCpr('1\u20442 time om ugen i 12 uger')).toBe(false);
  });
});
