import { readFileSync } from 'node:fs';
import type { MetricValue, MetricValues } from '@servicescore/core';
import { KpiComparison, ServiceScoreProvider } from '@servicescore/react';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sharedDomains } from '../../../packages/react/src/kpi-comparison/row-domain';
import { effectOf, sortByEffect } from '../../../packages/react/src/kpi-comparison/row-effect';
import { resetWarnings } from '../../../packages/react/src/shared/dev';
import { captureConsoleErrors, renderStrict } from '../utils';

afterEach(cleanup);
beforeEach(resetWarnings);

const ratio = (
  metricId: string,
  numerator: number,
  denominator: number,
  interval?: readonly [number, number],
): MetricValue => ({
  metricId,
  value: numerator / denominator,
  unit: 'ratio',
  numerator,
  denominator,
  sampleSize: denominator,
  sufficient: true,
  ...(interval ? { interval } : {}),
});
const duration = (metricId: string, value: number, sampleSize = 100): MetricValue => ({
  metricId,
  value,
  unit: 'duration',
  sampleSize,
  sufficient: true,
});

const names = (container: HTMLElement) =>
  [...container.querySelectorAll('.ss-kpi-comparison__rows .ss-kpi-comparison__metric')].map(
    (el) => el.textContent,
  );
const rowOf = (label: string) =>
  screen.getByText(label, { selector: '.ss-kpi-comparison__metric' }).closest('li')!;

describe('KpiComparison: significance decides the colour', () => {
  const consoleErrors = captureConsoleErrors();
  // Two-proportion z-tests, pooled:
  // fcr 50/100 → 64/100: p̂ = 114/200 = 0.57, SE = √(0.57·0.43·(2/100)) = 0.070014,
  //   z = 0.14 / 0.070014 = 2.000 → p = 0.0455 < 0.05: significant.
  // csat 50/100 → 63/100: p̂ = 0.565, SE = √(0.565·0.435·0.02) = 0.070111,
  //   z = 0.13 / 0.070111 = 1.854 → p = 0.0637 ≥ 0.05: not significant.
  // complaintRate 40/50 → 42/50 (lower is better): p̂ = 0.82, SE = 0.076837, z = 0.5206 → p = 0.603,
  //   worsened but not significant. avgResolutionTime: no sums → not tested.
  const before: MetricValues = {
    fcr: ratio('fcr', 50, 100),
    csat: ratio('csat', 50, 100),
    complaintRate: ratio('complaintRate', 40, 50),
    avgResolutionTime: duration('avgResolutionTime', 36_000_000),
  };
  const after: MetricValues = {
    fcr: ratio('fcr', 64, 100),
    csat: ratio('csat', 63, 100),
    complaintRate: ratio('complaintRate', 42, 50),
    avgResolutionTime: duration('avgResolutionTime', 28_800_000),
  };

  it('mutes every row whose change is not significant, and says so in text', () => {
    renderStrict(<KpiComparison before={before} after={after} />);
    const expected: [string, string, string, string][] = [
      ['首次解决率', 'improved', 'significant', '显著'],
      ['客户满意度', 'improved', 'notSignificant', '不显著'],
      ['投诉率', 'worsened', 'notSignificant', '不显著'],
      ['平均故障解决时间', 'improved', 'notTested', '未检验'],
    ];
    for (const [label, change, significance, text] of expected) {
      const row = rowOf(label);
      expect(row.getAttribute('data-change')).toBe(change);
      expect(row.getAttribute('data-significance')).toBe(significance);
      expect(row.querySelector('.ss-kpi-comparison__significance-label')?.textContent).toBe(text);
    }
    expect(within(rowOf('首次解决率')).getByText('p = 0.046')).toBeTruthy();
    expect(within(rowOf('客户满意度')).getByText('p = 0.064')).toBeTruthy();
    expect(within(rowOf('投诉率')).getByText('p = 0.603')).toBeTruthy();
    consoleErrors.expectNone();
  });

  it('says "Not significant" and "Not tested" in English', () => {
    renderStrict(
      <ServiceScoreProvider locale="en-US">
        <KpiComparison before={before} after={after} metrics={['csat', 'avgResolutionTime']} />
      </ServiceScoreProvider>,
    );
    const label = '.ss-kpi-comparison__significance-label';
    expect(screen.getByText('Not significant', { selector: label })).toBeTruthy();
    expect(screen.getByText('Not tested', { selector: label })).toBeTruthy();
  });

  it('gives the improved/worsened colour and bold weight only to significant rows (CSS)', () => {
    const css = readFileSync('packages/react/src/kpi-comparison/kpi-comparison.css', 'utf8');
    // Every rule that sets the change colour, or makes the delta bold, requires a significant row.
    const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
      selector: m[1]!.trim(),
      body: m[2]!,
    }));
    const colouring = rules.filter((r) => r.body.includes('--ss-kpi-comparison-change:'));
    expect(colouring).toHaveLength(2);
    for (const r of colouring) expect(r.selector).toContain('[data-significance="significant"]');
    const bold = rules.filter(
      (r) => /__delta\b|__change\b/.test(r.selector) && r.body.includes('font-weight: 600'),
    );
    expect(bold).toHaveLength(1);
    expect(bold[0]!.selector.match(/\[data-significance="significant"\]/g)).toHaveLength(2);
  });
});

