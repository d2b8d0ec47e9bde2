import {
  afterSalesTemplate,
  evaluate,
  type Locale,
  type MetricValue,
  type ScorecardTemplate,
  scoreScorecard,
  templateMetrics,
} from '@servicescore/core';
import { generateDemoDataset } from '@servicescore/core/demo';
import { ScorecardTable, scorecardColumnIds } from '@servicescore/react';
import type { Meta, StoryObj } from '@storybook/react-vite';

// ── Demo data, computed once ────────────────────────────────────────────────────────────────────
const HOUR = 3_600_000;
const demo = generateDemoDataset();
const metrics = templateMetrics(afterSalesTemplate);
const options = { metrics, asOf: demo.meta.asOf, timeZone: demo.meta.timeZone };
const orgResult = scoreScorecard(afterSalesTemplate, evaluate(demo, options));

// The weakest agent: score every agent's total over all months, keep the lowest.
const byAgent = evaluate(demo, { ...options, groupBy: 'agentId' });
const agentScores = byAgent.groups
  .filter((g) => g.period === undefined)
  .map((g) => ({ key: g.key, result: scoreScorecard(afterSalesTemplate, g) }));
const weakest = agentScores.reduce((low, x) =>
  (x.result.total ?? 101) < (low.result.total ?? 101) ? x : low,
);
const weakAgent = demo.meta.agents.find((a) => a.id === weakest.key);

// Manual points: the evaluator's own points for two quality-inspection indicators.
const manualResult = scoreScorecard(afterSalesTemplate, evaluate(demo, options), {
  manual: { knowledgeBaseProficiency: 9, empathy: 6 },
});

// Partial inputs: some indicators missing, two with too small a sample.
const small = (metricId: string, value: number, unit: MetricValue['unit']): MetricValue => ({
  metricId,
  value,
  unit,
  sampleSize: 4,
  sufficient: false,
});
const partialInputs = {
  responseTimeliness: 0.965,
  firstContactResolution: 0.71,
  handlingTime: 30 * HOUR,
  diagnosisAccuracy: 0.93,
  solutionEffectiveness: small('solutionEffectiveness', 0.5, 'ratio'),
  communicationPatience: 0.81,
  fullResolution: 0.97,
  complaintClosure: small('complaintClosureRate', 0.75, 'ratio'),
  longTermRecurrence: 0.019,
  followUpTimeliness: 1,
};
const partialResult = scoreScorecard(afterSalesTemplate, partialInputs);
const partialZeroResult = scoreScorecard(afterSalesTemplate, partialInputs, { missing: 'zero' });
// What a host that mapped only four columns gets (issue 11's 311 repro): three indicators with
// data (weights 10 + 5 + 10 = 25 of 100), below minCoverage 0.6: a total, but no grade.
const thinResult = scoreScorecard(afterSalesTemplate, {
  responseTimeliness: 0.91,
  handlingTime: 20 * HOUR,
  fullResolution: 0.88,
});

// Edge values: every indicator at the top band, at the bottom band, and no data at all.
const everyIndicator = afterSalesTemplate.dimensions.flatMap((d) => d.indicators.map((i) => i.id));
const bestResult = scoreScorecard(afterSalesTemplate, {
  responseTimeliness: 0.99,
  firstContactResolution: 0.92,
  handlingTime: 1.5 * HOUR,
  diagnosisAccuracy: 0.95,
  solutionEffectiveness: 0.98,
  knowledgeBaseProficiency: 96,
  communicationPatience: 0.88,
  serviceEtiquette: 94,
  empathy: 92,
  fullResolution: 0.99,
  complaintClosure: 1,
  longTermRecurrence: 0.01,
  followUpTimeliness: 1,
  careFrequency: 2.4,
  opportunityDiscovery: 6,
});
const worstResult = scoreScorecard(
  afterSalesTemplate,
  {},
  { manual: Object.fromEntries(everyIndicator.map((id) => [id, 0])) },
);
const emptyInputsResult = scoreScorecard(afterSalesTemplate, {});

