import { evaluate, type MetricValue, serviceStandardTargets } from '@servicescore/core';
import { generateDemoDataset } from '@servicescore/core/demo';
import { KpiCard } from '@servicescore/react';
import type { Meta, StoryObj } from '@storybook/react-vite';

// Demo data, computed once: six months, monthly values of the five card metrics.
const demo = generateDemoDataset();
const cardMetrics = ['csat', 'fcr', 'responseTimelinessRate', 'avgResolutionTime', 'complaintRate'];
const monthly = evaluate(demo, {
  metrics: cardMetrics,
  period: 'month',
  timeZone: demo.meta.timeZone,
  asOf: demo.meta.asOf,
});
const last = monthly.periods[monthly.periods.length - 1]!;
const previous = monthly.periods[monthly.periods.length - 2]!;
const metricValue = (id: string, values = last.values) => values[id] as MetricValue;

const grid = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))',
  gap: 12,
} as const;

const meta = {
  title: 'Widgets/KpiCard',
  component: KpiCard,
  args: {
    metric: 'csat',
    value: metricValue('csat'),
    previous: metricValue('csat', previous.values),
    target: serviceStandardTargets,
    trend: monthly.periods,
    loading: false,
    style: { maxWidth: 300 },
  },
  argTypes: {
    metric: { control: 'select', options: [undefined, ...cardMetrics, 'nps'] },
    label: { control: 'text' },
    unit: {
      control: 'select',
      options: [undefined, 'ratio', 'duration', 'points', 'count', 'score', 'number'],
    },
    direction: { control: 'inline-radio', options: [undefined, 'higher', 'lower'] },
    value: { control: 'object' },
    previous: { control: 'object' },
    target: { control: 'object' },
    trend: { control: false },
    period: { control: 'select', options: [undefined, ...monthly.periods.map((p) => p.period)] },
    precision: { control: { type: 'number', min: 0, max: 4 } },
    loading: { control: 'boolean' },
    locale: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en-US'] },
    renderTrend: { control: false },
  },
} satisfies Meta<typeof KpiCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** CSAT of the last demo month against the month before, the seed-002 target (≥ 95 %) and a six-month trend. */
export const Default: Story = {};

/**
 * The five card metrics of one demo month against the month before it, each with the six-month
 * trend; `marked` passes that month as the card's `period`.
 */
function MonthCards({ month, marked = false }: { month: number; marked?: boolean }) {
  const now = monthly.periods[month]!;
  const before = monthly.periods[month - 1]!;
  return (
    <div style={grid}>
      {cardMetrics.map((id) => (
        <KpiCard
          key={id}
          metric={id}
          value={metricValue(id, now.values)}
          previous={metricValue(id, before.values)}
          target={serviceStandardTargets}
          trend={monthly.periods}
          period={marked ? now.period : undefined}
        />
      ))}
    </div>
  );
}

/** The five dashboard KPIs of the last demo month; average resolution time is lower-is-better. */
export const DemoDashboard: Story = {
  render: () => <MonthCards month={monthly.periods.length - 1} />,
};

/**
 * The five KPIs of the third demo month against the second (a month picked in a dashboard): each
 * sparkline marks that month, names it in its description, and lines up with its neighbours.
 */
export const SelectedPeriod: Story = {
  render: () => <MonthCards month={2} marked />,
};

const insufficient: MetricValue = {
  metricId: 'csat',
  value: 0.75,
  unit: 'ratio',
  numerator: 9,
  denominator: 12,
  sampleSize: 12,
  sufficient: false,
  reason: 'insufficientSample',
};

/** Every state: no data, insufficient sample, no previous value, previous missing, unchanged, 0 → 0, a worsening MTTR, loading. */
export const AllStates: Story = {
  render: () => (
    <div style={grid}>
      <KpiCard metric="csat" value={null} />
      <KpiCard metric="csat" value={insufficient} previous={0.8} target={0.95} />
      <KpiCard metric="fcr" value={0.812} />
      <KpiCard metric="fcr" value={0.812} previous={null} />
      <KpiCard metric="fcr" value={0.8} previous={0.8} />
      <KpiCard metric="complaintRate" value={0} previous={0} target={serviceStandardTargets} />
      <KpiCard
        metric="avgResolutionTime"
        value={90_000_000}
        previous={80_000_000}
        target={86_400_000}
      />
      <KpiCard metric="csat" loading />
    </div>
  ),
};

/** Edge values: 0 %, 100 %, a negative NPS, a huge count, a relative target (retention +10 % on the previous period). */
export const EdgeValues: Story = {
  render: () => (
    <div style={grid}>
      <KpiCard metric="csat" value={0} previous={0.1} target={0.95} />
      <KpiCard metric="csat" value={1} previous={0.99} target={0.95} />
      <KpiCard metric="nps" value={-12} previous={4} />
      <KpiCard metric="requestVolume" value={1_234_567_890} previous={1_000_000_000} />
      <KpiCard
        metric="retentionRate"
        value={0.62}
        previous={0.55}
        target={serviceStandardTargets}
      />
      <KpiCard label="自定义指标" unit="number" direction="lower" value={2.5} previous={3} />
    </div>
  ),
};

/** Host text is text: markup, a 10,000-character label, emoji and right-to-left script stay on one truncated line. */
export const HostileLabels: Story = {
  render: () => (
    <div style={grid}>
      <KpiCard
        label={'<script>alert(1)</script><img src=x onerror=alert(1)>'}
        unit="ratio"
        value={0.9}
      />
      <KpiCard label={'很长的指标名称'.repeat(1500)} unit="ratio" value={0.9} previous={0.85} />
      <KpiCard label="😀 满意度 🎉🎉🎉" unit="ratio" value={0.9} />
      <KpiCard label="رضا العملاء عن الخدمة" unit="ratio" value={0.9} previous={0.92} />
    </div>
  ),
};
