// Field presence: no figure and no grade rests on a field the host never gave. The repro is the
// one a new user hit on a city's 311 requests: only id, createdAt, status and resolvedAt mapped.
import {
  afterSalesTemplate,
  evaluate,
  evaluateRecords,
  parseDataset,
  scoreScorecard,
  templateMetrics,
} from '@servicescore/core';
import { describe, expect, it } from 'vitest';

const asOf = '2026-04-01T00:00:00Z';
// Four requests with the four columns a 311 export has: three resolved, one open.
const rows = [
  {
    id: 'R1',
    createdAt: '2026-03-02T08:00:00Z',
    status: 'resolved',
    resolvedAt: '2026-03-02T10:00:00Z',
  },
  {
    id: 'R2',
    createdAt: '2026-03-02T08:00:00Z',
    status: 'resolved',
    resolvedAt: '2026-03-03T14:00:00Z',
  },
  { id: 'R3', createdAt: '2026-03-04T08:00:00Z', status: 'open' },
  {
    id: 'R4',
    createdAt: '2026-03-05T08:00:00Z',
    status: 'closed',
    resolvedAt: '2026-03-05T09:00:00Z',
  },
] as const;
const metrics = templateMetrics(afterSalesTemplate);

describe('field presence', () => {
  const { evaluation } = evaluateRecords({ tickets: rows }, { metrics, asOf });

  it('lists the fields each table carried', () => {
    // Required fields, the defaulted priority, and resolvedAt; no calls, agents or customers.
    expect(evaluation.recorded).toEqual({
      tickets: ['id', 'createdAt', 'status', 'resolvedAt', 'priority'],
      calls: [],
      agents: [],
      customers: [],
    });
  });

  it('gives no figure for the three indicators whose columns do not exist', () => {
    // Before: followUpRate 0 % (5 points), opportunityRate 0 (5 points), solutionEffectiveness
    // 100 % (10 points), each built on absence.
    expect(evaluation.overall.followUpRate).toMatchObject({
      value: null,
      reason: 'notRecorded',
      notRecorded: ['followUpAt'],
    });
    expect(evaluation.overall.opportunityRate).toMatchObject({
      value: null,
      reason: 'notRecorded',
      notRecorded: ['opportunities'],
    });
    // Neither reopens nor customers (for repeat faults) are recorded: the outcome would be its
    // defaults alone.
    expect(evaluation.overall.solutionEffectiveness).toMatchObject({
      value: null,
      reason: 'notRecorded',
      notRecorded: ['customerId', 'reopens'],
    });
  });

  it('keeps the figures the columns do support, and noData where nothing is there', () => {
    // resolutionRate: resolved ÷ tickets = 3 ÷ 4 (R4 is closed with a resolution time).
    expect(evaluation.overall.resolutionRate).toMatchObject({
      value: 0.75,
      numerator: 3,
      denominator: 4,
    });
    expect(evaluation.overall.resolutionRate?.reason).toBeUndefined();
    // fcr needs contacts in its population: empty population, so no data (not a fabricated value).
    expect(evaluation.overall.fcr).toMatchObject({ value: null, reason: 'noData' });
  });

  it('is the same through parseDataset + evaluate', () => {
    const { dataset } = parseDataset({ tickets: rows });
    expect(evaluate(dataset, { metrics, asOf })).toEqual(evaluation);
  });

  it('scores a field the host declares recorded (absence then means none)', () => {
    const declared = evaluateRecords(
      { tickets: rows },
      {
        metrics: ['followUpRate', 'opportunityRate'],
        asOf,
        recorded: ['followUpAt', 'opportunities'],
      },
    ).evaluation;
    // 0 of 3 resolved tickets followed up; 0 opportunities over 3 resolved tickets.
    expect(declared.overall.followUpRate).toMatchObject({ value: 0, denominator: 3 });
    expect(declared.overall.opportunityRate).toMatchObject({ value: 0, denominator: 3 });
  });

  it('refuses a recorded entry that is not a field, naming it', () => {
    expect(() =>
      evaluateRecords({ tickets: rows }, { metrics, asOf, recorded: ['followupAt'] }),
    ).toThrow(/"followupAt" is not a canonical field/);
  });
});

