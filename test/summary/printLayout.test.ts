// How a sheet printed in column groups is laid out (workbook/summary/render.ts printLayout): its
// sections are never split across pages, adjacent sections share a page while they fit beside the
// repeated columns, and the print scale is the largest that needs the fewest pages across – shrunk
// to at most 80 % for that, never below unless one section alone needs it.

import fc from 'fast-check';
import { printLayout } from '../../workbook/summary/render';

/** Printed pixels of columns `width` characters wide (as the renderer measures LibreOffice's output). */
const px = (widths: readonly number[]): number => widths.reduce((s, w) => s + Math.ceil(w * 9.5 + 5), 0);
/** The usable landscape A4 width at `scale` %, as the renderer reckons it. */
const room = (scale: number): number => ((((297 / 25.4 - 0.8) * 96) | 0) * 0.97 * 100) / scale;

describe('printing in column groups', () => {
  test('sections that fit beside each other share a page at full size', () => {
    // The municipality (18) repeated, then three narrow sections.
    expect(printLayout([18, 12, 12, 12, 12, 12, 12], [1, 3, 5], 1, true)).toEqual({ scale: 100, breaks: [] });
  });

  test('the overview shape: six sections print four pages across at 80 %', () => {
    const widths = [
      18, 12, 24, 16, 16, 13, 13, 15, 11, 11, 13, 11, 11, 13, 11, 10, 10, 13, 36, 36, 60, 15, 12, 10, 15,
    ];
    const sections = [1, 4, 8, 15, 18, 20];
    const layout = printLayout(widths, sections, 1, true);
    expect(layout).toEqual({ scale: 80, breaks: [8, 15, 20] });
  });

  test('a section is never split, and every page fits at the scale chosen, at least 80 %', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 3, max: 60 }), { minLength: 2, maxLength: 30 }),
        fc.integer({ min: 0, max: 2 }),
        fc.array(fc.integer({ min: 1, max: 29 }), { maxLength: 8 }),
        (widths, repeat, cuts) => {
          fc.pre(repeat < widths.length);
          const sections = [...new Set(cuts.filter((c) => c > repeat && c < widths.length))].sort(
            (a, b) => a - b,
          );
          const { scale, breaks } = printLayout(widths, sections, repeat, true);
          expect(scale).toBeLessThanOrEqual(100);
          expect(breaks.every((b) => sections.includes(b))).toBe(true);
          const starts = [repeat, ...breaks];
          const repeated = px(widths.slice(0, repeat));
          const bounds = [repeat, ...sections, widths.length];
          const widest = Math.max(...bounds.slice(1).map((end, i) => px(widths.slice(bounds[i], end))));
          // Where one section alone fits at 80 %, every page fits at the scale chosen, and 80 % is the floor.
          if (repeated + widest <= room(80)) {
            expect(scale).toBeGreaterThanOrEqual(80);
            starts.forEach((start, i) => {
              const group = widths.slice(start, starts[i + 1] ?? widths.length);
              // A group of more than one section fits; a single section is as wide as it is.
              const single = !sections.some((s) => s > start && s < (starts[i + 1] ?? widths.length));
              if (!single) expect(repeated + px(group)).toBeLessThanOrEqual(room(scale) + 1);
            });
          }
        },
      ),
    );
  });
});
