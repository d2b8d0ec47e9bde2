import type { Evaluation, MetricValue, MetricValues } from '@servicescore/core';
import { KpiComparison, ServiceScoreProvider } from '@servicescore/react';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rowDomain } from '../../../packages/react/src/kpi-comparison/row-domain';
import { resetWarnings } from '../../../packages/react/src/shared/dev';
import { axeViolations, captureConsoleErrors, expectCleanHydration, renderStrict } from '../utils';

afterEach(cleanup);
beforeEach(resetWarnings);

const ratio = (metricId: string, numerator: number, denominator: number): MetricValue => ({
  metricId,
  value: numerator / denominator,
  unit: 'ratio',
  numerator,
  denominator,
  sampleSize: denominator,
  sufficient: true,
});
const duration = (value: number): MetricValue => ({
  metricId: 'avgResolutionTime',
  value,
  unit: 'duration',
  sampleSize: 100,
  sufficient: true,
});

// fcr 700/1000 → 800/1000: pooled p = 0.75, SE = √(0.75·0.25·(2/1000)) = 0.019365, z = 0.1 / 0.019365
// = 5.16 → p < 0.001, significant. csat 40/50 → 42/50: pooled 0.82, SE = √(0.82·0.18·0.04) =
// 0.076837, z = 0.04 / 0.076837 = 0.5206 → p = 0.603, not significant. MTTR: no sums, so no test.
const before: MetricValues = {
  fcr: ratio('fcr', 700, 1000),
  csat: ratio('csat', 40, 50),
  avgResolutionTime: duration(80_000_000),
};
const after: MetricValues = {
  fcr: ratio('fcr', 800, 1000),
  csat: ratio('csat', 42, 50),
  avgResolutionTime: duration(90_000_000),
};

const rowOf = (label: string) =>
  screen.getByText(label, { selector: '.ss-kpi-comparison__metric' }).closest('li')!;

