/** BENCHMARKS.md: the hand-written notes (kept) and the figures (regenerated every run). */
import { existsSync, readFileSync } from 'node:fs';
import type { WidgetFigures } from '../browser/widgets';
import type { MeasuredSize } from '../bundles/sizes';
import { type CoreFigure, type Form, forms } from '../core/core-figures';
import type { OtherFigure } from '../other/other-figures';
import { sqlSection } from '../sql/sql-report';
import type { SqlFigure } from '../sql/sql-figures';
import { kib, mib, ms, ratio, table, timeSummary, verdict } from './format';
import type { Machine } from './machine';
import { childHeapMiB } from './spawn-child';
import { summarise } from './stats';

export const notesStart = '<!-- notes -->';
export const notesEnd = '<!-- /notes -->';

const defaultNotes = `${notesStart}
## Before/after

_Hand-written, kept by \`pnpm bench\`: where a target was missed, what the figure was before and
after the fix, and the closing ratios._

${notesEnd}`;

/** The notes block of an existing BENCHMARKS.md, markers included, or the default one. */
export function keptNotes(path: string): string {
  if (!existsSync(path)) return defaultNotes;
  const text = readFileSync(path, 'utf8');
  const a = text.indexOf(notesStart);
  const b = text.indexOf(notesEnd);
  return a >= 0 && b > a ? text.slice(a, b + notesEnd.length) : defaultNotes;
}

export interface Report {
  machine: Machine;
  date: string;
  command: string;
  totalSeconds: number;
  core: CoreFigure[];
  other: OtherFigure[];
  sizes: MeasuredSize[];
  widgets: WidgetFigures | null;
  errors: string[];
  /** The same core figures measured on an older commit (`--baseline`), if asked. */
  before?: CoreFigure[];
  /** `evaluateSql` and the hand-written query on DuckDB. */
  sql?: SqlFigure[];
}

const formLabel: Record<Form, string> = {
  iso: 'ISO-8601 strings',
  epoch: 'epoch milliseconds',
};

const contestantLabel = (f: CoreFigure): string =>
  f.contestant === 'servicescore-six'
    ? `servicescore, the six figures (\`${f.api}\`)`
    : f.contestant === 'servicescore-all'
      ? `servicescore, every ticket metric (${f.metricCount}, \`${f.api}\`)`
      : f.contestant === 'servicescore-validate'
        ? `servicescore, validation only (one count, no breakdown, \`${f.api}\`)`
        : f.contestant === 'hand'
          ? 'hand-written single pass (the limit)'
          : 'arquero 8.0.0';

function find(core: CoreFigure[], n: number, form: Form, c: CoreFigure['contestant']) {
  return core.find((f) => f.n === n && f.form === form && f.contestant === c);
}

function coreTable(core: CoreFigure[], n: number, form: Form): string {
  const hand = find(core, n, form, 'hand');
  const aq = find(core, n, form, 'arquero');
  const rows = core
    .filter((f) => f.n === n && f.form === form)
    .map((f) => [
      contestantLabel(f),
      timeSummary(f.time),
      hand ? ratio(f.time.median / hand.time.median) : '—',
      aq ? ratio(aq.time.median / f.time.median) : '—',
      `${mib(f.extraHeap.median)} (${mib(f.extraHeap.min)}–${mib(f.extraHeap.max)})`,
      ratio(f.extraHeap.median / f.inputHeap),
    ]);
  return table(
    [
      'contestant',
      'time: median (min–max)',
      '÷ hand loop',
      'arquero ÷ this (speed-up)',
      'peak extra heap: median (min–max)',
      'extra ÷ input heap',
    ],
    rows,
  );
}

/** Baseline commit vs the working tree, same child, same sizes and forms. */
function beforeAfter(core: CoreFigure[], before: CoreFigure[]): string {
  const rows = before.flatMap((b) => {
    const now = find(core, b.n, b.form, b.contestant);
    if (!now) return [];
    const six = find(core, b.n, b.form, 'servicescore-six');
    return [
      [
        `${b.n.toLocaleString('en-US')}, ${formLabel[b.form]}`,
        contestantLabel(now),
        timeSummary(b.time),
        timeSummary(now.time),
        ratio(now.time.median / b.time.median),
        six ? ratio(now.time.median / six.time.median) : '—',
      ],
    ];
  });
  return table(
    [
      'tickets, input',
      'figure',
      `at ${before[0]?.baseline ?? '?'}: median (min–max)`,
      'now: median (min–max)',
      'now ÷ before',
      'now ÷ six figures now',
    ],
    rows,
  );
}

