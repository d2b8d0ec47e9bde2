// Shared helpers of the real-browser tests (test/browser/*.test.ts). The global setup
// (global-setup.ts) builds the static Storybook, serves it on 127.0.0.1 and starts Debian's Chromium
// as a Playwright browser server; each test file connects to that one browser and opens one fresh
// context per story. Screenshots go to artifacts/screenshots/browser/ (git-ignored).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** One story of the static Storybook's index.json. */
export interface StoryEntry {
  id: string;
  title: string;
  name: string;
  /** Storybook tags; `expected-dev-warning` marks a story that shows a widget's bad-input state. */
  tags: string[];
}

/**
 * A story tagged `expected-dev-warning` renders invalid props on purpose: it must log the widget's
 * development warning(s) (`[servicescore] Invalid prop …`) and nothing else.
 */
export const expectedWarningTag = 'expected-dev-warning';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the static Storybook, e.g. `http://127.0.0.1:41234`. */
    storybookUrl: string;
    /** Playwright WebSocket endpoint of the shared Chromium. */
    chromiumEndpoint: string;
    /** Every story (not docs page) of the build, in index order. */
    stories: StoryEntry[];
  }
}

/**
 * How long any single wait in a page may take (a story's first render, a navigation): far above
 * what a quiet machine needs (1–3 s), below the browser project's 300 s test timeout, so a slow
 * machine passes and a hung story still fails with the wait that hung.
 */
export const pageTimeout = 240_000;

export type Theme = 'light' | 'dark';
export type Locale = 'zh-CN' | 'en-US';

export const screenshotDir = fileURLToPath(
  new URL('../../artifacts/screenshots/browser', import.meta.url),
);

/** The axe rule tags checked on every story: WCAG 2.0/2.1/2.2 A and AA, plus best practices. */
export const axeTags = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
  'best-practice',
] as const;

/**
 * Page-level rules an isolated widget story cannot satisfy: a widget is not a page, so it has no
 * landmarks around it (`region`, `landmark-one-main`) and no page heading (`page-has-heading-one`).
 * They stay ON for page stories (title `Pages/…`), which must be complete pages.
 */
export const pageLevelRules = ['region', 'landmark-one-main', 'page-has-heading-one'] as const;

/** `true` for a story that is a whole page (title starts with `Pages/`). */
export function isPageStory(story: Pick<StoryEntry, 'title'>): boolean {
  return story.title.startsWith('Pages/');
}

let browserPromise: Promise<Browser> | undefined;

/** The shared Chromium started by the global setup (one connection per test file). */
export function sharedBrowser(): Promise<Browser> {
  browserPromise ??= chromium.connect(inject('chromiumEndpoint'));
  return browserPromise;
}

/** Closes this test file's connection (the browser itself stays up for the other files). */
export async function disconnectBrowser(): Promise<void> {
  if (browserPromise) await (await browserPromise).close();
  browserPromise = undefined;
}

/** An open story: its page and context, and every console error and page error seen so far. */
export interface OpenStory {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors, as readable lines. */
  errors: string[];
  /** Every URL requested in the context from the start, workers' requests included. */
  requests: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  theme?: Theme;
  locale?: Locale;
  width?: number;
  height?: number;
  /** Story args in Storybook's URL syntax, e.g. `tickets:20000` (`&args=` of the canvas URL). */
  args?: string;
}

/**
 * Opens a story's canvas (`iframe.html`) in a fresh context with the toolbar globals, and waits until
 * Storybook has finished the story (rendered, play function and the a11y addon's own check done) and
 * the page has settled (fonts loaded, two animation frames). Fails when Storybook reports the story
 * as errored.
 */
