import { afterSalesTemplate } from '@servicescore/core';
import { KpiLeaderboard, ServiceScoreProvider, useKpiLeaderboard } from '@servicescore/react';
import { cleanup, fireEvent, renderHook, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../../../packages/react/src/shared/dev';
import { axeViolations, captureConsoleErrors, expectCleanHydration, renderStrict } from '../utils';
import { cellOf, fourAgents, fourNames, shownNames, shownRanks } from './fixtures';

const metrics = ['csat', 'avgResolutionTime', 'fcr'];

// Testing Library only cleans up by itself with vitest globals on.
afterEach(cleanup);
// Columns: 0 rank, 1 name, 2 csat, 3 MTTR, 4 fcr (, 5 total, 6 grade with a template).

describe('KpiLeaderboard', () => {
  const consoleErrors = captureConsoleErrors();

  it('is a table named KPI 排行榜 with a column header per metric', () => {
    renderStrict(<KpiLeaderboard evaluation={fourAgents} metrics={metrics} names={fourNames} />);
    const table = screen.getByRole('table', { name: 'KPI 排行榜' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['排名', '名称', '客户满意度', '平均故障解决时间', '首次解决率']);
    consoleErrors.expectNone();
  });

  it('sorts by the first metric, best first, when no template is given', () => {
    const { container } = renderStrict(
      <KpiLeaderboard evaluation={fourAgents} metrics={metrics} names={fourNames} />,
    );
    // csat 0.92, 0.85, 0.85, then the insufficient 0.60 last.
    expect(shownNames(container)).toEqual(['张伟', '李娜', '王芳', '刘洋']);
    expect(screen.getByRole('columnheader', { name: '客户满意度' }).getAttribute('aria-sort')).toBe(
      'descending',
    );
  });

  it('lets tied values share a rank and leaves insufficient values unranked', () => {
    const { container } = renderStrict(
      <KpiLeaderboard evaluation={fourAgents} metrics={metrics} names={fourNames} />,
    );
    // 92.0% → 1; 85.0% and 85.0% → 2 and 2; insufficient → —.
    expect(shownRanks(container)).toEqual(['1', '2', '2', '—']);
  });

  it('sorts a lower-is-better column ascending on the first click, descending on the second', () => {
    const { container } = renderStrict(
      <KpiLeaderboard evaluation={fourAgents} metrics={metrics} names={fourNames} />,
    );
    const th = screen.getByRole('columnheader', { name: '平均故障解决时间' });
    fireEvent.click(within(th).getByRole('button'));
    // MTTR 1 h (李娜), 2 h (张伟), 4 h (刘洋), 30 h (王芳).
    expect(th.getAttribute('aria-sort')).toBe('ascending');
    expect(shownNames(container)).toEqual(['李娜', '张伟', '刘洋', '王芳']);
    expect(shownRanks(container)).toEqual(['1', '2', '3', '4']);
    expect(screen.getByRole('columnheader', { name: '客户满意度' }).getAttribute('aria-sort')).toBe(
      'none',
    );
    fireEvent.click(within(th).getByRole('button'));
    expect(th.getAttribute('aria-sort')).toBe('descending');
    expect(shownNames(container)).toEqual(['王芳', '刘洋', '张伟', '李娜']);
  });

  it('sorts names in pinyin order for zh-CN, ascending first', () => {
    const { container } = renderStrict(
      <KpiLeaderboard evaluation={fourAgents} metrics={metrics} names={fourNames} />,
    );
    fireEvent.click(within(screen.getByRole('columnheader', { name: '名称' })).getByRole('button'));
    // li na, liu yang, wang fang, zhang wei.
    expect(shownNames(container)).toEqual(['李娜', '刘洋', '王芳', '张伟']);
  });

  it('takes a default sort', () => {
    const { container } = renderStrict(
      <KpiLeaderboard
        evaluation={fourAgents}
        metrics={metrics}
        names={fourNames}
        defaultSort={{ column: 'fcr', direction: 'asc' }}
      />,
    );
    // fcr 0.70, 0.80, 0.88, then no data last.
    expect(shownNames(container)).toEqual(['王芳', '李娜', '张伟', '刘洋']);
  });

  it('adds total and grade from scoreScorecard and sorts by the total', () => {
    const { container } = renderStrict(
      <KpiLeaderboard
        evaluation={fourAgents}
        metrics={metrics}
        names={fourNames}
        template={afterSalesTemplate}
      />,
    );
    // 张伟: fcr 0.88 → 10 pts (score 100), response 0.92 → 8 pts (80), weights 10 + 10 → 90.0.
    // 李娜: fcr 0.80 → 8 pts → 80.0. 王芳: fcr 0.70 → 5 pts → 50.0. 刘洋: no scored data.
    // Two indicators of weight 10 are 20 % of the template's 100 (one is 10 %): below the 60 %
    // a grade needs, so the grade column says so instead of grading.
    expect(shownNames(container)).toEqual(['张伟', '李娜', '王芳', '刘洋']);
    expect(cellOf(container, '张伟', 5).textContent).toBe('90.0');
    expect(cellOf(container, '张伟', 6).textContent).toBe('数据不足（覆盖 20%）');
    expect(cellOf(container, '李娜', 5).textContent).toBe('80.0');
    expect(cellOf(container, '王芳', 6).textContent).toBe('数据不足（覆盖 10%）');
    expect(cellOf(container, '刘洋', 5).textContent).toBe('—');
    expect(screen.getByRole('columnheader', { name: '总分' }).getAttribute('aria-sort')).toBe(
      'descending',
    );
  });

  it('tones a metric cell by the template indicator fed by that metric, with a shape', () => {
    const { container } = renderStrict(
      <KpiLeaderboard
        evaluation={fourAgents}
        metrics={metrics}
        names={fourNames}
        template={afterSalesTemplate}
      />,
    );
    // fcr rule: ≥ 85% → 10, ≥ 75% → 8, else 5 (of 10): 0.88 excellent, 0.80 good, 0.70 needsImprovement.
    const tone = (name: string) =>
      cellOf(container, name, 4).querySelector('[data-tone]')?.getAttribute('data-tone');
    expect(tone('张伟')).toBe('excellent');
    expect(tone('李娜')).toBe('good');
    expect(tone('王芳')).toBe('needsImprovement');
    expect(cellOf(container, '张伟', 4).querySelector('svg')?.getAttribute('aria-hidden')).toBe(
      'true',
    );
    expect(cellOf(container, '张伟', 4).textContent).toBe('88.0% (优秀)');
    // csat feeds no indicator of the template: no tone.
    expect(cellOf(container, '张伟', 2).querySelector('[data-tone]')).toBeNull();
  });

  it('tones nothing without a template', () => {
    const { container } = renderStrict(
      <KpiLeaderboard evaluation={fourAgents} metrics={metrics} names={fourNames} />,
    );
    expect(cellOf(container, '张伟', 4).querySelector('[data-tone]')).toBeNull();
  });

  it('shows an insufficient value muted with 样本不足 and the minimum sample in its title', () => {
    const { container } = renderStrict(
      <KpiLeaderboard evaluation={fourAgents} metrics={metrics} names={fourNames} />,
    );
    const cell = cellOf(container, '刘洋', 2);
    expect(cell.hasAttribute('data-insufficient')).toBe(true);
    expect(cell.textContent).toBe('60.0%样本不足');
    // csat needs 30 surveys; 刘洋 has 12.
    expect(cell.getAttribute('title')).toBe('60.0% · 样本量 12，低于最低要求 30');
    expect(cellOf(container, '刘洋', 4).textContent).toBe('—');
  });

  it('filters by name without changing ranks, and says how many rows are shown', () => {
    const { container } = renderStrict(
      <KpiLeaderboard evaluation={fourAgents} metrics={metrics} names={fourNames} />,
    );
    const input = screen.getByRole('searchbox', { name: '筛选' });
    fireEvent.change(input, { target: { value: '王' } });
    expect(shownNames(container)).toEqual(['王芳']);
    expect(shownRanks(container)).toEqual(['2']);
    expect(screen.getByRole('status').textContent).toBe('显示 1 / 4 行');
    expect(screen.getByRole('status').getAttribute('aria-live')).toBe('polite');
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('2');
    fireEvent.change(input, { target: { value: 'a0' } });
    // Keys match too (case-insensitive).
    expect(shownNames(container)).toHaveLength(4);
  });

  it('says so when no name matches the filter', () => {
    const { container } = renderStrict(
      <KpiLeaderboard evaluation={fourAgents} metrics={metrics} names={fourNames} />,
    );
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: '赵' } });
    expect(shownNames(container)).toEqual([]);
    expect(container.textContent).toContain('没有名称包含“赵”的行');
  });

  it('names rows with rowLabel over names over the key', () => {
    const { container } = renderStrict(
      <KpiLeaderboard
        evaluation={fourAgents}
        metrics={['csat']}
        names={{ A01: 'from names', A02: 'from names 2' }}
        rowLabel={(key) => (key === 'A01' ? 'from rowLabel' : '')}
      />,
    );
    expect(shownNames(container)).toEqual(['from rowLabel', 'from names 2', 'A03', 'A04']);
  });

  it('reports the chosen row and marks the selected one', () => {
    const onRowSelect = vi.fn();
    const { container } = renderStrict(
      <KpiLeaderboard
        evaluation={fourAgents}
        metrics={metrics}
        names={fourNames}
        onRowSelect={onRowSelect}
        selectedKey="A02"
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: '王芳' }));
    expect(onRowSelect).toHaveBeenCalledTimes(1);
    expect(onRowSelect.mock.calls[0]?.[0]).toBe('A03');
    expect(onRowSelect.mock.calls[0]?.[1].name).toBe('王芳');
    fireEvent.click(cellOf(container, '张伟', 2));
    expect(onRowSelect).toHaveBeenLastCalledWith('A01', expect.objectContaining({ key: 'A01' }));
    expect(screen.getByRole('button', { name: '李娜' }).getAttribute('aria-pressed')).toBe('true');
    expect(
      screen.getByRole('button', { name: '李娜' }).closest('tr')?.getAttribute('aria-current'),
    ).toBe('true');
  });

  it('shows the group values of one period when asked', () => {
    const groups = [
      ...fourAgents.groups,
      {
        key: 'A01',
        period: '2026-08',
        values: { csat: { ...fourAgents.groups[0]!.values.csat!, value: 0.5 } },
      },
      {
        key: 'A02',
        period: '2026-08',
        values: { csat: { ...fourAgents.groups[1]!.values.csat!, value: 0.7 } },
      },
    ];
    const { container } = renderStrict(
      <KpiLeaderboard
        evaluation={{ ...fourAgents, groups }}
        metrics={['csat']}
        names={fourNames}
        period="2026-08"
      />,
    );
    // Only the two August entries: 李娜 70.0% before 张伟 50.0%.
    expect(shownNames(container)).toEqual(['李娜', '张伟']);
    expect(cellOf(container, '李娜', 2).textContent).toBe('70.0%');
  });

  it('shows 暂无数据 for an evaluation without groups, or none at all', () => {
    const { rerender } = renderStrict(
      <KpiLeaderboard evaluation={{ ...fourAgents, groups: [] }} metrics={metrics} />,
    );
    expect(screen.getByText('暂无数据')).toBeTruthy();
    expect(screen.getByRole('searchbox')).toHaveProperty('disabled', true);
    rerender(<KpiLeaderboard evaluation={null} metrics={metrics} />);
    expect(screen.getByText('暂无数据')).toBeTruthy();
    consoleErrors.expectNone();
  });

  it('shows a busy loading state', () => {
    const { container } = renderStrict(
      <KpiLeaderboard evaluation={fourAgents} metrics={metrics} loading />,
    );
    expect(container.firstElementChild?.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('加载中…').getAttribute('role')).toBe('status');
    expect(shownNames(container)).toEqual([]);
  });

  it('leaves out an unknown metric id with exactly one console error', () => {
    resetWarnings();
    renderStrict(
      <KpiLeaderboard evaluation={fourAgents} metrics={['csat', 'happiness']} names={fourNames} />,
    );
    expect(screen.getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      '排名',
      '名称',
      '客户满意度',
    ]);
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(
      /Invalid prop `metrics` of value `happiness` supplied to `KpiLeaderboard`: each entry must be a catalogue metric id/,
    );
  });

  it('shows no data for a NaN value, with exactly one console error', () => {
    resetWarnings();
    const bad = {
      ...fourAgents,
      groups: [
        {
          key: 'X',
          values: { csat: { ...fourAgents.groups[0]!.values.csat!, value: Number.NaN } },
        },
      ],
    };
    const { container } = renderStrict(<KpiLeaderboard evaluation={bad} metrics={['csat']} />);
    expect(cellOf(container, 'X', 2).textContent).toBe('—');
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(
      /`evaluation` of value `NaN`.*must be a finite number or null/,
    );
  });

  it('shows 暂无数据 for something that is not an evaluation, with exactly one console error', () => {
    resetWarnings();
    renderStrict(
      <KpiLeaderboard evaluation={'nope' as unknown as typeof fourAgents} metrics={metrics} />,
    );
    expect(screen.getByText('暂无数据')).toBeTruthy();
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(
      /`evaluation` of value `nope` supplied to `KpiLeaderboard`/,
    );
  });

  it('drops total and grade for an invalid template, with exactly one console error', () => {
    resetWarnings();
    const broken = { ...afterSalesTemplate, id: 'broken', dimensions: [] };
    renderStrict(<KpiLeaderboard evaluation={fourAgents} metrics={['csat']} template={broken} />);
    expect(screen.queryByRole('columnheader', { name: '总分' })).toBeNull();
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(/`template` of value `broken`/);
  });

  it('renders hostile names as text, with the full name in the title', () => {
    const long = '长'.repeat(10_000);
    const hostile = {
      A01: '<script>window.hacked = 1</script>',
      A02: '<img src=x onerror="window.hacked = 1">',
      A03: long,
      A04: 'مرحبا 👩🏽‍🔧',
    };
    const { container } = renderStrict(
      <KpiLeaderboard evaluation={fourAgents} metrics={metrics} names={hostile} />,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(shownNames(container)).toContain('<script>window.hacked = 1</script>');
    expect(cellOf(container, long, 1).getAttribute('title')).toBe(long);
    expect(shownNames(container)).toContain('مرحبا 👩🏽‍🔧');
  });

  it('renders only the first 20 of 10,000 rows before measuring, with the full row count for screen readers', () => {
    const groups = Array.from({ length: 10_000 }, (_, i) => ({
      key: `K${String(i).padStart(5, '0')}`,
      values: { csat: { ...fourAgents.groups[0]!.values.csat!, value: i / 10_000 } },
    }));
    const { container } = renderStrict(
      <KpiLeaderboard evaluation={{ ...fourAgents, groups }} metrics={['csat']} />,
    );
    const rows = container.querySelectorAll('tbody tr.ss-kpi-leaderboard__row');
    expect(rows).toHaveLength(20);
    expect(screen.getByRole('table').getAttribute('aria-rowcount')).toBe('10001');
    // Best first: K09999 has 99.99%.
    expect(rows[0]?.getAttribute('aria-rowindex')).toBe('2');
    expect(shownNames(container)[0]).toBe('K09999');
    // The spacer below stands for the 9,980 rows not rendered (40 px each).
    const spacer = container.querySelector('tbody tr[aria-hidden="true"]') as HTMLElement;
    expect(spacer.style.height).toBe(`${9_980 * 40}px`);
  }, 20_000);

  it('renders the rows in view with their ranks once the scroll container is measured', () => {
    // K00 … K99 with csat ⌊i / 2⌋ / 100: pairs tie (K99 and K98 both 49.0%).
    const groups = Array.from({ length: 100 }, (_, i) => ({
      key: `K${String(i).padStart(2, '0')}`,
      values: { csat: { ...fourAgents.groups[0]!.values.csat!, value: Math.floor(i / 2) / 100 } },
    }));
    const { container } = renderStrict(
      <KpiLeaderboard evaluation={{ ...fourAgents, groups }} metrics={['csat']} />,
    );
    // A 200 px high view scrolled to 2,000 px: rows 50 … 54 in view (40 px each), 8 more
    // on each side, so sorted positions 42 … 62.
    const region = screen.getByRole('region');
    Object.defineProperty(region, 'clientHeight', { configurable: true, value: 200 });
    Object.defineProperty(region, 'scrollTop', { configurable: true, writable: true, value: 2000 });
    fireEvent.scroll(region);
    const rows = container.querySelectorAll('tbody tr.ss-kpi-leaderboard__row');
    expect(rows).toHaveLength(21);
    // Best first, ties in data order: position 42 is K56, rank 43 shared with K57 (both 28.0%);
    // position 62 is K36.
    expect(rows[0]?.getAttribute('aria-rowindex')).toBe('44');
    expect(shownNames(container).slice(0, 4)).toEqual(['K56', 'K57', 'K54', 'K55']);
    expect(shownRanks(container).slice(0, 4)).toEqual(['43', '43', '45', '45']);
    expect(shownNames(container)[20]).toBe('K36');
    const spacers = container.querySelectorAll<HTMLElement>('tbody tr[aria-hidden="true"]');
    expect([...spacers].map((tr) => tr.style.height)).toEqual([`${42 * 40}px`, `${37 * 40}px`]);
  });

  it('takes the locale from the provider, and a locale prop over it', () => {
    const { rerender } = renderStrict(
      <ServiceScoreProvider locale="en-US" theme="dark">
        <KpiLeaderboard evaluation={fourAgents} metrics={['fcr']} nameHeader="Agent" />
      </ServiceScoreProvider>,
    );
    const table = screen.getByRole('table', { name: 'KPI leaderboard' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Rank', 'Agent', 'First contact resolution (FCR)']);
    expect(table.closest('.ss-kpi-leaderboard')?.getAttribute('data-theme')).toBe('dark');
    expect(screen.getByRole('searchbox', { name: 'Filter' })).toBeTruthy();
    rerender(
      <ServiceScoreProvider locale="en-US">
        <KpiLeaderboard evaluation={fourAgents} metrics={['fcr']} locale="zh-CN" />
      </ServiceScoreProvider>,
    );
    expect(screen.getByRole('table', { name: 'KPI 排行榜' })).toBeTruthy();
  });

  it('passes root attributes through', () => {
    renderStrict(
      <KpiLeaderboard
        evaluation={fourAgents}
        metrics={metrics}
        id="lb"
        className="mine"
        data-testid="board"
        style={{ maxWidth: 600 }}
      />,
    );
    const root = screen.getByTestId('board');
    expect(root.id).toBe('lb');
    expect(root.className).toBe('ss-widget ss-kpi-leaderboard mine');
    expect(root.style.maxWidth).toBe('600px');
    expect(root.getAttribute('lang')).toBe('zh-CN');
  });

  it('takes the props and hands the host attributes back in rootProps, under its own', () => {
    const { result } = renderHook(() =>
      useKpiLeaderboard({
        evaluation: fourAgents,
        metrics,
        loading: true,
        id: 'lb',
        lang: 'fr',
        title: 'Agents',
        className: 'mine',
      }),
    );
    // No option is left in them; the hook's lang wins over the host's "fr".
    expect(result.current.rootProps).toEqual({
      id: 'lb',
      lang: 'zh-CN',
      title: 'Agents',
      'data-theme': 'light',
      'aria-busy': true,
      className: 'mine',
    });
  });

  it('has no axe violations', async () => {
    const { container } = renderStrict(
      <>
        <KpiLeaderboard
          evaluation={fourAgents}
          metrics={metrics}
          names={fourNames}
          template={afterSalesTemplate}
          onRowSelect={() => {}}
          label="客服排行"
        />
        <KpiLeaderboard evaluation={null} metrics={metrics} label="空" />
        <KpiLeaderboard evaluation={fourAgents} metrics={metrics} loading label="加载" />
      </>,
    );
    expect(await axeViolations(container)).toEqual([]);
    consoleErrors.expectNone();
  }, 20_000);
});

describe('KpiLeaderboard hydration', () => {
  it('hydrates server HTML without mismatch or console errors', async () => {
    const container = await expectCleanHydration(
      <KpiLeaderboard
        evaluation={fourAgents}
        metrics={metrics}
        names={fourNames}
        template={afterSalesTemplate}
      />,
    );
    expect(shownNames(container)).toEqual(['张伟', '李娜', '王芳', '刘洋']);
  });
});
