// The warehouse page story (`Pages/Warehouse`) in a real Chromium, with 20,000 tickets instead of
// the story's 1,000,000: DuckDB-wasm starts from the files Storybook's Vite build serves, makes the
// tickets in SQL, `evaluateSql` computes the metrics there, and the page reaches `data-state="done"`
// with a graded scorecard, the agent leaderboard and the generated SQL. Nothing is requested from
// anywhere but the Storybook server on 127.0.0.1 (DuckDB-wasm would fetch its ICU and JSON
// extensions from the internet: the page turns external access off), and no console or page error.
// The error story shows an alert naming the bad ticket count.
//
// Run: `pnpm exec vitest run --project browser test/browser/warehouse.test.ts` (the global setup
// builds Storybook first; SERVICESCORE_STORYBOOK_STATIC=storybook-static reuses a build).
import { afterAll, describe, inject, it } from 'vitest';
import { axeViolations, disconnectBrowser, type Locale, openStory, type Theme } from './harness';

const id = 'pages-warehouse--million-tickets';
const errorId = 'pages-warehouse--invalid-ticket-count';
const stories = inject('stories');
const story = stories.find((s) => s.id === id);

afterAll(disconnectBrowser);

const expected: Record<
  Locale,
  { grades: RegExp; done: RegExp; sql: string; board: string; alert: RegExp }
> = {
  'zh-CN': {
    grades: /^(优秀|良好|合格|待改进)$/,
    done: /^完成：加载 [\d.]+ 秒，计算 [\d.]+ 秒（\d+ 条 SQL 语句）。$/,
    sql: '生成的 SQL：',
    board: '客服排行榜（20,000 张工单）',
    alert: /tickets must be a whole number ≥ 0; got -1\./,
  },
  'en-US': {
    grades: /^(Excellent|Good|Pass|Needs improvement)$/,
    done: /^Done: loaded in [\d.]+ s, evaluated in [\d.]+ s \(\d+ SQL statements\)\.$/,
    sql: 'Generated SQL:',
    board: 'Agent leaderboard (20,000 tickets)',
    alert: /tickets must be a whole number ≥ 0; got -1\./,
  },
};

const runs: Array<[Theme, Locale]> = [
  ['light', 'zh-CN'],
  ['dark', 'en-US'],
];

describe('Pages/Warehouse: evaluateSql on DuckDB-wasm', () => {
  for (const [theme, locale] of runs) {
    it(`makes 20,000 tickets in DuckDB and shows the graded scorecard, the leaderboard and the SQL (${theme}, ${locale})`, {
      timeout: 240_000,
    }, async ({ expect, skip }) => {
      if (!story) return skip(`there is no story ${id} in this Storybook build`);
      const open = await openStory(id, { theme, locale, args: 'tickets:20000' });
      try {
        const { page, errors, requests } = open;
        const root = page.locator('.ss-wh');
        expect(await root.count(), 'the page').toBe(1);
        // While DuckDB starts, the page says so in a live region.
        expect(await page.locator('.ss-wh__status[role="status"]').count()).toBe(1);
        await expect
          .poll(() => root.getAttribute('data-state'), { timeout: 200_000, interval: 250 })
          .toMatch(/^(done|error)$/);
        const status = (await page.locator('.ss-wh__status').textContent()) ?? '';
        expect(await root.getAttribute('data-state'), status).toBe('done');
        expect(status).toMatch(expected[locale].done);
        expect(await page.locator('[role="alert"]').count(), 'no error shown').toBe(0);

        // The scorecard has a grade (the GradeBadge and the table's grade column).
        expect(
          await root.getByText(expected[locale].grades).count(),
          'a grade label',
        ).toBeGreaterThan(0);
        const board = page.getByRole('table', { name: expected[locale].board });
        expect(await board.count(), 'the leaderboard').toBe(1);
        const rowHeaders = board.getByRole('rowheader');
        expect(await rowHeaders.count(), 'agent rows').toBeGreaterThan(2);
        expect(await rowHeaders.first().textContent()).not.toMatch(/^A\d+$/);
        expect(await page.getByRole('meter').count(), 'gauges with a value').toBeGreaterThan(0);

        // The generated SQL, open and scrollable.
        const sqlPanel = page.locator('details', { hasText: expected[locale].sql });
        expect(await sqlPanel.count(), 'the SQL panel').toBe(1);
        const sql = (await sqlPanel.locator('pre').textContent()) ?? '';
        expect(sql).toContain('SELECT');
        expect(sql).toContain('FROM "tickets"');

        // Offline: every request went to the Storybook server, the worker's included (the recorder
        // sees them: the wasm module is fetched by DuckDB's worker).
        const base = inject('storybookUrl');
        expect(
          requests.filter((url) => !url.startsWith(`${base}/`) && !url.startsWith('data:')),
        ).toEqual([]);
        expect(
          requests.some((url) => url.endsWith('.wasm')),
          'the wasm module was fetched',
        ).toBe(true);
        expect(await axeViolations(page, { title: 'Pages/Warehouse' }), 'axe violations').toEqual(
          [],
        );
        expect(errors).toEqual([]);
      } finally {
        await open.close();
      }
    });
  }

  it('shows the error state, naming the bad ticket count, without starting DuckDB', async ({
    expect,
    skip,
  }) => {
    if (!stories.some((s) => s.id === errorId))
      return skip(`there is no story ${errorId} in this Storybook build`);
    const open = await openStory(errorId, { locale: 'en-US' });
    try {
      const { page, errors, requests } = open;
      const root = page.locator('.ss-wh');
      await expect.poll(() => root.getAttribute('data-state')).toBe('error');
      expect(await page.getByRole('alert').textContent()).toMatch(expected['en-US'].alert);
      expect(await page.locator('.ss-wh__status').textContent()).toMatch(/^Failed: /);
      expect(
        requests.some((url) => url.endsWith('.wasm')),
        'DuckDB never started',
      ).toBe(false);
      expect(errors).toEqual([]);
    } finally {
      await open.close();
    }
  });
});
