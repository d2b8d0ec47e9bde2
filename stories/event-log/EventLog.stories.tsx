import type { Meta, StoryObj } from '@storybook/react-vite';
import { EventLogPage } from './event-log-page';

/**
 * A help-desk event log (one row per event) folded into tickets with `foldEvents`: the CSV, the spec
 * as code, the rejected events (row, field, reason), the folded tickets with the rows behind each,
 * and KPI cards and an agent leaderboard on the result. The log is synthetic, written for the story.
 */
const meta = {
  title: 'Pages/Event log',
  component: EventLogPage,
  parameters: { layout: 'fullscreen' },
  tags: ['!autodocs'],
} satisfies Meta<typeof EventLogPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** 38 events of 8 incidents, out of file order in places, with 3 invalid rows. */
export const HelpDeskLog: Story = { name: 'Help-desk log' };