describe('KpiComparison', () => {
  const consoleErrors = captureConsoleErrors();

  it('is a group named 改进前后对比 with a row per metric', () => {
    renderStrict(
      <KpiComparison
        before={before}
        after={after}
        metrics={['fcr', 'csat', 'avgResolutionTime']}
      />,
    );
    const group = screen.getByRole('group', { name: '改进前后对比' });
    const items = within(group).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('.ss-kpi-comparison__metric')?.textContent)).toEqual([
      '首次解决率',
      '客户满意度',
      '平均故障解决时间',
    ]);
    consoleErrors.expectNone();
  });

  it('takes its accessible name from the label prop', () => {
    renderStrict(<KpiComparison before={before} after={after} label="PDCA 第一轮" />);
    expect(screen.getByRole('group', { name: 'PDCA 第一轮' })).toBeTruthy();
  });

  it('shows a significant improvement in percentage points with p < 0.001', () => {
    renderStrict(<KpiComparison before={before} after={after} metrics={['fcr']} />);
    const row = rowOf('首次解决率');
    expect(row.getAttribute('data-change')).toBe('improved');
    expect(within(row).getByText('70.0% → 80.0%')).toBeTruthy();
    expect(within(row).getByText('+10.0 个百分点')).toBeTruthy();
    expect(within(row).getByText('改善')).toBeTruthy();
    expect(within(row).getByText('显著')).toBeTruthy();
    expect(within(row).getByText('p < 0.001')).toBeTruthy();
  });

  it('marks a chance change not significant with its p-value on screen', () => {
    renderStrict(<KpiComparison before={before} after={after} metrics={['csat']} />);
    const row = rowOf('客户满意度');
    expect(within(row).getByText('+4.0 个百分点')).toBeTruthy();
    expect(within(row).getByText('不显著')).toBeTruthy();
    expect(within(row).getByText('p = 0.603')).toBeTruthy();
  });

  it('calls a longer resolution time worsened and says 未检验 without a test', () => {
    // The row is in hours (its sides' median 85e6 ms = 23.6 h is ≥ 2 h and < 2 d):
    // 90,000,000 − 80,000,000 ms = 2.78 h → "+2.8小时". No sums of squares → no test.
    renderStrict(<KpiComparison before={before} after={after} metrics={['avgResolutionTime']} />);
    const row = rowOf('平均故障解决时间');
    expect(row.getAttribute('data-change')).toBe('worsened');
    expect(row.getAttribute('data-significance')).toBe('notTested');
    expect(within(row).getByText('+2.8小时')).toBeTruthy();
    expect(within(row).getByText('恶化')).toBeTruthy();
    expect(within(row).getByText('未检验')).toBeTruthy();
    expect(row.querySelector('.ss-kpi-comparison__p')).toBeNull();
  });

  it('places the dots on the row’s own axis', () => {
    // fcr axis: the change is 0.1, under the 20-point floor → [0.65, 0.85]; 0.7 → 25 %, 0.8 → 75 %.
    const { container } = renderStrict(
      <KpiComparison before={before} after={after} metrics={['fcr']} />,
    );
    const cx = (cls: string) =>
      Number.parseFloat(container.querySelector(cls)?.getAttribute('cx') ?? '');
    expect(cx('.ss-kpi-comparison__rows .ss-kpi-comparison__dot-before')).toBeCloseTo(25, 6);
    expect(cx('.ss-kpi-comparison__rows .ss-kpi-comparison__dot-after')).toBeCloseTo(75, 6);
    expect(screen.getByText('65.0%')).toBeTruthy();
    expect(screen.getByText('85.0%')).toBeTruthy();
  });

  it('has a data table with metric, before, after, change and significance', () => {
    renderStrict(
      <KpiComparison
        before={before}
        after={after}
        metrics={['fcr', 'avgResolutionTime']}
        labels={{ before: '改进前 2026-07', after: '改进后 2026-09' }}
      />,
    );
    const table = screen.getByRole('table', { name: '改进前后对比' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['指标', '改进前 2026-07', '改进后 2026-09', '变化', '显著性']);
    const fcr = within(table).getByRole('row', { name: /首次解决率/ });
    expect(
      within(fcr)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual([
      '70.0%n = 1,000',
      '80.0%n = 1,000',
      // (0.8 − 0.7) ÷ 0.7 = +14.3 % relative.
      '+10.0 个百分点 改善相对 +14.3%',
      '显著p < 0.001',
    ]);
    const mttr = within(table).getByRole('row', { name: /平均故障解决时间/ });
    // 10,000,000 ÷ 80,000,000 = +12.5 % relative; n = 100 on both sides; no test. In hours, one
    // unit for the row: 80e6 ms = 22.2 h, 90e6 ms = 25.0 h (not "22小时13分钟" above "1天1小时").
    expect(
      within(mttr)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['22.2小时n = 100', '25.0小时n = 100', '+2.8小时 恶化相对 +12.5%', '未检验']);
  });

  it('shows the table on screen with a keyboard-operable toggle', () => {
    const { container } = renderStrict(<KpiComparison before={before} after={after} />);
    const wrap = () => container.querySelector('.ss-kpi-comparison__table-wrap')!;
    const button = screen.getByRole('button', { name: '显示数据表' });
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-controls')).toBe(screen.getByRole('table').id);
    expect(wrap().classList.contains('ss-visually-hidden')).toBe(true);
    button.focus();
    expect(document.activeElement).toBe(button);
    act(() => {
      fireEvent.click(button);
    });
    expect(button.textContent).toBe('隐藏数据表');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(wrap().classList.contains('ss-visually-hidden')).toBe(false);
  });

  it('shows the legend with the labels of the two sides', () => {
    const { container } = renderStrict(
      <KpiComparison before={before} after={after} labels={{ before: '七月', after: '九月' }} />,
    );
    expect(container.querySelector('.ss-kpi-comparison__legend')?.textContent).toBe('七月九月');
  });

  it('reads the overall values of Evaluations and compares the metrics on both sides', () => {
    const evaluation = (overall: MetricValues) =>
      ({
        metrics: Object.keys(overall),
        overall,
        groups: [],
        periods: [],
      }) as unknown as Evaluation;
    renderStrict(
      <KpiComparison before={evaluation(before)} after={evaluation({ fcr: after.fcr! })} />,
    );
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByText('70.0% → 80.0%')).toBeTruthy();
  });

  it('speaks English from the provider', () => {
    renderStrict(
      <ServiceScoreProvider locale="en-US" theme="dark">
        <KpiComparison before={before} after={after} metrics={['fcr']} />
      </ServiceScoreProvider>,
    );
    const group = screen.getByRole('group', { name: 'Before and after' });
    expect(group.getAttribute('data-theme')).toBe('dark');
    const row = within(group).getByRole('listitem');
    expect(within(row).getByText('+10.0 pts')).toBeTruthy();
    expect(within(row).getByText('Improved')).toBeTruthy();
    expect(within(row).getByText('Significant')).toBeTruthy();
    expect(within(group).getByRole('button', { name: 'Show data table' })).toBeTruthy();
  });

  it('shows 暂无数据 without data, and a busy skeleton while loading', () => {
    renderStrict(<KpiComparison before={null} after={undefined} />);
    expect(screen.getByText('暂无数据')).toBeTruthy();
    cleanup();
    renderStrict(<KpiComparison before={before} after={after} loading />);
    const group = screen.getByRole('group');
    expect(group.getAttribute('aria-busy')).toBe('true');
    expect(within(group).getByText('加载中…')).toBeTruthy();
    consoleErrors.expectNone();
  });

  it('shows a requested metric without values as a row without data, with one error', () => {
    renderStrict(<KpiComparison before={before} after={after} metrics={['fcr', 'nope']} />);
    const row = rowOf('nope');
    expect(within(row).getByText('暂无数据')).toBeTruthy();
    expect(within(row).getByText('— → —')).toBeTruthy();
    expect(row.querySelector('.ss-delta-icon')).toBeNull();
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(
      /`metrics` of value `nope` supplied to `KpiComparison`/,
    );
  });

  it('reads a NaN value as no data, with one error', () => {
    const broken = { ...after, fcr: { ...after.fcr!, value: Number.NaN } };
    renderStrict(<KpiComparison before={before} after={broken} metrics={['fcr']} />);
    expect(within(rowOf('首次解决率')).getByText('70.0% → —')).toBeTruthy();
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(/`after.fcr` of value `NaN`/);
  });

  it('shows the no-data state for a side that is not an object, with one error', () => {
    renderStrict(<KpiComparison before={42 as unknown as MetricValues} after={null} />);
    expect(screen.getByText('暂无数据')).toBeTruthy();
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(/`before` of value `42`/);
  });

  it('renders hostile labels as text', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(1)>';
    const long = '很长'.repeat(5000);
    const { container } = renderStrict(
      <KpiComparison before={before} after={after} labels={{ before: hostile, after: long }} />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('columnheader', { name: hostile })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: long }).getAttribute('title')).toBe(long);
  });

  it('has no axe violations, with the table hidden or shown', async () => {
    const { container } = renderStrict(
      <div>
        <KpiComparison before={before} after={after} />
        <KpiComparison before={before} after={after} defaultTableVisible />
        <KpiComparison before={null} after={null} />
        <KpiComparison before={before} after={after} loading />
      </div>,
    );
    expect(await axeViolations(container)).toEqual([]);
    consoleErrors.expectNone();
  }, 30_000);
});

