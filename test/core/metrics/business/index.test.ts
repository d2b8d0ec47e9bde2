import { describe, expect, it } from 'vitest';
import { businessMetrics } from '../../../../packages/core/src/metrics/business';

describe('businessMetrics', () => {
  it('lists the KPIS.md business-impact table in order', () => {
    expect(businessMetrics.map((m) => m.id)).toEqual([
      'retentionRate',
      'churnRate',
      'repeatPurchaseRate',
      'avgRepeatPurchases',
      'repeatRevenueShare',
      'careFrequency',
      'opportunityRate',
    ]);
  });

  it('makes churn the only lower-is-better business metric', () => {
    expect(businessMetrics.filter((m) => m.direction === 'lower').map((m) => m.id)).toEqual([
      'churnRate',
    ]);
  });

  it('reads opportunities from resolved tickets and the rest from customer records', () => {
    for (const m of businessMetrics) {
      expect([m.table, m.timestamp]).toEqual(
        m.id === 'opportunityRate' ? ['tickets', 'resolvedAt'] : ['customers', 'period'],
      );
    }
  });
});
