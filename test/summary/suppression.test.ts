// Small-number suppression: no hidden value can be worked out from what is published — not from
// row or column totals, not from the grand total, and not by comparing two versions.

import fc from 'fast-check';
import { showChange } from '../../core/summary/figures';
import {
  NONE,
  SUPPRESSION,
  describeSuppression,
  publishTable,
  showCount,
  showPercent,
  showRatio,
  showTotal,
  type PublishedTable,
  type Shown,
} from '../../core/suppression';

type Values = (number | undefined)[][];

// --- What a reader can infer --------------------------------------------------------------------

/** A reader's reading of a display: the values it may stand for (null: nothing reported). */
function prior(shown: Shown): [number, number] | null {
  switch (shown.kind) {
    case 'none':
      return null;
    case 'exact':
      return [shown.value, shown.value];
    case 'hidden':
      // The documented rule: "<5" stands for 1, 2, 3 or 4.
      return [1, 4];
    case 'interval':
      return [shown.lo, shown.hi];
  }
}

interface Constraint {
  readonly vars: readonly string[];
  readonly lo: number;
  readonly hi: number;
}

/**
 * Bounds propagation over sum constraints (interval reasoning, integer values): shrinks each
 * variable's range until nothing changes. Sound: every feasible value stays inside the result.
 */
function propagate(
  ranges: Map<string, [number, number]>,
  constraints: readonly Constraint[],
): Map<string, [number, number]> {
  const r = new Map([...ranges].map(([k, v]) => [k, [...v] as [number, number]]));
  for (let changed = true, rounds = 0; changed && rounds < 1000; rounds++) {
    changed = false;
    for (const c of constraints) {
      const sumLo = c.vars.reduce((s, v) => s + (r.get(v)?.[0] ?? 0), 0);
      const sumHi = c.vars.reduce((s, v) => s + (r.get(v)?.[1] ?? 0), 0);
      for (const v of c.vars) {
        const range = r.get(v);
        if (!range) continue;
        const lo = Math.max(range[0], Math.ceil(c.lo - (sumHi - range[1])));
        const hi = Math.min(range[1], Math.floor(c.hi - (sumLo - range[0])));
        if (lo !== range[0] || hi !== range[1]) {
          changed = true;
          range[0] = lo;
          range[1] = hi;
        }
      }
    }
  }
  return r;
}

/** Variables and constraints a reader gets from one published table (prefix names a version). */
function readerModel(
  pub: PublishedTable,
  prefix: string,
  shared: (i: number, j: number) => string = (i, j) => `${prefix}${i},${j}`,
): { ranges: Map<string, [number, number]>; constraints: Constraint[] } {
  const ranges = new Map<string, [number, number]>();
  const constraints: Constraint[] = [];
  const vars = pub.cells.map((row, i) =>
    row.map((cell, j) => {
      const p = prior(cell);
      if (!p) return undefined;
      const name = shared(i, j);
      ranges.set(name, p);
      return name;
    }),
  );
  const add = (names: (string | undefined)[], total: Shown | undefined): void => {
    const p = total ? prior(total) : null;
    const present = names.filter((n): n is string => n !== undefined);
    if (p && present.length > 0) constraints.push({ vars: present, lo: p[0], hi: p[1] });
  };
  pub.rowTotals?.forEach((t, i) => add(vars[i] ?? [], t));
  pub.colTotals?.forEach((t, j) =>
    add(
      vars.map((row) => row[j]),
      t,
    ),
  );
  add(vars.flat(), pub.grandTotal);
  return { ranges, constraints };
}

// --- Random tables ------------------------------------------------------------------------------

const cellValue = fc.oneof(
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.constant(0) },
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }) },
  { weight: 4, arbitrary: fc.integer({ min: 5, max: 300 }) },
);
const table = fc
  .tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 6 }))
  .chain(([rows, cols]) =>
    fc.array(fc.array(cellValue, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
  );

const ALL = { rowTotals: true, colTotals: true, grandTotal: true } as const;

function hiddenCells(values: Values): [number, number][] {
  const out: [number, number][] = [];
  values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v !== undefined && v > 0 && v < SUPPRESSION.threshold) out.push([i, j]);
    }),
  );
  return out;
}

function withCell(values: Values, i: number, j: number, v: number): Values {
  return values.map((row, a) => row.map((x, b) => (a === i && b === j ? v : x)));
}

