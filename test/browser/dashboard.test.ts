// The dashboard page story (`Pages/Dashboard`) in a real Chromium shows every kind of widget with
// data: gauges (meters with a value), the scorecard table, the Pareto chart's bars and the overall
// grade, in zh-CN and en-US. Its console/page errors, axe (all rules, landmarks included) and its
// light/dark × zh-CN/en-US screenshots are covered by stories.test.ts like every page story.
//
// Run: `pnpm test:browser` (see stories.test.ts for the environment variables). Screenshots go to
// artifacts/screenshots/browser/pages-dashboard--…--<theme>--<locale>.png (git-ignored).
import { afterAll, describe, inject, it } from 'vitest';
import { disconnectBrowser, type Locale, openStory } from './harness';

const dashboard = inject('stories').find((story) => story.title === 'Pages/Dashboard');

afterAll(disconnectBrowser);

const expected: Record<Locale, { bars: string; grades: RegExp }> = {
  'zh-CN': { bars: '各类别数量', grades: /^(优秀|良好|合格|待改进)$/ },
  'en-US': { bars: 'Counts by category', grades: /^(Excellent|Good|Pass|Needs improvement)$/ },
};

describe('Pages/Dashboard', () => {
  for (const locale of ['zh-CN', 'en-US'] as const) {
    it(`renders a meter, the scorecard table, the Pareto bars and a grade (${locale})`, async ({
      expect,
      skip,
    }) => {
      if (!dashboard)
        return skip('there is no story titled Pages/Dashboard in this Storybook build');
      const open = await openStory(dashboard.id, { locale });
      try {
        const { page, errors } = open;
        const root = page.locator('#storybook-root');

        const meters = root.getByRole('meter');
        expect(await meters.count(), 'gauges (role meter)').toBeGreaterThan(0);
        const values = await meters.evaluateAll((els) =>
          els.map((el) => Number(el.getAttribute('aria-valuenow'))),
        );
        expect(values.some(Number.isFinite), 'at least one gauge has a value').toBe(true);

        const tables = root.getByRole('table');
        expect(await tables.count(), 'tables').toBeGreaterThan(0);
        expect(
          await root.getByRole('table').first().getByRole('row').count(),
          'rows in the first table',
        ).toBeGreaterThan(2);

        const bars = root.getByRole('group', { name: expected[locale].bars, exact: true });
        expect(await bars.count(), 'a Pareto chart with bars').toBe(1);
        // Bars are images, or buttons when the chart has onCategorySelect.
        const barItems = bars.getByRole('img').or(bars.getByRole('button'));
        expect(await barItems.count(), 'Pareto bars').toBeGreaterThan(1);

        expect(
          await root.getByText(expected[locale].grades).count(),
          'a grade label',
        ).toBeGreaterThan(0);
        expect(errors).toEqual([]);
      } finally {
        await open.close();
      }
    });
  }
});
