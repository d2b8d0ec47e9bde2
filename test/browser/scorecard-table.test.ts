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
    return {
      display: getComputedStyle(table).display,
      scrollsSideways: scroll.scrollWidth > scroll.clientWidth + 1,
      weightLabel: getComputedStyle(weight, '::before').content,
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
      // Each cell names its column (zh-CN, the story's locale): 权重 = weight.
      expect(phone.weightLabel).toBe('"权重"');

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
});
