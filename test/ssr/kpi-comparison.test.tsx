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

  it('renders the shared scale note, the sort control, n and a muted row on the server', () => {
    // csat 40/50 → 42/50: z = 0.5206, p = 0.603 → not significant, muted.
    const csat = (numerator: number): MetricValue => ({
      metricId: 'csat',
      value: numerator / 50,
      unit: 'ratio',
      numerator,
      denominator: 50,
      sampleSize: 50,
      sufficient: true,
    });
    const html = renderOnServer(
      <KpiComparison
        before={{ fcr: fcr(700), csat: csat(40) }}
        after={{ fcr: fcr(800), csat: csat(42) }}
        scale="shared"
        defaultSort="improvedFirst"
      />,
    );
    expect(html).toContain('同一单位的行共用刻度');
    expect(html).toContain('<select');
    expect(html).toContain('aria-sort="descending"');
    expect(html).toContain('样本量 1,000 → 1,000');
    expect(html).toContain('data-significance="notSignificant"');
    expect(html).toContain('不显著');
  });
});
