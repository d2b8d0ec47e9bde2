// The packages as a host installs them. Builds both packages, packs them with `pnpm pack`, installs
// the tarballs into a fresh Vite + React app under the OS temp dir (React 19, then React 18), builds
// it, and then per React version:
// - in Chromium, served with a strict Content-Security-Policy (no inline style or script, no eval):
//   the dashboard-like page shows its widgets, the packaged stylesheet applies, and there is no
//   console error, page error, failed request or CSP violation;
// - in plain Node: every entry imports without creating `window`/`document`, and `renderToString`
//   of the same page contains the widgets.
// Also lints the tarballs: publint and "are the types wrong" (attw).
//
// Run: `pnpm test:consumer` (needs the npm registry for what pnpm's store lacks, and Chromium at
// $SERVICESCORE_CHROMIUM, default /usr/bin/chromium). SERVICESCORE_CONSUMER_KEEP=1 keeps the temp
// folder (the path is logged).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAndPack,
  type ConsumerApp,
  cleanUp,
  type Packed,
  prepareApp,
  type ReactMajor,
  renderOnServer,
  root,
  run,
  serve,
  step,
  strictCsp,
} from './consumer-app';

/** Flags that keep Chromium quiet and offline (as in test/browser/global-setup.ts). */
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const grade = /^(优秀|良好|合格|待改进)$/;

let packed: Packed | undefined;
let browser: Browser | undefined;
const apps = new Map<ReactMajor, Promise<ConsumerApp>>();

