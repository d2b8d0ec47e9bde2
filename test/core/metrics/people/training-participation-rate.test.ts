import { describe, expect, it } from 'vitest';
import { evaluate } from '@servicescore/core';
import { ASOF, agent, run } from './fixtures';

describe('trainingParticipationRate', () => {
  it('is trained ÷ agents whose training is known', () => {
    // true, true, false → 2 ÷ 3; the record without `trained` is left out
    const v = run('trainingParticipationRate', [
      agent({ trained: true }),
      agent({ trained: true }),
      agent({ trained: false }),
      agent(),
    ]);
    expect(v.numerator).toBe(2);
    expect(v.denominator).toBe(3);
    expect(v.interval?.[0]).toBeCloseTo(0.2077, 4); // Wilson 2 of 3
  });

  it('is null with noData for no agents', () => {
    expect(run('trainingParticipationRate', []).reason).toBe('noData');
  });
});

describe('agent records are put into periods by their period key', () => {
  it('splits months', () => {
    const evaluation = evaluate(
      {
        tickets: [],
        calls: [],
        agents: [
          agent({ period: '2026-02', trained: false }),
          agent({ period: '2026-03', trained: true }),
        ],
        customers: [],
      },
      { metrics: ['trainingParticipationRate'], asOf: ASOF, period: 'month' },
    );
    expect(
      evaluation.periods.map((p) => [p.period, p.values.trainingParticipationRate?.value]),
    ).toEqual([
      ['2026-02', 0],
      ['2026-03', 1],
    ]);
  });
});
