// SheetView (core/structure/sheet.ts): cells grouped by row whatever order the grid gives them in.

import type { GridCell, GridSheet } from '../../../core/grid';
import { SheetView, displayText } from '../../../core/structure/sheet';

const CELLS: GridCell[] = [
  { r: 0, c: 0, v: 'Titel', t: 's' },
  { r: 2, c: 0, v: 'Aktivitet', t: 's' },
  { r: 2, c: 1, v: '   ', t: 's', fill: 'FF0000' },
  { r: 2, c: 3, v: 'Status', t: 's', bold: true },
  { r: 3, c: 1, v: 46000, t: 'n', fmt: 'dd-mm-yyyy' },
  { r: 3, c: 2, v: 'Møde', t: 's', fill: '00B050' },
  { r: 5, c: 4, v: true, t: 'b' },
];

function sheetOf(cells: readonly GridCell[]): GridSheet {
  return {
    name: 'Plan',
    state: 'visible',
    cells,
    merges: [],
    comments: [],
    tables: [],
    drawings: [],
    fills: [{ r: 4, c: 0, fill: '0000FF' }],
  };
}

/** What a view tells of its sheet, read through its public methods. */
function described(view: SheetView): unknown {
  return {
    rows: view.rows,
    maxRow: view.maxRow,
    hasFills: view.hasFills,
    cells: view.rows.map((r) => view.rowCells(r).map((c) => [c.r, c.c])),
    between: view.rowsBetween(1, 4),
    // rowsBetween(r0, r1) is rows[rowIndexFrom(r0)] up to rows[rowIndexFrom(r1 + 1)].
    indexFrom: [-1, 0, 1, 2, 3, 4, 5, 6].map((r) => view.rowIndexFrom(r)),
    inColumns: [0, 1, 2, 3, 4, 5].map((r) => view.hasCellsBetween(r, 1, 2)),
    fills: [
      [2, 1],
      [3, 2],
      [4, 0],
      [0, 0],
    ].map(([r, c]) => view.fillAt(r as number, c as number)),
    filledRows: [0, 2, 3, 4, 5].map((r) => view.rowHasFill(r)),
    unused: view.unusedCells().map((c) => [c.r, c.c]),
  };
}

describe('SheetView', () => {
  it('groups cells given out of order as it groups them sorted', () => {
    const sorted = new SheetView(sheetOf(CELLS), false);
    const shuffled = new SheetView(sheetOf([...CELLS].reverse()), false);
    const swapped = new SheetView(
      sheetOf([CELLS[0], CELLS[3], CELLS[2], CELLS[1], ...CELLS.slice(4)] as GridCell[]),
      false,
    );
    expect(described(shuffled)).toEqual(described(sorted));
    expect(described(swapped)).toEqual(described(sorted));
    expect(described(sorted)).toEqual({
      rows: [0, 2, 3, 5],
      maxRow: 5,
      hasFills: true,
      // The blank cell (spaces) is no cell; its colour stays.
      cells: [
        [[0, 0]],
        [
          [2, 0],
          [2, 3],
        ],
        [
          [3, 1],
          [3, 2],
        ],
        [[5, 4]],
      ],
      between: [2, 3],
      indexFrom: [0, 0, 1, 1, 2, 3, 3, 4],
      inColumns: [false, false, false, true, false, false],
      fills: ['FF0000', '00B050', '0000FF', undefined],
      filledRows: [false, true, true, true, false],
      unused: [
        [0, 0],
        [2, 0],
        [2, 3],
        [3, 1],
        [3, 2],
        [5, 4],
      ],
    });
  });

  it('says when its rows hold every cell of the sheet in the sheet order', () => {
    const noBlank = CELLS.filter((c) => c.v !== '   ');
    expect(new SheetView(sheetOf(noBlank), false).rowsHoldAllCells).toBe(true);
    expect(new SheetView(sheetOf([...noBlank].reverse()), false).rowsHoldAllCells).toBe(false);
    expect(new SheetView(sheetOf(CELLS), false).rowsHoldAllCells).toBe(false);
  });

  it('marks used cells by position', () => {
    const view = new SheetView(sheetOf([...CELLS].reverse()), false);
    view.use(2, 3);
    view.useCell(CELLS[4]);
    view.use(2, 1); // the blank cell: nothing to mark
    expect(view.isUsed(2, 3)).toBe(true);
    expect(view.isUsed(2, 0)).toBe(false);
    expect(view.unusedCells().map((c) => view.a1(c.r, c.c))).toEqual(['A1', 'A3', 'C4', 'E6']);
  });
});

describe('displayText', () => {
  const text = (v: string): string => displayText({ r: 0, c: 0, v, t: 's' }, false);

  it('trims white space at either end as String.prototype.trim does, of every kind', () => {
    expect(text('  Møde ')).toBe('Møde');
    expect(text('\tMøde\n')).toBe('Møde');
    expect(text('Møde\u00a0')).toBe('Møde');
    expect(text('\u3000Møde')).toBe('Møde');
    expect(text('Møde\ufeff')).toBe('Møde');
    expect(text('\u2003Møde\u2028')).toBe('Møde');
    expect(text('   ')).toBe('');
    expect(text('')).toBe('');
  });

  it('keeps a text with visible characters at both ends as it is, spaces inside too', () => {
    expect(text('Møde  med  leder')).toBe('Møde  med  leder');
    expect(text('x')).toBe('x');
    expect(text('😀 Møde 😀')).toBe('😀 Møde 😀');
  });
});

describe('rowCells', () => {
  it('gives the whole row by default, its last columns too, and only columns c0..c1 when asked', () => {
    const far: GridCell[] = [
      { r: 1, c: 0, v: 'A', t: 's' },
      { r: 1, c: 16383, v: 'XFD', t: 's' },
      { r: 1, c: 18277, v: 'ZZZ', t: 's' },
    ];
    const view = new SheetView(sheetOf(far), false);
    expect(view.rowCells(1).map((c) => c.v)).toEqual(['A', 'XFD', 'ZZZ']);
    expect(view.rowCells(1, 0, Number.MAX_SAFE_INTEGER).map((c) => c.v)).toEqual(['A', 'XFD', 'ZZZ']);
    expect(view.rowCells(1, 0, 16383).map((c) => c.v)).toEqual(['A', 'XFD']);
    expect(view.rowCells(1, 1).map((c) => c.v)).toEqual(['XFD', 'ZZZ']);
  });
});
