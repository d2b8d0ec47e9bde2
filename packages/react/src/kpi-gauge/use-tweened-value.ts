import { useEffect, useRef, useState } from 'react';

/** Duration of the gauge's value transition, ms. */
export const gaugeTweenMs = 400;

const easeOutCubic = (t: number) => 1 - (1 - t) ** 3;

function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/**
 * The value to draw right now while `target` changes: the first render (and the server) gets
 * `target` itself; a later change tweens from the value currently drawn — never from 0 — to the
 * new one over {@link gaugeTweenMs} with requestAnimationFrame, in an effect. Under
 * `prefers-reduced-motion: reduce`, or when either end is `null`, it jumps.
 */
export function useTweenedValue(target: number | null): number | null {
  const [shown, setShown] = useState(target);
  // What is on screen now, readable by the next effect without re-running it on every frame.
  const shownRef = useRef(target);

  useEffect(() => {
    const from = shownRef.current;
    if (from === target) return;
    if (from === null || target === null || prefersReducedMotion()) {
      shownRef.current = target;
      setShown(target);
      return;
    }
    let frame = 0;
    let start: number | null = null;
    const step = (now: number) => {
      if (start === null) start = now;
      const t = Math.min(1, (now - start) / gaugeTweenMs);
      const next = t >= 1 ? target : from + (target - from) * easeOutCubic(t);
      shownRef.current = next;
      setShown(next);
      if (t < 1) frame = window.requestAnimationFrame(step);
    };
    frame = window.requestAnimationFrame(step);
    return () => window.cancelAnimationFrame(frame);
  }, [target]);

  return shown;
}