describe('KpiComparison: n and intervals', () => {
  it('shows both sample sizes and both 95 % intervals in the row and in the table', () => {
    const { container } = renderStrict(
      <KpiComparison
        before={{ fcr: ratio('fcr', 700, 1000, [0.671, 0.728]) }}
        after={{ fcr: ratio('fcr', 400, 500, [0.763, 0.833]) }}
        labels={{ before: '七月', after: '九月' }}
      />,
    );
    const row = rowOf('首次解决率');
    expect(within(row).getByText('样本量 1,000 → 500')).toBeTruthy();
    expect(within(row).getByText('95% 区间 [67.1%, 72.8%] → [76.3%, 83.3%]')).toBeTruthy();
    const cells = within(container.querySelector('table')!)
      .getAllByRole('cell')
      .map((td) => td.textContent);
    expect(cells.slice(0, 2)).toEqual([
      '70.0%n = 1,00095% 区间 [67.1%, 72.8%]',
      '80.0%n = 50095% 区间 [76.3%, 83.3%]',
    ]);
  });

  it('marks a side without a sample or interval with a dash, and leaves out a line with neither', () => {
    renderStrict(
      <KpiComparison
        before={{ fcr: ratio('fcr', 700, 1000, [0.671, 0.728]) }}
        after={{
          fcr: { metricId: 'fcr', value: 0.8, unit: 'ratio', sampleSize: 0, sufficient: true },
        }}
      />,
    );
    const row = rowOf('首次解决率');
    expect(within(row).getByText('样本量 1,000 → —')).toBeTruthy();
    expect(within(row).getByText('95% 区间 [67.1%, 72.8%] → —')).toBeTruthy();
    cleanup();
    renderStrict(
      <KpiComparison
        before={{ x: { metricId: 'x', value: 1, unit: 'number', sampleSize: 0, sufficient: true } }}
        after={{ x: { metricId: 'x', value: 2, unit: 'number', sampleSize: 0, sufficient: true } }}
      />,
    );
    expect(rowOf('x').querySelectorAll('.ss-kpi-comparison__detail')).toHaveLength(1); // relative only
  });
});