function targets(core: CoreFigure[], n: number): string {
  const rows: string[][] = [];
  for (const form of forms) {
    const hand = find(core, n, form, 'hand');
    const aq = find(core, n, form, 'arquero');
    for (const c of ['servicescore-six', 'servicescore-all'] as const) {
      const f = find(core, n, form, c);
      if (!f) continue;
      const vsHand = hand ? f.time.median / hand.time.median : Number.NaN;
      const vsAq = aq ? aq.time.median / f.time.median : Number.NaN;
      const heap = f.extraHeap.median / f.inputHeap;
      const what = c === 'servicescore-six' ? 'six figures' : `all ${f.metricCount} ticket metrics`;
      rows.push(
        [
          `${formLabel[form]}, ${what}`,
          '≤ ×1.5 the hand loop',
          ratio(vsHand),
          verdict(vsHand <= 1.5),
        ],
        [
          `${formLabel[form]}, ${what}`,
          '≥ 3× faster than arquero',
          ratio(vsAq),
          verdict(vsAq >= 3),
        ],
        [
          `${formLabel[form]}, ${what}`,
          'extra heap ≤ 0.5 × input heap',
          ratio(heap),
          verdict(heap <= 0.5),
        ],
      );
    }
  }
  return table(['input, servicescore measuring', 'target', 'figure', 'verdict'], rows);
}

function growth(core: CoreFigure[], sizes: number[]): string {
  const rows: string[][] = [];
  for (const form of forms) {
    for (const c of [
      'servicescore-six',
      'servicescore-all',
      'servicescore-validate',
      'hand',
      'arquero',
    ] as const) {
      const cells = sizes.map((n) => find(core, n, form, c));
      const first = cells.find((x) => x !== undefined);
      if (!first) continue;
      const last = cells[cells.length - 1];
      const perK = (f: CoreFigure | undefined) => (f ? ms((f.time.median / f.n) * 1000) : '—');
      rows.push([
        formLabel[form],
        contestantLabel(first),
        ...cells.map((f) => (f ? `${ms(f.time.median)} (${perK(f)} / 1k)` : '—')),
        last && cells[cells.length - 2]
          ? ratio(last.time.median / (cells[cells.length - 2] as CoreFigure).time.median)
          : '—',
      ]);
    }
  }
  return table(
    [
      'input',
      'contestant',
      ...sizes.map((n) => `${n.toLocaleString('en-US')} tickets`),
      `${sizes.at(-1)?.toLocaleString('en-US')} ÷ ${sizes.at(-2)?.toLocaleString('en-US')} (linear: ×10)`,
    ],
    rows,
  );
}

function inputHeaps(core: CoreFigure[], sizes: number[]): string {
  const rows = forms.map((form) => [
    formLabel[form],
    ...sizes.map((n) => {
      const f = core.filter((x) => x.n === n && x.form === form);
      return f.length ? mib(summarise(f.map((x) => x.inputHeap)).median) : '—';
    }),
  ]);
  return table(['input', ...sizes.map((n) => `${n.toLocaleString('en-US')} records`)], rows);
}

function sizesSection(sizes: MeasuredSize[]): string {
  const row = (s: MeasuredSize) =>
    s.error
      ? [s.name, 'error', s.error, '', '']
      : [
          s.name,
          kib(s.size?.min ?? 0),
          kib(s.size?.gzip ?? 0),
          s.budget === undefined ? '—' : kib(s.budget),
          s.budget === undefined ? '—' : verdict((s.size?.gzip ?? 0) <= s.budget),
        ];
  const head = ['entry', 'minified', 'min + gzip', 'budget (gzip)', 'verdict'];
  return [
    '### servicescore',
    '',
    table(head, sizes.filter((s) => !s.peer).map(row)),
    '',
    "Entries (test/budget/budgets.ts, the budget tests' own):",
    '',
    ...sizes.filter((s) => !s.peer).map((s) => `- ${s.name}: \`${s.code.replace(/\s+/g, ' ')}\``),
    '',
    '### Peers (bench-only dependencies, same method)',
    '',
    table(head, sizes.filter((s) => s.peer).map(row)),
  ].join('\n');
}