describe('the cell rule', () => {
  test('1–4 is hidden, 0 and 5+ are shown, nothing reported stays empty', () => {
    expect(showCount(3)).toEqual({ kind: 'hidden' });
    expect(showCount(1)).toEqual({ kind: 'hidden' });
    expect(showCount(4)).toEqual({ kind: 'hidden' });
    expect(showCount(0)).toEqual({ kind: 'exact', value: 0 });
    expect(showCount(5)).toEqual({ kind: 'exact', value: 5 });
    expect(showCount(undefined)).toEqual({ kind: 'none' });
  });

  test('a percentage is hidden when its cases are 1–4 or unknown', () => {
    expect(showPercent(50, 3)).toEqual({ kind: 'hidden' });
    expect(showPercent(50, undefined)).toEqual({ kind: 'hidden' });
    expect(showPercent(50, 12)).toEqual({ kind: 'exact', value: 50 });
  });

  test('a ratio built on a hidden count is hidden; on a range it is a range', () => {
    expect(showRatio({ kind: 'hidden' }, 0.5)).toEqual({ kind: 'hidden' });
    expect(showRatio({ kind: 'exact', value: 10 }, 0.5)).toEqual({ kind: 'exact', value: 20 });
    expect(showRatio({ kind: 'interval', lo: 10, hi: 16 }, 2)).toEqual({ kind: 'interval', lo: 5, hi: 8 });
  });

  test('a total over a hidden cell is the interval of what is shown, not the exact sum', () => {
    expect(showTotal([showCount(3), showCount(20), showCount(0)])).toEqual({
      kind: 'interval',
      lo: 21,
      hi: 24,
    });
    expect(showTotal([showCount(7), showCount(20)])).toEqual({ kind: 'exact', value: 27 });
  });

  test('the rule is described in plain words in both languages, with the threshold', () => {
    for (const lang of ['da', 'en'] as const) {
      const text = describeSuppression(SUPPRESSION, lang).join(' ');
      expect(text).toContain('"<5"');
      expect(text).toMatch(lang === 'da' ? /Nul vises som 0/ : /Zero is shown as 0/);
    }
  });
});

describe('no hidden value can be derived from a published table', () => {
  test('bounds propagation over row, column and grand totals leaves every hidden cell at 1–4', () => {
    fc.assert(
      fc.property(table, (values) => {
        const pub = publishTable(values, ALL);
        const { ranges, constraints } = readerModel(pub, '');
        const result = propagate(ranges, constraints);
        for (const [i, j] of hiddenCells(values)) {
          const range = result.get(`${i},${j}`);
          expect(range).toEqual([1, 4]);
          // The true value is among them.
          expect(values[i]?.[j]).toBeGreaterThanOrEqual(range?.[0] ?? Infinity);
        }
      }),
      { numRuns: 400 },
    );
  });

  test('changing a hidden value to any other value 1–4 publishes exactly the same table', () => {
    fc.assert(
      fc.property(table, (values) => {
        const pub = publishTable(values, ALL);
        for (const [i, j] of hiddenCells(values)) {
          for (let v = 1; v < SUPPRESSION.threshold; v++) {
            expect(publishTable(withCell(values, i, j, v), ALL)).toEqual(pub);
          }
        }
      }),
      { numRuns: 120 },
    );
  });

  test('the check has teeth: exact totals over a single hidden cell would give it away', () => {
    // A naive publisher: cells suppressed, but exact column totals.
    const values: Values = [[3], [12], [40]];
    const naive: PublishedTable = {
      cells: values.map((row) => row.map((v) => showCount(v))),
      colTotals: [{ kind: 'exact', value: 55 }],
    };
    const { ranges, constraints } = readerModel(naive, '');
    expect(propagate(ranges, constraints).get('0,0')).toEqual([3, 3]);
  });
});

