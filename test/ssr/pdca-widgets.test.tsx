import {
  afterSalesTemplate,
  agentAssessmentReport,
  crossAnalysis,
  type Evaluation,
  type ImprovementPlan,
  scoreScorecard,
  verifyImprovementPlan,
} from '@servicescore/core';
import { AgentReportCard, CrossAnalysisHeatmap, ImprovementPlanBoard } from '@servicescore/react';
import { describe, expect, it } from 'vitest';
import { renderOnServer } from './utils';

const plan: ImprovementPlan = {
  id: 'q3',
  title: '三季度提升方案',
  timeZone: 'Asia/Shanghai',
  cycles: [{ id: 'c1', baseline: '2026-07', review: '2026-10' }],
  actions: [
    {
      id: 'bot',
      title: '上线智能客服',
      metric: 'complaintRate',
      kind: 'tools',
      rootCause: ['投诉率高', '简单咨询占满坐席'],
      owner: '信息技术部',
      due: '2026-10-15',
      expected: { type: 'relative', change: -0.3 },
      status: 'inProgress',
    },
  ],
};

describe('PDCA widgets on the server', () => {
  it('ImprovementPlanBoard renders columns, cards, overdue days and the 5-Why disclosure with no DOM', () => {
    // 0.06 → 0.05 against an expected −30 % (−0.018): progress 0.556 → partly; 17 days overdue.
    const verification = verifyImprovementPlan(
      plan,
      { complaintRate: 0.06 },
      { complaintRate: 0.05 },
      { asOf: '2026-11-01T00:00:00+08:00' },
    );
    const html = renderOnServer(<ImprovementPlanBoard plan={plan} verification={verification} />);
    expect(html).toContain('role="group"');
    expect(html).toContain('上线智能客服');
    expect(html).toContain('逾期 17 天');
    expect(html).toContain('部分达成');
    expect(html).toContain('<details');
  });

  it('CrossAnalysisHeatmap renders the table with its texts', () => {
    const r = (n: number, d: number) => ({
      metricId: 'csat',
      value: n / d,
      unit: 'ratio' as const,
      numerator: n,
      denominator: d,
      sampleSize: d,
      sufficient: true,
    });
    const evaluation = {
      metrics: ['csat'],
      overall: { csat: r(60, 80) },
      groups: [
        { key: 'a', values: { csat: r(45, 50) } },
        { key: 'b', values: { csat: r(15, 30) } },
      ],
    } as unknown as Evaluation;
    const html = renderOnServer(
      <CrossAnalysisHeatmap analysis={crossAnalysis(evaluation, { by: 'x' })} />,
    );
    expect(html).toContain('<table');
    expect(html).toContain('较其他组 -40.0 个百分点');
    expect(html).toContain('data-side="worse"');
  });

  it('AgentReportCard renders the report and a print button that does nothing until pressed', () => {
    const result = scoreScorecard(
      afterSalesTemplate,
      {},
      {
        manual: Object.fromEntries(
          afterSalesTemplate.dimensions.flatMap((d) => d.indicators.map((i) => [i.id, 8])),
        ),
      },
    );
    const html = renderOnServer(
      <AgentReportCard
        report={agentAssessmentReport(result, { agent: { id: 'A07', name: '王芳' } })}
      />,
    );
    // Every indicator at 8 of 10 points: total 80.0, 良好.
    expect(html).toContain('80.0');
    expect(html).toContain('良好');
    expect(html).toContain('打印报告');
  });
});
