import { describe, expect, it } from 'vitest';
import { customer, run } from './fixtures';

describe('careFrequency', () => {
  it('is care contacts per customer, explicit zeros included', () => {
    // (3 + 1 + 0) ÷ 3 = 1.333…
    const v = run('careFrequency', [
      customer({ careContacts: 3 }),
      customer({ careContacts: 1 }),
      customer({ careContacts: 0 }),
      customer(),
    ]);
    expect(v.value).toBeCloseTo(4 / 3, 12);
    expect(v.numerator).toBe(4);
    expect(v.denominator).toBe(3);
  });

  it('is null with noData for no customers', () => {
    expect(run('careFrequency', []).reason).toBe('noData');
  });
});
