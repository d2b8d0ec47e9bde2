import { ParetoChart, ServiceScoreProvider } from '@servicescore/react';
import { describe, expect, it } from 'vitest';
import { renderOnServer } from './utils';

// 32/19/15 of 66: 48.5 %, cumulative 77.3 %, 100 % — at the 0.8 cutoff all three are vital.
const data = [
  { category: '包装破损', count: 32 },
  { category: '配送延迟', count: 19 },
  { category: '响应不及时', count: 15 },
];

describe('ParetoChart on the server', () => {
  it('renders bars, names and the summary at the default width with no DOM', () => {
    const html = renderOnServer(<ParetoChart data={data} />);
    expect(html).toContain('width="640"');
    expect(html).toContain('aria-label="包装破损：32（48.5%），累计 48.5%，关键少数"');
    expect(html).toContain('关键少数：包装破损、配送延迟、响应不及时，占 100.0%');
    expect(html).toContain('截止线 80%');
    expect(html).not.toMatch(/NaN|Infinity/);
  });

  it('renders the en-US texts and the no-data state', () => {
    const html = renderOnServer(
      <ServiceScoreProvider locale="en-US">
        <ParetoChart data={data} />
        <ParetoChart data={[]} />
      </ServiceScoreProvider>,
    );
    expect(html).toContain('Cutoff 80%');
    expect(html).toContain('cumulative 77.3%');
    expect(html).toContain('No data');
  });
});
