// Keyboard use of the Pareto chart and the scorecard table in a real Chromium, through their
// Storybook stories: real focus, real key events, real layout. Elements are found by role, name
// and ARIA state (aria-expanded, aria-sort), not by CSS classes.
//
// Run: `pnpm test:browser` (see stories.test.ts for the environment variables). Screenshots of the
// stories themselves go to artifacts/screenshots/browser/ (written by stories.test.ts).
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { disconnectBrowser, openStory } from './harness';

afterAll(disconnectBrowser);

/** The element that has focus, described by role, accessible name (aria-label or text) and state. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    return {
      tag: el.tagName.toLowerCase(),
      role: el.getAttribute('role'),
      name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(),
      expanded: el.getAttribute('aria-expanded'),
      inBody: el.closest('tbody') !== null,
      inHead: el.closest('thead') !== null,
      sort: el.closest('th')?.getAttribute('aria-sort') ?? null,
      header: (el.closest('th')?.textContent ?? '').trim(),
    };
  });
}

/** Presses Tab until `done(focused)` holds; fails after `max` presses. */
async function tabUntil(
  page: Page,
  done: (f: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean,
  max = 40,
) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (f && done(f)) return f;
  }
  throw new Error(`nothing matching was reached within ${max} Tab presses`);
}

interface ActionEvent {
  name: string;
  args: unknown[];
}

/** Starts recording Storybook actions (a story's `fn()` args log one per call). */
async function recordActions(page: Page): Promise<() => Promise<ActionEvent[]>> {
  await page.evaluate(() => {
    const w = window as unknown as {
      __STORYBOOK_ADDONS_CHANNEL__: {
        on(event: string, listener: (e: { data: ActionEvent }) => void): void;
      };
      __recordedActions: ActionEvent[];
    };
    w.__recordedActions = [];
    w.__STORYBOOK_ADDONS_CHANNEL__.on('storybook/actions/action-event', (e) =>
      w.__recordedActions.push({ name: e.data.name, args: e.data.args }),
    );
  });
  return () =>
    page.evaluate(
      () => (window as unknown as { __recordedActions: ActionEvent[] }).__recordedActions,
    );
}

describe('ParetoChart keyboard (Widgets/ParetoChart / Drill Down)', () => {
  it('Tab enters the bars, arrows move between them, Enter selects the focused category', async () => {
    const open = await openStory('widgets-paretochart--drill-down');
    try {
      const { page, errors } = open;
      const actions = await recordActions(page);
      // The bars are buttons (the story passes onCategorySelect) inside the group "各类别数量".
      const bars = page.getByRole('group', { name: '各类别数量' }).getByRole('button');
      const names = await bars.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
      expect(names.length).toBeGreaterThan(2);
      expect(new Set(names).size).toBe(names.length);

      // One tab stop: the first bar, named "<category>：<count>（<share>），累计 <cumulative>…".
      const first = await tabUntil(page, (f) => f.role === 'button', 5);
      expect(first.name).toBe(names[0]);
      expect(first.name).toMatch(/累计/);

      await page.keyboard.press('ArrowRight');
      const second = await focused(page);
      expect(second?.role).toBe('button');
      expect(second?.name).toBe(names[1]);
      expect(second?.name).not.toBe(first.name);

      await page.keyboard.press('Enter');
      await page.keyboard.press('ArrowLeft');
      expect((await focused(page))?.name).toBe(names[0]);
      await page.keyboard.press(' ');
      await page.keyboard.press('End');
      expect((await focused(page))?.name).toBe(names.at(-1));

      // Enter on bar 2, then Space on bar 1: two calls of onCategorySelect(category, item).
      await expect.poll(async () => (await actions()).length).toBe(2);
      const calls = await actions();
      expect(calls.map((c) => c.name)).toEqual(['onCategorySelect', 'onCategorySelect']);
      const [chosenSecond, chosenFirst] = calls.map((c) => c.args[0]);
      expect(typeof chosenSecond).toBe('string');
      expect(chosenSecond).not.toBe(chosenFirst);
      expect(calls[0]?.args[1]).toMatchObject({ category: chosenSecond });

      // The second bar holds fewer or as many tickets as the first (sorted by count).
      const count = (name: string | null | undefined) =>
        Number(/[:：]\s*([\d,]+)/.exec(name ?? '')?.[1]?.replace(/,/g, ''));
      expect(count(names[1])).toBeLessThanOrEqual(count(names[0]));
      expect(errors).toEqual([]);
    } finally {
      await open.close();
    }
  });
});

