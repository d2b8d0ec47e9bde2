import { type RefObject, useEffect, useLayoutEffect, useState } from 'react';
import type { RowView } from './row-window';

// Layout effects measure before paint in the browser; on the server they would only warn (React 18).
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * Which rows of a fixed-row-height list are in view in the scroll element (see `rowWindow` for the
 * rows to render), and whether the page is printed. Follows the element's scroll position and
 * size, and re-renders only when the rows in view change, not on every scrolled pixel. `view` is
 * `null` until the element is measured with a height (server, first client render, hidden
 * container).
 */
export function useRowView(
  scrollRef: RefObject<HTMLElement | null>,
  rowHeight: number,
): { view: RowView | null; printing: boolean } {
  const [view, setView] = useState<RowView | null>(null);
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

  return { view, printing };
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
