import { afterSalesTemplate, scoreScorecard } from '@servicescore/core';
import { GradeBadge } from '@servicescore/react';
import type { Meta, StoryObj } from '@storybook/react-vite';

const meta = {
  title: 'Widgets/GradeBadge',
  component: GradeBadge,
  args: { score: 86.4, showScore: true, size: 'md' },
  argTypes: {
    score: { control: { type: 'number', min: 0, max: 100, step: 0.1 } },
    grade: {
      control: 'select',
      options: [undefined, 'excellent', 'good', 'pass', 'needsImprovement'],
    },
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    insufficient: { control: 'boolean' },
    showScore: { control: 'boolean' },
  },
} satisfies Meta<typeof GradeBadge>;

export default meta;

const thin = { responseTimeliness: 0.96 };
type Story = StoryObj<typeof meta>;

/** A score graded on the default scale (优秀 ≥ 90 / 良好 ≥ 80 / 合格 ≥ 60 / 待改进). */
export const Default: Story = {};

/**
 * Every grade, the insufficient-sample state, no data, and the three sizes (the not-graded state
 * with its coverage is in From A Result: at the large size its sentence is wider than a phone).
 */
export const AllStates: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: 12 }}>
      {(['sm', 'md', 'lg'] as const).map((size) => (
        <div key={size} style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
          <GradeBadge size={size} score={95} showScore />
          <GradeBadge size={size} score={85} showScore />
          <GradeBadge size={size} score={65} showScore />
          <GradeBadge size={size} score={42} showScore />
          <GradeBadge size={size} insufficient />
          <GradeBadge size={size} score={null} />
        </div>
      ))}
    </div>
  ),
};

/** Bounds are inclusive and the shown rounding decides: 89.96 shows 90.0 and is 优秀; 89.94 is 良好. */
export const RoundingAtBounds: Story = {
  render: () => (
    <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
      {[89.94, 89.96, 80, 79.95, 60, 59.94, 0, 100].map((score) => (
        <GradeBadge key={score} score={score} showScore />
      ))}
    </div>
  ),
};

/**
 * A scorecard result as scored: its own grade, or, below `minCoverage`, no grade and the coverage.
 * Only 响应及时率 (10 of 100) has data here: its total is 100 and still not graded.
 */
export const FromAResult: Story = {
  render: () => (
    <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
      <GradeBadge result={scoreScorecard(afterSalesTemplate, thin)} showScore />
      <GradeBadge result={scoreScorecard(afterSalesTemplate, thin, { minCoverage: 0 })} showScore />
    </div>
  ),
};
