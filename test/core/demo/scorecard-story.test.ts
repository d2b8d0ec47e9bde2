import {
  afterSalesTemplate,
  evaluate,
  type ScorecardResult,
  scoreScorecard,
  templateMetrics,
} from '@servicescore/core';
import { generateDemoDataset } from '@servicescore/core/demo';
import { describe, expect, it } from 'vitest';

// The Storybook dashboard scores the default demo with the default template; a director should
// see strengths, weak spots with suggestions and a spread of agents, not fifteen identical 8/10s.
const demo = generateDemoDataset();
const metrics = templateMetrics(afterSalesTemplate);
const base = { metrics, asOf: demo.meta.asOf, timeZone: demo.meta.timeZone };
const org: ScorecardResult = scoreScorecard(afterSalesTemplate, evaluate(demo, base));
const indicators = org.dimensions.flatMap((d) => d.indicators);
const pointsOf = (id: string) => indicators.find((i) => i.id === id)?.points;
const countAt = (points: number) => indicators.filter((i) => i.points === points).length;

const byAgent = evaluate(demo, { ...base, groupBy: 'agentId' });
const agentGrades = byAgent.groups
  .filter((g) => g.period === undefined)
  .map((g) => scoreScorecard(afterSalesTemplate, g).grade?.id);
const gradeCount = (id: string) => agentGrades.filter((g) => g === id).length;

describe('the default demo organisation scorecard', () => {
  it('scores every one of the 15 indicators', () => {
    expect(indicators).toHaveLength(15);
    expect(indicators.every((i) => i.status === 'scored')).toBe(true);
  });

  it('shows 3–5 strengths at 10/10, among them resolution, complaint closure and diagnosis', () => {
    expect(countAt(10)).toBeGreaterThanOrEqual(3);
    expect(countAt(10)).toBeLessThanOrEqual(5);
    expect(pointsOf('fullResolution')).toBe(10);
    expect(pointsOf('complaintClosure')).toBe(10);
    expect(pointsOf('diagnosisAccuracy')).toBe(10);
  });

  it('shows 2–4 weak spots at 5/10, each with improvement suggestions', () => {
    const weak = indicators.filter((i) => i.points === 5);
    expect(weak.length).toBeGreaterThanOrEqual(2);
    expect(weak.length).toBeLessThanOrEqual(4);
    expect(pointsOf('followUpTimeliness')).toBe(5);
    for (const i of weak) expect(i.suggestions.length, i.id).toBeGreaterThan(0);
  });

  it('puts every other indicator at 8/10', () => {
    expect(countAt(8)).toBe(15 - countAt(10) - countAt(5));
    expect(countAt(8)).toBeGreaterThanOrEqual(6);
  });

  it('totals 75–88 (good or upper pass)', () => {
    // e.g. 4 strengths (weight 30) at 10, 3 weak spots (weight 15) at 5, the rest (55) at 8:
    // 30 × 1 + 15 × 0.5 + 55 × 0.8 = 81.5
    expect(org.total).toBeGreaterThanOrEqual(75);
    expect(org.total).toBeLessThanOrEqual(88);
    expect(['good', 'pass']).toContain(org.grade?.id);
  });
});

describe('the default demo agent scorecards', () => {
  it('grades all 24 agents', () => {
    expect(agentGrades).toHaveLength(24);
  });

  it('has 2–4 excellent agents', () => {
    expect(gradeCount('excellent')).toBeGreaterThanOrEqual(2);
    expect(gradeCount('excellent')).toBeLessThanOrEqual(4);
  });

  it('has 2–3 agents who need improvement', () => {
    expect(gradeCount('needsImprovement')).toBeGreaterThanOrEqual(2);
    expect(gradeCount('needsImprovement')).toBeLessThanOrEqual(3);
  });

  it('keeps most agents good or pass', () => {
    expect(gradeCount('good') + gradeCount('pass')).toBeGreaterThanOrEqual(17);
  });
});
