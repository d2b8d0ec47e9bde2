import { describe, expect, it } from 'vitest';
import { customer, run } from './fixtures';

describe('repeatRevenueShare', () => {
  it('pools repeat revenue ÷ revenue', () => {
    // (500 + 300) ÷ (1 000 + 3 000) = 0.2 (the mean of 0.5 and 0.1 would be 0.3)
    const v = run('repeatRevenueShare', [
      customer({ revenue: 1_000, repeatRevenue: 500 }),
      customer({ revenue: 3_000, repeatRevenue: 300 }),
      customer({ revenue: 9_000 }), // repeat revenue unknown: left out
    ]);
    expect(v.value).toBe(0.2);
    expect(v.numerator).toBe(800);
    expect(v.denominator).toBe(4_000);
    expect(v.interval).toBeUndefined();
  });

  it('is null with noData when there is no revenue', () => {
    expect(
      run('repeatRevenueShare', [customer({ revenue: 0, repeatRevenue: 0 })]).value,
    ).toBeNull();
  });
});
