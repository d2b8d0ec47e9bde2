// ScorecardTable's two layouts in a real Chromium: a table where it has room, and stacked rows
// (each cell under its column's name) in a narrow widget, on screen and in print.
import { afterAll, describe, it } from 'vitest';
import { disconnectBrowser, openStory, resize } from './harness';

afterAll(disconnectBrowser);

/** How the Default story's scorecard is laid out at the page's current width. */
function layoutOf(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const table = document.querySelector('.ss-scorecard-table__table')!;
    const scroll = document.querySelector('.ss-scorecard-table__scroll')!;
    const weight = document.querySelector('tbody .ss-scorecard-table__cell--weight')!;
    const coverage = document.querySelector('tfoot .ss-scorecard-table__cell--rule')!;
    return {
      display: getComputedStyle(table).display,
      scrollsSideways: scroll.scrollWidth > scroll.clientWidth + 1,
      weightLabel: getComputedStyle(weight, '::before').content,
      coverageLabel: getComputedStyle(coverage, '::before').content,
      widgetWidth: document.querySelector('.ss-scorecard-table')!.getBoundingClientRect().width,
    };
  });
}

describe('ScorecardTable layout', () => {
  it('is a table at 1280 px and stacks its rows at 390 px and on half an A4 page', async ({
    expect,
  }) => {
    const open = await openStory('widgets-scorecardtable--default', { width: 1280 });
    try {
      const { page } = open;
      const wide = await layoutOf(page);
      expect(wide.display).toBe('table');
      expect(wide.weightLabel).toBe('none');

      await resize(page, 390);
      const phone = await layoutOf(page);
      expect(phone.display).toBe('block');
      // Every column is in view: nothing to scroll to.
      expect(phone.scrollsSideways).toBe(false);
      // Each cell names its column (zh-CN, the story's locale): 权重 = weight. The total's
      // coverage cell names itself ("数据覆盖率 100%"), so not "评分规则" (scoring rule) above it.
      expect(phone.weightLabel).toBe('"权重"');
      expect(phone.coverageLabel).toBe('none');

      // Print, with the widget in a 340 px column (half of A4's 718 px printable width).
      await resize(page, 718);
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => {
        (document.querySelector('.ss-scorecard-table') as HTMLElement).style.width = '340px';
      });
      const half = await layoutOf(page);
      expect(half.widgetWidth).toBe(340);
      expect(half.display).toBe('block');
      expect(half.scrollsSideways).toBe(false);
      expect(open.errors).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it('prints the full-width table without breaking a word of a header or a label mid-way', async ({
    expect,
  }) => {
    // The Default story in English at A4's printable width (718 px): wider than 540 px, so a
    // table. Before, the print stylesheet's `overflow-wrap: anywhere` on fixed percentage columns
    // broke "Weigh/t" and "Professiona/lism".
    const open = await openStory('widgets-scorecardtable--default', {
      width: 718,
      locale: 'en-US',
    });
    try {
      const { page } = open;
      await page.emulateMedia({ media: 'print' });
      const split = await page.evaluate(() => {
        const found: string[] = [];
        const texts = document.querySelectorAll(
          '.ss-scorecard-table__th, .ss-scorecard-table__label, .ss-scorecard-table__cell--rule',
        );
        for (const element of texts) {
          const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent ?? '';
            for (const match of text.matchAll(/[A-Za-z]{2,}/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              // A word on one line has one box; a word broken across lines has one per line.
              const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
              if (lines.size > 1) found.push(match[0]);
            }
          }
        }
        return {
          display: getComputedStyle(document.querySelector('.ss-scorecard-table__table')!).display,
          labels: texts.length,
          found,
        };
      });
      expect(split.display).toBe('table');
      // The headers, the dimension and indicator labels and the rules were all looked at.
      expect(split.labels).toBeGreaterThan(20);
      expect(split.found).toEqual([]);
      expect(open.errors).toEqual([]);
    } finally {
      await open.close();
    }
  });
});
