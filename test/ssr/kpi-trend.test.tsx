import { KpiTrend, ServiceScoreProvider } from '@servicescore/react';
import { describe, expect, it } from 'vitest';
import { renderOnServer } from './utils';

describe('KpiTrend on the server', () => {
  it('renders points, limits and the verdict with no DOM', () => {
    // p̄ = (80 + 70 + 90) / 300 = 0.8; limits 0.8 ± 3·√(0.8 × 0.2 / 100) = 0.68 to 0.92: in control.
    const html = renderOnServer(
      <ServiceScoreProvider locale="en-US">
        <KpiTrend
          label="First-contact resolution"
          unit="ratio"
          points={[0.8, 0.7, 0.9].map((value, i) => ({ period: `2026-0${i + 5}`, value, n: 100 }))}
          target={0.85}
        />
      </ServiceScoreProvider>,
    );
    expect(html).toContain('First-contact resolution');
    expect(html).toContain('aria-label="May 2026: 80.0%, n = 100"');
    expect(html).toContain('Every period is within the control limits: ordinary variation');
    expect(html).toContain('Target 85.0%');
    expect(html).toContain('class="ss-kpi-trend__limit"');
  });
});
