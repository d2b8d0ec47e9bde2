import { type FocusEvent, type KeyboardEvent, useCallback, useRef, useState } from 'react';

/** Roving tabindex over the points: one tab stop, arrows / Home / End move, hover and focus show. */
export function usePointNavigation(count: number, ready: boolean) {
  const [focusIndex, setFocusIndex] = useState(Math.max(count - 1, 0));
  const [hoverIndex, setHoverIndex] = useState<number | null>(null);
  const [hasFocus, setHasFocus] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const elements = useRef<(SVGGElement | null)[]>([]);
  const current = Math.min(focusIndex, Math.max(count - 1, 0));
  const hovered = hoverIndex !== null && hoverIndex < count ? hoverIndex : null;
  const activeIndex = !ready || dismissed ? null : (hovered ?? (hasFocus ? current : null));

  const onKeyDown = useCallback(
    (index: number, event: KeyboardEvent<SVGGElement>) => {
      const next =
        event.key === 'ArrowRight' || event.key === 'ArrowUp'
          ? Math.min(index + 1, count - 1)
          : event.key === 'ArrowLeft' || event.key === 'ArrowDown'
            ? Math.max(index - 1, 0)
            : event.key === 'Home'
              ? 0
              : event.key === 'End'
                ? count - 1
                : null;
      if (event.key === 'Escape') setDismissed(true);
      if (next === null) return;
      event.preventDefault();
      setFocusIndex(next);
      setDismissed(false);
      elements.current[next]?.focus();
    },
    [count],
  );

  return {
    activeIndex,
    onPointerLeave: () => setHoverIndex(null),
    getProps: (index: number) => ({
      ref: (element: SVGGElement | null) => {
        elements.current[index] = element;
      },
      tabIndex: index === current ? 0 : -1,
      'data-active': index === activeIndex,
      onKeyDown: (event: KeyboardEvent<SVGGElement>) => onKeyDown(index, event),
      onFocus: () => {
        setFocusIndex(index);
        setHasFocus(true);
      },
      onBlur: (event: FocusEvent<SVGGElement>) => {
        const to = event.relatedTarget;
        if (!(to instanceof Element && event.currentTarget.parentElement?.contains(to)))
          setHasFocus(false);
        setDismissed(false);
      },
      onPointerEnter: () => {
        setHoverIndex(index);
        setDismissed(false);
      },
    }),
  };
}
