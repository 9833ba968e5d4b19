// Hostile files, round 6: a CPR number written so that it looks like one without being digits all
// through. Decisions, as a careful reader of a plan decides (DOMAIN.md: "anything that looks like a
// Danish CPR number"):
//   - the letter O (or o) for a zero and l (or I) for a one, among digits ("O1O19O-1234"): it looks
//     like the number, in many fonts it is the number: a CPR number. Only among digits: words with
//     those letters are words, and a number that lost its zero (nine digits) never has letters.
//   - the number in words ("nul en nul en ni nul en to tre fire"): it does not look like a number;
//     reading words as digits would need a second pass over every text: not a CPR number.
//   - the digits in reverse order ("4321-091010"): not what a reader sees as a CPR number (one shown
//     reversed by a right-to-left override is: see cprForms).

import { containsCpr, maskCpr } from '../../../core/validate/cpr';

describe('letters that look like digits, among digits', () => {
  test.each([
    ['O for zero', 'Borger O1O19O-1234'],
    ['o for zero', 'Borger o1o19o-1234'],
    ['l for one', 'Borger 0l0190-l234'],
    ['I for one, ten in a row', 'Borger 0I0I90I234'],
    ['both, a date with separators', 'Borger O1.O1.9O-l234'],
  ])('%s: a CPR number, masked where it stands', (_what, text) => {
    expect(containsCpr(text)).toBe(true);
    expect(maskCpr(text)).toBe('Borger [CPR fjernet]');
  });

  test('controls: words with those letters, codes, and nine characters pass', () => {
    for (const text of [
      'Møde i Odense 2026-03-15 kl. 10',
      'Lokale O12, bygning l4, 1. sal',
      'Mål: 100 % af borgerne I 2026',
      'IO1234567', // nine: a number that lost its zero has no letters
      'Sag 2O26-0001234', // a case number: not a date
      'Polio 123456',
      'nul en nul en ni nul en to tre fire',
      '4321-091010',
    ]) {
      expect([text, containsCpr(text)]).toEqual([text, false]);
    }
  });
});
