// Builds the pages of abuse.test.ts in memory with esbuild (a root devDependency): the development
// bundle of the rapid-updates scenario (dev-page.tsx + the widgets' styles.css) and the
// live-handle instrumentation (live-handles.ts) as an init script. Nothing is written to disk.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** The files of the development page, by URL path. */
export interface DevPage {
  files: Map<string, { body: string; contentType: string }>;
  /** The instrumentation, for `page.addInitScript({ content })`. */
  initScript: string;
}

const html = `<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>servicescore abuse</title><link rel="stylesheet" href="/page.css" /></head>
  <body><main id="root"></main><script type="module" src="/page.js"></script></body>
</html>`;

/** Bundles the page with React's development build (`process.env.NODE_ENV` = "development"). */
export async function buildDevPage(): Promise<DevPage> {
  const [page, instrument] = await Promise.all([
    build({
      entryPoints: { page: here('./dev-page.tsx'), styles: here('./dev-page.css') },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      jsx: 'automatic',
      outdir: '/',
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    }),
    build({
      entryPoints: [here('./live-handles.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      logLevel: 'silent',
    }),
  ]);
  const files = new Map<string, { body: string; contentType: string }>();
  files.set('/', { body: html, contentType: 'text/html; charset=utf-8' });
  for (const file of page.outputFiles) {
    const path = file.path.endsWith('.css') ? '/page.css' : '/page.js';
    const contentType = path.endsWith('.css') ? 'text/css' : 'text/javascript';
    files.set(path, { body: file.text, contentType: `${contentType}; charset=utf-8` });
  }
  return { files, initScript: instrument.outputFiles[0]!.text };
}
