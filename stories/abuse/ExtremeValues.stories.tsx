import type { Meta, StoryObj } from '@storybook/react-vite';
import { ExtremeValueWidgets } from './extreme-values';

/** Abuse scenarios are test fixtures (test/browser/abuse.test.ts), not documentation. */
const meta = {
  title: 'Tests/Abuse/Extreme Values',
  component: ExtremeValueWidgets,
  tags: ['!autodocs'],
} satisfies Meta<typeof ExtremeValueWidgets>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 1e12, −0, 1e-12, 0.1 + 0.2 and 999.95 through every widget's value display. */
export const AllWidgets: Story = {};
