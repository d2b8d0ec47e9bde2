/**
 * How the bundle budgets and the bench measure a consumer's cost: bundle a one-line consumer entry
 * with esbuild (ESM, browser, minified, `NODE_ENV=production`, React and ReactDOM external), then
 * gzip the output at level 9. Deterministic: the same sources give the same bytes.
 */
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';

/** Packages a host page already has: never counted. */
export const hostExternals = [
  'react',
  'react-dom',
  'react/jsx-runtime',
  'react/jsx-dev-runtime',
  'react-dom/client',
  'react-dom/server',
];

export interface BundleSize {
  /** Minified bytes. */
  min: number;
  /** Minified + gzip (level 9) bytes. */
  gzip: number;
  /** The 8 largest inputs by minified bytes in the output, for a failing budget's message. */
  largest: { path: string; bytes: number }[];
}

/**
 * Bundles `code` (an ES module importing what a consumer imports, e.g.
 * `export { GradeBadge } from '@servicescore/react'`) as if it were a file in `resolveDir`.
 */
export async function bundleSize(code: string, resolveDir: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: code, resolveDir, loader: 'tsx', sourcefile: 'consumer-entry.tsx' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    jsx: 'automatic',
    external: hostExternals,
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.css': 'empty' },
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error('esbuild produced no output');
  return {
    min: output.contents.byteLength,
    gzip: gzipSync(output.contents, { level: 9 }).byteLength,
    largest: largestInputs(result.metafile),
  };
}

function largestInputs(meta: Metafile): { path: string; bytes: number }[] {
  const out = Object.values(meta.outputs)[0];
  if (out === undefined) return [];
  return Object.entries(out.inputs)
    .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 8);
}
