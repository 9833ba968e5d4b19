// quote() skips collapsing white space when there is none to collapse; the result must be the same
// as always collapsing it.
import fc from 'fast-check';
import { quote } from '../../../core/validate/text';
import { maskCpr } from '../../../core/validate/cpr';

function reference(text: string, max = 60): string {
  const masked = maskCpr(text).replace(/\s+/g, ' ').trim();
  return masked.length <= max ? masked : quote(masked, max);
}

describe('quote', () => {
  it('collapses white space exactly as a regular expression would', () => {
    const pieces = fc.constantFrom(
      'Styregruppemøde',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      '\u2009',
      '–',
      'æøå',
      'x',
      '\u3000',
      '12',
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 12 }).map((p) => p.join('')),
        (text) => {
          expect(quote(text)).toBe(reference(text));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps a Danish text with dashes and single spaces as it is', () => {
    expect(quote('Temadag om LAT – for mentorer og forældrecoaches')).toBe(
      'Temadag om LAT – for mentorer og forældrecoaches',
    );
    expect(quote('  Temadag\n om  LAT ')).toBe('Temadag om LAT');
  });
});
