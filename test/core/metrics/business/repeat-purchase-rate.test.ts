import { describe, expect, it } from 'vitest';
import { customer, run } from './fixtures';

describe('repeatPurchaseRate', () => {
  it('is customers with ≥ 2 orders ÷ customers with ≥ 1 order', () => {
    // orders 1, 2, 5 → 2 ÷ 3; 0 orders and unknown left out
    const v = run('repeatPurchaseRate', [
      customer({ orders: 0 }),
      customer({ orders: 1 }),
      customer({ orders: 2 }),
      customer({ orders: 5 }),
      customer(),
    ]);
    expect(v.numerator).toBe(2);
    expect(v.denominator).toBe(3);
  });

  it('is null with noData when nobody bought', () => {
    expect(run('repeatPurchaseRate', [customer({ orders: 0 })]).value).toBeNull();
  });
});
