import type { Meta, StoryObj } from '@storybook/react-vite';
import { HostileTextWidgets } from './hostile-text';

/** Abuse scenarios are test fixtures (test/browser/abuse.test.ts), not documentation. */
const meta = {
  title: 'Tests/Abuse/Hostile Text',
  component: HostileTextWidgets,
  tags: ['!autodocs'],
} satisfies Meta<typeof HostileTextWidgets>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Markup, `javascript:` URLs, bidi overrides, zero-width characters and emoji in every widget. */
export const AllWidgets: Story = {};
