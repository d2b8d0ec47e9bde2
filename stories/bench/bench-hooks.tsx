// The window hook the widget benchmarks drive (`pnpm bench`, test/bench/browser/widgets.ts): it
// mounts a widget into its own React root outside Storybook's, timing render + commit + layout
// with performance.now(), `runs` times, and reports the times in ms.
import { KpiGauge, KpiLeaderboard, ParetoChart, ServiceScoreProvider } from '@servicescore/react';
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { gaugeValues, leaderboardEvaluation, leaderboardMetrics, paretoData } from './bench-data';

export type BenchWidget = 'leaderboard' | 'pareto' | 'gauges';

/** The gauge re-render figure: sync re-render time and the arc's drawn values frame by frame. */
export interface GaugeRerender {
  ms: number[];
  from: number;
  to: number;
  /** `data-value` of the arc at each animation frame after the new value, over 700 ms. */
  frames: number[];
}

export interface WidgetBench {
  /** Mount times (ms) of `widget` at `size`, each in a fresh root. */
  mount(widget: BenchWidget, size: number, runs: number): Promise<number[]>;
  /** Leaderboard with `rows` rows: time from a click on a metric's sort button to the sorted rows laid out. */
  sort(rows: number, runs: number): Promise<number[]>;
  /** One gauge, re-rendered with a new value. */
  gaugeRerender(runs: number): Promise<GaugeRerender>;
}

declare global {
  interface Window {
    __servicescoreBench?: WidgetBench;
  }
}

const nextFrame = () => new Promise<number>((ok) => requestAnimationFrame(ok));
/** A macrotask: every microtask (React's flush of a click's update) has run before it. */
const afterMicrotasks = () =>
  new Promise<void>((ok) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => ok();
    channel.port2.postMessage(null);
  });

function element(widget: BenchWidget, size: number): ReactElement {
  if (widget === 'leaderboard')
    return (
      <KpiLeaderboard
        evaluation={leaderboardEvaluation(size)}
        metrics={leaderboardMetrics}
        label="坐席排行榜"
        height={480}
      />
    );
  if (widget === 'pareto')
    return <ParetoChart data={paretoData(size)} label="投诉原因" width={960} height={320} />;
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
      {gaugeValues(size).map((v, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
        <KpiGauge key={i} metric="csat" value={v} width={140} label={`坐席 ${i + 1}`} />
      ))}
    </div>
  );
}

interface Stage {
  root: Root;
  container: HTMLDivElement;
  render(el: ReactElement): void;
  unmount(): void;
}

function stage(): Stage {
  const container = document.createElement('div');
  container.style.width = '1000px';
  document.body.append(container);
  const root = createRoot(container);
  return {
    root,
    container,
    render: (el) =>
      flushSync(() =>
        root.render(<ServiceScoreProvider locale="zh-CN">{el}</ServiceScoreProvider>),
      ),
    unmount: () => {
      root.unmount();
      container.remove();
    },
  };
}

/** Renders synchronously, forces layout, returns the elapsed ms. */
function timedRender(s: Stage, el: ReactElement): number {
  const t0 = performance.now();
  s.render(el);
  void s.container.offsetHeight;
  return performance.now() - t0;
}

export const widgetBench: WidgetBench = {
  async mount(widget, size, runs) {
    const times: number[] = [];
    // One warm-up mount first (JIT, styles), not counted: sizes compare like for like.
    for (let i = -1; i < runs; i++) {
      const el = element(widget, size); // props built outside the timing
      const s = stage();
      const ms = timedRender(s, el);
      if (i >= 0) times.push(ms);
      await nextFrame();
      await nextFrame();
      s.unmount();
      await nextFrame();
    }
    return times;
  },
  async sort(rows, runs) {
    const s = stage();
    s.render(element('leaderboard', rows));
    await nextFrame();
    await nextFrame();
    const buttons = s.container.querySelectorAll<HTMLButtonElement>(
      'button.ss-kpi-leaderboard__sort',
    );
    // The last sort button: a metric column's.
    const button = buttons[buttons.length - 1];
    if (!button) throw new Error('bench: the leaderboard has no sort button');
    const times: number[] = [];
    // One warm-up sort first, not counted.
    for (let i = -1; i < runs; i++) {
      const t0 = performance.now();
      button.click();
      await afterMicrotasks();
      void s.container.offsetHeight;
      if (i >= 0) times.push(performance.now() - t0);
      await nextFrame();
    }
    s.unmount();
    return times;
  },
  async gaugeRerender(runs) {
    const from = 0.82;
    const to = 0.91;
    const gauge = (v: number) => <KpiGauge metric="csat" value={v} width={200} />;
    const s = stage();
    s.render(gauge(from));
    await nextFrame();
    const ms: number[] = [];
    let frames: number[] = [];
    for (let i = 0; i < runs; i++) {
      const [a, b] = i % 2 === 0 ? [from, to] : [to, from];
      s.render(gauge(a));
      // Let any tween to `a` finish.
      await new Promise((ok) => setTimeout(ok, 500));
      ms.push(timedRender(s, gauge(b)));
      if (i === 0) {
        frames = [];
        const end = performance.now() + 700;
        while (performance.now() < end) {
          await nextFrame();
          const fill = s.container.querySelector('.ss-kpi-gauge__fill');
          frames.push(Number(fill?.getAttribute('data-value') ?? Number.NaN));
        }
      }
    }
    s.unmount();
    return { ms, from, to, frames };
  },
};
