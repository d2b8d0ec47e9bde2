// `pnpm bench`: bundles the TypeScript bench (runner and child processes) with esbuild into
// .bench-out/ (git-ignored), then runs the runner, which writes BENCHMARKS.md. Plain JavaScript so
// that it runs on Node 20 without a TypeScript loader.
import { build } from 'esbuild';

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = `${root}.bench-out/`;
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
// The bundles cannot find the sources from their own location: tell them where the repo is.
process.env.SERVICESCORE_BENCH_ROOT = root;
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Bundled CommonJS code may call require(); give it one.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
};

// Children: everything bundled (arquero and the core resolve from test/bench/node_modules).
await build({
  ...common,
  entryPoints: {
    'core-child': here('./core/core-child.ts'),
    'other-child': here('./other/other-child.ts'),
    'sql-child': here('./sql/sql-child.ts'),
    'server-child': here('./sql/server-child.ts'),
    'sql-statements': here('./sql/statements.ts'),
  },
  outdir: out,
  // DuckDB's native binding loads its .node file at run time: resolved from the repo, not bundled.
  external: ['@duckdb/*'],
});
// `--baseline=<commit>`: the same core child built against the core of an older commit (a
// detached `git worktree` in .bench-out/), for the "before/after" table. Its core's own
// dependencies are installed in the worktree from its lockfile (an older core still imports luxon).
const baseline = process.argv.find((a) => a.startsWith('--baseline='))?.slice(11);
if (baseline) {
  const tree = `${out}baseline-${baseline}`;
  if (!existsSync(tree))
    execFileSync('git', ['-C', root, 'worktree', 'add', '--detach', tree, baseline], {
      stdio: 'inherit',
    });
  execFileSync(
    'pnpm',
    [
      'install',
      '--frozen-lockfile',
      '--prefer-offline',
      '--ignore-scripts',
      '--filter',
      '@servicescore/core',
    ],
    { cwd: tree, stdio: 'inherit' },
  );
  await build({
    ...common,
    entryPoints: { 'core-child-baseline': here('./core/core-child.ts') },
    outdir: out,
    alias: { '@servicescore/core': `${tree}/packages/core/src/index.ts` },
    nodePaths: [`${tree}/packages/core/node_modules`],
  });
}
// The runner: packages stay external (esbuild, playwright-core resolve from the root).
await build({
  ...common,
  // Two levels below the root, like test/browser/global-setup.ts, whose own paths then hold.
  entryPoints: { 'runner/run': here('./run.ts') },
  outdir: out,
  packages: 'external',
});
await import(`${out}runner/run.js`);
