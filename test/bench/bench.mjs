// `pnpm bench`: bundles the TypeScript bench (runner and child processes) with esbuild into
// .bench-out/ (git-ignored), then runs the runner, which writes BENCHMARKS.md. Plain JavaScript so
// that it runs on Node 20 without a TypeScript loader.
import { build } from 'esbuild';

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
  },
  outdir: out,
});
// The runner: packages stay external (esbuild, playwright-core resolve from the root).
await build({
  ...common,
  // Two levels below the root, like test/browser/global-setup.ts, whose own paths then hold.
  entryPoints: { 'runner/run': here('./run.ts') },
  outdir: out,
  packages: 'external',
});
await import(`${out}runner/run.js`);
