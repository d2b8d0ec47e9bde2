#!/usr/bin/env node
// Screenshots Storybook stories in Debian's Chromium, in light/dark × zh-CN/en-US, for a person to
// look at. Usage:
//   node scripts/shoot-stories.mjs [--static DIR] [--out DIR] [--build] [--width W] [--slice H]
//     [--themes light,dark] [--locales zh-CN,en-US] [--media print] <story-id-or-prefix> ...
// With --build (or when DIR has no index.json) it builds the static Storybook into DIR first.
// Story ids look like `widgets-gradebadge--default`; a prefix (`widgets-gradebadge`) takes all.
// --media print lays the page out with print styles (use --width 718: A4 portrait's printable
// width at 96 dpi, as the browser tests do). Chromium comes from $SERVICESCORE_CHROMIUM, default /usr/bin/chromium; nothing is downloaded.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const build = args.includes('--build') && args.splice(args.indexOf('--build'), 1);
const staticDir = resolve(opt('--static', 'storybook-static'));
const outDir = resolve(opt('--out', 'artifacts/screenshots'));
const themes = opt('--themes', 'light,dark').split(',');
const locales = opt('--locales', 'zh-CN,en-US').split(',');
const width = Number(opt('--width', '1200'));
const media = opt('--media', 'screen');
// With --slice H, long pages are also saved in parts of H px (`…--part1.png`, …) that an image
// viewer shows at full size.
const slice = Number(opt('--slice', '0'));
const prefixes = args;

if (build || !existsSync(join(staticDir, 'index.json'))) {
  execFileSync('pnpm', ['exec', 'storybook', 'build', '--quiet', '-o', staticDir], {
    stdio: 'inherit',
  });
}
const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter(
  (e) => e.type === 'story' && (prefixes.length === 0 || prefixes.some((p) => e.id.startsWith(p))),
);

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (path === '/favicon.ico') {
    res.writeHead(204).end();
    return;
  }
  const file = join(staticDir, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(staticDir) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.SERVICESCORE_CHROMIUM || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
mkdirSync(outDir, { recursive: true });
const problems = [];
try {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  for (const story of stories) {
    for (const theme of themes) {
      for (const locale of locales) {
        const page = await context.newPage();
        page.on('pageerror', (e) =>
          problems.push(`${story.id} ${theme} ${locale}: page error ${e.message}`),
        );
        page.on(
          'console',
          (m) =>
            m.type() === 'error' &&
            problems.push(`${story.id} ${theme} ${locale}: console ${m.text()}`),
        );
        await page.goto(
          `${base}/iframe.html?id=${story.id}&viewMode=story&globals=theme:${theme};locale:${locale}`,
        );
        await page
          .waitForSelector('#storybook-root > *, #storybook-docs > *', { timeout: 15000 })
          .catch(() => problems.push(`${story.id}: nothing rendered`));
        if (media !== 'screen') await page.emulateMedia({ media });
        await page.waitForTimeout(400);
        const suffix = media === 'screen' ? '' : `--${media}`;
        const file = join(outDir, `${story.id}--${theme}--${locale}${suffix}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        if (slice > 0) {
          const total = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let y = 0, part = 1; y < total; y += slice, part += 1) {
            const clip = { x: 0, y, width, height: Math.min(slice, total - y) };
            await page.screenshot({
              path: file.replace(/\.png$/, `--part${part}.png`),
              fullPage: true,
              clip,
            });
          }
        }
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}
