import { describe, expect, it } from 'vitest';
import { DAY, R, T0, WINDOW, later, customerTicket as ticket, run } from './fixtures';

describe('solutionEffectiveness', () => {
  it('divides resolved tickets neither reopened nor repeated by resolved tickets', () => {
    // c1 repeated (✗), c2 reopened (✗), c3 clean (✓), c4 clean (✓) → 2 / 4 = 0.5
    const tickets = [
      ticket({ customerId: 'c1' }),
      later(R + DAY, { customerId: 'c1' }),
      ticket({ customerId: 'c2', reopens: 1 }),
      ticket({ customerId: 'c3' }),
      ticket({ customerId: 'c4', reopens: 0 }),
    ];
    expect(run('solutionEffectiveness', tickets)).toMatchObject({
      value: 0.5,
      numerator: 2,
      denominator: 4,
      sampleSize: 4,
    });
  });

  it('counts a ticket without customerId as effective unless reopened', () => {
    // no customer: clean ✓, reopened ✗ → 1 / 2
    const tickets = [
      ticket({ customerId: undefined }),
      ticket({ customerId: undefined, reopens: 2 }),
    ];
    expect(run('solutionEffectiveness', tickets)).toMatchObject({ value: 0.5, denominator: 2 });
  });

  it('counts a ticket whose repeat window is still open as effective so far', () => {
    // asOf = R + 10 d, no repeat yet → 1 / 1, not censored
    const v = run('solutionEffectiveness', [ticket()], { asOf: R + 10 * DAY });
    expect(v).toMatchObject({ value: 1, denominator: 1 });
    expect(v?.censored).toBeUndefined();
  });

  it('counts a repeat at 30 days + 1 ms as effective', () => {
    expect(run('solutionEffectiveness', [ticket(), later(R + WINDOW + 1)])?.value).toBe(1);
  });

  it('leaves open tickets out', () => {
    // resolved clean + open → 1 / 1
    expect(
      run('solutionEffectiveness', [ticket({ customerId: 'c9' }), later(T0, { customerId: 'c8' })]),
    ).toMatchObject({ value: 1, denominator: 1 });
  });

  it('gives null with reason noData without resolved tickets', () => {
    expect(run('solutionEffectiveness', [])).toMatchObject({
      value: null,
      reason: 'noData',
      sufficient: false,
    });
  });
});
