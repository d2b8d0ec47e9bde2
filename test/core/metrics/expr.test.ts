import {
  defineMetric,
  evaluate,
  expr,
  getMetric,
  MetricDefinitionError,
  metrics,
  parseDataset,
  qaScore,
  scopeMetric,
} from '@servicescore/core';
import { describe, expect, it } from 'vitest';

const {
  and,
  eq,
  field,
  gte,
  mean,
  not,
  present,
  ratio,
  resolved,
  times,
  coalesce,
  oneOf,
  derived,
} = expr;

const base = {
  label: { 'zh-CN': '测试', 'en-US': 'Test' },
  formula: { 'zh-CN': '—', 'en-US': '—' },
  unit: 'ratio',
  direction: 'higher',
  category: 'custom',
  minSample: 1,
} as const;

const day = 86_400_000;
const t0 = Date.UTC(2026, 2, 2);
const { dataset } = parseDataset({
  tickets: [
    {
      id: 'A',
      createdAt: t0,
      status: 'resolved',
      resolvedAt: t0 + 3_600_000,
      csat: 5,
      kind: 'complaint',
    },
    {
      id: 'B',
      createdAt: t0,
      status: 'resolved',
      resolvedAt: t0 + 7_200_000,
      csat: 2,
      kind: 'repair',
    },
    { id: 'C', createdAt: t0, status: 'open', csat: 4, kind: 'complaint' },
    { id: 'D', createdAt: t0, status: 'closed', kind: 'complaint' },
  ],
  calls: [
    { id: 'K1', startedAt: t0, answered: true, talkSeconds: 60, holdSeconds: 30 },
    { id: 'K2', startedAt: t0, answered: true, talkSeconds: 120 },
    { id: 'K3', startedAt: t0, answered: false },
  ],
});
const asOf = t0 + 40 * day;

