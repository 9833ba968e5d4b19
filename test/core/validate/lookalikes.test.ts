// Hostile files, round 6: a CPR number written so that it looks like one without being digits all
// through. Decisions, as a careful reader of a plan decides (DOMAIN.md: "anything that looks like a
// Danish CPR number"):
//   - the letter O (or o) for a zero and l (or I) for a one, among digits ("O1O19O-1234"): it looks
//     like the number, in many fonts it is the number: a CPR number. Only among digits: words with
//     those letters are words, and a number that lost its zero (nine digits) never has letters.
//   - the number in words ("nul en nul en ni nul en to tre fire"): judged so at first (it does not
//     look like a number); since door round 24 read as its digits, a CPR number, as a reader who
//     reads it aloud hears one (core/validate/cpr.ts wordedRuns, behind a cheap first test). Digit
//     words that make no date stay words.
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
      // Digit words that are no date (round 24 reads a number in digit words, 'nul en nul en ni nul
      // en to tre fire', as its digits: a CPR number; the words' letters are still no digits).
      'en to tre fire fem seks syv otte ni nul',
      '4321-091010',
    ]) {
      expect([text, containsCpr(text)]).toEqual([text, false]);
    }
  });
});

// A paper form scanned and read by OCR into a sheet: besides O for 0 and l for 1, OCR reads a five
// as S and an eight as B among figures ("1S.05.2027", as the date reader already reads them). A CPR
// number through the same scan looks the same to a reader.
describe('S for five and B for eight among digits, as OCR reads a scan', () => {
  test.each([
    ['B for eight', 'Barnets cpr: O7O1B7-16O7', 'Barnets cpr: [CPR fjernet]'],
    ['S for five', 'Borger 15O3S7-1S45', 'Borger [CPR fjernet]'],
    ['both, ten in a row', 'Note 2S11B71B45', 'Note [CPR fjernet]'],
  ])('%s: a CPR number, masked where it stands', (_what, text, masked) => {
    expect(containsCpr(text)).toBe(true);
    expect(maskCpr(text)).toBe(masked);
  });

  test('controls: words, rooms, lines and codes with S and B beside figures pass', () => {
    for (const text of [
      'Bus 5B kl. 10.30 fra Rådhuspladsen',
      'Lokale B12, 2. sal, bygning S3',
      'S-tog linje B mod Høje Taastrup 07.01',
      'SBSYS sag 27.00.00-A00-1-27',
      'Version 2.5B udgivet 15.03.2027',
      'ABS 1234 og BSS 5678',
    ]) {
      expect([text, containsCpr(text)]).toEqual([text, false]);
    }
  });
});
