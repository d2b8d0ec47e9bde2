// Widgets under abuse, in a real Chromium (issue 6):
// 1. hostile host text (markup, javascript: URLs, bidi overrides, zero-width characters, emoji)
//    renders as the same characters, as text, and runs no script;
// 2. 10,000-character labels stay inside a 360 px box and give the page no horizontal scrollbar;
// 3. 1e12, −0, 1e-12, 0.1 + 0.2 and 999.95 format sanely in zh-CN and en-US;
// 4. every widget under <StrictMode> (React's development build), its props changed 50 times a
//    second for 10 s, then unmounted: no console error or warning, no page error, and no listener,
//    timer, animation frame or observer left behind.
// The scenarios are the `Tests/Abuse/…` stories (stories/abuse/). 1–3 open them in the static
// Storybook; 4 runs the same scenario component in a development bundle (abuse/dev-bundle.ts),
// because the static Storybook is a production build, where StrictMode does nothing.
//
// Run: `pnpm test:browser` (or `pnpm vitest run --project browser test/browser/abuse.test.ts`).
import type { Page } from 'playwright-core';
import { afterAll, describe, it } from 'vitest';
import { hostileTexts, prototypeKeys, widgetNames } from '../../stories/abuse/abuse-fixtures';
import { buildDevPage } from './abuse/dev-bundle';
import type { LiveHandle } from './abuse/live-handles';
import { disconnectBrowser, type Locale, openStory, screenshot, sharedBrowser } from './harness';

afterAll(disconnectBrowser);

