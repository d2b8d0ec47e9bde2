import { KpiTrend } from '@servicescore/react';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetWarnings } from '../../../packages/react/src/shared/dev';
import { axeViolations, captureConsoleErrors, expectCleanHydration, renderStrict } from '../utils';

afterEach(cleanup);
beforeEach(resetWarnings);

const week = (i: number) => `2026-W0${i}`;

// Four steady weeks and a drop, 100 tickets each (p-chart):
// p̄ = (4 × 80 + 50) / 500 = 370 / 500 = 0.74; σ = √(0.74 × 0.26 / 100) = 0.043863; 3σ = 0.131590
// → limits 0.608410 to 0.871590: week 5 (0.50) is below the lower limit, weeks 1–4 are inside.
const drop = [0.8, 0.8, 0.8, 0.8, 0.5].map((value, i) => ({ period: week(i + 1), value, n: 100 }));

// Three steady weeks (p-chart): p̄ = (80 + 70 + 90) / 300 = 0.8; σ = √(0.8 × 0.2 / 100) = 0.04
// → limits 0.68 to 0.92; every week inside.
const steady = [0.8, 0.7, 0.9].map((value, i) => ({ period: week(i + 1), value, n: 100 }));

describe('KpiTrend', () => {
  const consoleErrors = captureConsoleErrors();

  it('is a group named by its label, with one named image per period', () => {
    renderStrict(<KpiTrend label="首次解决率" unit="ratio" points={steady} />);
    const chart = screen.getByRole('group', { name: '首次解决率' });
    const points = within(chart).getAllByRole('img');
    expect(points.map((p) => p.getAttribute('aria-label'))).toEqual([
      '2026年第1周：80.0%，样本量 100',
      '2026年第2周：70.0%，样本量 100',
      '2026年第3周：90.0%，样本量 100',
    ]);
    consoleErrors.expectNone();
  });

  it('draws a p-chart for a ratio with n and says every period is in control', () => {
    renderStrict(<KpiTrend label="FCR" unit="ratio" points={steady} />);
    expect(screen.getByText('所有周期均在控制限内：波动属正常范围')).toBeTruthy();
    expect(screen.getByText('中心线 80.0%')).toBeTruthy();
    expect(screen.getByText('p 控制图（比例，按每期样本量计算控制限）')).toBeTruthy();
  });

  it('flags a drop below the lower limit, names it, and tones it bad for a higher-is-better KPI', () => {
    const { container } = renderStrict(
      <KpiTrend label="FCR" unit="ratio" direction="higher" points={drop} />,
    );
    expect(screen.getByText('1 个周期出现异常信号，需查找原因')).toBeTruthy();
    const flagged = screen.getByRole('img', {
      name: '2026年第5周：50.0%，样本量 100，低于控制下限',
    });
    expect(flagged.getAttribute('data-tone')).toBe('needsImprovement');
    expect(container.querySelectorAll('.ss-kpi-trend__point--flagged')).toHaveLength(1);
  });

  it('tones the same drop good news for a lower-is-better KPI', () => {
    renderStrict(
      <KpiTrend label="投诉率" unit="ratio" direction="lower" points={drop} locale="en-US" />,
    );
    const flagged = screen.getByRole('img', {
      name: 'Week 5, 2026: 50.0%, n = 100, Below the lower control limit',
    });
    expect(flagged.getAttribute('data-tone')).toBe('excellent');
    expect(screen.getByText('Periods with a signal worth investigating: 1')).toBeTruthy();
  });

  it('draws an XmR chart for a number series and states its limits', () => {
    // 10, 12, 11: X̄ = 11; MR̄ = (2 + 1) / 2 = 1.5; 2.66 × 1.5 = 3.99 → limits 7.01 to 14.99.
    renderStrict(
      <KpiTrend
        label="Backlog"
        unit="number"
        precision={2}
        points={[10, 12, 11].map((value, i) => ({ period: week(i + 1), value }))}
        locale="en-US"
      />,
    );
    // formatValue drops trailing zeros of a plain number: 11.00 → "11".
    expect(screen.getByText('Centre line 11')).toBeTruthy();
    expect(screen.getByText('Control limits 7.01 to 14.99')).toBeTruthy();
    expect(screen.getByText('XmR chart (individual values and moving ranges)')).toBeTruthy();
  });

  it('shows n and the 95 % interval of a MetricValue in the point name', () => {
    renderStrict(
      <KpiTrend
        label="FCR"
        points={[
          {
            period: '2026-05',
            value: {
              metricId: 'fcr',
              value: 0.75,
              unit: 'ratio',
              sampleSize: 200,
              interval: [0.69, 0.8],
              sufficient: true,
            },
          },
        ]}
      />,
    );
    expect(
      screen.getByRole('img', { name: '2026年5月：75.0%，样本量 200，95% 区间 69.0% 至 80.0%' }),
    ).toBeTruthy();
    // One period: no limits, and a sentence saying why.
    expect(screen.getByText('未显示控制限：至少需要 2 个有数值的周期')).toBeTruthy();
  });

  it('marks the change point and the target in the legend', () => {
    renderStrict(
      <KpiTrend label="FCR" unit="ratio" points={drop} target={0.75} changePoint={week(3)} />,
    );
    expect(screen.getByText('目标 75.0%', { selector: 'li' })).toBeTruthy();
    expect(screen.getByText('改进措施 2026年第3周', { selector: 'li' })).toBeTruthy();
  });

  it('moves between points with the arrow keys and shows the tooltip of the focused one', () => {
    const { container } = renderStrict(<KpiTrend label="FCR" unit="ratio" points={steady} />);
    const points = screen.getAllByRole('img');
    // One tab stop: the latest period.
    expect(points.map((p) => p.getAttribute('tabindex'))).toEqual(['-1', '-1', '0']);
    act(() => points[2]?.focus());
    fireEvent.keyDown(points[2] as Element, { key: 'ArrowLeft' });
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      '2026年第2周：70.0%，样本量 100',
    );
    expect(container.querySelector('.ss-kpi-trend__tooltip')?.textContent).toContain('70.0%');
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(document.activeElement?.getAttribute('aria-label')).toContain('2026年第1周');
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(container.querySelector('.ss-kpi-trend__tooltip')).toBeNull();
  });

  it('says no data for an empty series and is busy while loading', () => {
    const { rerender } = renderStrict(<KpiTrend label="FCR" points={[]} />);
    expect(screen.getByText('暂无数据')).toBeTruthy();
    rerender(<KpiTrend label="FCR" points={steady} loading />);
    expect(screen.getByRole('group', { name: 'FCR' }).getAttribute('aria-busy')).toBe('true');
    expect(screen.queryAllByRole('img')).toEqual([]);
  });

  it('warns once, naming the prop, for an unknown change point and a malformed point', () => {
    renderStrict(
      <KpiTrend
        label="FCR"
        unit="ratio"
        points={[...steady, { period: week(9), value: Number.NaN }]}
        changePoint="2027-W01"
      />,
    );
    expect(consoleErrors.errors).toHaveLength(2);
    expect(consoleErrors.errors[0]).toMatch(/^\[servicescore\] Invalid prop `points`/);
    expect(consoleErrors.errors[1]).toMatch(
      /^\[servicescore\] Invalid prop `changePoint` of value `2027-W01`/,
    );
    // The malformed point is left out; the three good ones are drawn.
    expect(screen.getAllByRole('img')).toHaveLength(3);
  });

  it('has no axe violations', async () => {
    const { container } = renderStrict(
      <KpiTrend label="FCR" unit="ratio" points={drop} target={0.75} changePoint={week(3)} />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('hydrates server HTML without a warning', async () => {
    const container = await expectCleanHydration(
      <KpiTrend label="FCR" unit="ratio" points={drop} target={0.75} />,
    );
    expect(container.querySelectorAll('[role="img"]')).toHaveLength(5);
  });
});

describe('KpiTrend props in, props out', () => {
  const consoleErrors = captureConsoleErrors();

  it('puts host attributes on the root and keeps the options off the DOM', () => {
    const { container } = renderStrict(
      <KpiTrend
        points={steady}
        label="FCR"
        unit="ratio"
        target={0.85}
        control="p"
        locale="zh-CN"
        width={500}
        height={300}
        data-testid="trend"
        aria-describedby="trend-note"
        title="周趋势"
      />,
    );
    const root = screen.getByTestId('trend');
    // The host's three attributes and the group's own; no `points`, `label`, `unit`, `target`,
    // `control`, `locale`, `width` or `height`.
    expect(root.getAttributeNames().sort()).toEqual([
      'aria-describedby',
      'aria-labelledby',
      'class',
      'data-status',
      'data-testid',
      'data-theme',
      'lang',
      'role',
      'title',
    ]);
    expect(root.getAttribute('aria-describedby')).toBe('trend-note');
    expect(root.getAttribute('title')).toBe('周趋势');
    // The size options still size the drawing.
    const svg = container.querySelector('svg')!;
    expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['500', '300']);
    consoleErrors.expectNone();
  });
});
