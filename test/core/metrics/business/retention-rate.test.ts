import { describe, expect, it } from 'vitest';
import { cohort, customer, run } from './fixtures';

describe('retentionRate', () => {
  it('is active at start and end ÷ active at start', () => {
    // 3 ÷ 4 = 0.75
    const v = run('retentionRate', cohort);
    expect(v.value).toBe(0.75);
    expect(v.numerator).toBe(3);
    expect(v.denominator).toBe(4);
  });

  it('is null with noData without customers active at the start', () => {
    expect(
      run('retentionRate', [customer({ activeAtStart: false, activeAtEnd: true })]).reason,
    ).toBe('noData');
  });
});
