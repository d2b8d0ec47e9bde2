import { demoImprovementPlan, generateDemoDataset } from '@servicescore/core/demo';
import { describe, expect, it } from 'vitest';
import { evaluate } from '@servicescore/core';
import { crossAnalysis, parseImprovementPlan, verifyImprovementPlan } from '@servicescore/core';

const demo = generateDemoDataset();
const plan = demoImprovementPlan(demo.meta);

describe('the demo improvement plan', () => {
  it('is a valid plan for the PDCA month: baseline the month before, review the last month', () => {
    expect(parseImprovementPlan(plan)).toEqual(plan);
    expect(plan.cycles[0]).toMatchObject({ baseline: '2026-07', review: '2026-10' });
    expect(plan.actions.map((a) => a.kind).sort()).toEqual([
      'capability',
      'process',
      'process',
      'resources',
      'tools',
    ]);
  });

  it('verifies July → October as partly effective, with one action overdue', () => {
    const ids = [...new Set(plan.actions.map((a) => a.metric))];
    const monthly = evaluate(demo, {
      metrics: ids,
      period: 'month',
      timeZone: demo.meta.timeZone,
      asOf: demo.meta.asOf,
    });
    const at = (key: string) => monthly.periods.find((p) => p.period === key)!.values;
    const v = verifyImprovementPlan(plan, at('2026-07'), at('2026-10'), { asOf: demo.meta.asOf });
    expect(v.actions.map((a) => [a.actionId, a.outcome, a.nextStep])).toEqual([
      ['peak-staffing', 'reached', 'standardise'],
      ['product-training', 'partly', 'keepGoing'],
      ['returns-approval', 'partly', 'keepGoing'],
      ['installation-standard', 'reached', 'standardise'],
      ['smart-assistant', 'partly', 'keepGoing'],
    ]);
    // Due 2026-10-15, still in progress at 2026-11-01 00:00 Beijing time: 17 days late.
    const late = v.actions.find((a) => a.overdue)!;
    expect(late.actionId).toBe('smart-assistant');
    expect(late.daysOverdue).toBe(17);
    expect(v.summary.outcome).toBe('partlyEffective');
  });
});

describe('demo customer profiles', () => {
  it('carry a real segment effect: partner-installed customers are less satisfied, significantly', () => {
    const r = crossAnalysis(demo, { by: 'installer', asOf: demo.meta.asOf });
    expect(r.segments.map((s) => s.key)).toEqual(['in-house', 'partner']);
    const partner = r.segments[1]!.cells[0]!;
    expect(partner.difference!).toBeLessThan(-0.05);
    expect(partner.significant).toBe(true);
  });

  it('keep industry, size and tenure on every customer record', () => {
    for (const c of demo.customers) {
      expect(Object.keys(c.attributes ?? {})).toEqual([
        'industry',
        'size',
        'region',
        'tenureYears',
        'installer',
      ]);
    }
  });
});
