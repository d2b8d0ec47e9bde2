import { describe, expect, it } from 'vitest';
import { H, T0, resolved, run, ticket } from './fixtures';

describe('requestVolume', () => {
  it('counts resolved tickets only', () => {
    // resolved + closed-with-resolvedAt = 2; open and closed-without-resolution not counted
    const v = run('requestVolume', [
      resolved(1),
      resolved(2, { status: 'closed', closedAt: T0 + 3 * H }),
      ticket(),
      ticket({ status: 'closed', closedAt: T0 + H }),
    ]);
    expect(v.value).toBe(2);
    expect(v.sampleSize).toBe(2);
  });

  it('does not count excluded tickets', () => {
    expect(run('requestVolume', [resolved(1), resolved(1, { excluded: 'duplicate' })]).value).toBe(
      1,
    );
  });

  it('gives 0, not null, when nothing was resolved', () => {
    for (const tickets of [[], [ticket()]]) {
      const v = run('requestVolume', tickets);
      expect(v.value).toBe(0);
      expect(v.sufficient).toBe(true);
      expect(v.reason).toBeUndefined();
    }
  });
});
