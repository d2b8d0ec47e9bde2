// Helpers of the consumer test (consumer.test.ts): build and pack both packages, install the
// tarballs into a fresh Vite + React app outside the workspace, build it, serve it under a strict
// Content-Security-Policy. Nothing here touches the workspace except `packages/*/dist`.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const appTemplate = fileURLToPath(new URL('./app', import.meta.url));
const ssrCheck = fileURLToPath(new URL('./ssr-check.mjs', import.meta.url));

/** The policy the built app is served with: nothing inline, no eval, nothing from elsewhere. */
export const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";

/** React majors the app is installed with, and the exact versions. */
export const reactVersions = { 19: '19.3.1', 18: '18.3.1' } as const;
export type ReactMajor = keyof typeof reactVersions;

/** Runs a command; resolves with its output, rejects with the command, exit code and output. */
export function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  return new Promise((ok, fail) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0
        ? ok(output)
        : fail(
            new Error(`\`${command} ${args.join(' ')}\` in ${cwd} exited with ${code}:\n${output}`),
          ),
    );
  });
}

/**
 * The environment of the app's install, builds and server render: the caller's without what Vitest
 * set (`NODE_ENV=test` would make Vite build React's development JSX runtime, and a `production`
 * one would make pnpm skip devDependencies). `nodeEnv` sets NODE_ENV (the server render's).
 */
export function hostEnv(nodeEnv?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key === 'NODE_ENV' || key.startsWith('VITEST')) delete env[key];
  }
  if (nodeEnv !== undefined) env.NODE_ENV = nodeEnv;
  return env;
}

