// The report's columns are measured and cut in characters as a terminal shows them (code points),
// not in UTF-16 units: an emoji or a character outside the basic plane counts once and is never cut
// in half.

import { truncate, width } from '../../cli/report';

describe('report text width', () => {
  it('counts a character outside the basic plane once', () => {
    expect(width('Møde 👍 i Ærø')).toBe(12);
    expect(width('𝟏𝟐𝟑')).toBe(3);
    expect(width('')).toBe(0);
    // A lone surrogate (damaged text) is one character, as the string iterator counts it.
    expect(width('a\ud83db')).toBe(3);
    expect(width('\udc4da')).toBe(2);
  });

  it('cuts a text at characters, keeping a pair whole, with an ellipsis', () => {
    expect(truncate('👍👍👍👍', 3)).toBe('👍👍…');
    expect(truncate('👍👍👍', 3)).toBe('👍👍👍');
    expect(truncate('Forældremøde\n  i  Ungdomsskolen', 40)).toBe('Forældremøde i Ungdomsskolen');
    expect(truncate('Forældremøde i Ungdomsskolen', 10)).toBe('Forældrem…');
    expect(truncate('abc', 0)).toBe('');
  });
});
