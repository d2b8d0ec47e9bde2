import { describe, expect, it } from 'vitest';
import { customer, run } from './fixtures';

describe('avgRepeatPurchases', () => {
  it('is the mean of orders − 1 over buyers', () => {
    // (0 + 1 + 4) ÷ 3 = 5 ÷ 3; the customer with 0 orders is left out
    const v = run('avgRepeatPurchases', [
      customer({ orders: 0 }),
      customer({ orders: 1 }),
      customer({ orders: 2 }),
      customer({ orders: 5 }),
    ]);
    expect(v.value).toBeCloseTo(5 / 3, 12);
    expect(v.sum).toBe(5);
    expect(v.count).toBe(3);
  });

  it('is null with noData for no buyers', () => {
    expect(run('avgRepeatPurchases', []).reason).toBe('noData');
  });
});
