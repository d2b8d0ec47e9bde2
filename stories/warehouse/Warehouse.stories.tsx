import type { Meta, StoryObj } from '@storybook/react-vite';
import { WarehousePage } from './warehouse-page';

/**
 * `@servicescore/core/sql` against DuckDB-wasm in the browser: DuckDB makes the demo tickets with one
 * `INSERT … SELECT … FROM range(n)` (deterministic, no network, no file), `evaluateSql` computes the
 * after-sales scorecard's metrics per agent × month there, and the dashboard widgets show the
 * result, with the generated SQL and the time each phase took. The page starts at once.
 *
 * Add `&args=tickets:20000` to the story URL for a quick run (the browser test does).
 */
const meta = {
  title: 'Pages/Warehouse',
  component: WarehousePage,
  parameters: { layout: 'fullscreen' },
  argTypes: {
    tickets: { control: { type: 'number', min: 0, max: 5_000_000, step: 10_000 } },
    agents: { control: { type: 'number', min: 1, max: 5000 } },
    months: { control: { type: 'number', min: 1, max: 60 } },
  },
  tags: ['!autodocs'],
} satisfies Meta<typeof WarehousePage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A year of a big service desk in DuckDB: 1,000,000 tickets, 200 agents, 12 months. */
export const MillionTickets: Story = {
  name: '1,000,000 tickets',
  args: { tickets: 1_000_000, agents: 200, months: 12 },
};

/** An empty warehouse: the tables exist, every metric is "no data", the scorecard has no grade. */
export const NoTickets: Story = {
  name: 'No tickets',
  args: { tickets: 0, agents: 200, months: 12 },
};

/** The error state: a ticket count that is not a whole number fails before DuckDB starts. */
export const InvalidTicketCount: Story = {
  name: 'Error: invalid ticket count',
  args: { tickets: -1, agents: 200, months: 12 },
};
