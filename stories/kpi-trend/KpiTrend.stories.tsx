import { evaluate } from '@servicescore/core';
import { generateDemoDataset } from '@servicescore/core/demo';
import { KpiTrend } from '@servicescore/react';
import type { Meta, StoryObj } from '@storybook/react-vite';

// Demo data, computed once: weekly values over the demo's six months (about 26 weeks), so a
// control chart has enough periods; the PDCA cycle starts in meta.pdcaMonth.
const demo = generateDemoDataset();
const weekly = evaluate(demo, {
  metrics: ['fcr', 'avgFirstResponseTime', 'csat'],
  period: 'week',
  timeZone: demo.meta.timeZone,
  asOf: demo.meta.asOf,
});
// The first ISO week that starts in the PDCA month: the change point.
const pdcaWeek = weekly.periods.find((p) => {
  const week = p.period ?? '';
  const [y, w] = week.split('-W').map(Number);
  if (!y || !w) return false;
  // Thursday of ISO week w of year y (ISO weeks are named by their Thursday's year).
  const jan4 = new Date(Date.UTC(y, 0, 4));
  const thursday = new Date(
    jan4.getTime() + ((w - 1) * 7 + (4 - (jan4.getUTCDay() || 7))) * 86_400_000,
  );
  return thursday.toISOString().slice(0, 7) >= demo.meta.pdcaMonth;
})?.period;

// NIST/SEMATECH e-Handbook §6.3.3.2: 30 wafers of 50 chips, misregistered chips per wafer.
// p̄ = 347 / 1500 = 0.2313, limits 0.0524–0.4102; wafers 15 and 23 are above the upper limit.
const wafers = [
  12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12, 7,
  13, 9, 6,
];
// Periods are the wafer numbers (a key formatPeriod does not parse is shown as is).
const nistPoints = wafers.map((defective, i) => ({
  period: String(i + 1),
  value: defective / 50,
  n: 50,
}));

// A run: eight weeks in a row above the centre line after a change, none beyond a limit.
const runPoints = [
  0.7, 0.72, 0.69, 0.71, 0.7, 0.68, 0.7, 0.71, 0.74, 0.75, 0.74, 0.76, 0.75, 0.74, 0.76, 0.75,
].map((value, i) => ({ period: `2026-W${String(i + 10).padStart(2, '0')}`, value, n: 400 }));

const meta = {
  title: 'Widgets/KpiTrend',
  component: KpiTrend,
  args: {
    metric: 'fcr',
    points: weekly.periods,
    target: 0.75,
    changePoint: pdcaWeek,
    loading: false,
  },
  argTypes: {
    metric: { control: 'select', options: [undefined, 'fcr', 'avgFirstResponseTime', 'csat'] },
    label: { control: 'text' },
    control: { control: 'inline-radio', options: ['auto', 'p', 'xmr', 'none'] },
    runLength: { control: { type: 'number', min: 2, max: 12 } },
    target: { control: 'number' },
    changePoint: { control: 'text' },
    points: { control: false },
    height: { control: { type: 'number', min: 120, max: 480 } },
    loading: { control: 'boolean' },
    locale: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en-US'] },
  },
} satisfies Meta<typeof KpiTrend>;

export default meta;
type Story = StoryObj<typeof meta>;

/** First-contact resolution by week: a p-chart (limits from each week's tickets), a 75 % target and the PDCA change point. */
export const Default: Story = {};

/** Average first response time by week: a mean, so an XmR chart; the service standard's 30 min target. */
export const FirstResponseXmr: Story = {
  args: { metric: 'avgFirstResponseTime', target: 30 * 60_000 },
};

/** The NIST/SEMATECH e-Handbook's p-chart example (§6.3.3.2): two wafers above the upper limit. */
export const NistWorkedExample: Story = {
  args: {
    metric: undefined,
    label: 'Misregistered chips per wafer (NIST e-Handbook §6.3.3.2)',
    unit: 'ratio',
    direction: 'lower',
    points: nistPoints,
    target: undefined,
    changePoint: undefined,
  },
};

/** Eight periods in a row above the centre line after the change: a real shift, not noise. */
export const RunAfterChange: Story = {
  args: { metric: 'fcr', points: runPoints, changePoint: '2026-W18', target: undefined },
};

/** A missing week leaves a gap in the line; the limits skip it. */
export const WithGap: Story = {
  args: {
    points: runPoints.map((p, i) => (i === 5 ? { ...p, value: null } : p)),
    changePoint: undefined,
  },
};

/** One period: a point, no line, and a sentence saying why there are no limits. */
export const SinglePeriod: Story = {
  args: { points: runPoints.slice(0, 1), changePoint: undefined },
};

/** Control limits switched off. */
export const NoControlLimits: Story = {
  args: { control: 'none' },
};

/** No periods at all. */
export const Empty: Story = { args: { points: [], changePoint: undefined } };

/** Loading. */
export const Loading: Story = { args: { loading: true } };

/** A phone-width container. */
export const Narrow: Story = {
  args: { style: { maxWidth: 342 } },
};

/** Every state side by side, in English, on the dark theme. */
export const AllStatesEnglishDark: Story = {
  args: { locale: 'en-US' },
  globals: { theme: 'dark' },
  render: (args) => (
    <div style={{ display: 'grid', gap: 24 }}>
      <KpiTrend {...args} />
      <KpiTrend {...args} metric="avgFirstResponseTime" target={30 * 60_000} />
      <KpiTrend {...args} points={runPoints.slice(0, 1)} changePoint={undefined} />
      <KpiTrend {...args} points={[]} changePoint={undefined} />
      <KpiTrend {...args} loading />
    </div>
  ),
};
