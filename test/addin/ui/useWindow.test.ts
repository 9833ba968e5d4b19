// The windowed list's height once scrolled (addin/src/ui/useWindow.ts shownHeight): it keeps the
// height it had when the scrolling began, whatever the rows measured since, so a drag of the scroll
// bar is not lost in Chromium (test/addin/e2e/issueList.test.ts drags one); the end is the end.
import { shownHeight } from '../../../addin/src/ui/useWindow';

describe('the issue list’s height while scrolled', () => {
  it('is the measured height before any scrolling', () => {
    expect(shownHeight(900_000, null, 40_000, false)).toBe(900_000);
  });

  it('keeps the height from when the scrolling began, taller or shorter rows measured since', () => {
    expect(shownHeight(900_000, 1_000_000, 40_000, false)).toBe(1_000_000);
    expect(shownHeight(1_100_000, 1_000_000, 40_000, false)).toBe(1_000_000);
  });

  it('grows when the rendered rows reach below the held height', () => {
    expect(shownHeight(1_100_000, 1_000_000, 1_000_500, false)).toBe(1_000_500);
  });

  it('is the measured height once the last row is rendered', () => {
    expect(shownHeight(990_000, 1_000_000, 990_000, true)).toBe(990_000);
    expect(shownHeight(1_010_000, 1_000_000, 1_010_000, true)).toBe(1_010_000);
  });
});