describe('KpiComparison: sort by effect', () => {
  const consoleErrors = captureConsoleErrors();
  // Effects: the relative change, signed so that an improvement is positive.
  // fcr 70 % → 80 % (higher is better): +0.1 ÷ 0.7 = +0.143.
  // avgFirstResponseTime 1,000 s → 600 s (lower): −0.4 → +0.4 (faster: the largest improvement).
  // csat 80 % → 84 % (higher): +0.05.
  // avgResolutionTime 80,000 s → 90,000 s (lower): +0.125 → −0.125.
  // complaintRate 5 % → 6 % (lower): +0.2 → −0.2 (the largest worsening).
  // nps: after missing → no effect, last either way.
  const before: MetricValues = {
    fcr: ratio('fcr', 700, 1000),
    avgResolutionTime: duration('avgResolutionTime', 80_000_000),
    nps: { metricId: 'nps', value: 20, unit: 'points', sampleSize: 50, sufficient: true },
    complaintRate: ratio('complaintRate', 50, 1000),
    csat: ratio('csat', 400, 500),
    avgFirstResponseTime: duration('avgFirstResponseTime', 1_000_000),
  };
  const after: MetricValues = {
    fcr: ratio('fcr', 800, 1000),
    avgResolutionTime: duration('avgResolutionTime', 90_000_000),
    complaintRate: ratio('complaintRate', 60, 1000),
    csat: ratio('csat', 420, 500),
    avgFirstResponseTime: duration('avgFirstResponseTime', 600_000),
  };
  const metrics = Object.keys(before);
  const given = [
    '首次解决率',
    '平均故障解决时间',
    '净推荐值',
    '投诉率',
    '客户满意度',
    '平均响应时间',
  ];
  const improvedFirst = [
    '平均响应时间',
    '首次解决率',
    '客户满意度',
    '平均故障解决时间',
    '投诉率',
    '净推荐值',
  ];
  const worsenedFirst = [
    '投诉率',
    '平均故障解决时间',
    '客户满意度',
    '首次解决率',
    '平均响应时间',
    '净推荐值',
  ];

  it('sorts with a labelled select, marks the change column aria-sort and announces the order', () => {
    const onSortChange = vi.fn();
    const { container } = renderStrict(
      <KpiComparison before={before} after={after} metrics={metrics} onSortChange={onSortChange} />,
    );
    const select = screen.getByRole('combobox', { name: '排序' }) as HTMLSelectElement;
    const changeHeader = screen.getByRole('columnheader', { name: '变化' });
    const status = screen.getByRole('status');
    expect(names(container)).toEqual(given);
    expect(changeHeader.hasAttribute('aria-sort')).toBe(false);
    expect(status.textContent).toBe('');

    act(() => {
      fireEvent.change(select, { target: { value: 'improvedFirst' } });
    });
    expect(names(container)).toEqual(improvedFirst);
    expect(changeHeader.getAttribute('aria-sort')).toBe('descending');
    expect(status.textContent).toBe('已按相对变化排序，改善幅度最大在前');
    expect(onSortChange).toHaveBeenLastCalledWith('improvedFirst');
    // The table follows the same order.
    const tableRows = within(screen.getByRole('table')).getAllByRole('rowheader');
    expect(tableRows.map((th) => th.textContent)).toEqual(improvedFirst);

    act(() => {
      fireEvent.change(select, { target: { value: 'worsenedFirst' } });
    });
    expect(names(container)).toEqual(worsenedFirst);
    expect(changeHeader.getAttribute('aria-sort')).toBe('ascending');

    act(() => {
      fireEvent.change(select, { target: { value: 'given' } });
    });
    expect(names(container)).toEqual(given);
    expect(status.textContent).toBe('已恢复原顺序');
    consoleErrors.expectNone();
  });

  it('starts sorted with defaultSort, and falls back to the given order with one error', () => {
    const { container } = renderStrict(
      <KpiComparison before={before} after={after} metrics={metrics} defaultSort="worsenedFirst" />,
    );
    expect(names(container)).toEqual(worsenedFirst);
    cleanup();
    const { container: c2 } = renderStrict(
      <KpiComparison
        before={before}
        after={after}
        metrics={metrics}
        defaultSort={'best' as 'given'}
      />,
    );
    expect(names(c2)).toEqual(given);
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(
      /`defaultSort` of value `best` supplied to `KpiComparison`/,
    );
  });

  it('offers no sort control for a single row', () => {
    renderStrict(<KpiComparison before={before} after={after} metrics={['fcr']} />);
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('computes the effect signed by direction', () => {
    expect(effectOf({ relativeChange: 0.1 / 0.7, direction: 'higher' })).toBeCloseTo(0.142857, 6);
    expect(effectOf({ relativeChange: -0.4, direction: 'lower' })).toBe(0.4);
    expect(effectOf({ relativeChange: 0.2, direction: 'lower' })).toBe(-0.2);
    expect(Object.is(effectOf({ relativeChange: 0, direction: 'lower' }), 0)).toBe(true);
    expect(effectOf({ relativeChange: null, direction: 'higher' })).toBeNull();
  });

  it('sorts stably, rows without an effect last in either order', () => {
    const rows = [
      { id: 'a', effect: 0.1 },
      { id: 'b', effect: null },
      { id: 'c', effect: -0.3 },
      { id: 'd', effect: 0.1 },
      { id: 'e', effect: 0.2 },
    ];
    const ids = (r: { id: string }[]) => r.map((x) => x.id).join('');
    expect(ids(sortByEffect(rows, 'given'))).toBe('abcde');
    expect(ids(sortByEffect(rows, 'improvedFirst'))).toBe('eadcb');
    expect(ids(sortByEffect(rows, 'worsenedFirst'))).toBe('cadeb');
  });
});

describe('KpiComparison: shared scale', () => {
  const consoleErrors = captureConsoleErrors();
  const before: MetricValues = {
    fcr: ratio('fcr', 700, 1000),
    csat: ratio('csat', 400, 500),
    avgResolutionTime: duration('avgResolutionTime', 80_000_000),
  };
  const after: MetricValues = {
    fcr: ratio('fcr', 800, 1000),
    csat: ratio('csat', 420, 500),
    avgResolutionTime: duration('avgResolutionTime', 90_000_000),
  };
  const cxOf = (row: HTMLElement, dot: 'before' | 'after') =>
    Number.parseFloat(
      row.querySelector(`.ss-kpi-comparison__dot-${dot}`)?.getAttribute('cx') ?? 'NaN',
    );
  const ends = (row: HTMLElement) =>
    [...row.querySelectorAll('.ss-kpi-comparison__scale span')].map((s) => s.textContent);

  it('puts all ratio rows on one axis and the duration row on its own', () => {
    // Ratios 0.7, 0.8, 0.8, 0.84: spread 0.14 × 1.25 = 0.175 < the 0.2 floor → 0.2 around 0.77
    // → [0.67, 0.87]. fcr 0.7 → 15 %, 0.8 → 65 %; csat 0.8 → 65 %, 0.84 → 85 %.
    // Durations alone: spread 10e6 × 1.25 < 90e6 / 2 → 45e6 around 85e6 → [62.5e6, 107.5e6].
    renderStrict(<KpiComparison before={before} after={after} scale="shared" />);
    const fcr = rowOf('首次解决率');
    const csat = rowOf('客户满意度');
    expect(cxOf(fcr, 'before')).toBeCloseTo(15, 6);
    expect(cxOf(fcr, 'after')).toBeCloseTo(65, 6);
    expect(cxOf(csat, 'before')).toBeCloseTo(65, 6);
    expect(cxOf(csat, 'after')).toBeCloseTo(85, 6);
    expect(ends(fcr)).toEqual(['67.0%', '87.0%']);
    expect(ends(csat)).toEqual(['67.0%', '87.0%']);
    // The row's sides 80e6 and 90e6 ms have a median of 85e6 ms = 23.6 h, ≥ 2 h and < 2 d, so
    // the row is in hours: 62,500,000 ms = 17.36 h → 17.4小时; 107,500,000 ms = 29.86 h → 29.9小时
    // (formatDuration wrote them "17小时22分钟" and "1天6小时", two units on one axis).
    const mttr = rowOf('平均故障解决时间');
    expect(ends(mttr)).toEqual(['17.4小时', '29.9小时']);
    // 80e6 ms = 22.2 h, 90e6 ms = 25.0 h, the change 10e6 ms = 2.78 h.
    expect(mttr.querySelector('.ss-kpi-comparison__values')?.textContent).toBe(
      '22.2小时 → 25.0小时',
    );
    expect(within(mttr).getByText('+2.8小时')).toBeTruthy();
    expect(screen.getByText('同一单位的行共用刻度，可跨行比较')).toBeTruthy();
    consoleErrors.expectNone();
  });

  it('says each row has its own scale by default, with each row’s ends labelled', () => {
    // fcr alone: [0.65, 0.85]; csat alone: 0.04 × 1.25 < 0.2 → 0.2 around 0.82 → [0.72, 0.92].
    renderStrict(<KpiComparison before={before} after={after} />);
    expect(screen.getByText('每行独立刻度：条长不可跨行比较')).toBeTruthy();
    expect(ends(rowOf('首次解决率'))).toEqual(['65.0%', '85.0%']);
    expect(ends(rowOf('客户满意度'))).toEqual(['72.0%', '92.0%']);
  });

  it('falls back to row scales for an unknown scale, with one error', () => {
    renderStrict(<KpiComparison before={before} after={after} scale={'global' as 'row'} />);
    expect(screen.getByText('每行独立刻度：条长不可跨行比较')).toBeTruthy();
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(/`scale` of value `global`/);
  });

  it('computes one domain per unit (sharedDomains)', () => {
    // Ratios 0.7, 0.8, 0.4, 0.84: spread 0.44 × 1.25 = 0.55 around 0.62 → [0.345, 0.895].
    // Counts 10, 30, null: spread 20 × 1.25 = 25 > 30 / 2 → 25 around 20 → [7.5, 32.5].
    // A unit with only nulls has no entry.
    const d = sharedDomains([
      { unit: 'ratio', before: 0.7, after: 0.8 },
      { unit: 'count', before: 10, after: 30 },
      { unit: 'ratio', before: 0.4, after: 0.84 },
      { unit: 'count', before: null, after: null },
      { unit: 'score', before: null, after: null },
    ]);
    expect(d.get('ratio')?.[0]).toBeCloseTo(0.345, 12);
    expect(d.get('ratio')?.[1]).toBeCloseTo(0.895, 12);
    expect(d.get('count')).toEqual([7.5, 32.5]);
    expect(d.has('score')).toBe(false);
  });
});
