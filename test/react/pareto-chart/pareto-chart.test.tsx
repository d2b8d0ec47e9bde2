import { pareto } from '@servicescore/core';
import { ParetoChart, ServiceScoreProvider, useParetoChart } from '@servicescore/react';
import { cleanup, fireEvent, renderHook, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../../../packages/react/src/shared/dev';
import { axeViolations, captureConsoleErrors, expectCleanHydration, renderStrict } from '../utils';

// KPIS.md example, total 77: shares 41.6 / 24.7 / 19.5 / 6.5 / 3.9 / 2.6 / 1.3 %,
// cumulative 32/77 = 41.6 %, 51/77 = 66.2 %, 66/77 = 85.7 %, 71/77 = 92.2 %, 74/77 = 96.1 %,
// 76/77 = 98.7 %, 77/77 = 100 %; the vital few (cutoff 80 %) are the first three.
const kpis = [
  { category: '响应不及时', count: 15 },
  { category: '包装破损', count: 32 },
  { category: '配送延迟', count: 19 },
  { category: '服务态度', count: 5 },
  { category: '预约爽约', count: 3 },
  { category: '配件缺失', count: 2 },
  { category: '收费争议', count: 1 },
];

const bars = (container: HTMLElement) => [
  ...container.querySelectorAll<SVGGElement>('.ss-pareto-chart__column'),
];

afterEach(cleanup);

describe('ParetoChart', () => {
  const consoleErrors = captureConsoleErrors();

  it('names each bar with its count, share and cumulative share, in Pareto order', () => {
    const { container } = renderStrict(<ParetoChart data={kpis} />);
    const names = bars(container).map((bar) => bar.getAttribute('aria-label'));
    expect(names).toEqual([
      '包装破损：32（41.6%），累计 41.6%，关键少数',
      '配送延迟：19（24.7%），累计 66.2%，关键少数',
      '响应不及时：15（19.5%），累计 85.7%，关键少数',
      '服务态度：5（6.5%），累计 92.2%',
      '预约爽约：3（3.9%），累计 96.1%',
      '配件缺失：2（2.6%），累计 98.7%',
      '收费争议：1（1.3%），累计 100.0%',
    ]);
    consoleErrors.expectNone();
  });

  it('is a named group described by the vital-few summary', () => {
    renderStrict(<ParetoChart data={kpis} />);
    const root = screen.getByRole('group', { name: '帕累托图' });
    const summaryId = root.getAttribute('aria-describedby');
    expect(summaryId).toBeTruthy();
    expect(document.getElementById(summaryId!)?.textContent).toBe(
      '关键少数：包装破损、配送延迟、响应不及时，占 85.7%',
    );
  });

  it('hatches the vital bars and shows the legend entry 关键少数', () => {
    const { container } = renderStrict(<ParetoChart data={kpis} />);
    // 3 vital bars → 3 hatch overlays referencing the pattern defined in the same chart
    const hatches = container.querySelectorAll('.ss-pareto-chart__bars .ss-pareto-chart__hatch');
    expect(hatches).toHaveLength(3);
    const patternId = container.querySelector('pattern')?.id;
    expect(hatches[0]?.getAttribute('fill')).toBe(`url(#${patternId})`);
    expect(within(container.querySelector('ul')!).getByText('关键少数')).toBeTruthy();
    expect(container.textContent).toContain('截止线 80%');
  });

  it('maps category ids to display names with categoryLabel', () => {
    const labels: Record<string, string> = { 'late-delivery': '配送延迟', attitude: '服务态度' };
    const onSelect = vi.fn();
    const { container } = renderStrict(
      <ParetoChart
        data={[
          { category: 'late-delivery', count: 3 },
          { category: 'attitude', count: 1 },
        ]}
        categoryLabel={(id) => labels[id] ?? id}
        onCategorySelect={onSelect}
      />,
    );
    // 3/4 = 75 %, 1/4 = 25 %
    expect(bars(container)[0]!.getAttribute('aria-label')).toBe(
      '配送延迟：3（75.0%），累计 75.0%，关键少数',
    );
    fireEvent.click(bars(container)[0]!);
    expect(onSelect).toHaveBeenCalledWith('late-delivery', expect.objectContaining({ count: 3 }));
  });

  it('folds 1,000 categories into 11 bars and a last Other bar (maxBars 12)', () => {
    const data = Array.from({ length: 1000 }, (_, i) => ({ category: `c${i}`, count: 1000 - i }));
    const { container } = renderStrict(<ParetoChart data={data} />);
    const all = bars(container);
    expect(all).toHaveLength(12);
    expect(all[11]!.getAttribute('aria-label')).toMatch(/^其他：/);
    expect(all[11]!.getAttribute('data-other')).toBe('true');
    // 1000 − 11 = 989 categories folded
    const rows = container.querySelectorAll('tbody tr');
    expect(rows[11]!.querySelector('th')?.textContent).toBe('其他（含 989 个类别）');
  });

  it('takes maxBars as the bar limit', () => {
    const { container } = renderStrict(<ParetoChart data={kpis} maxBars={4} />);
    // 3 bars + Other (5 + 3 + 2 + 1 = 11 of 77 = 14.3 %)
    expect(bars(container).map((b) => b.getAttribute('aria-label'))[3]).toBe(
      '其他：11（14.3%），累计 100.0%',
    );
  });

  it('uses a custom cutoff: at 0.7 the vital few are the first two', () => {
    // 66.2 % < 70 % after two bars, 85.7 % ≥ 70 % after three: the crossing bar is vital, so three.
    // At 0.6: 41.6 % < 60 %, 66.2 % ≥ 60 % → two bars.
    const { container, rerender } = renderStrict(<ParetoChart data={kpis} cutoff={0.7} />);
    expect(bars(container).filter((b) => b.dataset.vital === 'true')).toHaveLength(3);
    expect(container.textContent).toContain('截止线 70%');
    rerender(<ParetoChart data={kpis} cutoff={0.6} />);
    expect(bars(container).filter((b) => b.dataset.vital === 'true')).toHaveLength(2);
    expect(screen.getByText('关键少数：包装破损、配送延迟，占 66.2%')).toBeTruthy();
  });

  it('draws a ParetoResult as given, with its own cutoff', () => {
    const result = pareto(kpis, { cutoff: 0.5 });
    // 41.6 % < 50 %, 66.2 % ≥ 50 % → two vital bars; the cutoff prop is ignored
    const { container } = renderStrict(<ParetoChart data={result} cutoff={0.9} />);
    expect(bars(container).filter((b) => b.dataset.vital === 'true')).toHaveLength(2);
    expect(container.textContent).toContain('截止线 50%');
  });

  it('shows one category as one vital bar at 100 %', () => {
    const { container } = renderStrict(<ParetoChart data={[{ category: '包装破损', count: 7 }]} />);
    expect(bars(container).map((b) => b.getAttribute('aria-label'))).toEqual([
      '包装破损：7（100.0%），累计 100.0%，关键少数',
    ]);
  });

  it('shows the no-data state for a zero total, with no NaN anywhere', () => {
    const { container } = renderStrict(
      <ParetoChart
        data={[
          { category: 'a', count: 0 },
          { category: 'b', count: 0 },
        ]}
      />,
    );
    expect(screen.getByText('暂无数据')).toBeTruthy();
    expect(bars(container)).toHaveLength(0);
    expect(container.innerHTML).not.toMatch(/NaN|Infinity/);
    expect(container.firstElementChild?.getAttribute('data-status')).toBe('empty');
  });

  it('shows the no-data state without data', () => {
    renderStrict(<ParetoChart data={[]} />);
    expect(screen.getByText('暂无数据')).toBeTruthy();
    consoleErrors.expectNone();
  });

  it('shows a loading skeleton and sets aria-busy', () => {
    renderStrict(<ParetoChart data={kpis} loading />);
    const root = screen.getByRole('group', { name: '帕累托图' });
    expect(root.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('加载中…')).toBeTruthy();
    expect(screen.queryAllByRole('img')).toHaveLength(0);
  });

  it('shows the invalid-data state and logs one error for a negative count', () => {
    resetWarnings();
    renderStrict(<ParetoChart data={[{ category: '包装破损', count: -3 }]} />);
    expect(screen.getByText('数据无效，无法绘制帕累托图')).toBeTruthy();
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(
      /Invalid prop `data` of value .* supplied to `ParetoChart`: Pareto category "包装破损" has count -3: counts must be finite numbers ≥ 0; showing the invalid-data state\./,
    );
  });

  it('rejects a ParetoResult holding NaN the same way', () => {
    resetWarnings();
    const broken = {
      total: 10,
      cutoff: 0.8,
      items: [{ category: 'a', count: Number.NaN, share: 1, cumulativeShare: 1, vital: true }],
    };
    renderStrict(<ParetoChart data={broken} />);
    expect(screen.getByText('数据无效，无法绘制帕累托图')).toBeTruthy();
    expect(consoleErrors.errors).toHaveLength(1);
  });

  it('falls back to 0.8 and logs one error for an invalid cutoff', () => {
    resetWarnings();
    const { container } = renderStrict(<ParetoChart data={kpis} cutoff={1.5} />);
    expect(container.textContent).toContain('截止线 80%');
    expect(bars(container).filter((b) => b.dataset.vital === 'true')).toHaveLength(3);
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(
      /`cutoff` of value `1.5` supplied to `ParetoChart`.*using 0\.8\./,
    );
  });

  it('falls back to 12 bars and logs one error for maxBars below 2', () => {
    resetWarnings();
    const { container } = renderStrict(<ParetoChart data={kpis} maxBars={1} />);
    expect(bars(container)).toHaveLength(7);
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(/`maxBars` of value `1`.*integer ≥ 2.*using 12\./);
  });

  it('renders hostile labels as text, truncated, with the full text in the accessible name', () => {
    const long = `长${'很'.repeat(9_999)}`;
    const { container } = renderStrict(
      <ParetoChart
        data={[
          { category: '<script>alert(1)</script>', count: 3 },
          { category: '<img src=x onerror=alert(1)>', count: 2 },
          { category: long, count: 1 },
        ]}
      />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    const third = bars(container)[2]!;
    // No <title> and no cut-short label inside the bar: its accessible name is the full category
    // and contains no visible text that contradicts it (WCAG 2.5.3).
    expect(third.querySelector('title')).toBeNull();
    expect(third.querySelector('text')).toBeNull();
    expect(third.getAttribute('aria-label')).toContain(long);
    // The visible labels are drawn in a layer hidden from assistive technology.
    const label = container.querySelectorAll(
      '.ss-pareto-chart__labels .ss-pareto-chart__category',
    )[2];
    expect(label?.closest('[aria-hidden="true"]')).not.toBeNull();
    const shown = label?.querySelector('tspan:last-child')?.textContent;
    expect(shown?.endsWith('…')).toBe(true);
    const drawn = [...(label?.querySelectorAll('tspan') ?? [])].map((t) => t.textContent);
    // two lines of a ~180 px column: about 2 × 14 CJK characters, not 10,000
    expect(drawn.join('').length).toBeLessThan(40);
  });

  it('lists every bar in a visually hidden table', () => {
    const { container } = renderStrict(<ParetoChart data={kpis} />);
    const table = container.querySelector('table')!;
    expect(table.closest('.ss-visually-hidden')).not.toBeNull();
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      '类别',
      '数量',
      '占比',
      '累计占比',
    ]);
    expect([...table.querySelectorAll('tbody tr')[2]!.children].map((c) => c.textContent)).toEqual([
      '响应不及时（关键少数）',
      '15',
      '19.5%',
      '85.7%',
    ]);
  });

  it('speaks en-US from the provider and the locale prop wins over it', () => {
    const two = [
      { category: '包装破损', count: 32 },
      { category: '配送延迟', count: 19 },
    ];
    const { container, rerender } = renderStrict(
      <ServiceScoreProvider locale="en-US" theme="dark">
        <ParetoChart data={two} />
      </ServiceScoreProvider>,
    );
    // 32/51 = 62.7 %, then 100 %: the cutoff is crossed by the second bar, both vital
    const root = screen.getByRole('group', { name: 'Pareto chart' });
    expect(root.getAttribute('data-theme')).toBe('dark');
    expect(root.getAttribute('lang')).toBe('en-US');
    expect(bars(container)[0]!.getAttribute('aria-label')).toBe(
      '包装破损: 32 (62.7%), cumulative 62.7%, vital few',
    );
    expect(container.textContent).toContain('Vital few: 包装破损, 配送延迟, 100.0% of the total');
    rerender(
      <ServiceScoreProvider locale="en-US">
        <ParetoChart data={two} locale="zh-CN" />
      </ServiceScoreProvider>,
    );
    expect(screen.getByRole('group', { name: '帕累托图' }).getAttribute('lang')).toBe('zh-CN');
  });

  it('passes root attributes through and takes an accessible label', () => {
    renderStrict(
      <ParetoChart
        data={kpis}
        id="p1"
        className="mine"
        data-testid="chart"
        style={{ maxWidth: 500 }}
        label="投诉原因"
      />,
    );
    const root = screen.getByTestId('chart');
    expect(root.id).toBe('p1');
    expect(root.className).toBe('ss-widget ss-pareto-chart mine');
    expect(root.style.maxWidth).toBe('500px');
    expect(root.getAttribute('aria-label')).toBe('投诉原因');
    expect(root.getAttribute('role')).toBe('group');
  });

  it('takes the props and hands the host attributes back in rootProps, under its own', () => {
    const renderTooltip = () => 'tip';
    const { result } = renderHook(() =>
      useParetoChart({
        data: kpis,
        width: 500,
        height: 200,
        renderTooltip,
        id: 'p1',
        role: 'figure',
        className: 'mine',
      }),
    );
    const { ref, ...rootProps } = result.current.rootProps;
    // No option (data, size, renderTooltip) is left in them; the hook's role wins over "figure".
    expect(rootProps).toEqual({
      id: 'p1',
      role: 'group',
      'aria-label': '帕累托图',
      'aria-describedby': result.current.summaryProps.id,
      'data-theme': 'light',
      'data-status': 'ready',
      lang: 'zh-CN',
      className: 'mine',
    });
    expect(ref).toHaveProperty('current');
    // The size and the tooltip come back in the state, for the markup.
    expect([result.current.width, result.current.height]).toEqual([500, 200]);
    expect(result.current.renderTooltip).toBe(renderTooltip);
  });

  it('draws at 640 px by default and at the given width and height', () => {
    const { container, rerender } = renderStrict(<ParetoChart data={kpis} />);
    const svg = () => container.querySelector('svg.ss-pareto-chart__svg')!;
    expect(svg().getAttribute('width')).toBe('640');
    expect(svg().getAttribute('height')).toBe('320');
    rerender(<ParetoChart data={kpis} width={480} height={240} />);
    expect(svg().getAttribute('width')).toBe('480');
    expect(svg().getAttribute('height')).toBe('240');
  });

  it('has no axe violations when ready, empty, loading or invalid', async () => {
    resetWarnings();
    const { container } = renderStrict(
      <>
        <ParetoChart data={kpis} label="a" />
        <ParetoChart data={kpis} onCategorySelect={() => {}} label="b" />
        <ParetoChart data={[]} label="c" />
        <ParetoChart loading label="d" />
      </>,
    );
    expect(await axeViolations(container)).toEqual([]);
    consoleErrors.expectNone();
  }, 20_000);
});

describe('ParetoChart hydration', () => {
  it('hydrates server HTML without mismatch or console errors', async () => {
    const container = await expectCleanHydration(<ParetoChart data={kpis} />);
    expect(container.querySelectorAll('.ss-pareto-chart__column')).toHaveLength(7);
    expect(container.textContent).toContain('关键少数：包装破损、配送延迟、响应不及时，占 85.7%');
  });
});
