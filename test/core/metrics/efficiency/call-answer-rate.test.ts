import { describe, expect, it } from 'vitest';
import { evaluate } from '@servicescore/core';
import { CALLS_ASOF as ASOF, call, runCalls as run } from './fixtures';

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
