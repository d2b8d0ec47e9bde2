// Every Storybook story in a real Chromium: it renders, logs no console error and throws no page
// error, and axe finds no violation (WCAG 2 A/AA + best practices; page-level landmark rules off for
// isolated widgets only, see harness.ts). Widget stories are checked in light zh-CN; page stories
// (`Pages/…`) in light/dark × zh-CN/en-US.
//
// Run: `pnpm test:browser` (builds Storybook first; set SERVICESCORE_STORYBOOK_STATIC=storybook-static
// to reuse a build, SERVICESCORE_CHROMIUM to use another Chromium). Screenshots of every story go to
// artifacts/screenshots/browser/<story-id>--<theme>--<locale>.png (git-ignored).
import { afterAll, describe, inject, it } from 'vitest';
import {
  axeViolations,
  disconnectBrowser,
  expectedWarningTag,
  isPageStory,
  type Locale,
  openStory,
  type StoryEntry,
  screenshot,
  type Theme,
} from './harness';

const stories = inject('stories');

/** The theme × locale variants a story is checked in. */
function variants(story: StoryEntry): Array<[Theme, Locale]> {
  return isPageStory(story)
    ? [
        ['light', 'zh-CN'],
        ['dark', 'zh-CN'],
        ['light', 'en-US'],
        ['dark', 'en-US'],
      ]
    : [['light', 'zh-CN']];
}

/**
 * Story args for the sweep. The Warehouse page loads its tickets into DuckDB-wasm as it opens:
 * four variants of a million rows at once would only load the 2-core machine (and slow every other
 * story); the page's code is the same at any size, and test/browser/warehouse.test.ts runs it for
 * real. The sweep opens the 1,000,000-ticket story with 2,000 tickets.
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
    for (const [theme, locale] of variants(story)) {
      it(`${story.title} / ${story.name} (${theme}, ${locale}) renders cleanly and passes axe`, async ({
        expect,
      }) => {
        const open = await openStory(story.id, { theme, locale, args: sweepArgs(story) });
        try {
          const { page, errors } = open;
          await screenshot(page, story.id, theme, locale);
          const rendered = await page.locator('#storybook-root > *').count();
          expect(rendered, 'the story renders something into #storybook-root').toBeGreaterThan(0);
          const violations = await axeViolations(page, story);
          expect.soft(violations, 'axe violations').toEqual([]);
          // Checked last, so errors logged by late effects while axe walked the page count too.
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
  }
});