describe('declarative metrics', () => {
  it('derives the accumulator from a ratio measure', () => {
    // csat ≥ 4 among tickets with csat: A (5) and C (4) of A, B, C → 2 / 3.
    const happy = defineMetric({
      ...base,
      id: 'happy',
      table: 'tickets',
      timestamp: 'createdAt',
      measure: ratio({ population: present(field('csat')), hit: gte(field('csat'), 4) }),
    });
    const v = evaluate(dataset, { metrics: [happy], asOf }).overall.happy;
    expect(v?.numerator).toBe(2);
    expect(v?.denominator).toBe(3);
    expect(happy.needs).toEqual([]);
  });

  it('treats a comparison with a missing value as false, and coalesce fills it', () => {
    // Handle time = (talk + hold) × 1000 over answered calls: K1 90 s, K2 120 s → mean 105 000 ms.
    const handle = defineMetric({
      ...base,
      id: 'handle',
      unit: 'duration',
      direction: 'lower',
      table: 'calls',
      timestamp: 'startedAt',
      measure: mean({
        population: eq(field('answered'), true),
        value: times(expr.plus(field('talkSeconds'), coalesce(field('holdSeconds'), 0)), 1000),
      }),
    });
    // Not "hold ≥ 0": K2 has no hold and K3 none either, so only K1 counts → 1 / 3.
    const held = defineMetric({
      ...base,
      id: 'held',
      table: 'calls',
      timestamp: 'startedAt',
      measure: ratio({ population: expr.lit(true), hit: gte(field('holdSeconds'), 0) }),
    });
    const e = evaluate(dataset, { metrics: [handle, held], asOf });
    expect(e.overall.handle?.value).toBe(105_000);
    expect(e.overall.held?.numerator).toBe(1);
    expect(e.overall.held?.denominator).toBe(3);
  });

  it('scopes a declarative metric with an expression and stays declarative', () => {
    // Complaints among resolved tickets: A only → resolutionRate-style ratio of complaints:
    // complaint tickets A, C, D; resolved among them: A → 1 / 3.
    const scoped = scopeMetric(getMetric('resolutionRate'), {
      id: 'complaintResolved',
      where: eq(field('kind'), 'complaint'),
    });
    expect(scoped.measure?.where).toEqual(eq(field('kind'), 'complaint'));
    const v = evaluate(dataset, { metrics: [scoped], asOf }).overall.complaintResolved;
    expect(v?.numerator).toBe(1);
    expect(v?.denominator).toBe(3);
  });

  it('keeps a function-scoped metric out of the declarative path', () => {
    const scoped = scopeMetric(getMetric('resolutionRate'), {
      id: 'viaFunction',
      where: (t) => 'kind' in t && t.kind === 'complaint',
    });
    expect(scoped.measure).toBeUndefined();
    expect(evaluate(dataset, { metrics: [scoped], asOf }).overall.viaFunction?.numerator).toBe(1);
  });

  it('names the metric, the field and the known fields for a misspelt field', () => {
    const bad = () =>
      defineMetric({
        ...base,
        id: 'typo',
        table: 'tickets',
        timestamp: 'createdAt',
        measure: ratio({ population: present(field('cast')), hit: gte(field('csat'), 4) }),
      });
    expect(bad).toThrow(MetricDefinitionError);
    expect(bad).toThrow(
      /"typo".*"cast".*tickets have no field of that name; fields: id, createdAt/,
    );
  });

  it('refuses ticket-only values on other tables', () => {
    expect(() =>
      defineMetric({
        ...base,
        id: 'callsResolved',
        table: 'calls',
        timestamp: 'startedAt',
        measure: ratio({ population: expr.lit(true), hit: resolved }),
      }),
    ).toThrow(/"callsResolved".*only tickets have derived values/);
  });

  it('declares what a metric needs from what its expressions read', () => {
    expect(getMetric('repeatFaultRate').needs).toEqual(['repeatFaults']);
    expect(getMetric('solutionEffectiveness').needs).toEqual(['repeatFaults']);
    expect(getMetric('csat').needs).toEqual([]);
    const own = defineMetric({
      ...base,
      id: 'complaintRepeat',
      table: 'tickets',
      timestamp: 'resolvedAt',
      measure: ratio({
        population: and(resolved, oneOf(field('kind'), ['complaint'])),
        hit: eq(derived('repeatFault'), 1),
        censor: not(eq(derived('repeatFault'), 0)),
      }),
    });
    expect(own.needs).toEqual(['repeatFaults']);
  });

  it('states every catalogue metric as a measure', () => {
    const handWritten = [...Object.values(metrics), qaScore('tone')].filter(
      (m) => m.measure === undefined,
    );
    expect(handWritten.map((m) => m.id)).toEqual([]);
    expect(Object.keys(metrics).length).toBeGreaterThanOrEqual(48);
  });
});

describe("the README's own metric", () => {
  it('counts resolved complaints rated 4–5 among rated resolved complaints', () => {
    const { and, eq, field, gte, present, ratio, resolved } = expr;
    const complaintCsat = defineMetric({
      id: 'complaintCsat',
      table: 'tickets',
      timestamp: 'resolvedAt',
      unit: 'ratio',
      direction: 'higher',
      category: 'custom',
      minSample: 30,
      label: { 'zh-CN': '投诉满意度', 'en-US': 'Complaint CSAT' },
      formula: { 'zh-CN': '—', 'en-US': '—' },
      measure: ratio({
        population: and(resolved, eq(field('kind'), 'complaint'), present(field('csat'))),
        hit: gte(field('csat'), 4),
      }),
    });
    // Resolved complaints with a rating: only A (5) — C is open, D has no rating → 1 / 1, and
    // below its minimum sample of 30.
    const v = evaluate(dataset, { metrics: [complaintCsat], asOf }).overall.complaintCsat;
    expect(v).toMatchObject({
      numerator: 1,
      denominator: 1,
      sufficient: false,
      reason: 'insufficientSample',
    });
  });
});
