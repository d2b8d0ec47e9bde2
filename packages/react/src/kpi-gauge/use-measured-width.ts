import { type RefCallback, useCallback, useEffect, useState } from 'react';

/**
 * The content width of an element, measured with a ResizeObserver in an effect (like visx's
 * `ParentSize`, without its debounce): `null` until measured, while disabled, where there is no
 * ResizeObserver, or while the element has no layout (width 0). Returns the ref to attach.
 */
export function useMeasuredWidth(enabled: boolean): [number | null, RefCallback<HTMLElement>] {
  const [node, setNode] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  const ref = useCallback<RefCallback<HTMLElement>>((el) => setNode(el), []);

  useEffect(() => {
    if (!enabled || node === null || typeof ResizeObserver === 'undefined') {
      setWidth(null);
      return;
    }
    const observer = new ResizeObserver((entries) => {
      const w = entries[entries.length - 1]?.contentRect.width ?? 0;
      // Whole pixels: sub-pixel jitter must not re-render the SVG.
      setWidth(w > 0 ? Math.floor(w) : null);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [enabled, node]);

  return [enabled ? width : null, ref];
}
