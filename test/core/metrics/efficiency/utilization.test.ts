import { describe, expect, it } from 'vitest';
import type { AgentRecord } from '@servicescore/core';
import { evaluate } from '@servicescore/core';

const ASOF = Date.UTC(2026, 3, 1);

function agent(fields: Partial<AgentRecord> = {}): AgentRecord {
  return { agentId: 'a', period: '2026-03', ...fields };
}

describe('utilization', () => {
  it('pools busy ÷ available time over agents', () => {
    // (1 800 + 27 000) ÷ (3 600 + 28 800) = 28 800 ÷ 32 400 = 0.888…
    // (the mean of the agents' rates, (0.5 + 0.9375) ÷ 2 = 0.71875, would be wrong)
    const evaluation = evaluate(
      {
        tickets: [],
        calls: [],
        agents: [
          agent({ agentId: 'a', busySeconds: 1_800, availableSeconds: 3_600 }),
          agent({ agentId: 'b', busySeconds: 27_000, availableSeconds: 28_800 }),
          agent({ agentId: 'c', busySeconds: 100 }), // no available time: left out
        ],
        customers: [],
      },
      { metrics: ['utilization'], asOf: ASOF },
    );
    const v = evaluation.overall.utilization;
    expect(v?.value).toBeCloseTo(28_800 / 32_400, 12);
    expect(v?.numerator).toBe(28_800);
    expect(v?.denominator).toBe(32_400);
    expect(v?.sampleSize).toBe(2);
  });

  it('is null with noData when no available time is recorded', () => {
    const evaluation = evaluate(
      {
        tickets: [],
        calls: [],
        agents: [agent({ busySeconds: 0, availableSeconds: 0 })],
        customers: [],
      },
      { metrics: ['utilization'], asOf: ASOF },
    );
    expect(evaluation.overall.utilization?.value).toBeNull();
    expect(evaluation.overall.utilization?.reason).toBe('noData');
  });
});
