// CPR door, round 14 (test/fixtures/cprRound14.ts): each probe's workbook is refused for its number
// with the place named, or refused outright naming what holds it, or (a control) accepted; and
// nothing the inspection returns repeats the number. A probe marked `before` is one the product
// missed (or named in words a coordinator cannot act on) before round 14's rules: it is expected to
// fail until its rule is in.

import { holdsCpr } from '../../../core/redact';
import { containsCpr, maskCpr } from '../../../core/validate/cpr';
import { ROUND14_PROBES } from '../../fixtures/cprRound14';
import { describeDoorRound } from '../../fixtures/doorRound';

describeDoorRound(14, ROUND14_PROBES, { probes: 30 });

describe('a birth date written out, then the serial (round 14)', () => {
  test.each([
    ['Danish, spaced dash', 'Anna, født 29. november 1986 - 1429'],
    ['shortened month with a dot', 'Borger 1. jan. 1990-1234'],
    ['English, en dash', 'Born 1 January 1990 \u2013 1234'],
    ['born 2005 (serial 4xxx)', 'Barn: 15. marts 2005 - 4123'],
    ['a comma after the serial', 'Bo, 3. okt 1975 - 2231, Vejen 1'],
  ])('%s: found and masked at every sink', (_name, text) => {
    expect(containsCpr(text)).toBe(true);
    expect(maskCpr(text)).not.toMatch(/1429|1234|4123|2231/);
    expect(holdsCpr(text)).toBe(true);
  });

  test.each([
    ['an amount after a date', 'Pulje 1. marts 2026 - 5000 kr.'],
    ['a count after a date', 'Møde 12. marts 2026 - 1200 deltagere'],
    ['a period of years', 'Periode 1. januar 1986 - 1990'],
    ['a year range', 'Fra 1. januar 2026 - 2027'],
    ['a serial of another century', 'Sag 1. januar 1990 - 5123'],
    ['no such day', 'Borger 31. februar 1990 - 1234'],
    ['not a month', 'Hold 1. gruppe 1990 - 1234'],
  ])('%s: no CPR number', (_name, text) => {
    expect(containsCpr(text)).toBe(false);
    expect(holdsCpr(text)).toBe(false);
  });
});
