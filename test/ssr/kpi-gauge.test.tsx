import { afterSalesTemplate } from '@servicescore/core';
import { KpiGauge, ServiceScoreProvider } from '@servicescore/react';
import { describe, expect, it } from 'vitest';
import { renderOnServer } from './utils';

// 响应及时率: ≥ 95 % → 10, ≥ 90 % → 8, else 5.
const rule = afterSalesTemplate.dimensions[0]!.indicators[0]!.rule;

describe('KpiGauge on the server', () => {
  it('renders the meter, the value and the spoken text with no DOM', () => {
    const html = renderOnServer(
      <KpiGauge value={0.935} unit="ratio" rule={rule} target={0.95} label="响应及时率" />,
    );
    expect(html).toContain('role="meter"');
    expect(html).toContain('aria-valuenow="0.935"');
    // 0.935 → 8 of 10 points → 80 → 良好.
    expect(html).toContain('aria-valuetext="93.5%，良好，目标 95%"');
    // The unit is a smaller tspan after the digits; the target's value labels its tick.
    expect(html).toMatch(
      />93\.5<tspan class="ss-kpi-gauge__unit" font-size="16">%<\/tspan><\/text>/,
    );
    expect(html).toContain('>95%</text>');
    expect(html).toContain('响应及时率');
  });

  it("renders an 'auto' gauge at the default 200 px", () => {
    const html = renderOnServer(<KpiGauge value={0.5} unit="ratio" label="x" width="auto" />);
    expect(html).toMatch(/<svg[^>]* width="200"/);
  });

  it('renders the no-data state in English under an en-US provider', () => {
    const html = renderOnServer(
      <ServiceScoreProvider locale="en-US">
        <KpiGauge metric="csat" value={null} />
      </ServiceScoreProvider>,
    );
    expect(html).toContain('No data');
    expect(html).toContain('role="group"');
    expect(html).not.toMatch(/NaN|null%/);
  });
});
