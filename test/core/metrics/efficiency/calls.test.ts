import { describe, expect, it } from 'vitest';
import type { AgentRecord, ServiceCall } from '@servicescore/core';
import { evaluate } from '@servicescore/core';
import type { EvaluateOptions } from '@servicescore/core';

const T0 = Date.UTC(2026, 2, 2, 9); // Monday 2026-03-02 09:00 UTC
const ASOF = Date.UTC(2026, 3, 1);

function call(fields: Partial<ServiceCall> = {}): ServiceCall {
  return { id: 'c', startedAt: T0, answered: true, ...fields };
}
function run(id: string, calls: ServiceCall[], options: Partial<EvaluateOptions> = {}) {
  const evaluation = evaluate(
    { tickets: [], calls, agents: [], customers: [] },
    { metrics: [id], asOf: ASOF, ...options },
  );
  const value = evaluation.overall[id];
  if (value === undefined) throw new Error(`no value for ${id}`);
  return value;
}

describe('callAnswerRate', () => {
  it('is answered ÷ offered calls', () => {
    // 3 answered of 4 offered → 0.75
    const v = run('callAnswerRate', [call(), call(), call(), call({ answered: false })]);
    expect(v.value).toBe(0.75);
    expect(v.numerator).toBe(3);
    expect(v.denominator).toBe(4);
  });

  it('is null with noData for no calls', () => {
    expect(run('callAnswerRate', []).reason).toBe('noData');
  });
});

describe('avgSpeedOfAnswer', () => {
  it('is the mean wait of answered calls, in milliseconds', () => {
    // (10 + 20 + 30) s ÷ 3 = 20 s = 20 000 ms; the abandoned call (100 s) and the answered call
    // without a wait are left out
    const v = run('avgSpeedOfAnswer', [
      call({ waitSeconds: 10 }),
      call({ waitSeconds: 20 }),
      call({ waitSeconds: 30 }),
      call({ answered: false, waitSeconds: 100 }),
      call(),
    ]);
    expect(v.value).toBe(20_000);
    expect(v.count).toBe(3);
    expect(v.median).toBe(20_000);
  });

  it('is null with noData when no answered call has a wait', () => {
    expect(run('avgSpeedOfAnswer', [call({ answered: false, waitSeconds: 5 })]).value).toBeNull();
  });
});

describe('serviceLevel', () => {
  it('counts answered within the threshold, inclusive, over offered calls', () => {
    // hit 20 s (= threshold); miss 21 s; miss: abandoned after 5 s; answered without wait: left out
    // → 1 ÷ 3
    const calls = [
      call({ waitSeconds: 20 }),
      call({ waitSeconds: 21 }),
      call({ answered: false, waitSeconds: 5 }),
      call(),
    ];
    const v = run('serviceLevel', calls);
    expect(v.numerator).toBe(1);
    expect(v.denominator).toBe(3);
  });

  it('uses the serviceLevelSeconds option', () => {
    // threshold 30 s: 20 s and 21 s both hit → 2 ÷ 3
    const calls = [call({ waitSeconds: 20 }), call({ waitSeconds: 21 }), call({ answered: false })];
    expect(run('serviceLevel', calls, { serviceLevelSeconds: 30 }).numerator).toBe(2);
  });

  it('is null with noData for no calls', () => {
    expect(run('serviceLevel', []).value).toBeNull();
  });
});

describe('avgTalkTime', () => {
  it('excludes unanswered calls, so their zeros do not drag the mean down', () => {
    // (60 + 120) s ÷ 2 = 90 s; with the unanswered 0 it would wrongly be 60 s
    const v = run('avgTalkTime', [
      call({ talkSeconds: 60 }),
      call({ talkSeconds: 120 }),
      call({ answered: false, talkSeconds: 0 }),
    ]);
    expect(v.value).toBe(90_000);
    expect(v.count).toBe(2);
  });

  it('is null with noData when only unanswered calls were offered', () => {
    expect(run('avgTalkTime', [call({ answered: false, talkSeconds: 0 })]).reason).toBe('noData');
  });
});

describe('avgCallHandleTime', () => {
  it('is the mean of talk + hold + wrap over answered calls, missing parts counting 0', () => {
    // (60 + 30 + 30) = 120 s and (200 + 0 + 0) = 200 s → 160 s = 160 000 ms
    const v = run('avgCallHandleTime', [
      call({ talkSeconds: 60, holdSeconds: 30, wrapSeconds: 30 }),
      call({ talkSeconds: 200 }),
      call({ holdSeconds: 50 }), // no talk time: left out
      call({ answered: false, talkSeconds: 0, wrapSeconds: 10 }), // unanswered: left out
    ]);
    expect(v.value).toBe(160_000);
    expect(v.sum).toBe(320_000);
    expect(v.count).toBe(2);
  });
});

describe('callResolutionRate', () => {
  it('is resolved ÷ answered calls with a known outcome', () => {
    // true, false → 1 ÷ 2; unknown and unanswered left out
    const v = run('callResolutionRate', [
      call({ resolved: true }),
      call({ resolved: false }),
      call(),
      call({ answered: false, resolved: false }),
    ]);
    expect(v.value).toBe(0.5);
    expect(v.denominator).toBe(2);
  });
});

describe('calls are put into periods by startedAt', () => {
  it('splits calls by the day they started', () => {
    const evaluation = evaluate(
      {
        tickets: [],
        calls: [call({ startedAt: Date.UTC(2026, 2, 1, 23, 59) }), call({ answered: false })],
        agents: [],
        customers: [],
      },
      { metrics: ['callAnswerRate'], asOf: ASOF, period: 'day' },
    );
    expect(evaluation.periods.map((p) => [p.period, p.values.callAnswerRate?.value])).toEqual([
      ['2026-03-01', 1],
      ['2026-03-02', 0],
    ]);
  });
});

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
