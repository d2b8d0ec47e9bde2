import { countBy, type Locale, type ParetoInput, pareto } from '@servicescore/core';
import { generateDemoDataset } from '@servicescore/core/demo';
import { ParetoChart } from '@servicescore/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { fn } from 'storybook/test';

// Demo data, computed once: complaint tickets counted by cause (`ticket.category` is an id).
const demo = generateDemoDataset();
const complaintCauses = countBy(
  demo.tickets.filter((ticket) => ticket.kind === 'complaint'),
  'category',
);
const causeLabels = new Map(demo.meta.categories.map((c) => [c.id, c.label]));
const labelIn = (locale: Locale) => (id: string) => causeLabels.get(id)?.[locale] ?? id;

// docs/RULES.md#pareto: 32/19/15/5/3/2/1 → cumulative 41.6/66.2/85.7/92.2/96.1/98.7/100 %; vital = first three.
const kpisExample: ParetoInput[] = [
  { category: 'poor-installation', count: 32 },
  { category: 'late-delivery', count: 19 },
  { category: 'slow-response', count: 15 },
  { category: 'attitude', count: 5 },
  { category: 'missed-appointment', count: 3 },
  { category: 'missing-parts', count: 2 },
  { category: 'packaging-damage', count: 1 },
];

// 1,000 categories with a long tail (count ∝ 1/rank), folded into Other by maxBars.
const thousand: ParetoInput[] = Array.from({ length: 1000 }, (_, i) => ({
  category: `SKU-${String(i + 1).padStart(4, '0')}`,
  count: Math.max(1, Math.round(2000 / (i + 1))),
}));

const hostile: ParetoInput[] = [
  { category: '<script>alert("x")</script>', count: 40 },
  { category: '<img src=x onerror=alert(1)>', count: 25 },
  { category: `超长类别名称${'很长'.repeat(5000)}`, count: 18 },
  { category: '👩‍🔧 安装师傅迟到 🚚📦', count: 9 },
  { category: 'تأخير في التسليم', count: 6 },
  { category: 'Extraordinarily long English category name that never ends', count: 4 },
];

const meta = {
  title: 'Widgets/ParetoChart',
  component: ParetoChart,
  args: { data: kpisExample, cutoff: 0.8, maxBars: 12, height: 320, loading: false },
  argTypes: {
    data: { control: false },
    cutoff: { control: { type: 'range', min: 0.05, max: 1, step: 0.05 } },
    maxBars: { control: { type: 'number', min: 2, max: 30, step: 1 } },
    height: { control: { type: 'range', min: 200, max: 600, step: 10 } },
    width: { control: { type: 'number', min: 200, max: 1200, step: 10 } },
    loading: { control: 'boolean' },
    label: { control: 'text' },
    categoryLabel: { control: false },
    onCategorySelect: { control: false },
    renderTooltip: { control: false },
  },
  render: (args, { globals }) => (
    <ParetoChart categoryLabel={labelIn((globals.locale ?? 'zh-CN') as Locale)} {...args} />
  ),
} satisfies Meta<typeof ParetoChart>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Complaint causes of the demo data: `countBy(complaints, 'category')`, ids mapped to labels. */
export const ComplaintCauses: Story = {
  args: { data: complaintCauses },
};

/** The worked example of docs/RULES.md#pareto, 32/19/15/5/3/2/1: cumulative 41.6/66.2/85.7 %…; the first three are vital. */
export const KpisExample: Story = {};

/** A ParetoResult computed by the host with a 70 % cutoff (66.2 % after two bars, so the third, crossing the line, is still vital). */
export const CustomCutoff: Story = {
  args: { data: pareto(kpisExample, { cutoff: 0.7 }) },
};

/** Clicking a bar, or Enter/Space on the focused bar, calls `onCategorySelect` (see Actions). */
export const DrillDown: Story = {
  args: { data: complaintCauses, onCategorySelect: fn() },
};

/** One category: one bar at 100 %, vital. */
export const OneCategory: Story = {
  args: { data: [{ category: 'poor-installation', count: 7 }] },
};

/** Every count is zero: the no-data state, never NaN. */
export const ZeroTotal: Story = {
  args: {
    data: [
      { category: 'poor-installation', count: 0 },
      { category: 'late-delivery', count: 0 },
    ],
  },
};

/** 1,000 categories: 11 bars and an Other bar holding the other 989. */
export const ThousandCategories: Story = {
  args: { data: thousand },
};

/** Markup, a 10,000-character name, emoji and RTL text render as text, truncated under the bars. */
export const HostileLabels: Story = {
  args: { data: hostile },
};

/** Narrow container: the chart follows its width. */
export const Narrow: Story = {
  args: { data: complaintCauses },
  render: (args, { globals }) => (
    <div style={{ width: 320 }}>
      <ParetoChart categoryLabel={labelIn((globals.locale ?? 'zh-CN') as Locale)} {...args} />
    </div>
  ),
};

/**
 * Loading, no data, zero total, one category and `maxBars` 4. (Invalid data — a negative count —
 * shows "数据无效，无法绘制帕累托图" and logs a development error, so it is covered by the tests
 * rather than shown here, where the story runs must stay free of console errors.)
 */
export const AllStates: Story = {
  render: (_args, { globals }) => {
    const categoryLabel = labelIn((globals.locale ?? 'zh-CN') as Locale);
    return (
      <div
        style={{
          display: 'grid',
          gap: 24,
          gridTemplateColumns: 'repeat(auto-fill, minmax(340px, 1fr))',
        }}
      >
        <ParetoChart loading height={200} label="loading" />
        <ParetoChart data={null} height={200} label="no data" />
        <ParetoChart data={[{ category: 'attitude', count: 0 }]} height={200} label="zero total" />
        <ParetoChart
          data={[{ category: 'attitude', count: 4 }]}
          categoryLabel={categoryLabel}
          height={200}
          label="one category"
        />
        <ParetoChart
          data={kpisExample}
          categoryLabel={categoryLabel}
          maxBars={4}
          height={200}
          label="maxBars 4"
        />
      </div>
    );
  },
};
