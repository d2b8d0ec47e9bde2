// The layout rules of layout-checks.ts, each shown failing on a page made to break it and passing on
// its sound twin, so that a story sweep with no layout problem means the rules looked, not that
// they cannot fail. Plain HTML pages (no Storybook), in the shared Chromium.
import type { Page } from 'playwright-core';
import { afterAll, describe, it } from 'vitest';
import { type LayoutCheckOptions, layoutProblems } from './layout-checks';
import { disconnectBrowser, sharedBrowser } from './harness';

afterAll(disconnectBrowser);

/** The grade badge's own rules (styles.css), enough for its label to end in an ellipsis. */
const badgeCss = `
  .ss-grade-badge { display: inline-flex; align-items: center; gap: 4px; padding: 2px 8px;
    white-space: nowrap; max-width: 100%; box-sizing: border-box; font: 14px sans-serif; }
  .ss-grade-badge > * { flex-shrink: 0; }
  .ss-grade-badge__label { flex-shrink: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; }
`;
const long = 'Needs improvement, a verdict far longer than any column gives it';

/** The problems `layoutProblems` finds on `html`, laid out in an 800 px viewport. */
async function problemsOf(html: string, media: LayoutCheckOptions['media'] = 'screen') {
  const browser = await sharedBrowser();
  const context = await browser.newContext({ viewport: { width: 800, height: 600 } });
  try {
    const page: Page = await context.newPage();
    await page.setContent(`<!doctype html><style>body{margin:0}${badgeCss}</style>${html}`);
    await page.emulateMedia({ media });
    return await layoutProblems(page, { media });
  } finally {
    await context.close();
  }
}

describe.concurrent('layoutProblems', () => {
  it('finds nothing on a sound widget', async ({ expect }) => {
    const html = `<div class="ss-widget" style="width:400px"><span class="ss-x__title">Title</span></div>`;
    expect(await problemsOf(html)).toEqual([]);
  });

  it('names a page that scrolls sideways', async ({ expect }) => {
    const problems = await problemsOf(`<div class="ss-widget" style="width:1200px">wide</div>`);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^the page is 1200 px wide in a 800 px viewport/);
  });

  it('names a title cut while its widget has room, not one cut for want of room', async ({
    expect,
  }) => {
    const title = (width: number) =>
      `<div class="ss-widget" style="width:${width}px"><span class="ss-x__title" style="display:block;width:80px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap">${long}</span></div>`;
    const cut = await problemsOf(title(700));
    expect(cut).toHaveLength(1);
    expect(cut[0]).toMatch(
      /^<span class="ss-x__title…"> "Needs improvement.*" is cut \(80 of \d+ px shown\) although it has 700 px of room$/,
    );
    // The same title in a widget narrower than the text: cutting it is the only way.
    expect(await problemsOf(title(100))).toEqual([]);
  });

  it('gives a badge on its own only the room its parent leaves beside its icon and score', async ({
    expect,
  }) => {
    const badge = (parent: number, max = '100%') =>
      `<div style="width:${parent}px"><span class="ss-widget ss-grade-badge" style="max-width:${max}"><i style="width:14px;height:14px;display:block"></i><span class="ss-grade-badge__label">${long}</span><span>95.0</span></span></div>`;
    // As wide as its 200 px parent allows: cut, but there is no more room.
    expect(await problemsOf(badge(200))).toEqual([]);
    // Held to 150 px by its own style while its parent has 760 px: cut although there is room.
    const cut = await problemsOf(badge(760, '150px'));
    expect(cut).toHaveLength(1);
    expect(cut[0]).toMatch(
      /^<span class="ss-grade-badge__label…"> ".*" is cut \(\d+ of \d+ px shown\) although it has \d+ px of room$/,
    );
  });

  it('names what sticks out of its cell', async ({ expect }) => {
    const table = (inner: number) =>
      `<div class="ss-widget"><table style="table-layout:fixed;width:200px"><tr><td style="width:60px"><span style="display:inline-block;width:${inner}px">x</span></td><td>y</td></tr></table></div>`;
    const problems = await problemsOf(table(140));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^<span> "x" sticks \d+ px out of its cell <td> "x"$/);
    expect(await problemsOf(table(40))).toEqual([]);
  });

  it('in print only, names a scroll box that hides content', async ({ expect }) => {
    const html = `<div class="ss-widget"><div class="ss-x__scroll" style="overflow:auto;height:50px"><div style="height:200px">rows</div></div></div>`;
    const printed = await problemsOf(html, 'print');
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(
      /^in print <div class="ss-x__scroll…"> "rows" hides content in a scroll box/,
    );
    // On screen the box scrolls: nothing is lost.
    expect(await problemsOf(html, 'screen')).toEqual([]);
  });

  it('names a line that starts with a "·" separator, not one that ends with it', async ({
    expect,
  }) => {
    // Nine monospace characters wide: "Aaaa Bbbb" fills the first line, so " · Cccc" wraps.
    const meta = (parts: string) =>
      `<div class="ss-widget" style="width:9ch;font:14px monospace"><p class="ss-x__meta">${parts}</p></div>`;
    const starts = await problemsOf(meta('Aaaa Bbbb · Cccc'));
    expect(starts).toEqual([
      'a line of <p class="ss-x__meta…"> "Aaaa Bbbb · Cccc" starts with "·"',
    ]);
    // The dot held to the word before it by a no-break space ends a line ("Bbbb ·") instead.
    expect(await problemsOf(meta('Aaaa Bbbb\u00a0· Cccc'))).toEqual([]);
  });

  it('names a grade badge stretched by its grid cell, not one at its own size', async ({
    expect,
  }) => {
    // A 200 px grid row beside a tall neighbour: a grid item stretches unless it sizes itself.
    const grid = (badgeStyle: string) =>
      `<div style="display:grid;grid-template-columns:1fr 1fr"><span class="ss-widget ss-grade-badge" style="${badgeStyle}"><span class="ss-grade-badge__label">Good</span></span><div style="height:200px"></div></div>`;
    const stretched = await problemsOf(grid(''));
    expect(stretched).toHaveLength(1);
    expect(stretched[0]).toMatch(
      /^<span class="ss-widget…"> "Good" is 200 px tall at 14 px type: stretched by its parent$/,
    );
    // The widget's own rule (styles.css): it keeps its size in the cell.
    expect(await problemsOf(grid('width:fit-content;height:fit-content'))).toEqual([]);
  });
});
