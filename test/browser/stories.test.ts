// Every Storybook story in a real Chromium, in one page per story (themes, locales, widths and print
// switch in place, as the toolbar and a resized window do):
// 1. it renders, logs no console error and throws no page error in any of the variants below;
// 2. axe finds no violation (WCAG 2 A/AA + best practices; page-level landmark rules off for
//    isolated widgets only, see harness.ts): widget stories in light and dark zh-CN, page stories
//    (`Pages/…`) in light/dark × zh-CN/en-US;
// 3. it lays out at a 1280 px desktop, a 390 px phone and in print (A4 portrait's printable width,
//    718 px at 96 dpi), in zh-CN (no spaces to break at) and en-US (the longest words). The rules are
//    in layout-checks.ts: no sideways page scroll, no cut verdict or title while the widget has room,
//    nothing sticking out of its cell or widget, in print no content hidden in a scroll box
//    (layout-checks.test.ts shows each rule failing on a page made to break it).
//
// Run: `pnpm test:browser` (builds Storybook first; set SERVICESCORE_STORYBOOK_STATIC=storybook-static
// to reuse a development build, see global-setup.ts; SERVICESCORE_CHROMIUM to use another Chromium). SERVICESCORE_SCREENSHOTS=1 also
// saves every variant to artifacts/screenshots/browser/ (git-ignored) to look at; a test run does not
// need them, and encoding a few hundred full-page PNGs costs minutes on two cores.
import { afterAll, describe, inject, it } from 'vitest';
import { layoutProblems } from './layout-checks';
import {
  axeViolations,
  disconnectBrowser,
  expectedWarningTag,
  isPageStory,
  type Locale,
  openStory,
  resize,
  type StoryEntry,
  screenshot,
  switchGlobals,
  type Theme,
} from './harness';

const stories = inject('stories');
const shots = process.env.SERVICESCORE_SCREENSHOTS === '1';

/** Widths checked on screen, and the printable width of A4 portrait with 10 mm margins. */
const desktop = 1280;
const phone = 390;
const paper = 718;

/** The themes a story's axe check runs in, per locale. */
function axeThemes(story: StoryEntry, locale: Locale): Theme[] {
  if (isPageStory(story)) return ['light', 'dark'];
  return locale === 'zh-CN' ? ['light', 'dark'] : [];
}

/**
 * Story args for the sweep. The Warehouse page loads its tickets into DuckDB-wasm as it opens:
 * a million rows would only load the 2-core machine (and slow every other story); the page's code
 * is the same at any size, and test/browser/warehouse.test.ts runs it for real. The sweep opens the
 * 1,000,000-ticket story with 2,000 tickets.
 */
function sweepArgs(story: StoryEntry): string | undefined {
  return story.title === 'Pages/Warehouse' && story.name === '1,000,000 tickets'
    ? 'tickets:2000'
    : undefined;
}

afterAll(disconnectBrowser);

describe('the Storybook build', () => {
  it('has stories', ({ expect }) => {
    expect(stories.length).toBeGreaterThan(0);
  });
});

describe.concurrent('every story in Chromium', () => {
  for (const story of stories) {
    const key = `${story.title} / ${story.name}`;
    it(`${key} renders cleanly, passes axe and lays out at 1280 px, 390 px and in print`, async ({
      expect,
    }) => {
      const open = await openStory(story.id, {
        theme: 'light',
        locale: 'zh-CN',
        width: desktop,
        args: sweepArgs(story),
      });
      try {
        const { page, errors } = open;
        const rendered = await page.locator('#storybook-root > *').count();
        expect(rendered, 'the story renders something into #storybook-root').toBeGreaterThan(0);
        const layout: string[] = [];
        let current: { theme: Theme; locale: Locale } = { theme: 'light', locale: 'zh-CN' };
        for (const locale of ['zh-CN', 'en-US'] as Locale[]) {
          // Axe at the desktop width on screen, in each theme the story is checked in.
          for (const theme of axeThemes(story, locale)) {
            if (theme !== current.theme || locale !== current.locale) {
              await switchGlobals(page, { theme, locale });
              current = { theme, locale };
            }
            if (shots) await screenshot(page, story.id, theme, locale);
            expect
              .soft(await axeViolations(page, story), `axe violations (${theme}, ${locale})`)
              .toEqual([]);
          }
          // Layout in the light theme (colours do not move boxes).
          if (current.theme !== 'light' || current.locale !== locale) {
            await switchGlobals(page, { theme: 'light', locale });
            current = { theme: 'light', locale };
          }
          for (const width of [desktop, phone]) {
            await resize(page, width);
            if (shots) await screenshot(page, `${story.id}--${width}`, 'light', locale);
            for (const problem of await layoutProblems(page, { media: 'screen' }))
              layout.push(`${width} px, ${locale}: ${problem}`);
          }
          await resize(page, paper);
          await page.emulateMedia({ media: 'print' });
          for (const problem of await layoutProblems(page, { media: 'print' }))
            layout.push(`print, ${locale}: ${problem}`);
          await page.emulateMedia({ media: 'screen' });
          await resize(page, desktop);
        }
        expect.soft(layout, 'layout problems').toEqual([]);
        // Checked last, so errors logged by late effects, by a theme or locale switch or by a
        // resize count too.
        if (story.tags.includes(expectedWarningTag)) {
          // Bad-input stories: the widget's own development warning, once per problem, nothing else.
          expect.soft(errors.length, 'the expected development warning').toBeGreaterThan(0);
          for (const error of errors)
            expect.soft(error).toMatch(/^console error: \[servicescore\] Invalid prop `/);
        } else {
          expect.soft(errors, 'console errors and page errors').toEqual([]);
        }
      } finally {
        await open.close();
      }
    });
  }
});