/** Logs one step with its duration (the suite's timing shows in the test output). */
export async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  console.log(`[consumer] ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** The packed packages: the folder holding both tarballs and their file names. */
export interface Packed {
  /** The temporary folder everything of this run lives in (removed by {@link cleanUp}). */
  work: string;
  core: string;
  react: string;
}

/**
 * Builds both packages (`pnpm build`) and packs them with `pnpm pack` (which applies
 * `publishConfig`, as `pnpm publish` does) into a fresh folder under the OS temp dir.
 */
export async function buildAndPack(): Promise<Packed> {
  await step('pnpm build (both packages)', () => run('pnpm', ['build'], root));
  const work = mkdtempSync(join(tmpdir(), 'servicescore-consumer-'));
  const tarballs = join(work, 'tarballs');
  await step('pnpm pack (both packages)', () =>
    Promise.all(
      ['core', 'react'].map((name) =>
        run('pnpm', ['pack', '--pack-destination', tarballs], join(root, 'packages', name)),
      ),
    ),
  );
  const files = readdirSync(tarballs);
  const find = (prefix: string) => {
    const file = files.find((f) => f.startsWith(prefix) && f.endsWith('.tgz'));
    if (file === undefined) throw new Error(`pnpm pack wrote no ${prefix}*.tgz into ${tarballs}`);
    return join(tarballs, file);
  };
  return { work, core: find('servicescore-core-'), react: find('servicescore-react-') };
}

/** Removes the run's temporary folder (kept when SERVICESCORE_CONSUMER_KEEP is set, to look at). */
export function cleanUp(packed: Packed | undefined): void {
  if (packed === undefined) return;
  if (process.env.SERVICESCORE_CONSUMER_KEEP) {
    console.log(`[consumer] kept ${packed.work}`);
    return;
  }
  rmSync(packed.work, { recursive: true, force: true });
}

/** The root package.json's pinned version of a dev tool, so the app uses what the repo tests. */
function rootVersion(name: string): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const version = pkg.devDependencies?.[name];
  if (typeof version !== 'string') throw new Error(`the root package.json does not pin ${name}`);
  return version;
}

/** A built consumer app. */
export interface ConsumerApp {
  dir: string;
  react: ReactMajor;
}

/**
 * Creates the Vite + React app for one React major outside the workspace: copies `app/`, writes a
 * package.json that depends on the tarballs, installs with pnpm (`--prefer-offline`: what pnpm's
 * store already has is not fetched again), then `vite build` for the
 * browser and `vite build --ssr` for the server render. React 19 also gets a `tsc` typecheck under
 * `moduleResolution: nodenext` against the published declarations.
 */
export async function prepareApp(packed: Packed, react: ReactMajor): Promise<ConsumerApp> {
  const dir = join(packed.work, `react${react}`);
  cpSync(appTemplate, dir, { recursive: true });
  cpSync(ssrCheck, join(dir, 'ssr-check.mjs'));
  const version = reactVersions[react];
  const types = react === 19 ? { '@types/react': '^19.2.0', '@types/react-dom': '^19.2.0' } : {};
  const manifest = {
    name: `servicescore-consumer-react${react}`,
    private: true,
    type: 'module',
    dependencies: {
      '@servicescore/core': `file:${packed.core}`,
      '@servicescore/react': `file:${packed.react}`,
      react: version,
      'react-dom': version,
    },
    devDependencies: {
      vite: rootVersion('vite'),
      '@vitejs/plugin-react': rootVersion('@vitejs/plugin-react'),
      ...types,
    },
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // The react tarball depends on `@servicescore/core@0.1.0`, which is not on the registry: point it
  // at the core tarball (pnpm reads overrides from pnpm-workspace.yaml).
  writeFileSync(
    join(dir, 'pnpm-workspace.yaml'),
    `overrides:\n  '@servicescore/core': 'file:${packed.core}'\n`,
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    `${JSON.stringify(
      {
        compilerOptions: {
          target: 'es2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: ['vite/client'],
        },
        include: ['src'],
      },
      null,
      2,
    )}\n`,
  );
  const label = `React ${react}`;
  await step(`${label}: pnpm install`, () =>
    // No lockfile to freeze (pnpm freezes by default when CI is set); the folder's own
    // pnpm-workspace.yaml makes it a project root of its own, away from this workspace.
    run('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile'], dir, hostEnv()),
  );
  const vite = join(dir, 'node_modules', 'vite', 'bin', 'vite.js');
  await step(`${label}: vite build`, () => run(process.execPath, [vite, 'build'], dir, hostEnv()));
  await step(`${label}: vite build --ssr`, () =>
    run(
      process.execPath,
      [vite, 'build', '--ssr', 'src/server.tsx', '--outDir', 'dist-server'],
      dir,
      hostEnv(),
    ),
  );
  if (react === 19) {
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
    await step(`${label}: tsc (nodenext)`, () => run(process.execPath, [tsc, '-p', dir], dir));
  }
  return { dir, react };
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** Serves a built app's `dist/` on 127.0.0.1 with {@link strictCsp} on every response. */
export async function serve(app: ConsumerApp): Promise<{ url: string; close(): Promise<void> }> {
  const dist = resolve(app.dir, 'dist');
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = resolve(dist, `.${path === '/' ? '/index.html' : path}`);
    const headers = { 'Content-Security-Policy': strictCsp, 'Cache-Control': 'no-store' };
    if (!file.startsWith(dist + sep)) {
      response.writeHead(403, headers).end();
      return;
    }
    try {
      const body = await readFile(file);
      const type = contentTypes[extname(file)] ?? 'application/octet-stream';
      response.writeHead(200, { ...headers, 'Content-Type': type }).end(body);
    } catch {
      response.writeHead(404, headers).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

/** What `ssr-check.mjs` prints: the page's HTML and what Node saw of the browser globals. */
export interface SsrReport {
  html: string;
  /** `typeof window` / `typeof document` after importing every entry of both packages. */
  windowAfterImport: string;
  documentAfterImport: string;
  /** The export names of each entry, as Node's ESM loader saw them. */
  exports: Record<string, string[]>;
}

/** Renders the app's page on the server in a plain `node` process (no DOM, no loader hooks). */
export async function renderOnServer(app: ConsumerApp): Promise<SsrReport> {
  const output = await run(process.execPath, ['ssr-check.mjs'], app.dir, hostEnv('production'));
  const line = output.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as SsrReport;
}
