// The demo's PDCA cycle, computed once for the PDCA stories: the plan, the monthly values, the
// verification, a cross-analysis by installer, industry and tenure, and per-agent reports.
import {
  type AgentReport,
  afterSalesTemplate,
  agentAssessmentReport,
  type ConsequenceTable,
  crossAnalysis,
  evaluate,
  type MetricValues,
  scoreScorecard,
  templateMetrics,
  verifyImprovementPlan,
} from '@servicescore/core';
import { demoImprovementPlan, generateDemoDataset } from '@servicescore/core/demo';

export const demo = generateDemoDataset();
export const plan = demoImprovementPlan(demo.meta);
export const cycle = plan.cycles[0]!;
export const planMetrics = [...new Set(plan.actions.map((a) => a.metric))];

const monthly = evaluate(demo, {
  metrics: planMetrics,
  period: 'month',
  timeZone: demo.meta.timeZone,
  asOf: demo.meta.asOf,
});
/** The organisation's values of one month. */
export const monthValues = (key: string): MetricValues =>
  monthly.periods.find((p) => p.period === key)?.values ?? {};

export const baseline = monthValues(cycle.baseline);
export const review = monthValues(cycle.review);
export const verification = verifyImprovementPlan(plan, baseline, review, { asOf: demo.meta.asOf });
/** Mid-review (20 October, Beijing time): the tracking view, before verification. */
export const trackingAsOf = `${cycle.review}-20T12:00:00+08:00`;

const outcomes = ['csat', 'nps', 'complaintRate', 'fcr'];
const asOf = demo.meta.asOf;
export const byInstaller = crossAnalysis(demo, { by: 'installer', outcome: outcomes, asOf });
export const byIndustry = crossAnalysis(demo, { by: 'industry', outcome: outcomes, asOf });
export const byTenure = crossAnalysis(demo, {
  by: 'tenureYears',
  bands: [1, 3, 5],
  outcome: outcomes,
  asOf,
});

export const industryLabels = (locale: 'zh-CN' | 'en-US') =>
  Object.fromEntries(demo.meta.industries.map((i) => [i.id, i.label[locale]]));
export const installerLabels = {
  'zh-CN': { 'in-house': '自有安装队', partner: '合作安装商' },
  'en-US': { 'in-house': 'Own installers', partner: 'Partner installers' },
} as const;

/** A host's consequence table by grade (seed 001 考核结果应用). */
export const consequences: ConsequenceTable = {
  excellent: {
    label: { 'zh-CN': '列入晋升候选', 'en-US': 'Promotion shortlist' },
    bonusCoefficient: 1.2,
    measures: [{ 'zh-CN': '担任新人带教', 'en-US': 'Mentor new agents' }],
  },
  good: { label: { 'zh-CN': '保持现有标准', 'en-US': 'Keep the standard' }, bonusCoefficient: 1 },
  pass: {
    label: { 'zh-CN': '主管辅导', 'en-US': 'Coaching by the lead' },
    bonusCoefficient: 0.9,
  },
  needsImprovement: {
    label: { 'zh-CN': '培训后复评', 'en-US': 'Re-assessed after training' },
    bonusCoefficient: 0.8,
    measures: [
      { 'zh-CN': '一对一辅导', 'en-US': 'One-to-one coaching' },
      { 'zh-CN': '一个月后复评', 'en-US': 'Re-assessed in a month' },
    ],
  },
};

const perAgent = evaluate(demo, {
  metrics: templateMetrics(afterSalesTemplate),
  groupBy: 'agentId',
  timeZone: demo.meta.timeZone,
  asOf,
});
const reports: AgentReport[] = demo.meta.agents.map((agent) => {
  const group = perAgent.groups.find((g) => g.key === agent.id && g.period === undefined);
  const result = scoreScorecard(afterSalesTemplate, group ?? {});
  return agentAssessmentReport(result, {
    agent: { id: agent.id, name: agent.name },
    period: `${demo.meta.months[0]} – ${demo.meta.months[demo.meta.months.length - 1]}`,
    consequences,
  });
});
const byTotal = [...reports].sort((a, b) => (a.total ?? 0) - (b.total ?? 0));
/** The agent with the lowest total, and the one with the highest. */
export const weakestAgent = byTotal[0]!;
export const bestAgent = byTotal[byTotal.length - 1]!;
