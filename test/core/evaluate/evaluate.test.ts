import {
  type AgentRecord,
  defineMetric,
  evaluate,
  Outcome,
  type ServiceCall,
} from '@servicescore/core';
import { ratioAccumulator, sumRatioAccumulator } from '@servicescore/core/advanced';
import { describe, expect, it } from 'vitest';
import { agent, call, dataset, H, ticket } from './fixtures';

const asOf = Date.UTC(2026, 5, 1);
const rated = (
  id: string,
  csat: number,
  extra: Parameters<typeof ticket>[0] extends infer T ? Partial<T> : never = {},
) => ticket({ id, status: 'resolved', resolvedAt: Date.UTC(2026, 2, 2, 12), csat, ...extra });

// A tiny custom call metric, so that these engine tests do not depend on the catalogue's wording.
const answered = defineMetric({
  id: 'answeredShare',
  label: { 'zh-CN': '接通', 'en-US': 'Answered' },
  formula: { 'zh-CN': '接通 ÷ 呼入', 'en-US': 'answered ÷ offered' },
  unit: 'ratio',
  direction: 'higher',
  category: 'custom',
  table: 'calls',
  timestamp: 'startedAt',
  minSample: 1,
  accumulator: ratioAccumulator((c: ServiceCall) => (c.answered ? Outcome.Hit : Outcome.Miss)),
});
const goals = defineMetric({
  id: 'goalsShare',
  label: { 'zh-CN': '目标', 'en-US': 'Goals' },
  formula: { 'zh-CN': 'Σ完成 ÷ Σ设定', 'en-US': 'Σ met ÷ Σ set' },
  unit: 'ratio',
  direction: 'higher',
  category: 'custom',
  table: 'agents',
  timestamp: 'period',
  minSample: 1,
  accumulator: sumRatioAccumulator((a: AgentRecord, out) => {
    if (a.goalsSet === undefined || a.goalsMet === undefined) return false;
    out.numerator = a.goalsMet;
    out.denominator = a.goalsSet;
    return true;
  }),
});

describe('evaluate: pooling and grouping', () => {
  // Agent A: csat 5, 4, 2 → 2 of 3 top-box. Agent B: csat 5 → 1 of 1.
  const data = dataset({
    tickets: [
      rated('T1', 5, { agentId: 'A' }),
      rated('T2', 4, { agentId: 'A' }),
      rated('T3', 2, { agentId: 'A' }),
      rated('T4', 5, { agentId: 'B' }),
    ],
  });

  it('pools the overall value from summed numerators and denominators, not from group values', () => {
    const e = evaluate(data, { metrics: ['csat'], groupBy: 'agentId', asOf });
    // Pooled: (2 + 1) / (3 + 1) = 0.75. The mean of the group values would be (0.667 + 1) / 2 = 0.833.
    expect(e.overall.csat?.value).toBe(0.75);
    expect(e.overall.csat?.numerator).toBe(3);
    expect(e.overall.csat?.denominator).toBe(4);
    expect(
      e.groups.map((g) => [g.key, g.values.csat?.numerator, g.values.csat?.denominator]),
    ).toEqual([
      ['A', 2, 3],
      ['B', 1, 1],
    ]);
  });

  it('keeps records without a group key in the overall and counts them as ungrouped', () => {
    const e = evaluate(dataset({ tickets: [...data.tickets, rated('T5', 1)] }), {
      metrics: ['csat'],
      groupBy: 'agentId',
      asOf,
    });
    // Overall: 3 of 5. Groups still A (2/3) and B (1/1); T5 has no agent.
    expect(e.overall.csat?.value).toBe(0.6);
    expect(e.groups).toHaveLength(2);
    expect(e.ungrouped.tickets).toBe(1);
  });

  it('groups by an attribute when the name is not a canonical field', () => {
    const e = evaluate(
      dataset({
        tickets: [
          rated('T1', 5, { attributes: { shift: 'night' } }),
          rated('T2', 1, { attributes: { shift: 'day' } }),
        ],
      }),
      { metrics: ['csat'], groupBy: 'shift', asOf },
    );
    expect(e.groups.map((g) => [g.key, g.values.csat?.value])).toEqual([
      ['day', 0],
      ['night', 1],
    ]);
  });

  it('groups by a function of the record and its table', () => {
    const e = evaluate(data, {
      metrics: ['csat'],
      groupBy: (r) => ('csat' in r && (r.csat ?? 0) >= 4 ? 'happy' : 'unhappy'),
      asOf,
    });
    expect(e.groups.map((g) => [g.key, g.values.csat?.denominator])).toEqual([
      ['happy', 3],
      ['unhappy', 1],
    ]);
  });

  it('does not depend on the order of the records', () => {
    const reversed = dataset({ tickets: [...data.tickets].reverse() });
    expect(evaluate(reversed, { metrics: ['csat'], groupBy: 'agentId', asOf })).toEqual(
      evaluate(data, { metrics: ['csat'], groupBy: 'agentId', asOf }),
    );
  });
});

