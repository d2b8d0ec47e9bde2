/**
 * Widgets in Chromium, with the browser tests' set-up (test/browser/global-setup.ts: the static
 * Storybook — built, or SERVICESCORE_STORYBOOK_STATIC — served on 127.0.0.1, Debian's Chromium via
 * playwright-core). The bench stories (stories/bench/, `Bench/Widgets`) install a window hook that
 * mounts widgets in their own React root and times them with performance.now().
 */
import { type Browser, chromium, type Page } from 'playwright-core';
import setup from '../../browser/global-setup';

/** The gauge re-render figure (as stories/bench/bench-hooks.tsx returns it). */
export interface GaugeRerender {
  ms: number[];
  from: number;
  to: number;
  /** `data-value` of the arc at each animation frame after the new value, over 700 ms. */
  frames: number[];
}

/** The window hook of stories/bench/bench-hooks.tsx (`window.__servicescoreBench`). */
interface WidgetBench {
  mount(widget: 'leaderboard' | 'pareto' | 'gauges', size: number, runs: number): Promise<number[]>;
  sort(rows: number, runs: number): Promise<number[]>;
  gaugeRerender(runs: number): Promise<GaugeRerender>;
}

type BenchWindow = { __servicescoreBench?: WidgetBench };

export const bigDataStoryId = 'pages-big-data--million-tickets';

export interface WidgetFigures {
  chromium: string;
  leaderboardMount: Record<number, number[]>;
  leaderboardSort: Record<number, number[]>;
  paretoMount: Record<number, number[]>;
  gaugePageMount: number[];
  gaugeRerender: GaugeRerender;
  bigData: BigDataFigure | null;
}

export interface BigDataFigure {
  /** Longest main-thread task (ms) from `data-state="running"` to `data-state="done"`. */
  longestTask: number;
  /** How many long tasks (> 50 ms) in that time. */
  longTasks: number;
  /** From `data-state="running"` to `data-state="done"`, ms. */
  totalMs: number;
}

/** What the init script records in the page. */
interface Watch {
  tasks: { start: number; duration: number }[];
  started: number | null;
  done: number | null;
}

interface Provided {
  storybookUrl: string;
  chromiumEndpoint: string;
  stories: { id: string }[];
}

async function openStory(
  browser: Browser,
  url: string,
  id: string,
  init?: () => void,
  args = '',
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1200, height: 800 },
    locale: 'zh-CN',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (init) await page.addInitScript(init);
  await page.goto(
    `${url}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=a11y.manual:!true${args}`,
  );
  await page.waitForFunction(
    () =>
      (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } })
        .__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished',
    undefined,
    { timeout: 60_000, polling: 50 },
  );
  if (errors.length > 0) throw new Error(`story ${id}: ${errors.join('; ')}`);
  return page;
}

type Call = {
  [K in keyof WidgetBench]: { name: K; args: Parameters<WidgetBench[K]> };
}[keyof WidgetBench];

/** Calls the story's window hook. */
async function bench<T>(page: Page, call: Call): Promise<T> {
  await page.waitForFunction(
    () => (window as BenchWindow).__servicescoreBench !== undefined,
    undefined,
    {
      timeout: 30_000,
    },
  );
  return page.evaluate(
    ({ name, args }) => {
      const hook = (window as BenchWindow).__servicescoreBench as unknown as Record<
        string,
        (...a: unknown[]) => unknown
      >;
      return (hook[name] as (...a: unknown[]) => unknown)(...args);
    },
    call as { name: string; args: unknown[] },
  ) as Promise<T>;
}

/** Installed before the big-data story loads: long tasks, and when `data-state` turns `running` and `done`. */
function watchBigData(): void {
  const watch: Watch = { tasks: [], started: null, done: null };
  (window as unknown as { __bigDataWatch: Watch }).__bigDataWatch = watch;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      watch.tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const check = () => {
    const state = document.querySelector('[data-state]')?.getAttribute('data-state');
    if (state === 'running' && watch.started === null) watch.started = performance.now();
    if (state === 'done' && watch.done === null) watch.done = performance.now();
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-state'],
  });
}

async function bigData(browser: Browser, url: string): Promise<BigDataFigure> {
  // `autoStart` starts the evaluation on mount (the story waits for its button otherwise).
  const page = await openStory(browser, url, bigDataStoryId, watchBigData, '&args=autoStart:!true');
  try {
    await page.waitForFunction(
      () => (window as unknown as { __bigDataWatch: Watch }).__bigDataWatch.done !== null,
      undefined,
      { timeout: 300_000, polling: 250 },
    );
    const watch = await page.evaluate(
      () => (window as unknown as { __bigDataWatch: Watch }).__bigDataWatch,
    );
    const started = watch.started ?? 0;
    const done = watch.done ?? 0;
    const during = watch.tasks.filter((t) => t.start + t.duration >= started && t.start <= done);
    return {
      longestTask: Math.max(0, ...during.map((t) => t.duration)),
      longTasks: during.length,
      totalMs: done - started,
    };
  } finally {
    await page.context().close();
  }
}

/** Runs every widget figure; `log` prints progress. */
export async function widgetFigures(
  runs: number,
  log: (line: string) => void,
): Promise<WidgetFigures> {
  const provided: Partial<Provided> = {};
  const project = { provide: (key: keyof Provided, value: never) => (provided[key] = value) };
  log('browser: Storybook build (or SERVICESCORE_STORYBOOK_STATIC), server and Chromium …');
  const teardown = await setup(project as never);
  const { storybookUrl: url, chromiumEndpoint, stories = [] } = provided;
  if (!url || !chromiumEndpoint) throw new Error('browser set-up gave no URL or browser');
  const browser = await chromium.connect(chromiumEndpoint);
  try {
    const story = (name: string) => `bench-widgets--${name}`;
    const out: Partial<WidgetFigures> = { chromium: browser.version() };
    const leaderboard = await openStory(browser, url, story('leaderboard'));
    out.leaderboardMount = {};
    out.leaderboardSort = {};
    for (const rows of [100, 10_000]) {
      log(`browser: KpiLeaderboard ${rows} rows, mount and sort …`);
      out.leaderboardMount[rows] = await bench(leaderboard, {
        name: 'mount',
        args: ['leaderboard', rows, runs],
      });
      out.leaderboardSort[rows] = await bench(leaderboard, { name: 'sort', args: [rows, runs] });
    }
    await leaderboard.context().close();
    const pareto = await openStory(browser, url, story('pareto'));
    out.paretoMount = {};
    for (const categories of [20, 1000]) {
      log(`browser: ParetoChart ${categories} categories …`);
      out.paretoMount[categories] = await bench(pareto, {
        name: 'mount',
        args: ['pareto', categories, runs],
      });
    }
    await pareto.context().close();
    const gauges = await openStory(browser, url, story('gauges'));
    log('browser: 200 KpiGauges, and one gauge re-rendered …');
    out.gaugePageMount = await bench(gauges, { name: 'mount', args: ['gauges', 200, runs] });
    out.gaugeRerender = await bench(gauges, { name: 'gaugeRerender', args: [runs] });
    await gauges.context().close();
    if (stories.some((s) => s.id === bigDataStoryId)) {
      log('browser: Pages/Big data, 1,000,000 tickets in a worker …');
      out.bigData = await bigData(browser, url);
    } else {
      log(`browser: story ${bigDataStoryId} not in the build: big-data figure not available`);
      out.bigData = null;
    }
    return out as WidgetFigures;
  } finally {
    await browser.close();
    await teardown();
  }
}
