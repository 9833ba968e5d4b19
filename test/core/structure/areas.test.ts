// The tables' areas of a sheet, indexed: every question answered as a look at every area answers it.

import fc from 'fast-check';
import { AreaIndex, type Area } from '../../../core/structure/areas';

const area = fc
  .tuple(fc.nat(60), fc.nat(15), fc.nat(12), fc.nat(6))
  .map(([r0, h, c0, w]): Area => ({ r0, r1: r0 + h, c0, c1: c0 + w }));

function scanHolds(areas: readonly Area[], r: number, c0: number, c1: number): boolean {
  return areas.some((a) => r >= a.r0 && r <= a.r1 && c0 >= a.c0 && c1 <= a.c1);
}

test('holds and holdsSpan agree with a scan of every area, overlapping and nested areas too', () => {
  fc.assert(
    fc.property(fc.array(area, { maxLength: 40 }), fc.nat(80), fc.nat(20), fc.nat(4), (areas, r, c0, w) => {
      const index = new AreaIndex(areas);
      expect(index.holds(r, c0)).toBe(scanHolds(areas, r, c0, c0));
      expect(index.holdsSpan(r, c0, c0 + w)).toBe(scanHolds(areas, r, c0, c0 + w));
    }),
    { numRuns: 2000, seed: 20261206 },
  );
});

test('a long area that starts early still holds rows after later, shorter areas end', () => {
  const index = new AreaIndex([
    { r0: 0, r1: 100, c0: 0, c1: 3 },
    { r0: 5, r1: 6, c0: 5, c1: 8 },
    { r0: 10, r1: 11, c0: 5, c1: 8 },
  ]);
  expect(index.holds(50, 2)).toBe(true);
  expect(index.holds(50, 6)).toBe(false);
  expect(index.holds(10, 6)).toBe(true);
  expect(index.size).toBe(3);
});
