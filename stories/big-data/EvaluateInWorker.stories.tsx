import type { Meta, StoryObj } from '@storybook/react-vite';
import { BigDataPage } from './big-data-page';

/**
 * `evaluateDemoInWorker` from `@servicescore/core/demo` (the chunked machinery of `evaluateInWorker`,
 * in a demo worker of its own): a big demo dataset is generated and evaluated (every ticket metric, per agent × month) in a Web Worker, chunk by chunk, while the
 * page shows progress and stays responsive; Cancel terminates the worker. Then the agent
 * leaderboard of the result.
 *
 * Both stories wait for the button (opening the story costs nothing); add `&args=autoStart:!true`
 * to the story URL to start at once (the benchmark does, to measure the main thread's longest task).
 */
const meta = {
  title: 'Pages/Big data',
  component: BigDataPage,
  parameters: { layout: 'fullscreen' },
  argTypes: {
    tickets: { control: { type: 'number', min: 0, max: 5_000_000, step: 10_000 } },
    agents: { control: { type: 'number', min: 1, max: 5000 } },
    months: { control: { type: 'number', min: 1, max: 60 } },
    autoStart: { control: 'boolean' },
  },
  tags: ['!autodocs'],
} satisfies Meta<typeof BigDataPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A year of a big service desk: 1,000,000 tickets, 200 agents, 12 months. */
export const MillionTickets: Story = {
  name: '1,000,000 tickets',
  args: { tickets: 1_000_000, agents: 200, months: 12, autoStart: false },
};

/** The same page with 50,000 tickets: what the browser test runs (seconds, not tens of seconds). */
export const FiftyThousandTickets: Story = {
  name: '50,000 tickets',
  args: { tickets: 50_000, agents: 200, months: 12, autoStart: false },
};