/** Body rows of the scorecard, grouped under their dimension rows (rows with an expand button). */
function dimensions(page: Page) {
  return page.evaluate(() => {
    const groups: Array<{ name: string; expanded: string | null; indicators: string[] }> = [];
    for (const row of document.querySelectorAll('#storybook-root table tbody tr')) {
      const button = row.querySelector('button[aria-expanded]');
      const header = row.querySelector('th[scope="row"]');
      const name = (button ?? header)?.textContent?.trim() ?? '';
      if (button)
        groups.push({ name, expanded: button.getAttribute('aria-expanded'), indicators: [] });
      else groups.at(-1)?.indicators.push(name);
    }
    return groups;
  });
}

/** The numbers in column `header` of each dimension's indicator rows, in row order. */
function columnInEachDimension(page: Page, header: string) {
  return page.evaluate((header) => {
    const table = document.querySelector('#storybook-root table');
    const heads = [...(table?.querySelectorAll('thead th') ?? [])];
    const column = heads.findIndex((th) => th.textContent?.trim() === header);
    const groups: number[][] = [];
    for (const row of table?.querySelectorAll('tbody tr') ?? []) {
      if (row.querySelector('button[aria-expanded]')) groups.push([]);
      else groups.at(-1)?.push(Number.parseFloat(row.children[column]?.textContent ?? ''));
    }
    return groups;
  }, header);
}

/** What {@link columnInEachDimension} must read once sorted `direction` (sorting stays within a dimension). */
async function sortedColumn(page: Page, header: string, direction: string | null) {
  const groups = await columnInEachDimension(page, header);
  expect(groups.flat().every(Number.isFinite), `column ${header} holds numbers`).toBe(true);
  const sign = direction === 'ascending' ? 1 : -1;
  return groups.map((g) => [...g].sort((a, b) => sign * (a - b)));
}

describe('ScorecardTable keyboard (Widgets/ScorecardTable / Default)', () => {
  it('Tab reaches a dimension toggle; Enter collapses it and its indicator rows disappear', async () => {
    const open = await openStory('widgets-scorecardtable--default');
    try {
      const { page, errors } = open;
      const before = await dimensions(page);
      expect(before.length).toBeGreaterThan(1);
      expect(before.every((d) => d.expanded === 'true' && d.indicators.length > 0)).toBe(true);

      const toggle = await tabUntil(page, (f) => f.inBody && f.expanded === 'true');
      const dimension = before.find((d) => d.name === toggle.name);
      expect(dimension, `a dimension row named ${toggle.name}`).toBeDefined();
      const bodyRows = page.locator('#storybook-root table tbody tr');
      const rowsBefore = await bodyRows.count();

      await page.keyboard.press('Enter');
      expect((await focused(page))?.expanded).toBe('false');
      const after = await dimensions(page);
      const collapsed = after.find((d) => d.name === toggle.name);
      expect(collapsed).toEqual({ name: toggle.name, expanded: 'false', indicators: [] });
      expect(await bodyRows.count()).toBe(rowsBefore - (dimension?.indicators.length ?? 0));
      for (const indicator of dimension?.indicators ?? [])
        expect(
          await page.getByRole('rowheader', { name: indicator, exact: true }).count(),
          `row ${indicator} is gone`,
        ).toBe(0);
      // The other dimensions keep their rows.
      expect(after.filter((d) => d.name !== toggle.name)).toEqual(
        before.filter((d) => d.name !== toggle.name),
      );

      await page.keyboard.press('Enter');
      expect(await dimensions(page)).toEqual(before);
      expect(errors).toEqual([]);
    } finally {
      await open.close();
    }
  });

  it('a sort button in a column header sets aria-sort, and Enter again reverses it', async () => {
    const open = await openStory('widgets-scorecardtable--default');
    try {
      const { page, errors } = open;
      const sortButton = await tabUntil(page, (f) => f.inHead && f.sort !== null);
      expect(sortButton.tag).toBe('button');
      expect(sortButton.sort).toBe('none');
      const header = page.getByRole('columnheader', { name: sortButton.header, exact: true });
      expect(await header.getAttribute('aria-sort')).toBe('none');

      await page.keyboard.press('Enter');
      const first = await header.getAttribute('aria-sort');
      expect(['ascending', 'descending']).toContain(first);
      // Only one column is sorted at a time.
      expect(
        await page
          .locator('#storybook-root thead th:is([aria-sort="ascending"], [aria-sort="descending"])')
          .count(),
      ).toBe(1);

      expect(await columnInEachDimension(page, sortButton.header)).toEqual(
        await sortedColumn(page, sortButton.header, first),
      );

      await page.keyboard.press('Enter');
      const second = first === 'ascending' ? 'descending' : 'ascending';
      expect(await header.getAttribute('aria-sort')).toBe(second);
      expect(await columnInEachDimension(page, sortButton.header)).toEqual(
        await sortedColumn(page, sortButton.header, second),
      );
      expect(errors).toEqual([]);
    } finally {
      await open.close();
    }
  });
});