describe('rowDomain (the axis of one dumbbell row)', () => {
  it('widens a small ratio change to 20 percentage points around its middle', () => {
    // change 0.1 × 1.25 = 0.125 < 0.2; middle 0.75 → [0.65, 0.85].
    const [lo, hi] = rowDomain(0.7, 0.8, 'ratio')!;
    expect(lo).toBeCloseTo(0.65, 12);
    expect(hi).toBeCloseTo(0.85, 12);
  });

  it('keeps a ratio axis inside 0–100 %', () => {
    // middle 0.97 ± 0.1 → [0.87, 1.07], shifted down by 0.07 → [0.80, 1].
    const [lo, hi] = rowDomain(0.95, 0.99, 'ratio')!;
    expect(lo).toBeCloseTo(0.8, 12);
    expect(hi).toBe(1);
  });

  it('gives a large change 1.25 × its size', () => {
    // change 0.6 → width 0.75 around 0.5 → [0.125, 0.875].
    const [lo, hi] = rowDomain(0.2, 0.8, 'ratio')!;
    expect(lo).toBeCloseTo(0.125, 12);
    expect(hi).toBeCloseTo(0.875, 12);
  });

  it('floors a duration axis at half the larger value', () => {
    // change 10e6 × 1.25 = 12.5e6 < 90e6 / 2 = 45e6; middle 85e6 → [62.5e6, 107.5e6].
    expect(rowDomain(80_000_000, 90_000_000, 'duration')).toEqual([62_500_000, 107_500_000]);
  });

  it('never goes below zero for counts', () => {
    // 1 and 2: floor 1, change 1.25 → width 1.25 around 1.5 → [0.875, 2.125]; 0 and 0: width 1 → [0, 1].
    expect(rowDomain(1, 2, 'count')).toEqual([0.875, 2.125]);
    expect(rowDomain(0, 0, 'count')).toEqual([0, 1]);
  });

  it('centres a single value and gives null without values', () => {
    const [lo, hi] = rowDomain(null, 0.5, 'ratio')!;
    expect(lo).toBeCloseTo(0.4, 12);
    expect(hi).toBeCloseTo(0.6, 12);
    expect(rowDomain(null, null, 'ratio')).toBeNull();
  });
});

describe('KpiComparison hydration', () => {
  it('hydrates server HTML without mismatch or console errors', async () => {
    const container = await expectCleanHydration(
      <KpiComparison before={before} after={after} labels={{ before: '七月', after: '九月' }} />,
    );
    expect(container.textContent).toContain('+10.0 个百分点');
    container.remove();
  });
});

describe('KpiComparison props in, props out', () => {
  const consoleErrors = captureConsoleErrors();

  it('puts host attributes on the root and keeps the options off the DOM', () => {
    renderStrict(
      <KpiComparison
        before={before}
        after={after}
        metrics={['fcr']}
        labels={{ before: '7月', after: '9月' }}
        scale="shared"
        label="FCR 对比"
        locale="zh-CN"
        renderDumbbell={(row) => <span data-custom={row.id} />}
        data-testid="comparison"
        aria-describedby="comparison-note"
        title="三季度"
        className="mine"
      />,
    );
    const root = screen.getByTestId('comparison');
    // The host's four attributes and the group's own; no `before`, `metrics`, `scale`, `label` or `locale`.
    expect(root.getAttributeNames().sort()).toEqual([
      'aria-describedby',
      'aria-label',
      'class',
      'data-testid',
      'data-theme',
      'lang',
      'role',
      'title',
    ]);
    expect(root.getAttribute('aria-label')).toBe('FCR 对比');
    expect(root.getAttribute('aria-describedby')).toBe('comparison-note');
    expect(root.className).toBe('ss-widget ss-kpi-comparison mine');
    // renderDumbbell still draws the chart cell.
    expect(root.querySelector('[data-custom="fcr"]')).not.toBeNull();
    consoleErrors.expectNone();
  });
});
