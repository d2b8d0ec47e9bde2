import { useKpiCard, useKpiComparison } from '@servicescore/react';
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

describe('useKpiCard (for hosts that draw their own card)', () => {
  it('returns the core comparison, texts and root props that name the root by the label', () => {
    const { result } = renderHook(() =>
      useKpiCard({ metric: 'csat', value: 0.883, previous: 0.862, target: 0.95 }),
    );
    const s = result.current;
    expect(s.delta?.comparison?.change).toBe('improved');
    // 0.883 − 0.862 = 0.021 (binary: within 1e-12)
    expect(s.delta?.comparison?.delta).toBeCloseTo(0.021, 12);
    expect(s.rootProps['aria-labelledby']).toBe(s.labelProps.id);
    expect(s.valueText).toBe('88.3%');
    // 0.883 ÷ 0.95 = 0.929473…
    expect(s.target?.check.attainment).toBeCloseTo(0.929474, 6);
    expect(s.target?.status).toBe('notMet');
  });
});

describe('useKpiComparison (for hosts that draw their own chart)', () => {
  it('returns one row per metric with the core comparison and the row axis', () => {
    const v = (n: number) => ({
      metricId: 'fcr',
      value: n / 100,
      unit: 'ratio' as const,
      numerator: n,
      denominator: 100,
      sampleSize: 100,
      sufficient: true,
    });
    const { result } = renderHook(() =>
      useKpiComparison({ before: { fcr: v(70) }, after: { fcr: v(80) } }),
    );
    const [row] = result.current.rows;
    expect(row?.comparison.change).toBe('improved');
    expect(row?.deltaText).toBe('+10.0 个百分点');
    // change 0.1 < 20-point floor: [0.65, 0.85]
    expect(row?.domain?.[0]).toBeCloseTo(0.65, 12);
    expect(result.current.toggleProps['aria-controls']).toBe(result.current.tableProps.id);
  });
});
