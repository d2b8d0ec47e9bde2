// The layout check: every story in a real Chromium at a 1280 px desktop, a 390 px phone and in
// print (A4 portrait's printable width, 718 px at 96 dpi), in en-US (the longest words) and zh-CN
// (no spaces to break at). The rules are in layout-checks.ts: no sideways page scroll, no cut verdict
// or title while the widget has room, nothing sticking out of its cell or widget, and in print no
// content hidden in a scroll box. One page per story: sizes, media and locale switch in place.
//
// Run: `pnpm exec vitest run --project browser test/browser/layout.test.ts` (reuse a build with
// SERVICESCORE_STORYBOOK_STATIC=storybook-static). Screenshots go to
// artifacts/screenshots/browser/layout/<story-id>--<width>--<locale>.png (git-ignored).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, inject, it } from 'vitest';
import { layoutProblems } from './layout-checks';
import {
  disconnectBrowser,
  type Locale,
  openStory,
  resize,
  type StoryEntry,
  screenshotDir,
  switchGlobals,
} from './harness';

const stories = inject('stories');
const layoutShots = join(screenshotDir, 'layout');

/** Widths checked on screen, and the printable width of A4 portrait with 10 mm margins. */
const desktop = 1280;
const phone = 390;
const paper = 718;

/** The 1,000,000-ticket Warehouse story opens with 2,000 (see stories.test.ts: same code). */
function sweepArgs(story: StoryEntry): string | undefined {
  return story.title === 'Pages/Warehouse' && story.name === '1,000,000 tickets'
    ? 'tickets:2000'
    : undefined;
}

afterAll(disconnectBrowser);

describe.concurrent('every story lays out at 1280 px, 390 px and in print', () => {
  for (const story of stories) {
    it(`${story.title} / ${story.name}`, async ({ expect }) => {
      mkdirSync(layoutShots, { recursive: true });
      const open = await openStory(story.id, {
        locale: 'en-US',
        width: desktop,
        args: sweepArgs(story),
      });
      try {
        const { page } = open;
        for (const locale of ['en-US', 'zh-CN'] as Locale[]) {
          if (locale !== 'en-US') await switchGlobals(page, { locale });
          for (const width of [desktop, phone]) {
            await resize(page, width);
            await page.screenshot({
              path: join(layoutShots, `${story.id}--${width}--${locale}.png`),
              fullPage: true,
              animations: 'disabled',
            });
            expect
              .soft(await layoutProblems(page, { media: 'screen' }), `${width} px, ${locale}`)
              .toEqual([]);
          }
          await resize(page, paper);
          await page.emulateMedia({ media: 'print' });
          expect
            .soft(await layoutProblems(page, { media: 'print' }), `print, ${locale}`)
            .toEqual([]);
          await page.emulateMedia({ media: 'screen' });
        }
      } finally {
        await open.close();
      }
    });
  }
});