beforeAll(async () => {
  packed = await buildAndPack();
  const tarballs = packed;
  // Both apps install and build at once; each describe block waits for its own.
  for (const react of [19, 18] as const) apps.set(react, prepareApp(tarballs, react));
  // A failed app is reported by its own tests; do not leave the rejection unhandled here.
  for (const app of apps.values()) app.catch(() => {});
  browser = await chromium.launch({
    executablePath: process.env.SERVICESCORE_CHROMIUM ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
});

afterAll(async () => {
  await Promise.allSettled(apps.values());
  await browser?.close();
  cleanUp(packed);
});

describe('the packed packages', () => {
  it('pass publint', async () => {
    for (const name of ['core', 'react']) {
      const output = await run('pnpm', ['exec', 'publint', join('packages', name)], root);
      expect(output, `publint packages/${name}`).toContain('All good!');
    }
  });

  it('pass "are the types wrong" (ESM only: CommonJS consumers import them dynamically)', async () => {
    if (packed === undefined) throw new Error('the packages were not packed');
    const attw = (tarball: string, ...options: string[]) =>
      run('pnpm', ['exec', 'attw', tarball, '--format', 'ascii', ...options], root);
    await attw(packed.core, '--ignore-rules', 'cjs-resolves-to-esm');
    // `./styles.css` has no types by nature: attw would report it as unresolved.
    await attw(
      packed.react,
      '--ignore-rules',
      'cjs-resolves-to-esm',
      '--exclude-entrypoints',
      './styles.css',
    );
  });

  it('publish the dist build, not the sources', () => {
    if (packed === undefined) throw new Error('the packages were not packed');
    const appDir = join(packed.work, 'react19');
    const manifest = (name: string) =>
      JSON.parse(
        readFileSync(join(appDir, 'node_modules', '@servicescore', name, 'package.json'), 'utf8'),
      );
    return apps.get(19)?.then(() => {
      const core = manifest('core');
      const react = manifest('react');
      expect(core.exports['.']).toEqual({
        types: './dist/index.d.ts',
        import: './dist/index.js',
        default: './dist/index.js',
      });
      expect(core.sideEffects).toBe(false);
      expect(react.exports['./styles.css']).toBe('./dist/styles.css');
      expect(react.sideEffects).toEqual(['**/*.css']);
      expect(react.dependencies['@servicescore/core']).toBe(core.version);
      const reactEntry = readFileSync(
        join(appDir, 'node_modules/@servicescore/react/dist/index.js'),
      );
      const coreEntry = readFileSync(join(appDir, 'node_modules/@servicescore/core/dist/index.js'));
      expect(reactEntry.toString().startsWith("'use client';")).toBe(true);
      expect(coreEntry.toString()).not.toContain('use client');
    });
  });
});

for (const react of [19, 18] as const) {
  describe(`a Vite app with React ${react}`, () => {
    it('renders the dashboard in Chromium under a strict CSP with no error', async () => {
      const app = await (apps.get(react) as Promise<ConsumerApp>);
      if (browser === undefined) throw new Error('Chromium did not start');
      const server = await serve(app);
      const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
      try {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
        });
        page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
        page.on('response', (r) => {
          if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
        });
        page.on('requestfailed', (r) =>
          errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`),
        );
        // Collected in the page from the first moment (init scripts are not subject to the CSP).
        await page.addInitScript(() => {
          const seen: string[] = [];
          (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
          document.addEventListener('securitypolicyviolation', (e) =>
            seen.push(
              `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
            ),
          );
        });
        let workers = 0;
        page.on('worker', () => {
          workers += 1;
        });
        const response = await step(`React ${react}: Chromium load`, () =>
          page.goto(server.url, { waitUntil: 'load' }),
        );
        expect(response?.headers()['content-security-policy']).toBe(strictCsp);

        await page.getByRole('heading', { level: 1, name: '售后服务考核' }).waitFor();
        const meters = page.getByRole('meter');
        await meters.first().waitFor();
        expect(await meters.count(), 'two gauges (role meter)').toBe(2);
        const values = await meters.evaluateAll((els) =>
          els.map((el) => Number(el.getAttribute('aria-valuenow'))),
        );
        expect(values.every(Number.isFinite), `gauge values ${values.join(', ')}`).toBe(true);

        const scorecard = page.getByRole('table', { name: '售后服务质量评价指标表' });
        expect(await scorecard.getByRole('row').count(), 'scorecard rows').toBeGreaterThan(2);
        const leaderboard = page.getByRole('table', { name: '客服排行' });
        expect(await leaderboard.getByRole('row').count(), 'leaderboard rows').toBeGreaterThan(2);

        const bars = page.getByRole('group', { name: '各类别数量', exact: true });
        expect(await bars.count(), 'one Pareto chart').toBe(1);
        expect(await bars.getByRole('img').count(), 'Pareto bars').toBeGreaterThan(1);

        expect(await page.getByText(grade).count(), 'a grade label').toBeGreaterThan(0);
        await expect(page.getByTestId('crm').textContent()).resolves.toBe(
          'CRM 导入：接受 2 条，拒绝 1 条',
        );
        // `@servicescore/core/worker` evaluated the page's three resolved tickets and
        // `@servicescore/core/demo` its 600 demo tickets (582 of them resolved, as
        // `evaluateRecords` counts them in Node), each in a real Web Worker of its own (not the
        // in-thread fallback).
        await expect
          .poll(() => page.getByTestId('worker').textContent(), { timeout: 30_000 })
          .toBe('Worker 评估完成：3 / 582');
        expect(workers, 'Web Workers started: the evaluation worker and the demo worker').toBe(2);
        // The packaged stylesheet applied: its theme variable and widget rules are in effect.
        const fontSize = await page
          .locator('.ss-widget')
          .first()
          .evaluate((el) => getComputedStyle(el).getPropertyValue('--ss-font-size').trim());
        expect(fontSize, '--ss-font-size from @servicescore/react/styles.css').toBe('14px');

        const violations = await page.evaluate(
          () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
        );
        expect(violations, 'CSP violations').toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
        await server.close();
      }
    });

    it('imports in plain Node with no DOM and renders the same page to a string', async () => {
      const app = await (apps.get(react) as Promise<ConsumerApp>);
      // The server bundle must leave the packages to Node (else this would test Vite's copy).
      const bundle = readFileSync(join(app.dir, 'dist-server', 'server.js'), 'utf8');
      expect(bundle).toMatch(/from ["']@servicescore\/react["']/);
      expect(bundle).toMatch(/from ["']@servicescore\/core["']/);

      const report = await step(`React ${react}: renderToString in Node`, () =>
        renderOnServer(app),
      );
      expect(report.windowAfterImport).toBe('undefined');
      expect(report.documentAfterImport).toBe('undefined');
      expect(report.exports['@servicescore/core']).toContain('evaluate');
      expect(report.exports['@servicescore/core/demo']).toContain('generateDemoDataset');
      expect(report.exports['@servicescore/core/demo']).toContain('evaluateDemoInWorker');
      expect(report.exports['@servicescore/core/worker']).toContain('evaluateInWorker');
      expect(report.exports['@servicescore/react']).toContain('ScorecardTable');

      const { html } = report;
      // Checked as booleans, so a failure names what is missing rather than printing 100 kB.
      const text = html.replace(/<[^>]*>/g, '');
      const has = (what: string, found: boolean) => expect(found, what).toBe(true);
      has('the page heading', html.includes('<h1>售后服务考核</h1>'));
      expect(html.match(/role="meter"/g)?.length, 'gauges (role meter)').toBe(2);
      // The scorecard, the Pareto chart's table of its numbers, and the leaderboard.
      expect(html.match(/<table[\s>]/g)?.length, 'tables').toBe(3);
      has('the scorecard caption', text.includes('售后服务质量评价指标表'));
      has('the Pareto chart label', text.includes('投诉原因帕累托图'));
      has('the leaderboard table', /<table [^>]*aria-label="客服排行"/.test(html));
      has('a grade label', />(优秀|良好|合格|待改进)</.test(html));
      has('the CRM import counts', text.includes('CRM 导入：接受 2 条，拒绝 1 条'));
      has('the worker placeholder', text.includes('Worker 评估中…'));
    });
  });
}
