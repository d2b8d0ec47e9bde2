import { evaluate, formatPeriod, type MetricValues, messages, translate } from '@servicescore/core';
import { generateDemoDataset } from '@servicescore/core/demo';
import { KpiComparison, type KpiComparisonProps, useServiceScore } from '@servicescore/react';
import type { Meta, StoryObj } from '@storybook/react-vite';

// Demo data, computed once: monthly values; the PDCA cycle starts in meta.pdcaMonth.
const demo = generateDemoDataset();
const ids = [
  'fcr',
  'responseTimelinessRate',
  'avgFirstResponseTime',
  'avgResolutionTime',
  'csat',
  'complaintRate',
  'nps',
];
const monthly = evaluate(demo, {
  metrics: ids,
  period: 'month',
  timeZone: demo.meta.timeZone,
  asOf: demo.meta.asOf,
});
const months = demo.meta.months;
const pdca = months.indexOf(demo.meta.pdcaMonth);
const at = (i: number): { key: string; values: MetricValues } => {
  const key = months[i]!;
  return { key, values: monthly.periods.find((p) => p.period === key)!.values };
};
/**
 * The comparison with its sides named by their months in the provider's (the toolbar's) language:
 * "改进前 2026年7月" / "Before Jul 2026" when `prefixed`, else just the months.
 */
function WithPeriodLabels({
  keys,
  prefixed = false,
  ...props
}: KpiComparisonProps & { keys: [string, string]; prefixed?: boolean }) {
  const { locale } = useServiceScore();
  const name = (key: string, side: 'before' | 'after') =>
    prefixed
      ? `${translate(messages, locale, side)} ${formatPeriod(key, locale)}`
      : formatPeriod(key, locale);
  return (
    <KpiComparison
      labels={{ before: name(keys[0], 'before'), after: name(keys[1], 'after') }}
      {...props}
    />
  );
}

// The month before the cycle vs two months after it starts.
const before = at(pdca - 1);
const after = at(pdca + 2);
// Early months, before any improvement: June was worse than May on most metrics.
const may = at(0);
const june = at(1);

const meta = {
  title: 'Widgets/KpiComparison',
  component: KpiComparison,
  args: {
    before: before.values,
    after: after.values,
    metrics: ids,
    loading: false,
    defaultTableVisible: false,
  },
  argTypes: {
    before: { control: false },
    after: { control: false },
    metrics: { control: 'object' },
    labels: { control: 'object' },
    directions: { control: 'object' },
    label: { control: 'text' },
    scale: { control: 'inline-radio', options: ['row', 'shared'] },
    defaultSort: {
      control: 'inline-radio',
      options: ['given', 'improvedFirst', 'worsenedFirst'],
    },
    onSortChange: { control: false },
    defaultTableVisible: { control: 'boolean' },
    loading: { control: 'boolean' },
    locale: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en-US'] },
    renderDumbbell: { control: false },
  },
} satisfies Meta<typeof KpiComparison>;

export default meta;
type Story = StoryObj<typeof meta>;

/** PDCA review: the month before the cycle against two months into it — responses faster, FCR up. */
export const Default: Story = {
  render: (args) => <WithPeriodLabels {...args} keys={[before.key, after.key]} prefixed />,
};

/** The data table shown (it is always read by screen readers; the toggle shows it on screen). */
export const WithTable: Story = { ...Default, args: { defaultTableVisible: true } };

/**
 * One axis per unit (`scale="shared"`): the four ratio rows on one, the two durations on another,
 * NPS on its own; positions and lengths now compare across the rows of a unit.
 */
export const SharedScale: Story = { ...Default, args: { scale: 'shared' } };

/**
 * Sorted by effect, largest improvement first: the relative change signed by direction, so a
 * faster response (falling) and a higher FCR (rising) both count as improvements. The control
 * changes the order; the table's change column carries `aria-sort`.
 */
export const SortedByEffect: Story = {
  ...Default,
  args: { defaultSort: 'improvedFirst', defaultTableVisible: true },
};

/**
 * In a 300 px container (a sidebar, a phone card): the rows stack, the data table keeps its
 * columns whole and scrolls sideways in its box, with a shadow at the edge that hides columns.
 */
export const NarrowContainer: Story = {
  ...Default,
  args: { defaultTableVisible: true },
  render: (args) => (
    <div style={{ width: 300, maxWidth: '100%' }}>
      <WithPeriodLabels {...args} keys={[before.key, after.key]} prefixed />
    </div>
  ),
};

/** A worsened case: June against May, before the cycle (resolution slower, CSAT down). */
export const Worsened: Story = {
  args: {
    before: may.values,
    after: june.values,
    metrics: ['csat', 'responseTimelinessRate', 'avgResolutionTime', 'complaintRate'],
  },
  render: (args) => <WithPeriodLabels {...args} keys={[may.key, june.key]} />,
};

/**
 * Not significant: small samples change by chance (CSAT, NPS), and an unchanged value. These rows
 * stay neutral, in normal weight, with "不显著 / Not significant" and the p-value in text.
 */
export const NotSignificant: Story = {
  args: {
    before: {
      csat: {
        metricId: 'csat',
        value: 0.8,
        unit: 'ratio',
        numerator: 40,
        denominator: 50,
        sampleSize: 50,
        sufficient: true,
      },
      nps: {
        metricId: 'nps',
        value: 20,
        unit: 'points',
        promoters: 20,
        passives: 20,
        detractors: 10,
        sampleSize: 50,
        sufficient: true,
      },
      fcr: {
        metricId: 'fcr',
        value: 0.75,
        unit: 'ratio',
        numerator: 75,
        denominator: 100,
        sampleSize: 100,
        sufficient: true,
      },
    },
    after: {
      csat: {
        metricId: 'csat',
        value: 0.84,
        unit: 'ratio',
        numerator: 42,
        denominator: 50,
        sampleSize: 50,
        sufficient: true,
      },
      nps: {
        metricId: 'nps',
        value: 16,
        unit: 'points',
        promoters: 19,
        passives: 20,
        detractors: 11,
        sampleSize: 50,
        sufficient: true,
      },
      fcr: {
        metricId: 'fcr',
        value: 0.75,
        unit: 'ratio',
        numerator: 75,
        denominator: 100,
        sampleSize: 100,
        sufficient: true,
      },
    },
    metrics: ['csat', 'nps', 'fcr'],
    defaultTableVisible: true,
  },
};

/** Every state: loading, no data, a metric without values on one side, a 10,000-character and a hostile label. */
export const AllStates: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 24 }}>
      <KpiComparison {...args} loading />
      <KpiComparison before={null} after={null} />
      <KpiComparison
        before={before.values}
        after={{ fcr: after.values.fcr! }}
        metrics={['fcr', 'csat']}
        labels={{ before: '<img src=x onerror=alert(1)>', after: '很长的标签'.repeat(2000) }}
      />
    </div>
  ),
};
