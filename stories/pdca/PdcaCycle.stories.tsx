import type { Meta, StoryObj } from '@storybook/react-vite';
import { PdcaCyclePage } from './pdca-page';

/**
 * The demo desk's improvement cycle end to end (seed 003 提升方案 and seed 001 考核结果应用): the
 * cross-analysis that finds the problem, the plan with owners, deadlines and expected effects,
 * weekly tracking, the before/after verification, what becomes standard, and per-agent reports.
 * Switch language and theme in the toolbar.
 */
const meta = {
  title: 'Pages/PDCA cycle',
  component: PdcaCyclePage,
  parameters: { layout: 'fullscreen' },
  tags: ['!autodocs'],
} satisfies Meta<typeof PdcaCyclePage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Walkthrough: Story = {
  name: '计划 → 跟踪 → 验证 → 固化 / Plan → track → verify → standardise',
};
