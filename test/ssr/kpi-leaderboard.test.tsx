import { afterSalesTemplate } from '@servicescore/core';
import { KpiLeaderboard, ServiceScoreProvider } from '@servicescore/react';
import { describe, expect, it } from 'vitest';
import { evaluationOf, fourAgents, fourNames, mv } from '../react/kpi-leaderboard/fixtures';
import { renderOnServer } from './utils';

describe('KpiLeaderboard on the server', () => {
  it('renders the table, the sort state and the rows with no DOM', () => {
    const html = renderOnServer(
      <ServiceScoreProvider locale="en-US">
        <KpiLeaderboard
          evaluation={fourAgents}
          metrics={['csat', 'avgResolutionTime', 'fcr']}
          names={fourNames}
          template={afterSalesTemplate}
        />
      </ServiceScoreProvider>,
    );
    expect(html).toContain('aria-label="KPI leaderboard"');
    expect(html).toContain('aria-rowcount="5"');
    // The total column is sorted best first; 张伟 scores 90.0 (see the react tests).
    expect(html).toContain('aria-sort="descending"');
    expect(html).toContain('张伟');
    expect(html).toContain('90.0');
    expect(html).toContain('Excellent');
    expect(html).toContain('Insufficient sample');
  });

  it('renders the first 20 of 10,000 rows, no measurement needed', () => {
    const groups = Array.from({ length: 10_000 }, (_, i) => ({
      key: `K${i}`,
      values: { fcr: mv('fcr', (i % 100) / 100, 'ratio') },
    }));
    const html = renderOnServer(
      <KpiLeaderboard evaluation={evaluationOf(groups)} metrics={['fcr']} />,
    );
    expect(html.match(/class="ss-kpi-leaderboard__row"/g)).toHaveLength(20);
    expect(html).toContain('aria-rowcount="10001"');
  });
});
