import type { Meta, StoryObj } from '@storybook/react-vite';
import { HostileSettingsWidgets } from './hostile-settings';

/** Abuse scenarios are test fixtures (test/browser/abuse.test.ts), not documentation. */
const meta = {
  title: 'Tests/Abuse/Hostile Settings',
  component: HostileSettingsWidgets,
  // Its bad props draw the widgets' development warnings, and only those.
  tags: ['!autodocs', 'expected-dev-warning'],
} satisfies Meta<typeof HostileSettingsWidgets>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Locales of every kind, bad precision / grade scale / theme, and bad widget props: no throw. */
export const AllWidgets: Story = {};