describe('a grade needs enough evidence', () => {
  const { evaluation } = evaluateRecords({ tickets: rows }, { metrics, asOf });
  const result = scoreScorecard(afterSalesTemplate, evaluation);
  const indicators = result.dimensions.flatMap((d) => d.indicators);
  const byId = (id: string) => indicators.find((i) => i.id === id);

  it('does not grade a total that stands on 20 % of the weight', () => {
    // Scored: responseTimeliness (weight 10) and fullResolution (weight 10) of 100 → 0.2 < 0.6.
    expect(indicators.filter((i) => i.score !== null).map((i) => i.id)).toEqual([
      'responseTimeliness',
      'fullResolution',
    ]);
    expect(result.coverage).toBeCloseTo(0.2, 12);
    expect(result.gradeStatus).toBe('insufficientCoverage');
    expect(result.grade).toBeNull();
    expect(result.minCoverage).toBe(0.6);
    expect(result.total).not.toBeNull();
    // The three fabricated indicators are missing now.
    for (const id of ['followUpTimeliness', 'opportunityDiscovery', 'solutionEffectiveness'])
      expect(byId(id)?.status, id).toBe('missing');
  });

  it('grades it when the host accepts that coverage', () => {
    const lenient = scoreScorecard(afterSalesTemplate, evaluation, { minCoverage: 0.2 });
    expect(lenient.gradeStatus).toBe('graded');
    expect(lenient.grade).not.toBeNull();
  });

  it('shows effective weights whose weighted scores add up to the total', () => {
    // Each scored indicator carries 10 × 100 ÷ 20 = 50 of the 100 weight; the others 0.
    expect(byId('responseTimeliness')?.effectiveWeight).toBeCloseTo(50, 12);
    expect(byId('fullResolution')?.effectiveWeight).toBeCloseTo(50, 12);
    expect(byId('followUpTimeliness')?.effectiveWeight).toBe(0);
    // fullResolution: 0.75 < 0.9 → 5 of 10 points → score 50 → weighted 50 × 50 ÷ 100 = 25.
    expect(byId('fullResolution')?.score).toBe(50);
    expect(byId('fullResolution')?.weightedScore).toBeCloseTo(25, 12);
    const sum = indicators.reduce((s, i) => s + (i.weightedScore ?? 0), 0);
    expect(sum).toBeCloseTo(result.total as number, 10);
    const dims = result.dimensions.reduce((s, d) => s + d.effectiveWeight, 0);
    expect(dims).toBeCloseTo(100, 10);
  });

  it('refuses a minCoverage outside 0..1', () => {
    expect(() => scoreScorecard(afterSalesTemplate, evaluation, { minCoverage: 60 })).toThrow(
      /minCoverage.*between 0 and 1/,
    );
  });
});

describe('groupBy names', () => {
  const ticket = {
    id: 'A',
    createdAt: '2026-03-02T08:00:00Z',
    status: 'open' as const,
    teamId: 'north',
    region: 'east',
  };
  const tickets = [ticket];

  it('refuses a name that is no field and no attribute, suggesting the closest', () => {
    // 'teamID' → 'teamId': one substitution (case ignored: none).
    expect(() =>
      evaluateRecords({ tickets }, { metrics: ['complaintRate'], asOf, groupBy: 'teamID' }),
    ).toThrow(/no record has a value for "teamID"; did you mean "teamId"\?/);
    const { dataset } = parseDataset({ tickets });
    expect(() =>
      evaluate(dataset, { metrics: ['complaintRate'], asOf, groupBy: 'teamID' }),
    ).toThrow(RangeError);
  });

  it('lists the attributes the records carry', () => {
    const withAttr = [{ ...ticket, 区域: '华东' }];
    expect(() =>
      evaluateRecords({ tickets: withAttr }, { metrics: ['complaintRate'], asOf, groupBy: '区' }),
    ).toThrow(/an attribute the records carry \(区域\)/);
  });

  it('accepts an attribute and a canonical field no record carries (all ungrouped)', () => {
    const grouped = evaluateRecords(
      { tickets: [{ ...ticket, 区域: '华东' }] },
      { metrics: ['complaintRate'], asOf, groupBy: '区域' },
    ).evaluation;
    expect(grouped.groups.map((g) => g.key)).toEqual(['华东']);
    const none = evaluateRecords(
      { tickets },
      { metrics: ['complaintRate'], asOf, groupBy: 'agentId' },
    ).evaluation;
    expect(none.groups).toEqual([]);
    expect(none.ungrouped.tickets).toBe(1);
  });
});
