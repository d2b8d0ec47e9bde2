import { type RefObject, useEffect, useLayoutEffect, useState } from 'react';

/** The rows in view: the first reaching into it and the last starting above its bottom. */
interface View {
  first: number;
  last: number;
}

/** One rendered row: its index and its top and bottom in the scroll content, px. */
export interface WindowItem {
  index: number;
  start: number;
  end: number;
}

// Layout effects measure before paint in the browser; on the server they would only warn (React 18).
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The rows of a fixed-row-height list that are in view in the scroll element, plus `overscan`
 * rows above and below: the same window TanStack Virtual computes for fixed sizes, in a few lines
 * (TanStack Virtual's general, measuring virtualizer was a third of the leaderboard's bundle).
 * Follows the element's scroll position and size. Returns no items until the element is measured
 * with a height (server, first client render, hidden container): the caller shows its first rows.
 */
export function useRowWindow(
  scrollRef: RefObject<HTMLElement | null>,
  count: number,
  rowHeight: number,
  overscan: number,
): { items: WindowItem[]; totalSize: number } {
  const [view, setView] = useState<View | null>(null);
  const printing = usePrinting();

  useIsomorphicLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    // Only a change of the rows in view re-renders (not every scrolled pixel); an element without
    // a height (hidden, or a test DOM) keeps the "not measured" state.
    const update = () => {
      const height = element.clientHeight;
      const next =
        height > 0
          ? {
              first: Math.floor(element.scrollTop / rowHeight),
              last: Math.ceil((element.scrollTop + height) / rowHeight) - 1,
            }
          : null;
      setView((old) =>
        old === next || (old && next && old.first === next.first && old.last === next.last)
          ? old
          : next,
      );
    };
    update();
    element.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(update);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [scrollRef, rowHeight]);

  const totalSize = count * rowHeight;
  // Paper cannot scroll: a printed leaderboard has every row.
  if (printing && count > 0)
    return {
      items: Array.from({ length: count }, (_, index) => ({
        index,
        start: index * rowHeight,
        end: (index + 1) * rowHeight,
      })),
      totalSize,
    };
  if (view === null || count === 0) return { items: [], totalSize };
  // The first row reaching into view, the last one starting above its bottom, and the overscan.
  const first = Math.max(0, Math.min(count - 1, view.first) - overscan);
  const last = Math.min(count - 1, view.last + overscan);
  const items: WindowItem[] = [];
  for (let index = first; index <= last; index++)
    items.push({ index, start: index * rowHeight, end: (index + 1) * rowHeight });
  return { items, totalSize };
}

/**
 * `true` while the page is printed (the `print` media query matches, or between `beforeprint` and
 * `afterprint`); always `false` on the server and in the first client render.
 */
function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia('print');
    const update = () => setPrinting(query.matches);
    const before = () => setPrinting(true);
    query.addEventListener?.('change', update);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', update);
    return () => {
      query.removeEventListener?.('change', update);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', update);
    };
  }, []);
  return printing;
}
