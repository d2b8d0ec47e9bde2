// Global setup of the `browser` Vitest project (run: `pnpm test:browser`).
// 1. Builds the static Storybook once into storybook-static/ (`storybook build --quiet`, in
//    development mode so the widgets' development warnings are there to check), unless
//    SERVICESCORE_STORYBOOK_STATIC points at an existing build (a folder with index.json; build it
//    with `NODE_ENV=development pnpm exec storybook build --quiet -o <dir>`).
// 2. Serves it on a free 127.0.0.1 port (nothing external is fetched).
// 3. Starts Debian's Chromium ($SERVICESCORE_CHROMIUM, default /usr/bin/chromium) as a Playwright
//    browser server; no browser is ever downloaded.
// Tests read the URL, the browser endpoint and the story list with `inject` (see harness.ts).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserServer, chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import type { StoryEntry } from './harness';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Flags that keep Chromium quiet and offline (verified on Debian's build, see TOOLCHAIN.md). */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  // DuckDB-wasm (Pages/Warehouse): without it Chromium cannot compile the module while it streams
  // in and logs an error before falling back to a slower path.
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0
        ? ok()
        : fail(new Error(`\`${command} ${args.join(' ')}\` exited with ${code}:\n${output}`)),
    );
  });
}

/** The static Storybook folder: SERVICESCORE_STORYBOOK_STATIC as is, or a fresh build. */
async function storybookStatic(): Promise<string> {
  const given = process.env.SERVICESCORE_STORYBOOK_STATIC;
  if (given) {
    const dir = resolve(root, given);
    if (!existsSync(join(dir, 'index.json')))
      throw new Error(
        `SERVICESCORE_STORYBOOK_STATIC is ${dir}, which holds no Storybook build (no index.json). ` +
          'Unset it to let the browser tests build Storybook, or build there first with ' +
          '`NODE_ENV=development pnpm exec storybook build --quiet -o <dir>`.',
      );
    return dir;
  }
  const dir = join(root, 'storybook-static');
  console.log('[browser] building Storybook into storybook-static/ …');
  const started = Date.now();
  // A development build, said explicitly (Vite takes the mode from NODE_ENV, which the test runner
  // sets): the stories tagged `expected-dev-warning` check the widgets' development warnings,
  // which a production build drops by design.
  await run('pnpm', ['exec', 'storybook', 'build', '--quiet', '-o', 'storybook-static'], {
    ...process.env,
    NODE_ENV: 'development',
  });
  console.log(`[browser] Storybook built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return dir;
}

function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (file !== dir && !file.startsWith(dir + sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'max-age=3600',
        });
        response.end(body);
      },
      // Chromium asks for /favicon.ico on its own; the build has only favicon.svg.
      () => response.writeHead(path === '/favicon.ico' ? 204 : 404).end(),
    );
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

/** Chromium's path; checked before the (slow) Storybook build so a missing browser fails fast. */
function chromiumPath(): string {
  const executablePath = process.env.SERVICESCORE_CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(executablePath))
    throw new Error(
      `No Chromium at ${executablePath}. The browser tests drive a system Chromium and never ` +
        'download one: run `apt-get install chromium` (Debian/Ubuntu), or set ' +
        'SERVICESCORE_CHROMIUM to the path of another Chromium or Chrome.',
    );
  return executablePath;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executablePath = chromiumPath();
  const dir = await storybookStatic();
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as {
    entries: Record<string, StoryEntry & { type: string }>;
  };
  const stories = Object.values(index.entries)
    .filter((entry) => entry.type === 'story')
    .map(({ id, title, name, tags }) => ({ id, title, name, tags: tags ?? [] }));

  const server = await serve(dir);
  let browser: BrowserServer;
  try {
    browser = await chromium.launchServer({ executablePath, args: chromiumArgs, headless: true });
  } catch (error) {
    server.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  project.provide('storybookUrl', `http://127.0.0.1:${port}`);
  project.provide('chromiumEndpoint', browser.wsEndpoint());
  project.provide('stories', stories);

  return async () => {
    await browser.close();
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
  };
}
