// The README's "Running a PDCA cycle with your own plan" example, run on the demo data. The code
// between the region markers must appear verbatim in the README (after its import block).
import { readFileSync } from 'node:fs';
import { generateDemoDataset } from '@servicescore/core/demo';
import { describe, expect, it } from 'vitest';
import {
  afterSalesTemplate,
  agentAssessmentReport,
  crossAnalysis,
  evaluate,
  parseImprovementPlan,
  scoreScorecard,
  verifyImprovementPlan,
} from '@servicescore/core';

describe('the README PDCA example', () => {
  it('runs on the demo data and is in the README verbatim', () => {
    const dataset = generateDemoDataset();
    // #region readme
    // 1 Plan: your plan as data (from your database or a form), validated once.
    const plan = parseImprovementPlan({
      id: '2026-q3',
      title: { 'zh-CN': '三季度提升方案', 'en-US': 'Q3 improvement plan' },
      timeZone: 'Asia/Shanghai',
      cycles: [{ id: 'round-1', baseline: '2026-07', review: '2026-10' }],
      actions: [
        {
          id: 'peak-staffing',
          title: '增加高峰期客服人员',
          metric: 'responseTimelinessRate',
          kind: 'resources', // process | capability | resources | tools
          rootCause: ['响应不及时', '人员不足', '排班不合理', '未考虑高峰期流量'],
          owner: '客服部',
          due: '2026-08-31',
          expected: { type: 'target', value: 0.95 }, // or { type: 'relative', change: 0.15 }
          status: 'done',
          progress: [{ date: '2026-08-07', text: '新班表试行', percent: 50 }],
        },
      ],
    });

    // 2 Check: the baseline and review months from your records, then the verdict per action.
    const monthly = evaluate(dataset, {
      metrics: plan.actions.map((a) => a.metric),
      period: 'month',
      timeZone: 'Asia/Shanghai',
    });
    const month = (key: string) => monthly.periods.find((p) => p.period === key)!.values;
    const verification = verifyImprovementPlan(plan, month('2026-07'), month('2026-10'), {
      asOf: '2026-11-01T00:00:00+08:00',
    });
    verification.actions[0]; // { outcome: 'reached', significant: true, nextStep: 'standardise', … }
    verification.summary; // { outcome: 'effective' | 'partlyEffective' | …, overdue: 0, … }

    // Where to look next: CSAT by a customer attribute, with a significance test per segment.
    const bySize = crossAnalysis(dataset, { by: 'size', outcome: ['csat', 'nps'] });

    // Apply the results to people: one agent's report with your consequences by grade.
    const agents = evaluate(dataset, { metrics: ['fcr', 'csat'], groupBy: 'agentId' });
    const a07 = agents.groups.find((g) => g.key === 'A07' && g.period === undefined)!;
    const report = agentAssessmentReport(scoreScorecard(afterSalesTemplate, a07), {
      agent: { id: 'A07', name: '王芳' },
      consequences: { needsImprovement: { label: '培训后复评', bonusCoefficient: 0.8 } },
    });
    // #endregion readme
    expect(verification.actions[0]).toMatchObject({ outcome: 'reached', nextStep: 'standardise' });
    expect(verification.summary.outcome).toBe('effective');
    expect(bySize.segments.map((s) => s.key)).toEqual(['large', 'medium', 'small']);
    expect(report.agentId).toBe('A07');

    const source = readFileSync(new URL(import.meta.url), 'utf8');
    const region = source.split('// #region readme\n')[1]!.split('    // #endregion readme')[0]!;
    const unindented = region
      .split('\n')
      .map((l) => l.slice(4))
      .join('\n');
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(unindented);
  });
});
