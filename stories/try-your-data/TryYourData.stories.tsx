import { useServiceScore } from '@servicescore/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { MappingForm } from './analyse';
import { exampleCsv } from './example-csv';
import { RunStatus } from './try-run-status';
import { tt } from './try-text';
import { TryYourDataPage } from './try-your-data-page';
import './try-your-data.css';

/**
 * Paste a ticket CSV or pick a file, map its columns onto the canonical ticket fields, and see the
 * rejection report (table/row/field/reason), the scorecard, the agent leaderboard and the Pareto
 * of `category`. Everything runs in the browser tab, the parsing and grading in a Web Worker;
 * nothing is sent anywhere.
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

const form: MappingForm = { columns: {}, dateFormat: 'YYYY-MM-DD HH:mm', timeZone: 'UTC' };

function RunStates() {
  const { locale, theme } = useServiceScore();
  const T = (key: Parameters<typeof tt>[1], params?: Record<string, string | number>) =>
    tt(locale, key, params);
  const none = () => {};
  return (
    // A page story: the page's own heading and landmarks around the run line (axe checks them).
    <div className="ss-widget ss-try" data-theme={theme} lang={locale}>
      <header className="ss-try__header">
        <h1 className="ss-try__title">{T('title')}</h1>
      </header>
      <main className="ss-try__main">
        <section className="ss-try__section" aria-label={T('step1')}>
          <RunStatus
            running={{ phase: 'parsing', fraction: 0.42, form }}
            notice={null}
            onCancel={none}
            T={T}
          />
          <RunStatus
            running={{ phase: 'mapping', fraction: null, form }}
            notice={null}
            onCancel={none}
            T={T}
          />
          <RunStatus
            running={{ phase: 'evaluating', fraction: null, form }}
            notice={null}
            onCancel={none}
            T={T}
          />
          <RunStatus
            running={{ phase: 'finishing', fraction: null, form }}
            notice={null}
            onCancel={none}
            T={T}
          />
          <RunStatus running={null} notice={{ kind: 'cancelled' }} onCancel={none} T={T} />
          <RunStatus
            running={null}
            notice={{ kind: 'failed', message: 'Failed to fetch the worker script.' }}
            onCancel={none}
            T={T}
          />
        </section>
      </main>
    </div>
  );
}

/**
 * Every state of the run line, side by side: parsing (42 %, determinate), the phases without a
 * known fraction (a sliding bar), cancelled, and a run that could not finish.
 */
export const RunStatesAll: Story = {
  name: 'Run states',
  args: { initialText: '' },
  render: () => <RunStates />,
};
