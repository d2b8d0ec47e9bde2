import { defineConfig } from 'vitest/config';

/**
 * Three unit projects: the headless core in Node, the widgets in happy-dom, and server rendering in
 * plain Node (no DOM globals at all). The core project is also what the time-zone matrix reruns.
 * A fourth, `fuzz`, throws adversarial data at every public core entry point: 200 cases each by
 * default (so `test:unit` runs it), `FUZZ_RUNS` cases in `test:fuzz`. A fifth, `browser`, drives
 * every Storybook story in Debian's Chromium (Node process, Playwright); it is slow, so `test:unit`
 * names the unit projects and `test:browser` runs this one. `sql` (run by `test:sql`) checks against
 * real database engines: DuckDB, PostgreSQL 15 and a 2-shard ClickHouse cluster.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'core',
          environment: 'node',
          include: ['test/core/**/*.test.ts'],
          testTimeout: 30_000,
          // One module graph per worker, not per file: the core is pure (no DOM, no globals it
          // writes; its caches are memo tables), and importing it anew for each of ~130 files was
          // most of the project's time (import 110 s of 330 s on a loaded 2-core machine; this
          // project also runs three more times under other time zones in `pnpm test`). A test that
          // spies on a prototype restores it.
          isolate: false,
        },
      },
      {
        test: {
          name: 'react',
          environment: 'happy-dom',
          include: ['test/react/**/*.test.{ts,tsx}'],
          // Unmounts what each test rendered (Testing Library only does it by itself with globals).
          setupFiles: ['test/react/setup.ts'],
          // happy-dom + axe on a 2-core CI machine: a chart render can take a second.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'ssr',
          environment: 'node',
          include: ['test/ssr/**/*.test.{ts,tsx}'],
        },
      },
      {
        test: {
          name: 'fuzz',
          environment: 'node',
          include: ['test/fuzz/**/*.test.ts'],
          // `FUZZ_RUNS` sets the cases per entry point: 200 by default, 100 000 in `test:fuzz`.
          testTimeout: 600_000,
        },
      },
      {
        test: {
          // Bundle budgets: esbuild + gzip of one-widget consumer entries (test/budget/budgets.ts).
          name: 'budget',
          environment: 'node',
          include: ['test/budget/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          // Builds Storybook once, serves it on 127.0.0.1, starts Chromium (see the file).
          globalSetup: ['test/browser/global-setup.ts'],
          // Generous: a story's sweep (axe in up to four variants, six layout checks) must never
          // fail for the machine being slow; a hung story still ends the run.
          testTimeout: 300_000,
          hookTimeout: 120_000,
          // Stories open in parallel pages of one browser; more than this only queues on 2 cores.
          maxConcurrency: 3,
        },
      },
      {
        test: {
          name: 'consumer',
          environment: 'node',
          include: ['test/consumer/**/*.test.ts'],
          // Packs both packages, installs them into fresh Vite apps (React 19 and 18) outside the
          // workspace, builds them, then Chromium under a strict CSP and renderToString in Node.
          testTimeout: 300_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          // Differential SQL tests: DuckDB in-process, plus a throwaway PostgreSQL 15 and a 2-shard
          // ClickHouse cluster that the global setup starts once (see test/sql/engines/).
          name: 'sql',
          environment: 'node',
          include: ['test/sql/**/*.test.ts'],
          globalSetup: ['test/sql/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
