import { AgentReportCard } from '@servicescore/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { bestAgent, weakestAgent } from './pdca-data';

const meta = {
  title: 'Widgets/AgentReportCard',
  component: AgentReportCard,
  args: { report: weakestAgent, loading: false },
  argTypes: {
    report: { control: false },
    label: { control: 'text' },
    loading: { control: 'boolean' },
    printButton: { control: 'boolean' },
    locale: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en-US'] },
  },
} satisfies Meta<typeof AgentReportCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The demo's weakest agent over May–October: weakest indicators, training and the consequence. */
export const WeakestAgent: Story = {};

/** The best agent: 优秀, promotion shortlist. */
export const BestAgent: Story = { args: { report: bestAgent } };

/** Too little data for a grade. */
export const NoGrade: Story = {
  args: { report: { ...weakestAgent, total: null, grade: null, consequence: null } },
};

/** Every indicator at full points. */
export const NothingToImprove: Story = {
  args: { report: { ...bestAgent, weakest: [], training: [] } },
};

export const NoReport: Story = { args: { report: null } };

export const Loading: Story = { args: { loading: true } };
