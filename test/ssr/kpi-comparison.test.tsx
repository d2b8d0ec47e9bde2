import type { MetricValue } from '@servicescore/core';
import { KpiComparison } from '@servicescore/react';
import { describe, expect, it } from 'vitest';
import { renderOnServer } from './utils';

const fcr = (numerator: number): MetricValue => ({
  metricId: 'fcr',
  value: numerator / 1000,
  unit: 'ratio',
  numerator,
  denominator: 1000,
  sampleSize: 1000,
  sufficient: true,
});

describe('KpiComparison on the server', () => {
  it('renders the rows, the dumbbells and the table with no DOM', () => {
    // 700/1000 → 800/1000: +10.0 pts, z = 5.16, p < 0.001.
    const html = renderOnServer(
      <KpiComparison
        before={{ fcr: fcr(700) }}
        after={{ fcr: fcr(800) }}
        labels={{ before: '改进前 2026年7月', after: '改进后 2026年10月' }}
      />,
    );
    expect(html).toContain('role="group"');
    expect(html).toContain('首次解决率');
    expect(html).toContain('+10.0 个百分点');
    expect(html).toContain('显著');
    expect(html).toContain('p &lt; 0.001');
    expect(html).toContain('<table');
    expect(html).toContain('改进后 2026年10月');
    expect(html).toContain('class="ss-kpi-comparison__dot-after"');
  });
});
