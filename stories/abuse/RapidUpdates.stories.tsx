import type { Meta, StoryObj } from '@storybook/react-vite';
import { RapidUpdatesScenario } from './rapid-updates';

/** Abuse scenarios are test fixtures (test/browser/abuse.test.ts), not documentation. */
const meta = {
  title: 'Tests/Abuse/Rapid Updates',
  component: RapidUpdatesScenario,
  tags: ['!autodocs'],
  args: { initiallyMounted: true },
} satisfies Meta<typeof RapidUpdatesScenario>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * Every widget under `<StrictMode>`; "Run" changes all their props 50 times a second for 10 s,
 * "Unmount" removes them. The test drives the same through `window.__abuseRapid`.
 */
export const AllWidgets: Story = {};