function widgetsSection(w: WidgetFigures): string {
  const s = (xs: number[]) => timeSummary(summarise(xs));
  const med = (xs: number[] | undefined) => (xs ? summarise(xs).median : Number.NaN);
  const mountRatio = med(w.leaderboardMount[10_000]) / med(w.leaderboardMount[100]);
  const frames = w.gaugeRerender.frames.filter((v) => Number.isFinite(v));
  const lo = Math.min(w.gaugeRerender.from, w.gaugeRerender.to);
  const lowest = frames.length ? Math.min(...frames) : Number.NaN;
  const noReset = frames.length > 0 && lowest >= lo - 1e-9;
  const reached =
    frames.length > 0 && Math.abs((frames.at(-1) as number) - w.gaugeRerender.to) < 1e-9;
  const rows = [
    ['KpiLeaderboard mount, 100 rows', s(w.leaderboardMount[100] ?? [])],
    ['KpiLeaderboard mount, 10,000 rows', s(w.leaderboardMount[10_000] ?? [])],
    [
      'KpiLeaderboard sort (click → sorted rows laid out), 100 rows',
      s(w.leaderboardSort[100] ?? []),
    ],
    ['KpiLeaderboard sort, 10,000 rows', s(w.leaderboardSort[10_000] ?? [])],
    ['ParetoChart mount, 20 categories', s(w.paretoMount[20] ?? [])],
    ['ParetoChart mount, 1,000 categories', s(w.paretoMount[1000] ?? [])],
    ['a page of 200 KpiGauges, mount', s(w.gaugePageMount)],
    ['one KpiGauge re-rendered with a new value (sync re-render)', s(w.gaugeRerender.ms)],
  ];
  const big = w.bigData;
  return [
    `Chromium ${w.chromium}, headless; times are render + commit + layout in one React root (\`flushSync\`, then a forced layout), measured in the page with \`performance.now()\`; every widget mounted fresh each run, after one warm-up mount (or sort) that is not counted. Sort = a click on a metric column's sort button until the re-sorted rows are laid out.`,
    '',
    table(['figure', 'median (min–max)'], rows),
    '',
    table(
      ['target', 'figure', 'verdict'],
      [
        [
          '10,000-row leaderboard mount ≤ 2 × the 100-row mount',
          ratio(mountRatio),
          verdict(mountRatio <= 2),
        ],
        [
          'gauge re-render: no reset animation (the arc never goes back toward 0)',
          `${frames.length} frames from ${w.gaugeRerender.from} to ${w.gaugeRerender.to}: lowest drawn ${lowest.toFixed(3)}, last ${frames.at(-1)?.toFixed(3)}`,
          verdict(noReset && reached),
        ],
      ],
    ),
    '',
    '**Big data off the main thread** (story `Pages/Big data` → `MillionTickets`, 1,000,000 demo tickets generated and evaluated with `evaluateInWorker`, `autoStart` on, from `data-state="running"` to `"done"`; long tasks from a `PerformanceObserver({ type: "longtask", buffered: true })` installed before the page loads):',
    '',
    big
      ? table(
          ['longest main-thread task', 'long tasks (> 50 ms)', 'total time, running → done'],
          [[ms(big.longestTask), String(big.longTasks), ms(big.totalMs)]],
        )
      : 'not available: the story `pages-big-data--million-tickets` is not in the Storybook build.',
  ].join('\n');
}

