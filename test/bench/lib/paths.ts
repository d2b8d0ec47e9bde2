import { join } from 'node:path';

/**
 * The repository root. The bench runs bundled from .bench-out/, where `import.meta.url` says
 * nothing about the sources, so bench.mjs passes the root in SERVICESCORE_BENCH_ROOT.
 */
export const repoRoot: string = process.env.SERVICESCORE_BENCH_ROOT ?? process.cwd();

/** Where bench.mjs puts the bundles. */
export const benchOut: string = join(repoRoot, '.bench-out');

/** test/bench, where the bench-only dependencies are installed. */
export const benchDir: string = join(repoRoot, 'test', 'bench');
