import { serviceStandardTargets } from '@servicescore/core';
import { KpiCard, ServiceScoreProvider } from '@servicescore/react';
import { describe, expect, it } from 'vitest';
import { renderOnServer } from './utils';

describe('KpiCard on the server', () => {
  it('renders value, delta, target and trend with no DOM', () => {
    // 0.883 − 0.862 = +2.1 pts; 0.883 ÷ 0.95 = 0.92947 → attainment 92.9 %.
    const html = renderOnServer(
      <KpiCard
        metric="csat"
        value={0.883}
        previous={0.862}
        target={serviceStandardTargets}
        trend={[
          { period: '2026-05', value: 0.8 },
          { period: '2026-10', value: 0.883 },
        ]}
      />,
    );
    expect(html).toContain('<article');
    expect(html).toContain('88.3%');
    expect(html).toContain('较上期 +2.1 个百分点，改善');
    expect(html).toContain('目标 ≥ 95.0%，达成率 92.9%');
    expect(html).toContain('aria-label="趋势：2026年5月 80.0% → 2026年10月 88.3%"');
  });

  it('renders English from the provider', () => {
    const html = renderOnServer(
      <ServiceScoreProvider locale="en-US">
        <KpiCard metric="avgResolutionTime" value={90_000_000} previous={80_000_000} />
      </ServiceScoreProvider>,
    );
    expect(html).toContain('Mean time to resolve (MTTR)');
    expect(html).toContain('+2 h 47 min vs previous, worsened');
  });
});
