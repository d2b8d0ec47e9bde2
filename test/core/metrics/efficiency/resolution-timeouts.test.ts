import { describe, expect, it } from 'vitest';
import { H, T0, resolved, run, ticket } from './fixtures';

describe('resolutionTimeouts', () => {
  it('counts late resolutions and overdue open tickets', () => {
    // policy normal = 24 h; asOf = T0 + 100 h
    const v = run('resolutionTimeouts', [
      resolved(25), // late → 1
      resolved(24), // exactly on the due instant → 0
      ticket(), // open, due T0 + 24 h < asOf → 1
      ticket({ createdAt: T0 + 90 * H }), // open, due T0 + 114 h → considered, 0
    ]);
    expect(v.value).toBe(2);
    expect(v.sampleSize).toBe(4);
  });

  it('counts an urgent ticket resolved in 2 h 1 min', () => {
    expect(run('resolutionTimeouts', [resolved(2 + 1 / 60, { priority: 'urgent' })]).value).toBe(1);
    expect(run('resolutionTimeouts', [resolved(2, { priority: 'urgent' })]).value).toBe(0);
  });

  it('gives 0, not null, for no tickets', () => {
    const v = run('resolutionTimeouts', []);
    expect(v.value).toBe(0);
    expect(v.sufficient).toBe(true);
  });
});