describe('evaluate: periods', () => {
  // 2026-03-31T16:30Z is 31 March in UTC and 1 April 00:30 in Shanghai (UTC+8).
  const edge = Date.UTC(2026, 2, 31, 16, 30);
  const data = dataset({
    tickets: [
      rated('T1', 5, { createdAt: edge - H, resolvedAt: edge, surveyedAt: edge }),
      rated('T2', 1, {
        createdAt: Date.UTC(2026, 2, 10),
        resolvedAt: Date.UTC(2026, 2, 11),
        surveyedAt: Date.UTC(2026, 2, 11),
      }),
    ],
  });

  it('puts records into calendar months of the evaluation time zone, not the machine zone', () => {
    const utc = evaluate(data, { metrics: ['csat'], period: 'month', timeZone: 'UTC', asOf });
    expect(utc.periods.map((p) => [p.period, p.values.csat?.denominator])).toEqual([
      ['2026-03', 2],
    ]);
    const shanghai = evaluate(data, {
      metrics: ['csat'],
      period: 'month',
      timeZone: 'Asia/Shanghai',
      asOf,
    });
    expect(shanghai.periods.map((p) => [p.period, p.values.csat?.value])).toEqual([
      ['2026-03', 0],
      ['2026-04', 1],
    ]);
  });

  it('gives each group a total and one entry per period it has records in, sorted', () => {
    const e = evaluate(dataset({ tickets: data.tickets.map((t) => ({ ...t, agentId: 'A' })) }), {
      metrics: ['csat'],
      period: 'month',
      timeZone: 'Asia/Shanghai',
      groupBy: 'agentId',
      asOf,
    });
    expect(e.groups.map((g) => [g.key, g.period, g.values.csat?.denominator])).toEqual([
      ['A', undefined, 2],
      ['A', '2026-03', 1],
      ['A', '2026-04', 1],
    ]);
  });

  it('attributes calls by start and agent records by their period key, reporting coarser keys as unattributed', () => {
    const e = evaluate(
      dataset({
        calls: [
          call({ id: 'C1', startedAt: Date.UTC(2026, 1, 3), answered: true }),
          call({ id: 'C2', startedAt: Date.UTC(2026, 2, 3), answered: false }),
        ],
        agents: [
          agent({ agentId: 'A', period: '2026-02', goalsSet: 4, goalsMet: 3 }),
          agent({ agentId: 'A', period: '2026-03-15', goalsSet: 2, goalsMet: 2 }),
          agent({ agentId: 'B', period: '2026', goalsSet: 10, goalsMet: 5 }),
        ],
      }),
      { metrics: [answered, goals], period: 'month', asOf },
    );
    expect(
      e.periods.map((p) => [p.period, p.values.answeredShare?.value, p.values.goalsShare?.value]),
    ).toEqual([
      ['2026-02', 1, 0.75], // call C1 answered; goals 3 / 4
      ['2026-03', 0, 1], // call C2 missed; goals 2 / 2 (a day key nests in its month)
    ]);
    // The yearly record of B is in the overall (3 + 2 + 5) / (4 + 2 + 10) = 10 / 16 but in no month.
    expect(e.overall.goalsShare?.value).toBe(10 / 16);
    expect(e.unattributed.agents).toBe(1);
  });
});

describe('evaluate: exclusions, filters and censoring', () => {
  const data = dataset({
    tickets: [
      rated('T1', 5),
      rated('T2', 1, { excluded: 'duplicate' }),
      rated('T3', 1, { excluded: 'spam' }),
      rated('T4', 1, { excluded: 'duplicate', channel: 'phone' }),
      ticket({ id: 'T5', status: 'open' }),
      ticket({ id: 'T6', status: 'pending', channel: 'phone' }),
    ],
  });

  it('counts excluded tickets nowhere but in `excluded`, by reason', () => {
    const e = evaluate(data, { metrics: ['csat'], asOf });
    expect(e.overall.csat?.denominator).toBe(1);
    expect(e.excluded).toEqual({
      total: 3,
      byReason: { duplicate: 2, spam: 1, merged: 0, test: 0 },
    });
    expect(e.records.tickets).toBe(3);
  });

  it('reports open and pending tickets as censored', () => {
    expect(evaluate(data, { metrics: ['csat'], asOf }).censored.openTickets).toBe(2);
  });

  it('applies `where` before anything else is counted', () => {
    const e = evaluate(data, {
      metrics: ['csat'],
      where: { tickets: (t) => t.channel === 'phone' },
      asOf,
    });
    // Only T4 (excluded) and T6 (open) are phone tickets.
    expect(e.records.tickets).toBe(1);
    expect(e.excluded.total).toBe(1);
    expect(e.overall.csat).toMatchObject({ value: null, reason: 'noData', sufficient: false });
  });
});

describe('evaluate: options are checked', () => {
  const data = dataset({});
  it('rejects an unknown metric id, naming it', () => {
    expect(() => evaluate(data, { metrics: ['csatt'] })).toThrow(/Unknown metric id "csatt"/);
  });
  it('rejects a metric asked for twice', () => {
    expect(() => evaluate(data, { metrics: ['csat', 'csat'] })).toThrow(
      /`metrics\[1\]` is "csat"; each metric id may appear once/,
    );
  });
  it('rejects an asOf string without an offset (it would depend on the machine zone)', () => {
    expect(() => evaluate(data, { metrics: ['csat'], asOf: '2026-06-01T00:00:00' })).toThrow(
      /option `asOf`/,
    );
  });
  it('rejects an unknown period and time zone', () => {
    expect(() => evaluate(data, { metrics: ['csat'], period: 'fortnight' as 'week' })).toThrow(
      /option `period` is "fortnight"/,
    );
    expect(() => evaluate(data, { metrics: ['csat'], timeZone: 'Mars/Base' })).toThrow(
      /Mars\/Base/,
    );
  });
  it('gives null with noData, never NaN, on an empty dataset', () => {
    const e = evaluate(data, { metrics: ['csat', 'avgResolutionTime'], asOf });
    expect(e.overall.csat).toMatchObject({ value: null, reason: 'noData', sampleSize: 0 });
    expect(e.overall.avgResolutionTime).toMatchObject({ value: null, median: null, p90: null });
  });
});
