// CPR door, round 16 (test/fixtures/cprRound16.ts): numbers that are a CPR number only once their
// pieces are put together, and the detector's edges. Each probe's workbook is refused for its
// number with the place named, or (a control) accepted; nothing the inspection returns repeats the
// number. A probe marked `before` is one the product read wrongly before round 16's rules.

import { holdsCpr } from '../../../core/redact';
import { containsCpr, maskCpr } from '../../../core/validate/cpr';
import { ROUND16_PROBES } from '../../fixtures/cprRound16';
import { describeDoorRound } from '../../fixtures/doorRound';

describeDoorRound(16, ROUND16_PROBES, { probes: 30, controls: 10 });

describe('the pre-check reads tab-spaced digits wherever its stride lands (round 16)', () => {
  const spaced = (sep: string): string => '0101901234'.split('').join(sep);
  test.each([
    ['a tab', '\t'],
    ['a vertical tab', '\u000b'],
    ['a form feed', '\u000c'],
    ['a space', ' '],
  ])('%s between the digits, at every offset: found and masked', (_name, sep) => {
    for (let offset = 0; offset < 8; offset++) {
      const text = `${'x'.repeat(offset)}${spaced(sep)}`;
      expect(containsCpr(text)).toBe(true);
      expect(maskCpr(text)).not.toContain(spaced(sep).slice(0, 11));
      expect(holdsCpr(text)).toBe(true);
    }
  });
  test('a table row copied with tabs (a date, then a count) stays two values', () => {
    expect(containsCpr('Dato\t010126\tAntal\t12')).toBe(false);
    expect(containsCpr('1\t2\t3\t4\t5')).toBe(false);
  });
});

describe("a book's ISBN after its label (round 16)", () => {
  test.each(['ISBN 8702112345', 'Bog: ISBN-10: 8702112345', 'isbn nr. 8703121003', 'ISBN 978-87-02-11234-5'])(
    '%s: no CPR number',
    (text) => {
      expect(containsCpr(text)).toBe(false);
    },
  );
  test.each([
    ['written as a CPR number is written', 'ISBN 870211-2345'],
    ['a word between label and number', 'ISBN til bogen og 8702112345'],
    ['no label', 'Bogen 8702112345'],
  ])('%s: a CPR number all the same', (_name, text) => {
    expect(containsCpr(text)).toBe(true);
  });
});

describe('a birth date and its serial, each after its label, in one text (round 16)', () => {
  test.each([
    ['two lines of a form', 'Fødselsdato: 090187\nLøbenr.: 1609'],
    ['CPR, then born and the last four', 'CPR: født 100187, sidste fire 1610'],
    ['the last 4 digits with a word', 'Født den 090187, sidste 4 cifre: 1609'],
    ['English', 'Date of birth 090187, last 4: 1609'],
    ['Pers.nr. and the running number in brackets', 'Pers.nr. 090187 (løbenr. 1609)'],
  ])('%s: found, masked from the date on', (_name, text) => {
    expect(containsCpr(text)).toBe(true);
    expect(holdsCpr(text)).toBe(true);
    const masked = maskCpr(text);
    expect(masked).not.toMatch(/090187|100187|1609|1610/);
    expect(masked.slice(0, 4)).toBe(text.slice(0, 4));
  });
  test.each([
    ['a meeting and a count', 'Mødedato: 090187\nAntal: 1633'],
    ["a case's date and running number", 'Dato 090187, løbenr. 1609'],
    ['born, then a team number', 'Født 090187, hold nr. 1609'],
    ['born, then four digits unnamed', 'Født 090187 og 1609'],
    ['five digits after the label', 'Født 090187, løbenr. 16090'],
    ['no such day', 'Født 300287, løbenr. 1609'],
    ['the label far before the date', 'Fødselsdato er ikke oplyst; sagen fra 090187, løbenr. 1609'],
  ])('%s: no CPR number', (_name, text) => {
    expect(containsCpr(text)).toBe(false);
    expect(holdsCpr(text)).toBe(false);
  });

  // The birth date written with separators: the four digits after the serial's label pass the
  // pre-check, and the date after its own label is read as a date.
  test.each([
    ['dots, a two-digit year', 'Født 09.01.87, løbenr. 1609'],
    ['dashes, one-digit day and month, the year whole', 'Fødselsdato 9-1-1987, sidste fire 1609'],
    ['slashes after "CPR: født"', 'CPR: født 10/01/87, sidste 4 cifre 1610'],
  ])('with separators, %s: found, masked from the date on', (_name, text) => {
    expect(containsCpr(text)).toBe(true);
    expect(holdsCpr(text)).toBe(true);
    const masked = maskCpr(text);
    expect(masked).not.toMatch(/1609|1610/);
    expect(masked.slice(0, 4)).toBe(text.slice(0, 4));
  });
  test.each([
    ["a case's date and running number", 'Dato 09.01.87, løbenr. 1609'],
    ['no such day', 'Født 30.02.87, løbenr. 1609'],
    ['a meeting and a count', 'Mødedato 09.01.2027, antal 1633'],
    ['born, then a team number', 'Født 09.01.87, hold nr. 1609'],
    ['the running number before the date', 'Løbenr. 1609 i sagen fra 09.01.87'],
    ['a deadline and a running number', 'Frist 15.03.2027, løbenr. 2027'],
  ])('with separators, %s: no CPR number', (_name, text) => {
    expect(containsCpr(text)).toBe(false);
    expect(holdsCpr(text)).toBe(false);
  });
});