/** What a widget block holds that text can never create: script, images, frames, handlers. */
function injected(page: Page, name: string) {
  return page.evaluate((widget) => {
    const root = document.querySelector(`[data-abuse-widget="${widget}"]`);
    if (root === null) return [`no block for ${widget}`];
    const found: string[] = [];
    for (const el of root.querySelectorAll('script, img, iframe, object, embed, foreignObject'))
      found.push(`<${el.tagName.toLowerCase()}>`);
    for (const el of root.querySelectorAll('*'))
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${attr.name} on <${el.tagName.toLowerCase()}>`);
        if (
          /^\s*javascript:/i.test(attr.value) &&
          /^(href|src|xlink:href|action)$/i.test(attr.name)
        )
          found.push(`${attr.name}="${attr.value}" on <${el.tagName.toLowerCase()}>`);
      }
    return found;
  }, name);
}

/** The hostile texts a widget block shows neither as text nor in a title or aria-label. */
function missingTexts(page: Page, name: string, texts: readonly string[]) {
  return page.evaluate(
    ([widget, wanted]) => {
      const root = document.querySelector(`[data-abuse-widget="${widget}"]`)!;
      const text = root.textContent ?? '';
      const attrs = [...root.querySelectorAll('[title], [aria-label]')].flatMap((el) => [
        el.getAttribute('title') ?? '',
        el.getAttribute('aria-label') ?? '',
      ]);
      return wanted.filter((s) => !text.includes(s) && !attrs.some((a) => a.includes(s)));
    },
    [name, texts] as const,
  );
}

describe.concurrent('widgets under abuse in Chromium', () => {
  it('renders hostile text as text in every widget and runs no script', async ({ expect }) => {
    const open = await openStory('tests-abuse-hostile-text--all-widgets');
    try {
      const { page, errors } = open;
      // Tooltips show category names too: hover every Pareto bar.
      const bars = page.locator('[data-abuse-widget="ParetoChart"] .ss-pareto-chart__bar');
      for (const bar of await bars.all()) await bar.hover({ force: true });
      await screenshot(page, 'tests-abuse-hostile-text--all-widgets');
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      for (const name of widgetNames) {
        expect
          .soft(await injected(page, name), `${name}: elements or handlers from text`)
          .toEqual([]);
        expect
          .soft(await missingTexts(page, name, hostileTexts), `${name}: texts not shown as is`)
          .toEqual([]);
      }
      // Group keys and categories named like Object.prototype members are plain names.
      for (const name of ['ParetoChart', 'KpiLeaderboard'])
        expect.soft(await missingTexts(page, name, prototypeKeys), name).toEqual([]);
      expect(errors, 'console errors and page errors').toEqual([]);
    } finally {
      await open.close();
    }
  });

  it('renders every widget under hostile settings: no throw, no "undefined", no CSS from props (issue 12)', async ({
    expect,
  }) => {
    const open = await openStory('tests-abuse-hostile-settings--all-widgets');
    try {
      const { page, errors } = open;
      await screenshot(page, 'tests-abuse-hostile-settings--all-widgets');
      const sections = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-abuse-locale]')].map((s) => ({
          locale: s.dataset.abuseLocale,
          text: s.textContent ?? '',
          widgets: s.querySelectorAll('.ss-widget, [data-theme]').length,
        })),
      );
      // 'en', 'en-GB', 'EN-US' → English; every other request → Chinese (zh-* or the default).
      expect(sections.map((s) => s.locale)).toEqual([
        'en',
        'en-GB',
        'EN-US',
        'zh',
        'zh-Hans',
        'zh-TW',
        '',
        'fr-FR',
        '42',
      ]);
      for (const s of sections) {
        const english = ['en', 'en-GB', 'EN-US'].includes(s.locale ?? '');
        expect.soft(s.text, `locale ${s.locale}`).toContain(english ? 'Excellent' : '优秀');
        expect.soft(s.text, `locale ${s.locale}`).not.toMatch(/undefined|NaN/);
        expect.soft(s.widgets, `locale ${s.locale}: widgets rendered`).toBeGreaterThanOrEqual(7);
      }
      const html = await page.content();
      expect(html).not.toContain('evil.example');
      // The story's bad props are meant to draw the development warnings; nothing else may log.
      const unexpected = errors.filter(
        (e) => !e.startsWith('console error: [servicescore] Invalid prop'),
      );
      expect(unexpected, 'console errors and page errors').toEqual([]);
    } finally {
      await open.close();
    }
  });

  it('keeps every widget with 10,000-character labels inside a 360 px box', async ({ expect }) => {
    const open = await openStory('tests-abuse-long-labels--all-widgets');
    try {
      const { page, errors } = open;
      await screenshot(page, 'tests-abuse-long-labels--all-widgets');
      const boxes = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-abuse-widget]')].map((box) => {
          const root = box.firstElementChild!.getBoundingClientRect();
          const outer = box.getBoundingClientRect();
          return {
            name: `${box.dataset.abuseWidget} (${box.dataset.abuseKind})`,
            overflow: box.scrollWidth - box.clientWidth,
            rootWidth: Math.round(root.width),
            rightEdge: Math.round(root.right - outer.right),
            height: Math.round(root.height),
          };
        }),
      );
      expect(boxes).toHaveLength(widgetNames.length * 3);
      for (const box of boxes) {
        expect.soft(box.overflow, `${box.name}: content past the box`).toBeLessThanOrEqual(0);
        expect.soft(box.rightEdge, `${box.name}: root past the box`).toBeLessThanOrEqual(0);
        // The tallest widget here is the scorecard table, stacked in 360 px (each indicator a
        // block: its label clamped to 2 lines, its figures, rule and suggestions clamped to 3):
        // about 1,570 px whatever the labels' length. One unclamped 10,000-character label
        // would add thousands of pixels.
        const most = box.name.startsWith('ScorecardTable') ? 1_800 : 1_000;
        expect.soft(box.height, `${box.name}: height`).toBeLessThan(most);
      }
      const page_ = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(page_.scrollWidth, 'a horizontal scrollbar on the page').toBeLessThanOrEqual(
        page_.clientWidth,
      );
      expect(errors, 'console errors and page errors').toEqual([]);
    } finally {
      await open.close();
    }
  });

  // Hand-computed: grouping commas, no exponent, half away from zero, a rounded zero is unsigned.
  const expected: Record<Locale, Record<string, string[]>> = {
    'zh-CN': {
      // A score outside 0–100 is refused with a development warning (issue 12): no grade.
      'GradeBadge:huge': ['暂无数据'],
      'GradeBadge:negativeZero': ['待改进', '0.0'],
      'GradeBadge:tiny': ['待改进', '0.0'],
      'GradeBadge:carry': ['优秀', '90.0'],
      'KpiGauge:huge': ['1,000,000,000,000', '2,000,000,000,000'],
      'KpiGauge:negativeZero': ['0.0%', '目标 0%'],
      'KpiGauge:tiny': ['0.0%'],
      'KpiGauge:noisy': ['30.0%'],
      'KpiGauge:carry': ['999.95', '1,000'],
      'ParetoChart:huge': [
        '1,000,000,000,000',
        '200,000,000,000',
        '100.0%',
        '关键少数：huge，占 100.0%',
      ],
      'ScorecardTable:huge': ['100.0%', '0.0%'],
      'ScorecardTable:tiny': ['0.0%', '30.0%'],
      // 10^12 in the leaderboard's fixed 128 px column: compact (1 万亿), every digit in the title.
      'KpiLeaderboard:extremes': ['30.0%', '1,000', '0.0%', '1万亿'],
      'KpiCard:huge': ['1,000,000,000,000', '较上期 +1,000,000,000,000，改善', '上期 0'],
      'KpiCard:negativeZero': ['0.0%', '较上期 0.0 个百分点，持平', '上期 0.0%'],
      'KpiCard:tiny': ['0.0%', '较上期 0.0 个百分点，持平'],
      'KpiCard:noisy': ['30.0%', '较上期 0.0 个百分点，持平', '上期 30.0%'],
      'KpiCard:carry': ['999.95', '较上期 +999.95，改善', '上期 0'],
      'KpiComparison:extremes': [
        '0 → 1,000,000,000,000',
        '+1,000,000,000,000',
        '0.0% → 0.0%',
        '30.0% → 30.0%',
        '0.0 个百分点',
      ],
    },
    'en-US': {
      'GradeBadge:huge': ['No data'],
      'GradeBadge:negativeZero': ['Needs improvement', '0.0'],
      'GradeBadge:tiny': ['Needs improvement', '0.0'],
      'GradeBadge:carry': ['Excellent', '90.0'],
      'KpiGauge:huge': ['1,000,000,000,000', '2,000,000,000,000'],
      'KpiGauge:negativeZero': ['0.0%', 'Target 0%'],
      'KpiGauge:tiny': ['0.0%'],
      'KpiGauge:noisy': ['30.0%'],
      'KpiGauge:carry': ['999.95', '1,000'],
      'ParetoChart:huge': [
        '1,000,000,000,000',
        '200,000,000,000',
        '100.0%',
        'Vital few: huge, 100.0% of the total',
      ],
      'ScorecardTable:huge': ['100.0%', '0.0%'],
      'ScorecardTable:tiny': ['0.0%', '30.0%'],
      'KpiLeaderboard:extremes': ['30.0%', '1,000', '0.0%', '1T'],
      'KpiCard:huge': [
        '1,000,000,000,000',
        '+1,000,000,000,000 vs previous, improved',
        'Previous period 0',
      ],
      'KpiCard:negativeZero': ['0.0%', '0.0 pts vs previous, unchanged', 'Previous period 0.0%'],
      'KpiCard:tiny': ['0.0%', '0.0 pts vs previous, unchanged'],
      'KpiCard:noisy': ['30.0%', '0.0 pts vs previous, unchanged', 'Previous period 30.0%'],
      'KpiCard:carry': ['999.95', '+999.95 vs previous, improved', 'Previous period 0'],
      'KpiComparison:extremes': [
        '0 → 1,000,000,000,000',
        '+1,000,000,000,000',
        '0.0% → 0.0%',
        '30.0% → 30.0%',
        '0.0 pts',
      ],
    },
  };

  for (const locale of ['zh-CN', 'en-US'] as const) {
    it(`formats 1e12, −0, 1e-12, 0.1 + 0.2 and 999.95 sanely in every widget (${locale})`, async ({
      expect,
    }) => {
      const open = await openStory('tests-abuse-extreme-values--all-widgets', { locale });
      try {
        const { page, errors } = open;
        await screenshot(page, 'tests-abuse-extreme-values--all-widgets', 'light', locale);
        const texts = await page.evaluate(() =>
          Object.fromEntries(
            [...document.querySelectorAll<HTMLElement>('[data-abuse-case]')].map((el) => [
              el.dataset.abuseCase!,
              el.textContent ?? '',
            ]),
          ),
        );
        expect(Object.keys(texts).sort()).toEqual(Object.keys(expected[locale]).sort());
        for (const [id, text] of Object.entries(texts)) {
          for (const part of expected[locale][id]!)
            expect.soft(text, `${id} shows ${part}`).toContain(part);
          // A negative zero ("-0", "-0.0%"), an exponent ("1e+12"), or a non-number never shows.
          expect.soft(text, `${id}: negative zero`).not.toMatch(/[-−]0(?:[.,]0+)?(?![\d.,])/);
          expect.soft(text, `${id}: exponent`).not.toMatch(/\de[+-]?\d/i);
          expect.soft(text, `${id}: not a number`).not.toMatch(/NaN|Infinity|undefined|null/);
        }
        // The compact leaderboard value keeps every digit in its cell's title.
        const titles = await page.evaluate(() =>
          [
            ...document.querySelectorAll('[data-abuse-case="KpiLeaderboard:extremes"] td[title]'),
          ].map((td) => td.getAttribute('title')),
        );
        expect(titles.filter((t) => t?.startsWith('1,000,000,000,000 · '))).toHaveLength(1);
        expect(errors, 'console errors and page errors').toEqual([]);
      } finally {
        await open.close();
      }
    });
  }

  it('survives StrictMode, 10 s of prop updates at 50/s and unmount without errors or leaks', async ({
    expect,
  }) => {
    const dev = await buildDevPage();
    const browser = await sharedBrowser();
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning')
          problems.push(`console ${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      await context.addInitScript({ content: dev.initScript });
      // A made-up origin served from memory: nothing leaves the machine.
      await context.route('http://abuse.invalid/**', (route) => {
        const file = dev.files.get(new URL(route.request().url()).pathname);
        return file
          ? route.fulfill({ status: 200, contentType: file.contentType, body: file.body })
          : route.fulfill({ status: 404, body: '' });
      });
      await page.goto('http://abuse.invalid/');
      await page.waitForFunction(() => window.__abuseRapid !== undefined);

      const settle = () =>
        page.evaluate(async () => {
          // Long enough for the gauge's 400 ms tween and one-shot timeouts scheduled on unmount.
          await new Promise((ok) => setTimeout(ok, 600));
          await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
        });
      const live = () =>
        page.evaluate(() => window.__liveHandles!.snapshot()) as Promise<LiveHandle[]>;

      await settle();
      const before = await live();
      await page.evaluate(() => window.__abuseRapid!.mount());
      await page.waitForSelector('.ss-widget');
      const updates = await page.evaluate(() => window.__abuseRapid!.run(10_000, 50));
      expect(updates, 'prop changes (50 a second for 10 s)').toBe(500);
      expect(await page.locator('.ss-widget').count()).toBeGreaterThan(0);
      await page.evaluate(() => window.__abuseRapid!.unmount());
      await settle();
      expect(await page.locator('.ss-widget').count()).toBe(0);
      const after = await live();

      const describeHandles = (handles: LiveHandle[]) =>
        handles.map((h) => `${h.kind}: ${h.what}\n${h.stack}`);
      const baseline = new Set(before.map((h) => `${h.kind}|${h.what}|${h.stack}`));
      const leaked = after.filter((h) => !baseline.has(`${h.kind}|${h.what}|${h.stack}`));
      expect(describeHandles(leaked), 'handles left after unmount').toEqual([]);
      expect(after.length, 'live handles after unmount vs before mount').toBe(before.length);
      expect(problems, 'console errors, warnings and page errors').toEqual([]);
    } finally {
      await context.close();
    }
  });
});
