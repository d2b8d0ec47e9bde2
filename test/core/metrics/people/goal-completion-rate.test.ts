import { describe, expect, it } from 'vitest';
import { agent, run } from './fixtures';

describe('goalCompletionRate', () => {
  it('pools goals met ÷ goals set over agents', () => {
    // (3 + 1) ÷ (4 + 6) = 0.4 (the mean of 0.75 and 0.1667 would be 0.458)
    const v = run('goalCompletionRate', [
      agent({ goalsMet: 3, goalsSet: 4 }),
      agent({ goalsMet: 1, goalsSet: 6 }),
      agent({ goalsSet: 5 }), // no goalsMet: left out
    ]);
    expect(v.value).toBe(0.4);
    expect(v.numerator).toBe(4);
    expect(v.denominator).toBe(10);
    expect(v.sampleSize).toBe(2);
    expect(v.interval?.[0]).toBeCloseTo(0.1682, 4); // Wilson 4 of 10
    expect(v.interval?.[1]).toBeCloseTo(0.6873, 4);
  });

  it('is null with noData when no goals were set', () => {
    const v = run('goalCompletionRate', [agent({ goalsMet: 0, goalsSet: 0 })]);
    expect(v.value).toBeNull();
    expect(v.reason).toBe('noData');
  });
});