export async function openStory(id: string, options: OpenOptions = {}): Promise<OpenStory> {
  const { theme = 'light', locale = 'zh-CN', width = 1200, height = 800, args } = options;
  const browser = await sharedBrowser();
  const context = await browser.newContext({ viewport: { width, height }, locale });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = await context.newPage();
  // Every wait of the page (navigation, selectors, evaluate) may take as long as the machine needs:
  // a loaded 2-core runner is slow, not wrong. A story that never renders still fails.
  page.setDefaultTimeout(pageTimeout);
  page.setDefaultNavigationTimeout(pageTimeout);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  // The console's "Failed to load resource" line has no URL: name the failed request here.
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) =>
    errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  const close = () => context.close();
  try {
    // `a11y.manual` stops the a11y addon's own axe run after each render: these tests run axe
    // themselves (same rules or stricter), and two runs at once would only cost time.
    const globals = `theme:${theme};locale:${locale};a11y.manual:!true`;
    const url = `${inject('storybookUrl')}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=${globals}${args === undefined ? '' : `&args=${args}`}`;
    await page.goto(url, { waitUntil: 'load' });
    const phase = await page
      .waitForFunction(
        () => {
          const preview = (
            window as unknown as {
              __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } };
            }
          ).__STORYBOOK_PREVIEW__;
          const current = preview?.currentRender?.phase;
          if (document.body.classList.contains('sb-show-errordisplay')) return 'errored';
          return current === 'finished' || current === 'errored' || current === 'aborted'
            ? current
            : false;
        },
        undefined,
        { timeout: pageTimeout, polling: 50 },
      )
      .then((handle) => handle.jsonValue());
    if (phase !== 'finished') {
      const shown = await page
        .locator('.sb-errordisplay')
        .textContent()
        .catch(() => '');
      errors.push(`story ${phase}: ${(shown ?? '').replace(/\s+/g, ' ').trim().slice(0, 500)}`);
    }
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
    });
    return { context, page, errors, requests, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Runs axe on the whole canvas page and returns its violations as readable lines (rule, help,
 * impact, and the first few offending nodes with axe's failure summary). Widget stories skip the
 * page-level rules (see {@link pageLevelRules}); page stories check everything.
 */
export async function axeViolations(
  page: Page,
  story: Pick<StoryEntry, 'title'>,
): Promise<string[]> {
  // Legacy mode runs axe.run in the page itself; the default mode runs every frame separately and
  // then opens a blank page to merge the results, which costs 1–2 s per story and buys nothing
  // here: a story canvas has no frames of its own.
  let builder = new AxeBuilder({ page }).withTags([...axeTags]).setLegacyMode(true);
  if (!isPageStory(story)) builder = builder.disableRules([...pageLevelRules]);
  const results = await builder.analyze();
  return results.violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 3)
      .map((n) => `    ${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`)
      .join('\n');
    const more = v.nodes.length > 3 ? `\n    … and ${v.nodes.length - 3} more` : '';
    return `${v.id} (${v.impact}): ${v.help} [${v.nodes.length} node(s)]\n${nodes}${more}`;
  });
}

/** Saves a full-page screenshot as `<id>--<theme>--<locale>.png` and returns its path. */
export async function screenshot(
  page: Page,
  id: string,
  theme: Theme = 'light',
  locale: Locale = 'zh-CN',
): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = join(screenshotDir, `${id}--${theme}--${locale}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/**
 * Switches the toolbar globals (theme, locale) of an open story in place, as the Storybook toolbar
 * does, and waits until the story has re-rendered and the page has settled. Much cheaper than
 * opening the story again: a page story keeps its loaded data (e.g. a DuckDB-wasm database).
 */
export async function switchGlobals(
  page: Page,
  globals: { theme?: Theme; locale?: Locale },
): Promise<void> {
  await page.evaluate(async (next) => {
    const preview = (
      window as unknown as {
        __STORYBOOK_PREVIEW__: {
          channel: {
            emit(event: string, payload: unknown): void;
            once(event: string, listener: () => void): void;
          };
        };
      }
    ).__STORYBOOK_PREVIEW__;
    const rendered = new Promise<void>((ok) => preview.channel.once('storyRendered', () => ok()));
    preview.channel.emit('updateGlobals', { globals: next });
    await rendered;
    await document.fonts.ready;
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
  }, globals);
}

/** Resizes the viewport and waits two animation frames (resize observers re-lay the widgets). */
export async function resize(page: Page, width: number, height = 800): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.evaluate(
    () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))),
  );
}
