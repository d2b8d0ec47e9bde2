import { KpiGauge } from '@servicescore/react';
import { act, cleanup, render } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { captureConsoleErrors } from '../utils';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const gauge = (value: number | null) => (
  <StrictMode>
    <KpiGauge value={value} unit="ratio" label="响应及时率" />
  </StrictMode>
);
const fillOf = (container: HTMLElement) => {
  const d = container.querySelector('.ss-kpi-gauge__fill')?.getAttribute('data-value');
  return d == null ? null : Number(d);
};
const frame = () => new Promise((resolve) => setTimeout(resolve, 16));

describe('KpiGauge motion', () => {
  const consoleErrors = captureConsoleErrors();

  it('draws the final value on the first render', () => {
    const { container } = render(gauge(0.7));
    expect(fillOf(container)).toBe(0.7);
  });

  it('moves from the previous value to the new one, never back to 0', async () => {
    // Sample the frames as they are painted: inside act() React would hold them until the end.
    const env = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    env.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      const { container, rerender } = render(gauge(0.5));
      rerender(gauge(0.9));
      const seen: number[] = [fillOf(container)!];
      for (let i = 0; i < 100 && seen[seen.length - 1] !== 0.9; i++) {
        await frame();
        seen.push(fillOf(container)!);
      }
      expect(seen[0]).toBe(0.5);
      expect(Math.min(...seen)).toBe(0.5);
      expect(seen.some((v) => v > 0.5 && v < 0.9)).toBe(true);
      expect(seen[seen.length - 1]).toBe(0.9);
      // The text is never tweened: it says the new value at once.
      expect(container.querySelector('.ss-kpi-gauge__value')?.textContent).toBe('90.0%');
      consoleErrors.expectNone();
    } finally {
      env.IS_REACT_ACT_ENVIRONMENT = true;
    }
  });

  it('jumps straight to the new value under prefers-reduced-motion', () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) =>
        ({ matches: query.includes('reduce'), media: query }) as unknown as MediaQueryList,
    );
    const { container, rerender } = render(gauge(0.5));
    rerender(gauge(0.9));
    expect(fillOf(container)).toBe(0.9);
  });

  it('jumps between no data and a value', () => {
    const { container, rerender } = render(gauge(null));
    expect(fillOf(container)).toBeNull();
    rerender(gauge(0.6));
    expect(fillOf(container)).toBe(0.6);
  });
});

describe('KpiGauge width', () => {
  it("draws 200 px wide until an 'auto' gauge is measured, then fills its container", () => {
    let report: ((entries: { contentRect: { width: number } }[]) => void) | null = null;
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(callback: typeof report) {
          report = callback;
        }
        observe() {}
        disconnect() {}
      },
    );
    const { container } = render(<KpiGauge value={0.5} unit="ratio" label="x" width="auto" />);
    const svg = () => container.querySelector('svg.ss-kpi-gauge__svg')!;
    expect(svg().getAttribute('width')).toBe('200');
    expect(container.firstElementChild?.className).toContain('ss-kpi-gauge--auto');
    act(() => report!([{ contentRect: { width: 320.6 } }]));
    expect(svg().getAttribute('width')).toBe('320');
    expect(svg().getAttribute('viewBox')?.startsWith('0 0 320 ')).toBe(true);
  });

  it('takes a fixed width in px', () => {
    const { container } = render(<KpiGauge value={0.5} unit="ratio" label="x" width={150} />);
    expect(container.querySelector('svg')?.getAttribute('width')).toBe('150');
    expect((container.firstElementChild as HTMLElement).style.width).toBe('150px');
  });
});
