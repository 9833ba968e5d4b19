// Only the rows in view (and a few either side) are in the DOM; spacers above and below keep the
// scroll box as tall as the whole list. Written here rather than taken from a library because none is
// installed (no @fluentui/react-virtualizer, react-window or @tanstack/react-virtual in node_modules)
// and the need is small: rows whose heights are estimated, then measured once rendered (an issue's
// message wraps to two or three lines in a 340 px pane, and "Ret" opens an editor inside its row),
// kept per row key so a measured row keeps its height when the list is filtered or folded.
// Once scrolled, the box keeps its height while rows are measured: Chromium (the Excel pane's
// WebView2) drops a move of a scroll bar drag each time the scroll height changes under it, so rows
// measured at other heights than estimated during a drag left the thumb behind the pointer, far
// short of the end. The height is corrected at the end and when the rows change.

import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject, type UIEvent } from 'react';

/** Without layout (jsdom) the box has no height: the window is then this tall. */
const FALLBACK_VIEWPORT = 600;

/**
 * The height of the whole list as the box shows it. Held (`held`: the height when the scrolling
 * began), rows measured anew are made up for by the space below the rendered rows, so the height
 * stays; not once the last row is rendered (the end is then the end), nor when the rendered rows
 * alone reach below the held height.
 */
export function shownHeight(
  total: number,
  held: number | null,
  renderedEnd: number,
  atLastRow: boolean,
): number {
  return held === null || atLastRow ? total : Math.max(held, renderedEnd);
}

export interface WindowOf {
  readonly scrollRef: RefObject<HTMLDivElement>;
  readonly onScroll: (event: UIEvent<HTMLDivElement>) => void;
  /** The rows to render: [start, end). */
  readonly start: number;
  readonly end: number;
  /** Spacer heights above and below the rendered rows. */
  readonly before: number;
  readonly after: number;
  /** Scroll a row into view and focus its focus target once rendered. */
  readonly focusRow: (index: number) => void;
}

/** The first index whose row ends below `y` (offsets holds n + 1 running sums). */
function rowAt(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid + 1] ?? 0) <= y) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo);
}

interface Shown {
  readonly height: number;
  readonly keys: readonly string[];
}

/**
 * Rows are marked `data-row-key` in the DOM; the element with `data-focus` inside a row (or the row)
 * takes focus from focusRow.
 */
export function useWindow(
  keys: readonly string[],
  estimate: (index: number) => number,
  overscan = 6,
): WindowOf {
  const scrollRef = useRef<HTMLDivElement>(null);
  const heights = useRef(new Map<string, number>());
  const pendingFocus = useRef<string | null>(null);
  /** The box was scrolled to its very end (a drag of the scroll bar to the bottom, End). */
  const atEnd = useRef(false);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  const [measured, setMeasured] = useState(0);
  /** The list's height (and its rows) when the scrolling began; null before and at the end. */
  const held = useRef<Shown | null>(null);
  /** The height last rendered. */
  const shown = useRef<Shown | null>(null);

  const offsets = useMemo(() => {
    const sums = new Float64Array(keys.length + 1);
    for (let i = 0; i < keys.length; i++) {
      sums[i + 1] = (sums[i] ?? 0) + (heights.current.get(keys[i] ?? '') ?? estimate(i));
    }
    return sums;
    // `measured` changes when a rendered row's height was measured anew.
  }, [keys, estimate, measured]);

  const real = offsets[keys.length] ?? 0;
  // Folded or filtered while scrolling: other rows, so nothing to hold.
  const hold = held.current?.keys === keys ? held.current.height : null;
  const top = Math.min(scrollTop, Math.max(0, (hold ?? real) - viewport));
  const start = keys.length === 0 ? 0 : Math.max(0, rowAt(offsets, top) - overscan);
  const end = Math.min(keys.length, rowAt(offsets, top + viewport) + 1 + overscan);
  const total = shownHeight(real, hold, offsets[end] ?? real, end === keys.length);
  shown.current = { height: total, keys };

  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!box) return;
    if (box.clientHeight > 0 && box.clientHeight !== viewport) setViewport(box.clientHeight);
    let changed = false;
    for (const el of box.querySelectorAll<HTMLElement>('[data-row-key]')) {
      const key = el.dataset.rowKey ?? '';
      const h = el.getBoundingClientRect().height;
      // No layout (jsdom): keep the estimate.
      if (h > 0 && Math.abs((heights.current.get(key) ?? -1) - h) > 0.5) {
        heights.current.set(key, h);
        changed = true;
      }
    }
    if (changed) setMeasured((m) => m + 1);
    // Rows that came into view at the end are taller or shorter than estimated: once measured, the
    // list's height changes under a box scrolled to the end, which would leave it short of the last
    // row. A box at the end stays at the end.
    if (atEnd.current) {
      const bottom = box.scrollHeight - box.clientHeight;
      if (Math.abs(box.scrollTop - bottom) > 1) {
        box.scrollTop = bottom;
        setScrollTop(box.scrollTop);
      }
    }
    const focus = pendingFocus.current;
    if (focus !== null) {
      const row = [...box.querySelectorAll<HTMLElement>('[data-row-key]')].find(
        (el) => el.dataset.rowKey === focus,
      );
      if (row) {
        pendingFocus.current = null;
        (row.querySelector<HTMLElement>('[data-focus]') ?? row).focus();
      }
    }
  });

  // The box's height follows the pane (a resized window, a folded section above).
  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!box || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (box.clientHeight > 0) setViewport(box.clientHeight);
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const onScroll = useCallback((event: UIEvent<HTMLDivElement>) => {
    const box = event.currentTarget;
    atEnd.current = box.scrollTop > 0 && box.scrollTop + box.clientHeight >= box.scrollHeight - 1;
    // At the end the list takes its measured height (the layout effect keeps the box at the end);
    // elsewhere it keeps the height it had when the scrolling began, for the same rows.
    if (atEnd.current) held.current = null;
    else if (held.current === null || held.current.keys !== shown.current?.keys) held.current = shown.current;
    setScrollTop(box.scrollTop);
  }, []);

  const focusRow = useCallback(
    (index: number) => {
      const box = scrollRef.current;
      const key = keys[index];
      if (!box || key === undefined) return;
      const rowTop = offsets[index] ?? 0;
      const rowBottom = offsets[index + 1] ?? rowTop;
      let next = box.scrollTop;
      if (rowTop < next) next = rowTop;
      else if (rowBottom > next + viewport) next = rowBottom - viewport;
      pendingFocus.current = key;
      if (next !== box.scrollTop) {
        box.scrollTop = next;
        setScrollTop(next);
      } else {
        setMeasured((m) => m + 1); // render, so the layout effect focuses the row
      }
    },
    [keys, offsets, viewport],
  );

  return {
    scrollRef,
    onScroll,
    start,
    end,
    before: offsets[start] ?? 0,
    after: total - (offsets[end] ?? total),
    focusRow,
  };
}
