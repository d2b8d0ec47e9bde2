import type { Meta, StoryObj } from '@storybook/react-vite';
import { widgetNames } from './abuse-fixtures';
import { LongLabelWidgets } from './long-labels';

/** Abuse scenarios are test fixtures (test/browser/abuse.test.ts), not documentation. */
const meta = {
  title: 'Tests/Abuse/Long Labels',
  component: LongLabelWidgets,
  tags: ['!autodocs'],
  args: { names: widgetNames },
  argTypes: { names: { control: 'check', options: [...widgetNames] } },
} satisfies Meta<typeof LongLabelWidgets>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Each widget in a 360 px box with 10,000-character CJK, unbroken Latin and spaced labels. */
export const AllWidgets: Story = {};