describe('no hidden value can be derived by comparing two versions of a period', () => {
  // Version 2 differs from version 1 by a resubmission: some cells change, a row may be added.
  const versions = table.chain((v1) =>
    fc
      .tuple(
        fc.array(fc.tuple(fc.nat(), fc.nat(), cellValue), { maxLength: 4 }),
        fc.option(fc.array(cellValue, { minLength: v1[0]?.length ?? 1, maxLength: v1[0]?.length ?? 1 })),
      )
      .map(([changes, added]) => {
        const v2 = v1.map((row) => [...row]);
        for (const [a, b, value] of changes) {
          const i = a % v2.length;
          const row = v2[i];
          if (row) row[b % row.length] = value;
        }
        if (added) v2.push(added);
        return { v1, v2 };
      }),
  );

  test('propagating both versions together leaves every unchanged hidden cell at 1–4', () => {
    fc.assert(
      fc.property(versions, ({ v1, v2 }) => {
        // A cell that has the same value in both versions is one unknown for the reader.
        const same = (i: number, j: number): boolean => v1[i]?.[j] !== undefined && v1[i]?.[j] === v2[i]?.[j];
        const m1 = readerModel(publishTable(v1, ALL), 'a', (i, j) =>
          same(i, j) ? `s${i},${j}` : `a${i},${j}`,
        );
        const m2 = readerModel(publishTable(v2, ALL), 'b', (i, j) =>
          same(i, j) ? `s${i},${j}` : `b${i},${j}`,
        );
        const ranges = new Map([...m1.ranges, ...m2.ranges]);
        const result = propagate(ranges, [...m1.constraints, ...m2.constraints]);
        for (const [i, j] of hiddenCells(v1)) {
          if (!same(i, j)) continue;
          expect(result.get(`s${i},${j}`)).toEqual([1, 4]);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('both versions stay the same whichever value 1–4 an unchanged hidden cell has', () => {
    fc.assert(
      fc.property(versions, ({ v1, v2 }) => {
        const p1 = publishTable(v1, ALL);
        const p2 = publishTable(v2, ALL);
        for (const [i, j] of hiddenCells(v1)) {
          if (v2[i]?.[j] !== v1[i]?.[j]) continue;
          for (let v = 1; v < SUPPRESSION.threshold; v++) {
            expect(publishTable(withCell(v1, i, j, v), ALL)).toEqual(p1);
            expect(publishTable(withCell(v2, i, j, v), ALL)).toEqual(p2);
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  test('the classic differencing attack on exact totals fails: a late submission of 3', () => {
    // Version 1 before municipality A submits, version 2 after: the total is an interval.
    const before = publishTable([[12], [40]], { colTotals: true });
    const after = publishTable([[12], [40], [3]], { colTotals: true });
    expect(before.colTotals?.[0]).toEqual({ kind: 'exact', value: 52 });
    expect(after.colTotals?.[0]).toEqual({ kind: 'interval', lo: 53, hi: 56 });
  });
});

// --- Two periods: the change since the previous period ------------------------------------------------

interface SignedConstraint {
  readonly terms: readonly { readonly v: string; readonly c: 1 | -1 }[];
  readonly lo: number;
  readonly hi: number;
}

/** Bounds propagation over constraints lo ≤ Σ c·x ≤ hi with c = ±1 (sound, integer values). */
function propagateSigned(
  ranges: Map<string, [number, number]>,
  constraints: readonly SignedConstraint[],
): Map<string, [number, number]> {
  const r = new Map([...ranges].map(([k, v]) => [k, [...v] as [number, number]]));
  const min = (t: { v: string; c: 1 | -1 }): number => {
    const x = r.get(t.v) ?? [0, 0];
    return t.c === 1 ? x[0] : -x[1];
  };
  const max = (t: { v: string; c: 1 | -1 }): number => {
    const x = r.get(t.v) ?? [0, 0];
    return t.c === 1 ? x[1] : -x[0];
  };
  for (let changed = true, rounds = 0; changed && rounds < 1000; rounds++) {
    changed = false;
    for (const k of constraints) {
      const sumMin = k.terms.reduce((s, t) => s + min(t), 0);
      const sumMax = k.terms.reduce((s, t) => s + max(t), 0);
      for (const t of k.terms) {
        const range = r.get(t.v);
        if (!range) continue;
        // c·x lies in [lo − (sumMax − max(t)), hi − (sumMin − min(t))].
        const a = k.lo - (sumMax - max(t));
        const b = k.hi - (sumMin - min(t));
        const lo = Math.max(range[0], Math.ceil(t.c === 1 ? a : -b));
        const hi = Math.min(range[1], Math.floor(t.c === 1 ? b : -a));
        if (lo !== range[0] || hi !== range[1]) {
          changed = true;
          range[0] = lo;
          range[1] = hi;
        }
      }
    }
  }
  return r;
}

describe('no hidden value can be derived from two periods and the change between them', () => {
  // Each period: municipalities × indicators. The next period keeps some values (the reader may
  // know which: then they are one unknown), changes others, and may add a municipality.
  const periods = table.chain((p1) =>
    fc
      .tuple(
        fc.array(fc.tuple(fc.nat(), fc.nat(), cellValue), { maxLength: 6 }),
        fc.option(fc.array(cellValue, { minLength: p1[0]?.length ?? 1, maxLength: p1[0]?.length ?? 1 })),
      )
      .map(([changes, added]) => {
        const p2 = p1.map((row) => [...row]);
        for (const [a, b, value] of changes) {
          const row = p2[a % p2.length];
          if (row) row[b % row.length] = value;
        }
        if (added) p2.push(added);
        return { p1, p2 };
      }),
  );

  /** What the summary publishes: both periods' tables and, per column, the change of the total. */
  function publish(p1: Values, p2: Values) {
    const t1 = publishTable(p1, ALL);
    const t2 = publishTable(p2, ALL);
    const width = Math.max(p1[0]?.length ?? 0, p2[0]?.length ?? 0);
    const changes = Array.from({ length: width }, (_, j) =>
      showChange(t2.colTotals?.[j] ?? { kind: 'none' }, t1.colTotals?.[j] ?? { kind: 'none' }),
    );
    return { t1, t2, changes, grand: showChange(t2.grandTotal ?? NONE, t1.grandTotal ?? NONE) };
  }

  function attack(p1: Values, p2: Values, pub: ReturnType<typeof publish>, change = pub.changes) {
    const same = (i: number, j: number): boolean => p1[i]?.[j] !== undefined && p1[i]?.[j] === p2[i]?.[j];
    const name = (period: string) => (i: number, j: number) =>
      same(i, j) ? `s${i},${j}` : `${period}${i},${j}`;
    const m1 = readerModel(pub.t1, 'a', name('a'));
    const m2 = readerModel(pub.t2, 'b', name('b'));
    const constraints: SignedConstraint[] = [...m1.constraints, ...m2.constraints].map((k) => ({
      terms: k.vars.map((v) => ({ v, c: 1 as const })),
      lo: k.lo,
      hi: k.hi,
    }));
    const col = (vals: Values, j: number, period: string): string[] =>
      vals.flatMap((row, i) => (row[j] === undefined ? [] : [name(period)(i, j)]));
    change.forEach((c, j) => {
      const range = prior(c);
      if (!range) return;
      const terms = [
        ...col(p2, j, 'b').map((v) => ({ v, c: 1 as const })),
        ...col(p1, j, 'a').map((v) => ({ v, c: -1 as const })),
      ];
      // A value the same in both periods cancels out of the difference.
      const count = new Map<string, number>();
      for (const t of terms) count.set(t.v, (count.get(t.v) ?? 0) + t.c);
      const net = [...count].filter(([, c]) => c !== 0).map(([v, c]) => ({ v, c: c as 1 | -1 }));
      if (net.length > 0) constraints.push({ terms: net, lo: range[0], hi: range[1] });
    });
    return { result: propagateSigned(new Map([...m1.ranges, ...m2.ranges]), constraints), name, same };
  }

  test('propagating both periods and every change leaves each hidden cell of either period at 1–4', () => {
    fc.assert(
      fc.property(periods, ({ p1, p2 }) => {
        const pub = publish(p1, p2);
        const { result, name } = attack(p1, p2, pub);
        for (const [i, j] of hiddenCells(p1)) expect(result.get(name('a')(i, j))).toEqual([1, 4]);
        for (const [i, j] of hiddenCells(p2)) expect(result.get(name('b')(i, j))).toEqual([1, 4]);
      }),
      { numRuns: 300 },
    );
  });

  test('every published figure of both periods stays the same whichever value 1–4 a hidden cell has', () => {
    fc.assert(
      fc.property(periods, ({ p1, p2 }) => {
        const pub = publish(p1, p2);
        for (const [i, j] of hiddenCells(p1)) {
          for (let v = 1; v < SUPPRESSION.threshold; v++) {
            const q1 = withCell(p1, i, j, v);
            // The same municipality's unchanged value moves in both periods.
            const q2 = p2[i]?.[j] === p1[i]?.[j] ? withCell(p2, i, j, v) : p2;
            expect(publish(q1, q2)).toEqual(pub);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  test('the check has teeth: an exact change across a hidden figure gives it away', () => {
    // Before: 3 (hidden) and 12; now: 12 and 10. The totals are an interval and 22; an exact change
    // (+7) would pin the hidden 3.
    const p1: Values = [[3], [12]];
    const p2: Values = [[10], [12]];
    const pub = publish(p1, p2);
    expect(pub.changes[0]).toEqual({ kind: 'interval', lo: 6, hi: 9 });
    const naive = [{ kind: 'exact', value: 7 } as const];
    const { result } = attack(p1, p2, pub, naive);
    expect(result.get('a0,0')).toEqual([3, 3]);
  });
});
