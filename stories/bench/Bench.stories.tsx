import { KpiGauge, KpiLeaderboard, ParetoChart } from '@servicescore/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect } from 'react';
import { gaugeValues, leaderboardEvaluation, leaderboardMetrics, paretoData } from './bench-data';
import { widgetBench } from './bench-hooks';

/**
 * The widget benchmarks of `pnpm bench` (test/bench/browser/widgets.ts). Each story shows its
 * widget at the size in its args and installs `window.__servicescoreBench`, which the bench uses
 * to mount the widgets at the measured sizes in their own React root and time them.
 */
function BenchHook() {
  useEffect(() => {
    window.__servicescoreBench = widgetBench;
    return () => {
      delete window.__servicescoreBench;
    };
  }, []);
  return null;
}

interface BenchArgs {
  size: number;
}

const meta: Meta<BenchArgs> = {
  title: 'Bench/Widgets',
  args: { size: 100 },
  argTypes: { size: { control: { type: 'number', min: 1, max: 10_000 } } },
};

export default meta;

/** Whether the toolbar's locale is English (the story labels follow it; the bench is unaffected). */
const english = (globals: Record<string, unknown>) => globals.locale === 'en-US';
type Story = StoryObj<BenchArgs>;

/** KpiLeaderboard with `size` rows (the bench: 100 vs 10,000 rows, mount and sort). */
export const Leaderboard: Story = {
  args: { size: 100 },
  render: ({ size }, { globals }) => (
    <>
      <BenchHook />
      <KpiLeaderboard
        evaluation={leaderboardEvaluation(size)}
        metrics={leaderboardMetrics}
        label={english(globals) ? 'Agent leaderboard' : '坐席排行榜'}
        height={480}
      />
    </>
  ),
};

/** ParetoChart with `size` categories (the bench: 20 vs 1,000). */
export const Pareto: Story = {
  args: { size: 20 },
  render: ({ size }, { globals }) => (
    <>
      <BenchHook />
      <ParetoChart
        data={paretoData(size)}
        label={english(globals) ? 'Complaint causes' : '投诉原因'}
        height={320}
      />
    </>
  ),
};

/** A page of `size` KpiGauges (the bench: 200), and the re-render of one with a new value. */
export const Gauges: Story = {
  args: { size: 12 },
  render: ({ size }, { globals }) => (
    <>
      <BenchHook />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {gaugeValues(size).map((v, i) => (
          <KpiGauge
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
            key={i}
            metric="csat"
            value={v}
            width={140}
            label={`${english(globals) ? 'Agent' : '坐席'} ${i + 1}`}
          />
        ))}
      </div>
    </>
  ),
};
