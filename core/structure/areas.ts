// Rectangles of a sheet (tables' areas) asked, row after row and cell after cell, whether they hold
// a place. A sheet may hold thousands of tables (a header repeated over every entry, or a file made
// to be slow): a scan of every area for every row made structuring quadratic in the tables (a
// 4.6 MB sheet of 49,500 two-row tables took minutes). Sorted by first row, with the furthest last
// row so far, a question looks only at the areas that can reach its row.

/** A rectangle of rows r0..r1 and columns c0..c1, inclusive. */
export interface Area {
  readonly r0: number;
  readonly r1: number;
  readonly c0: number;
  readonly c1: number;
}

export class AreaIndex<A extends Area = Area> {
  private readonly sorted: readonly A[];
  /** The largest r1 among sorted[0..i]. */
  private readonly reach: Int32Array;

  constructor(areas: readonly A[]) {
    this.sorted = [...areas].sort((a, b) => a.r0 - b.r0);
    this.reach = new Int32Array(this.sorted.length);
    let most = -1;
    for (let i = 0; i < this.sorted.length; i++) {
      most = Math.max(most, (this.sorted[i] as A).r1);
      this.reach[i] = most;
    }
  }

  get size(): number {
    return this.sorted.length;
  }

  /** The index of the last area starting at or before row r (-1: none). */
  private lastStartingBy(r: number): number {
    let lo = 0;
    let hi = this.sorted.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sorted[mid] as A).r0 <= r) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Whether an area holds the cell (r, c). */
  holds(r: number, c: number): boolean {
    return this.holdsSpan(r, c, c);
  }

  /** Whether one area holds columns c0..c1 of row r. */
  holdsSpan(r: number, c0: number, c1: number): boolean {
    for (let i = this.lastStartingBy(r); i >= 0 && (this.reach[i] as number) >= r; i--) {
      const a = this.sorted[i] as A;
      if (a.r1 >= r && c0 >= a.c0 && c1 <= a.c1) return true;
    }
    return false;
  }
}