// Hostile labels: markup, a 10,000-character name, RTL text and emoji, all as plain text.
const longName = '客户问题完全解决率（含跨部门协同与升级处理）'.repeat(455);
const hostileTemplate: ScorecardTemplate = {
  id: 'hostile',
  label: {
    'zh-CN': '<script>alert("考核")</script> 考核表',
    'en-US': '<script>alert("scorecard")</script> scorecard',
  },
  dimensions: [
    {
      id: 'd1',
      label: {
        'zh-CN': '<img src=x onerror=alert(1)> 维度',
        'en-US': '<img src=x onerror=alert(1)> dimension',
      },
      weight: 70,
      indicators: [
        {
          id: 'long',
          label: { 'zh-CN': longName, 'en-US': `Fully resolved ${'very '.repeat(2000)}long` },
          source: { metric: 'resolutionRate' },
          weight: 40,
          rule: afterSalesTemplate.dimensions[3]!.indicators[0]!.rule,
          suggestions: [
            {
              'zh-CN': '<b>建立</b>疑难问题升级机制 🚀',
              'en-US': '<b>Set up</b> an escalation path 🚀',
            },
            { 'zh-CN': 'تحسين الخدمة — עברית', 'en-US': 'تحسين الخدمة — עברית' },
          ],
        },
        {
          id: 'rtl',
          label: { 'zh-CN': 'مؤشر الرضا 👩🏽‍🔧', 'en-US': 'מדד שביעות רצון 👩🏽‍🔧' },
          source: { metric: 'followUpRate' },
          weight: 30,
          rule: afterSalesTemplate.dimensions[4]!.indicators[0]!.rule,
        },
      ],
    },
    {
      id: 'd2',
      label: { 'zh-CN': '"引号" & <尖括号>', 'en-US': '"quotes" & <angles>' },
      weight: 30,
      indicators: [
        {
          id: 'm',
          label: { 'zh-CN': '人工 ✍️ 评分', 'en-US': 'Manual ✍️ points' },
          source: { manual: true },
          weight: 30,
          rule: afterSalesTemplate.dimensions[1]!.indicators[2]!.rule,
        },
      ],
    },
  ],
};
const hostileResult = scoreScorecard(
  hostileTemplate,
  { long: 0.91, rtl: 0.95 },
  { manual: { m: 7 } },
);

// ── Stories ─────────────────────────────────────────────────────────────────────────────────────
const meta = {
  title: 'Widgets/ScorecardTable',
  component: ScorecardTable,
  args: { result: orgResult, loading: false, defaultExpanded: true },
  argTypes: {
    result: { control: false },
    columns: { control: 'check', options: [...scorecardColumnIds] },
    caption: { control: 'text' },
    loading: { control: 'boolean' },
    defaultExpanded: { control: 'boolean' },
    filename: { control: 'text' },
    locale: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en-US'] },
    renderToolbar: { control: false },
  },
} satisfies Meta<typeof ScorecardTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The whole organisation on the demo dataset (seed 003 template, 6 months, 6000 tickets). */
export const Default: Story = {};

/** The agent with the lowest total on the demo data: most indicators below full points, so suggestions show. */
export const WeakAgent: Story = {
  args: { result: weakest.result },
  render: (args, { globals }) => {
    const locale = (args.locale ?? globals.locale ?? 'zh-CN') as Locale;
    const name = weakAgent?.name[locale] ?? weakest.key;
    const caption = locale === 'zh-CN' ? `客服 ${name} 考核表` : `Scorecard of agent ${name}`;
    return <ScorecardTable {...args} caption={caption} filename={`scorecard-${weakest.key}.csv`} />;
  },
};

/** The evaluator's own points (人工评分) for 知识库使用熟练度 (9) and 同理心表现 (6). */
export const ManualPoints: Story = { args: { result: manualResult } };

/** Partial inputs: five indicators without data and two with too small a sample; the note says the weight was renormalised. */
export const MissingAndInsufficient: Story = { args: { result: partialResult } };

/** The same inputs under `missing: 'zero'`: indicators without data count as 0 points. */
export const MissingCountsAsZero: Story = { args: { result: partialZeroResult } };

/** English, whatever the toolbar says. */
export const English: Story = { args: { locale: 'en-US' }, globals: { locale: 'en-US' } };

/** The dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Dimensions collapsed at first, and only some columns. */
export const CollapsedFewColumns: Story = {
  args: { defaultExpanded: false, columns: ['points', 'score', 'grade'] },
};

/** Edge values: every indicator at its top band (100, 优秀). */
export const AllFullPoints: Story = { args: { result: bestResult } };

/** Edge values: 0 manual points everywhere (0, 待改进). */
export const AllZero: Story = { args: { result: worstResult } };

/**
 * Three indicators with data (25 % of the weight, below `minCoverage` 60 %): the total is shown, the
 * grade is not ("数据不足（覆盖 25%）"); weights are the effective ones (nominal in a tooltip).
 */
export const NotGraded: Story = { args: { result: thinResult } };

/** Edge values: no indicator has data, so no total and no grade. */
export const NoIndicatorData: Story = { args: { result: emptyInputsResult } };

/** Markup, a 10,000-character name, RTL text and emoji in labels: all plain text, truncated with the full text in a tooltip. */
export const HostileLabels: Story = { args: { result: hostileResult } };

/** Loading, no result, nothing scored, and a complete table. */
export const AllStates: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 32 }}>
      <ScorecardTable {...args} result={null} loading />
      <ScorecardTable {...args} result={null} />
      <ScorecardTable {...args} result={emptyInputsResult} columns={['score', 'grade']} />
      <ScorecardTable
        {...args}
        result={partialResult}
        columns={['value', 'points', 'score', 'grade']}
      />
    </div>
  ),
};
