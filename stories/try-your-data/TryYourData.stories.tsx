import type { Meta, StoryObj } from '@storybook/react-vite';
import { exampleCsv } from './example-csv';
import { TryYourDataPage } from './try-your-data-page';

/**
 * Paste a ticket CSV or pick a file, map its columns onto the canonical ticket fields, and see the
 * rejection report (table/row/field/reason), the scorecard, the agent leaderboard and the Pareto
 * of `category`. Everything runs in the browser tab; nothing is sent anywhere.
 */
const meta = {
  title: 'Pages/Try your own data',
  component: TryYourDataPage,
  parameters: { layout: 'fullscreen' },
  argTypes: { initialText: { control: false } },
  tags: ['!autodocs'],
} satisfies Meta<typeof TryYourDataPage>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Empty: paste, pick a file, or load the built-in example with one click. */
export const Empty: Story = { args: { initialText: '' } };

/** The built-in 40-row example already loaded (3 rows are rejected on purpose). */
export const WithExample: Story = { args: { initialText: exampleCsv } };
