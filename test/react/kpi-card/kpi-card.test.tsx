import type { MetricValue } from '@servicescore/core';
import { serviceStandardTargets } from '@servicescore/core';
import { KpiCard, ServiceScoreProvider } from '@servicescore/react';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetWarnings } from '../../../packages/react/src/shared/dev';
import { axeViolations, captureConsoleErrors, expectCleanHydration, renderStrict } from '../utils';

afterEach(cleanup);
beforeEach(resetWarnings);

const csatValue = (value: number, sampleSize: number, sufficient = true): MetricValue => ({
  metricId: 'csat',
  value,
  unit: 'ratio',
  numerator: Math.round(value * sampleSize),
  denominator: sampleSize,
  sampleSize,
  sufficient,
});

describe('KpiCard', () => {
  const consoleErrors = captureConsoleErrors();

  it('is an article named by the metric label, showing the formatted value', () => {
    renderStrict(<KpiCard metric="csat" value={0.923} />);
    const card = screen.getByRole('article', { name: '客户满意度' });
    expect(within(card).getByText('92.3%')).toBeTruthy();
    consoleErrors.expectNone();
  });

  it('shows a 13-digit value compact, every digit for screen readers and as the title', () => {
    const { container } = renderStrict(<KpiCard label="请求量" unit="count" value={1e12} />);
    const value = container.querySelector('.ss-kpi-card__value')!;
    // 10^12 = 1 万亿 on screen; the hidden text and the title keep "1,000,000,000,000".
    expect(value.querySelector('[aria-hidden="true"]')?.textContent).toBe('1万亿');
    expect(value.querySelector('.ss-visually-hidden')?.textContent).toBe('1,000,000,000,000');
    expect(value.getAttribute('title')).toBe('1,000,000,000,000');
    consoleErrors.expectNone();
  });

  it('names the card by an explicit label over the metric label', () => {
    renderStrict(<KpiCard metric="csat" label="门店满意度" value={0.9} />);
    expect(screen.getByRole('article', { name: '门店满意度' })).toBeTruthy();
  });

  it('says the rise of a ratio in percentage points and that it improved', () => {
    // 0.883 − 0.862 = 0.021 → +2.1 percentage points; CSAT is higher-is-better.
    const { container } = renderStrict(<KpiCard metric="csat" value={0.883} previous={0.862} />);
    expect(screen.getByText('较上期 +2.1 个百分点，改善')).toBeTruthy();
    expect(container.querySelector('.ss-kpi-card__delta')?.getAttribute('data-change')).toBe(
      'improved',
    );
    expect(screen.getByText('上期 86.2%')).toBeTruthy();
  });

  it('says the same in English', () => {
    renderStrict(<KpiCard metric="csat" value={0.883} previous={0.862} locale="en-US" />);
    expect(screen.getByText('+2.1 pts vs previous, improved')).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Customer satisfaction (CSAT)' })).toBeTruthy();
  });

  it('calls a rising resolution time worsened (lower is better)', () => {
    // 90,000,000 − 80,000,000 ms = 10,000,000 ms = 2 h 46 min 40 s → "2小时47分钟".
    const { container } = renderStrict(
      <KpiCard metric="avgResolutionTime" value={90_000_000} previous={80_000_000} />,
    );
    expect(screen.getByText('较上期 +2小时47分钟，恶化')).toBeTruthy();
    expect(container.querySelector('[data-change]')?.getAttribute('data-change')).toBe('worsened');
    expect(container.querySelector('.ss-delta-icon')?.getAttribute('data-sign')).toBe('up');
  });

  it('calls a falling complaint rate improved, with a down arrow', () => {
    // 0.054 − 0.057 = −0.003 → −0.3 percentage points; complaint rate is lower-is-better.
    const { container } = renderStrict(
      <KpiCard metric="complaintRate" value={0.054} previous={0.057} />,
    );
    expect(screen.getByText('较上期 -0.3 个百分点，改善')).toBeTruthy();
    expect(container.querySelector('.ss-delta-icon')?.getAttribute('data-sign')).toBe('down');
  });

  it('gives a change under 0.05 points two decimals, so it never reads 0.0 and improved', () => {
    // 0.0613 − 0.0616 = −0.0003 → −0.03 percentage points.
    renderStrict(<KpiCard metric="complaintRate" value={0.0613} previous={0.0616} />);
    expect(screen.getByText('较上期 -0.03 个百分点，改善')).toBeTruthy();
  });

  it('takes the direction prop over the catalogue', () => {
    // A host that treats a higher complaint rate as "better" (contrived) gets "worsened" for a fall.
    renderStrict(
      <KpiCard metric="complaintRate" direction="higher" value={0.054} previous={0.057} />,
    );
    expect(screen.getByText('较上期 -0.3 个百分点，恶化')).toBeTruthy();
  });

  it('shows an unchanged value as flat', () => {
    const { container } = renderStrict(<KpiCard metric="fcr" value={0.8} previous={0.8} />);
    expect(screen.getByText('较上期 0.0 个百分点，持平')).toBeTruthy();
    expect(container.querySelector('.ss-delta-icon')?.getAttribute('data-sign')).toBe('flat');
  });

  it('shows 0 → 0 complaints as unchanged and the < 5 % target met without an attainment', () => {
    // attainment = target ÷ value is undefined for a value of 0: the core gives null.
    renderStrict(
      <KpiCard metric="complaintRate" value={0} previous={0} target={serviceStandardTargets} />,
    );
    expect(screen.getByText('0.0%')).toBeTruthy();
    expect(screen.getByText('较上期 0.0 个百分点，持平')).toBeTruthy();
    expect(screen.getByText('目标 < 5.0%')).toBeTruthy();
    expect(screen.getByText('达标')).toBeTruthy();
  });

  it('shows the seed-002 target and the attainment from checkTargets', () => {
    // 0.935 ÷ 0.95 = 0.98421… → 98.4 %; below 95 %, so not met.
    const { container } = renderStrict(
      <KpiCard metric="csat" value={0.935} target={serviceStandardTargets} />,
    );
    expect(screen.getByText('目标 ≥ 95.0%，达成率 98.4%')).toBeTruthy();
    expect(screen.getByText('未达标')).toBeTruthy();
    expect(container.querySelector('.ss-kpi-card__target')?.getAttribute('data-status')).toBe(
      'notMet',
    );
  });

  it('holds a number target with ≤ for a lower-is-better metric', () => {
    // target ÷ value = 86,400,000 ÷ 90,000,000 = 0.96 → 96.0 %.
    renderStrict(<KpiCard metric="avgResolutionTime" value={90_000_000} target={86_400_000} />);
    expect(screen.getByText('目标 ≤ 1天，达成率 96.0%')).toBeTruthy();
    expect(screen.getByText('未达标')).toBeTruthy();
  });

  it('shows no target when the list has none for the metric', () => {
    const { container } = renderStrict(
      <KpiCard metric="fcr" value={0.8} target={serviceStandardTargets} />,
    );
    expect(container.querySelector('.ss-kpi-card__target')).toBeNull();
  });

  it('shows the sample size of a MetricValue', () => {
    renderStrict(<KpiCard metric="csat" value={csatValue(0.9, 1234)} />);
    expect(screen.getByText('样本量 1,234')).toBeTruthy();
  });

  it('flags an insufficient sample with the minimum, and the target as not decidable', () => {
    // csat needs 30 responses; 12 is below.
    const { container } = renderStrict(
      <KpiCard metric="csat" value={csatValue(0.75, 12, false)} target={0.95} />,
    );
    const card = screen.getByRole('article');
    expect(within(card).getByText('75.0%')).toBeTruthy();
    // One name for the insufficient state: the value's note and the target's status both say 样本不足.
    expect(within(card).getAllByText('样本不足')).toHaveLength(2);
    expect(within(card).getByText('样本量 12，低于最低要求 30')).toBeTruthy();
    expect(container.querySelector('.ss-kpi-card')?.getAttribute('data-state')).toBe(
      'insufficient',
    );
  });

  it('shows a dash and 暂无数据 for a null value, and no delta', () => {
    const { container } = renderStrict(<KpiCard metric="csat" value={null} previous={0.8} />);
    expect(screen.getByText('暂无数据')).toBeTruthy();
    expect(container.querySelector('.ss-kpi-card__value')?.textContent).toBe('—');
    expect(container.querySelector('.ss-kpi-card__delta')).toBeNull();
    consoleErrors.expectNone();
  });

  it('says the previous period has no data when previous is null', () => {
    renderStrict(<KpiCard metric="fcr" value={0.8} previous={null} />);
    expect(screen.getByText('上期暂无数据')).toBeTruthy();
  });

  it('has no delta line without a previous value', () => {
    const { container } = renderStrict(<KpiCard metric="fcr" value={0.8} />);
    expect(container.querySelector('.ss-kpi-card__delta')).toBeNull();
  });

  it('draws a trend named by its first and last periods', () => {
    renderStrict(
      <KpiCard
        metric="csat"
        value={0.923}
        trend={[
          { period: '2026-05', value: 0.881 },
          { period: '2026-06', value: null },
          { period: '2026-07', value: 0.9 },
          { period: '2026-10', value: 0.923 },
        ]}
      />,
    );
    const img = screen.getByRole('img', { name: '趋势：2026年5月 88.1% → 2026年10月 92.3%' });
    expect(img.querySelector('path.ss-kpi-card__trend-line')?.getAttribute('d')).toMatch(/^M/);
  });

  it('reads its metric from Evaluation.periods, in English', () => {
    const periods = [
      { period: '2026-05', values: { csat: csatValue(0.8, 100) } },
      { period: '2026-06', values: { csat: csatValue(0.85, 100) } },
    ];
    renderStrict(<KpiCard metric="csat" value={0.85} trend={periods} locale="en-US" />);
    expect(
      screen.getByRole('img', { name: 'Trend: May 2026 80.0% → Jun 2026 85.0%' }),
    ).toBeTruthy();
  });

  it('draws no trend from a single point', () => {
    renderStrict(<KpiCard metric="csat" value={0.9} trend={[{ period: '2026-05', value: 0.9 }]} />);
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('lets renderTrend replace the sparkline', () => {
    renderStrict(
      <KpiCard
        metric="csat"
        value={0.9}
        trend={[
          { period: '2026-05', value: 0.8 },
          { period: '2026-06', value: 0.9 },
        ]}
        renderTrend={(trend) => <p>{`${trend.points.length} points`}</p>}
      />,
    );
    expect(screen.getByText('2 points')).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('shows a busy skeleton while loading', () => {
    renderStrict(<KpiCard metric="csat" value={0.9} loading />);
    const card = screen.getByRole('article', { name: '客户满意度' });
    expect(card.getAttribute('aria-busy')).toBe('true');
    expect(within(card).getByText('加载中…')).toBeTruthy();
    expect(within(card).queryByText('90.0%')).toBeNull();
  });

  it('takes locale and theme from the provider, and the locale prop over it', () => {
    renderStrict(
      <ServiceScoreProvider locale="en-US" theme="dark">
        <KpiCard metric="csat" value={0.9} />
        <KpiCard metric="fcr" value={0.8} locale="zh-CN" />
      </ServiceScoreProvider>,
    );
    const en = screen.getByRole('article', { name: 'Customer satisfaction (CSAT)' });
    expect(en.getAttribute('lang')).toBe('en-US');
    expect(en.getAttribute('data-theme')).toBe('dark');
    expect(screen.getByRole('article', { name: '首次解决率' }).getAttribute('lang')).toBe('zh-CN');
  });

  it('passes root attributes through', () => {
    renderStrict(
      <KpiCard
        metric="csat"
        value={0.9}
        id="c1"
        className="mine"
        data-testid="card"
        style={{ maxWidth: 200 }}
      />,
    );
    const el = screen.getByTestId('card');
    expect(el.id).toBe('c1');
    expect(el.className).toBe('ss-widget ss-kpi-card mine');
    expect(el.style.maxWidth).toBe('200px');
  });

  it('renders hostile label text as text with the full label in title', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(1)>';
    const { container } = renderStrict(<KpiCard label={hostile} unit="ratio" value={0.9} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('article', { name: hostile })).toBeTruthy();
    const long = '很长'.repeat(5000);
    renderStrict(<KpiCard label={long} unit="ratio" value={0.9} />);
    expect(screen.getByTitle(long).textContent).toBe(long);
  });

  it('shows the no-data state and logs one error for a NaN value', () => {
    renderStrict(<KpiCard metric="csat" value={Number.NaN} previous={0.8} />);
    expect(screen.getByText('暂无数据')).toBeTruthy();
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(
      /Invalid prop `value` of value `NaN` supplied to `KpiCard`: value must be a finite number/,
    );
  });

  it('logs one error for an unknown metric id and falls back to the id as label', () => {
    renderStrict(<KpiCard metric="nope" value={3} />);
    expect(screen.getByRole('article', { name: 'nope' })).toBeTruthy();
    expect(screen.getByText('3')).toBeTruthy();
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(/`metric` of value `nope` supplied to `KpiCard`/);
  });

  it('leaves out a non-finite previous value or target with one error each', () => {
    const { container } = renderStrict(
      <KpiCard metric="csat" value={0.9} previous={Number.POSITIVE_INFINITY} target={Number.NaN} />,
    );
    expect(container.querySelector('.ss-kpi-card__delta')).toBeNull();
    expect(container.querySelector('.ss-kpi-card__target')).toBeNull();
    expect(consoleErrors.errors).toHaveLength(2);
    expect(consoleErrors.errors[0]).toMatch(/`previous` of value `Infinity`/);
    expect(consoleErrors.errors[1]).toMatch(/`target` of value `NaN`/);
  });

  it('refuses a previous value of another metric with one error', () => {
    const fcr: MetricValue = { ...csatValue(0.8, 100), metricId: 'fcr' };
    const { container } = renderStrict(
      <KpiCard metric="csat" value={csatValue(0.9, 100)} previous={fcr} />,
    );
    expect(container.querySelector('.ss-kpi-card__delta')).toBeNull();
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(
      /`previous` of value `fcr`.*same metric as value \(csat\)/,
    );
  });

  it('drops a bad trend point with one error and draws the rest', () => {
    renderStrict(
      <KpiCard
        metric="csat"
        value={0.9}
        trend={[
          { period: '2026-05', value: 0.8 },
          { period: '2026-06', value: Number.NaN },
          { period: '2026-07', value: 0.9 },
        ]}
      />,
    );
    expect(
      screen.getByRole('img', { name: '趋势：2026年5月 80.0% → 2026年7月 90.0%' }),
    ).toBeTruthy();
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(/`trend`/);
  });

  it('names an unnamed card 指标 and logs one error', () => {
    renderStrict(<KpiCard value={1} />);
    expect(screen.getByRole('article', { name: '指标' })).toBeTruthy();
    expect(consoleErrors.errors).toHaveLength(1);
  });

  it('has no axe violations in any state', async () => {
    const { container } = renderStrict(
      <div>
        <KpiCard
          metric="csat"
          value={csatValue(0.935, 400)}
          previous={csatValue(0.9, 380)}
          target={serviceStandardTargets}
          trend={[
            { period: '2026-05', value: 0.88 },
            { period: '2026-06', value: 0.935 },
          ]}
        />
        <KpiCard metric="csat" value={csatValue(0.75, 12, false)} target={0.95} />
        <KpiCard metric="fcr" value={null} />
        <KpiCard metric="fcr" value={0.8} previous={null} />
        <KpiCard metric="fcr" loading />
      </div>,
    );
    expect(await axeViolations(container)).toEqual([]);
    consoleErrors.expectNone();
  }, 30_000);
});

describe('KpiCard hydration', () => {
  it('hydrates server HTML without mismatch or console errors', async () => {
    const container = await expectCleanHydration(
      <KpiCard
        metric="csat"
        value={0.883}
        previous={0.862}
        target={serviceStandardTargets}
        trend={[
          { period: '2026-05', value: 0.8 },
          { period: '2026-06', value: 0.883 },
        ]}
      />,
    );
    expect(container.textContent).toContain('较上期 +2.1 个百分点，改善');
    container.remove();
  });
});
