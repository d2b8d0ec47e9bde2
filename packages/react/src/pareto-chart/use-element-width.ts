import { type RefObject, useEffect, useState } from 'react';

/**
 * The content width of an element, followed with a ResizeObserver once mounted. Until then (and on
 * the server, and where ResizeObserver is missing) it is `fallback`, so the server HTML and the
 * first client render agree and hydration is clean. `enabled: false` skips observing.
 */
export function useElementWidth(
  ref: RefObject<HTMLElement | null>,
  fallback: number,
  enabled = true,
): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!enabled || element === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = Math.floor(entries[0]?.contentRect.width ?? 0);
      // A hidden or not-yet-laid-out element measures 0: keep the last useful width.
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, enabled]);
  return width;
}
