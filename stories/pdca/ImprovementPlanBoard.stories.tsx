import { ImprovementPlanBoard } from '@servicescore/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { plan, trackingAsOf, verification } from './pdca-data';

const meta = {
  title: 'Widgets/ImprovementPlanBoard',
  component: ImprovementPlanBoard,
  args: { plan, verification, loading: false },
  argTypes: {
    plan: { control: false },
    verification: { control: false },
    asOf: { control: 'text' },
    label: { control: 'text' },
    loading: { control: 'boolean' },
    locale: { control: 'inline-radio', options: [undefined, 'zh-CN', 'en-US'] },
    renderCardFooter: { control: false },
  },
} satisfies Meta<typeof ImprovementPlanBoard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The demo plan verified July → October: two actions reached, three partly, one overdue. */
export const Verified: Story = {};

/** Tracking mid-review (20 October): progress and latest notes, the overdue action flagged; no verdicts yet. */
export const Tracking: Story = { args: { verification: undefined, asOf: trackingAsOf } };

/** Without `asOf` nothing is flagged overdue (no clock is read). */
export const WithoutAsOf: Story = { args: { verification: undefined } };

/** A plan with no actions yet. */
export const NoActions: Story = {
  args: { plan: { ...plan, actions: [] }, verification: undefined },
};

/** No plan given. */
export const NoPlan: Story = { args: { plan: null, verification: undefined } };

export const Loading: Story = { args: { loading: true } };

/** An invalid plan (a due date that does not exist): the no-data state and one development warning. */
export const InvalidPlan: Story = {
  tags: ['expected-dev-warning'],
  args: {
    plan: { ...plan, actions: [{ ...plan.actions[0]!, due: '2026-02-30' }] },
    verification: undefined,
  },
};
