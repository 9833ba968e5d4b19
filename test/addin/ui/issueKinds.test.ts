// The issue list's headings come from the app's strings (addin/src/i18n.ts): every issue code the
// product can report has a heading of its own in Danish and in English, and a code the add-in does
// not know yet (a newer service) still gets a readable heading rather than a bare identifier.
import { ERROR_CODES, WARNING_CODES } from '../../../core/codes';
import { formatCount, strings } from '../../../addin/src/i18n';
import { kindLabel } from '../../../addin/src/ui/issueRows';

const CODES = [...ERROR_CODES, ...WARNING_CODES];

describe('issue kinds in the issue list', () => {
  it.each(CODES)('%s has its own heading in Danish and in English', (code) => {
    const da = kindLabel(code, 'da');
    const en = kindLabel(code, 'en');
    expect(da).not.toBe(code);
    expect(en).not.toBe(code);
    expect(da).not.toBe(en);
    expect(en).not.toMatch(/[æøåÆØÅ]/);
  });

  it('gives every kind a different heading, so two kinds never look like one', () => {
    for (const lang of ['da', 'en'] as const) {
      const labels = CODES.map((c) => kindLabel(c, lang));
      expect(new Set(labels).size).toBe(CODES.length);
    }
  });

  it('names a kind it does not know as another kind with its code', () => {
    expect(kindLabel('some_new_code', 'da')).toBe('Andet (some_new_code)');
    expect(kindLabel('some_new_code', 'en')).toBe('Other (some_new_code)');
    // A name every object has is not a kind either.
    expect(kindLabel('toString', 'da')).toBe('Andet (toString)');
  });

  it('counts with the language’s thousands separator', () => {
    expect(formatCount(20000, 'da')).toBe('20.000');
    expect(formatCount(20000, 'en')).toBe('20,000');
    expect(strings('da').issuesShown(5000, 20000)).toBe('Viser 5.000 af 20.000');
    expect(strings('en').issuesShown(20000, 20000)).toBe('20,000 in all');
  });
});
