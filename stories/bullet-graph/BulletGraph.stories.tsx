import { afterSalesTemplate, evaluate, scoreScorecard, templateMetrics } from '@servicescore/core';
import { generateDemoDataset } from '@servicescore/core/demo';
import { BulletGraph, ScorecardTable, scorecardRuleBullet } from '@servicescore/react';
import type { Meta, StoryObj } from '@storybook/react-vite';

// The after-sales rules' bands (e.g. FCR: ≥ 85 % → 10, ≥ 75 % → 8, else 5) from the band engine.
const HOUR = 3_600_000;
const demo = generateDemoDataset();
const result = scoreScorecard(
  afterSalesTemplate,
  evaluate(demo, {
    metrics: templateMetrics(afterSalesTemplate),
    asOf: demo.meta.asOf,
    timeZone: demo.meta.timeZone,
  }),
);

const meta = {
  title: 'Widgets/BulletGraph',
  component: BulletGraph,
  args: { metric: 'fcr', value: 0.81, target: 0.85, orientation: 'horizontal', hideLabel: false },
  argTypes: {
    metric: { control: 'select', options: [undefined, 'fcr', 'avgHandlingTime', 'csat'] },
    orientation: { control: 'inline-radio', options: ['horizontal', 'vertical'] },
    value: { control: 'number' },
    target: { control: 'number' },
    min: { control: 'number' },
    max: { control: 'number' },
    rule: { control: false },
    locale: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en-US'] },
  },
} satisfies Meta<typeof BulletGraph>;

export default meta;
type Story = StoryObj<typeof meta>;

/** First-contact resolution 81 % against its 85 % target, on an axis fitted to the rule (72–88 %), not a mostly-red 0–100 %. */
export const Default: Story = {};

/** Lower is better: average handling time, bands ≤ 2 h / ≤ 24 h from the rule, duration text. */
export const Duration: Story = {
  args: { metric: 'avgHandlingTime', value: 20 * HOUR, target: 24 * HOUR },
};

/** Vertical, several side by side. */
export const Vertical: Story = {
  args: { orientation: 'vertical' },
  render: (args) => (
    <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap' }}>
      <BulletGraph {...args} metric="fcr" value={0.81} target={0.85} />
      <BulletGraph {...args} metric="responseTimelinessRate" value={0.97} target={0.95} />
      <BulletGraph {...args} metric="diagnosisAccuracy" value={0.7} target={0.9} />
    </div>
  ),
};

/** The EdgeValues rows' labels in the toolbar's locale. */
const edgeLabels = {
  'zh-CN': { beyond: '超出坐标轴（上限 0.9）', noData: '无数据', noRule: '无评分规则' },
  'en-US': { beyond: 'Beyond the axis (max 0.9)', noData: 'No data', noRule: 'No rule' },
} as const;

/** Edge values: at the axis ends, beyond them, and no data. */
export const EdgeValues: Story = {
  render: (args, { globals }) => {
    const text = edgeLabels[globals.locale === 'en-US' ? 'en-US' : 'zh-CN'];
    return (
      <div style={{ display: 'grid', gap: 12, maxWidth: 480 }}>
        <BulletGraph {...args} label="0 %" value={0} />
        <BulletGraph {...args} label="100 %" value={1} />
        <BulletGraph {...args} label={text.beyond} value={0.97} max={0.9} />
        <BulletGraph {...args} label={text.noData} value={null} />
        <BulletGraph {...args} label={text.noRule} metric={undefined} unit="ratio" value={0.5} />
      </div>
    );
  },
};

/** In English, on the dark theme, at phone width. */
export const EnglishDarkNarrow: Story = {
  args: { locale: 'en-US', style: { maxWidth: 342 } },
  globals: { theme: 'dark' },
};

/** ScorecardTable with a bullet graph per indicator instead of the rule text. */
export const InScorecardTable: Story = {
  render: () => (
    <ScorecardTable
      result={result}
      renderRule={scorecardRuleBullet}
      columns={['indicator', 'value', 'rule', 'grade']}
    />
  ),
};