/** The whole BENCHMARKS.md. */
export function renderReport(r: Report, notes: string): string {
  const m = r.machine;
  const sizes = [...new Set(r.core.map((f) => f.n))].sort((a, b) => a - b);
  const biggest = sizes.at(-1);
  const out: string[] = [
    '# Benchmarks',
    '',
    "Embedded widgets live inside someone else's page and the core turns a year of a big service desk's tickets into figures: this file measures both against the alternatives a host would pick and against the practical limit, in one run.",
    '',
    notes,
    '',
    '<!-- Everything below is written by `pnpm bench` (test/bench/run.ts); edit the notes above only. -->',
    '',
    '## Run',
    '',
    table(
      ['', ''],
      [
        [
          'command',
          `\`${r.command}\` (from a fresh clone: \`pnpm install --frozen-lockfile && ${r.command}\`)`,
        ],
        ['date', r.date],
        ['CPU', `${m.cpu}, ${m.cores} cores`],
        ['RAM', `${m.ramGiB.toFixed(1)} GiB`],
        ['OS', m.os],
        [
          'Node',
          `${m.node} (children: \`--expose-gc --trace-gc --max-old-space-size=${childHeapMiB}\`, one fresh process per figure and contestant)`,
        ],
        [
          'load when started',
          `${m.load.toFixed(2)} (1-minute average; above ${m.cores} the machine was busy and the times are noisy)`,
        ],
        ['bench duration', `${(r.totalSeconds / 60).toFixed(1)} min`],
      ],
    ),
    '',
  ];
  if (r.errors.length > 0) {
    out.push('## Failures', '', ...r.errors.map((e) => `- ${e.replace(/\n/g, ' ')}`), '');
  }
  out.push(
    '## Core: a year of tickets per agent × month',
    '',
    "Demo tickets (`generateDemoDataset`: 200 agents, 12 months) written out as the host's raw records (`test/bench/core/raw-input.ts`: present fields only, timestamps as ISO-8601 strings or as epoch ms), then measured end to end — validation and timestamp parsing included — per agent × month in Asia/Shanghai, `asOf` the end of the last month. Each contestant runs in its own process; the first run of each process is a cold one (JIT warm-up), the median is over all runs. After the runs, every agent × month cell of the six figures (csat, fcr, avgFirstResponseTime, responseTimelinessRate, avgResolutionTime, complaintRate) is checked against the hand loop (relative tolerance 1e-9); a mismatch fails the bench.",
    '',
    '**Peak extra heap** = the largest heap in use during a run (the "before" size of every GC that `--trace-gc` prints between markers around the run, or the heap at the end marker) minus the heap after a full GC just before the run (raw records alive). It includes garbage not yet collected, to within the young generation. **Input heap** = heap after building the raw records − heap before, both after a full GC.',
    '',
  );
  if (biggest !== undefined) {
    out.push(
      `### Targets at ${biggest.toLocaleString('en-US')} tickets`,
      '',
      targets(r.core, biggest),
      '',
    );
  }
  for (const n of [...sizes].reverse()) {
    for (const form of forms) {
      if (!r.core.some((f) => f.n === n && f.form === form)) continue;
      out.push(
        `### ${n.toLocaleString('en-US')} tickets, timestamps as ${formLabel[form]}`,
        '',
        coreTable(r.core, n, form),
        '',
      );
    }
  }
  if (r.before !== undefined && r.before.length > 0) {
    out.push(
      `### Before/after: the core at \`${r.before[0]?.baseline}\` vs now`,
      '',
      `\`pnpm bench --baseline=${r.before[0]?.baseline}\` checks that commit out in a detached \`git worktree\` under \`.bench-out/\` and builds the same core child (same input, same options, same cross-check) against its \`packages/core\`; each figure runs in its own process like the others.`,
      '',
      beforeAfter(r.core, r.before),
      '',
    );
  }
  if (sizes.length > 1) {
    out.push('### Growth (median time, and per 1,000 tickets)', '', growth(r.core, sizes), '');
    out.push('### Heap of the raw records themselves', '', inputHeaps(r.core, sizes), '');
  }
  if (r.other.length > 0) {
    out.push(
      '## Other core figures',
      '',
      table(
        ['figure', 'time: median (min–max)', 'peak extra heap (median)'],
        r.other.map((o) => [o.label, timeSummary(o.time), mib(o.extraHeap.median)]),
      ),
      '',
    );
  }
  if (r.sql !== undefined && r.sql.length > 0) out.push(sqlSection(r.sql, r.core), '');
  if (r.sizes.length > 0) {
    out.push(
      '## Bundle sizes',
      '',
      "The budgets' method (`test/budget/bundle-size.ts`): a one-line consumer entry bundled by esbuild (ESM, browser, minified, `NODE_ENV=production`, React and ReactDOM external, CSS left out), gzip level 9. 1 KB = 1024 bytes.",
      '',
      sizesSection(r.sizes),
      '',
    );
  }
  out.push('## Widgets in Chromium', '');
  out.push(r.widgets ? widgetsSection(r.widgets) : 'not run.', '');
  return `${out.join('\n')}`;
}
