import { afterSalesTemplate, type MetricValue, type ScoringRule } from '@servicescore/core';
import { GaugeArc, KpiGauge, ServiceScoreProvider } from '@servicescore/react';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetWarnings } from '../../../packages/react/src/shared/dev';
import { axeViolations, captureConsoleErrors, expectCleanHydration, renderStrict } from '../utils';

// Without vitest globals, Testing Library neither cleans up nor marks the act environment itself.
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(cleanup);

const HOUR = 3_600_000;
// 响应及时率: ≥ 95 % → 10, ≥ 90 % → 8, else 5 (out of 10).
const responseRule: ScoringRule = afterSalesTemplate.dimensions[0]!.indicators[0]!.rule;

const tonesOf = (container: HTMLElement, selector: string) =>
  [...container.querySelectorAll(selector)].map((el) => el.getAttribute('data-tone'));

function mv(partial: Partial<MetricValue> & { metricId: string }): MetricValue {
  return { value: null, unit: 'ratio', sampleSize: 100, sufficient: true, ...partial };
}

describe('KpiGauge', () => {
  const consoleErrors = captureConsoleErrors();
  beforeEach(() => resetWarnings());

  it('is a meter named by its label, with the value, the scale and a spoken value text', () => {
    // 0.935 earns 8 of 10 points → score 80 → 良好; the target 0.95 shows with as few decimals as it needs.
    // The scale is fitted to the rule: worst threshold 0.9, better end 1 → from 0.9 − 0.05 = 0.85.
    renderStrict(
      <KpiGauge value={0.935} unit="ratio" rule={responseRule} target={0.95} label="响应及时率" />,
    );
    const meter = screen.getByRole('meter', { name: '响应及时率' });
    expect(meter.getAttribute('aria-valuenow')).toBe('0.935');
    expect(meter.getAttribute('aria-valuemin')).toBe('0.85');
    expect(meter.getAttribute('aria-valuemax')).toBe('1');
    expect(meter.getAttribute('aria-valuetext')).toBe('93.5%，良好，目标 95%');
    consoleErrors.expectNone();
  });

  it('shows the formatted value in the centre, the label, the grade and the target legend', () => {
    const { container } = renderStrict(
      <KpiGauge value={0.935} unit="ratio" rule={responseRule} target={0.95} label="响应及时率" />,
    );
    expect(container.querySelector('.ss-kpi-gauge__value')?.textContent).toBe('93.5%');
    expect(container.querySelector('.ss-kpi-gauge__label')?.textContent).toBe('响应及时率');
    expect(screen.getByText('良好')).toBeTruthy();
    expect(screen.getByText('目标 95%')).toBeTruthy();
    // The fitted ends 0.85 and 1, labelled so the zoomed dial is not read as 0–100 %.
    expect(
      [...container.querySelectorAll('.ss-kpi-gauge__bound')].map((t) => t.textContent),
    ).toEqual(['85%', '100%']);
  });

  it("colours the bands by the rule's segments and the fill by the value's grade", () => {
    const { container } = renderStrict(
      <KpiGauge value={0.935} unit="ratio" rule={responseRule} label="x" />,
    );
    // [0, 0.9) → 5 pts → 50 → needsImprovement; [0.9, 0.95) → 8 → good; [0.95, 1] → 10 → excellent.
    expect(tonesOf(container, '.ss-kpi-gauge__band')).toEqual([
      'needsImprovement',
      'good',
      'excellent',
    ]);
    expect(tonesOf(container, '.ss-kpi-gauge__fill')).toEqual(['good']);
    expect(container.querySelector('.ss-kpi-gauge')?.getAttribute('data-tone')).toBe('good');
  });

  it('takes the unit, the direction, the label and the rule from a metric id', () => {
    // avgHandlingTime: duration, lower is better, ≤ 2 h → 10, ≤ 24 h → 8, else 5. 3 h → 8 → 良好.
    const { container } = renderStrict(
      <KpiGauge
        metric="avgHandlingTime"
        metricValue={mv({ metricId: 'avgHandlingTime', unit: 'duration', value: 3 * HOUR })}
        max={48 * HOUR}
        target={2 * HOUR}
      />,
    );
    const meter = screen.getByRole('meter', { name: '平均处理时长' });
    expect(meter.getAttribute('aria-valuemax')).toBe(String(48 * HOUR));
    expect(meter.getAttribute('aria-valuetext')).toBe('3小时，良好，目标 2小时');
    expect(screen.getByText('越低越好')).toBeTruthy();
    // Lower-is-better bands ascend: [0, 2 h] excellent, [2 h, 24 h] good, [24 h, 48 h] needsImprovement.
    expect(tonesOf(container, '.ss-kpi-gauge__band')).toEqual([
      'excellent',
      'good',
      'needsImprovement',
    ]);
    // The fill still runs from min to the value.
    expect(container.querySelector('.ss-kpi-gauge__fill')?.getAttribute('data-value')).toBe(
      String(3 * HOUR),
    );
  });

  it('grades a lower-is-better value above the worst band as needing improvement', () => {
    // 30 h > 24 h → 5 of 10 points → 50 → 待改进.
    renderStrict(<KpiGauge metric="avgHandlingTime" value={30 * HOUR} max={48 * HOUR} />);
    expect(screen.getByRole('meter').getAttribute('aria-valuetext')).toBe('1天6小时，待改进');
  });

  it('speaks English under an en-US provider, and the locale prop wins over it', () => {
    renderStrict(
      <ServiceScoreProvider locale="en-US" theme="dark">
        <KpiGauge value={0.935} unit="ratio" rule={responseRule} target={0.95} label="Response" />
        <KpiGauge locale="zh-CN" value={0.935} unit="ratio" rule={responseRule} label="响应" />
      </ServiceScoreProvider>,
    );
    const en = screen.getByRole('meter', { name: 'Response' });
    expect(en.getAttribute('aria-valuetext')).toBe('93.5%, Good, target 95%');
    expect(en.getAttribute('data-theme')).toBe('dark');
    expect(en.getAttribute('lang')).toBe('en-US');
    expect(within(en).getByText('Target 95%')).toBeTruthy();
    const zh = screen.getByRole('meter', { name: '响应' });
    expect(zh.getAttribute('aria-valuetext')).toBe('93.5%，良好');
  });

  it('clamps a value over max to the arc, marks it and still shows the real value', () => {
    const { container } = renderStrict(
      <KpiGauge value={1.2} unit="ratio" rule={responseRule} label="x" />,
    );
    const meter = screen.getByRole('meter');
    expect(meter.getAttribute('aria-valuenow')).toBe('1');
    // 1.2 ≥ 0.95 → 10 pts → 优秀.
    expect(meter.getAttribute('aria-valuetext')).toBe('120.0%，优秀，超出上限');
    expect(container.querySelector('.ss-kpi-gauge__value')?.textContent).toBe('120.0%');
    expect(screen.getByText('超出上限')).toBeTruthy();
    expect(container.querySelector('.ss-kpi-gauge__range-mark')).not.toBeNull();
    expect(container.querySelector('.ss-kpi-gauge__fill')?.getAttribute('data-value')).toBe('1');
  });

  it('clamps a value under min the same way', () => {
    renderStrict(<KpiGauge value={0.4} min={0.5} unit="ratio" rule={responseRule} label="x" />);
    const meter = screen.getByRole('meter');
    expect(meter.getAttribute('aria-valuenow')).toBe('0.5');
    // 0.4 < 0.9 → 5 pts → 50 → 待改进.
    expect(meter.getAttribute('aria-valuetext')).toBe('40.0%，待改进，低于下限');
    expect(screen.getByText('低于下限')).toBeTruthy();
  });

  it('treats exactly min and exactly max as on the scale', () => {
    const { container } = renderStrict(
      <>
        <KpiGauge value={0} unit="ratio" label="zero" />
        <KpiGauge value={1} unit="ratio" label="one" />
      </>,
    );
    expect(screen.getByRole('meter', { name: 'zero' }).getAttribute('aria-valuetext')).toBe('0.0%');
    expect(screen.getByRole('meter', { name: 'one' }).getAttribute('aria-valuetext')).toBe(
      '100.0%',
    );
    expect(container.querySelector('.ss-kpi-gauge__range-mark')).toBeNull();
  });

  it('shows 暂无数据 for a null value, never NaN or null%', () => {
    const { container } = renderStrict(
      <KpiGauge value={null} unit="ratio" rule={responseRule} target={0.95} label="响应及时率" />,
    );
    expect(screen.queryByRole('meter')).toBeNull();
    const group = screen.getByRole('group', { name: '响应及时率' });
    expect(group.getAttribute('data-state')).toBe('noData');
    expect(container.querySelector('.ss-kpi-gauge__value')?.textContent).toBe('暂无数据');
    expect(container.querySelector('.ss-kpi-gauge__fill')).toBeNull();
    expect(container.textContent).not.toMatch(/NaN|null/);
    expect(screen.getByText('目标 95%')).toBeTruthy();
  });

  it('takes a no-data MetricValue as no data', () => {
    renderStrict(
      <KpiGauge
        metric="csat"
        metricValue={mv({ metricId: 'csat', reason: 'noData', sampleSize: 0 })}
      />,
    );
    expect(screen.getByRole('group', { name: '客户满意度' })).toBeTruthy();
  });

  it('mutes an insufficient sample, says 样本不足 and gives no grade', () => {
    const { container } = renderStrict(
      <KpiGauge
        metric="csat"
        metricValue={mv({ metricId: 'csat', value: 0.82, sampleSize: 11, sufficient: false })}
        target={0.95}
      />,
    );
    const meter = screen.getByRole('meter', { name: '客户满意度' });
    expect(meter.getAttribute('aria-valuetext')).toBe('82.0%，样本不足，目标 95%');
    expect(meter.getAttribute('data-tone')).toBe('none');
    expect(meter.className).toContain('ss-kpi-gauge--insufficient');
    expect(screen.getByText('样本不足')).toBeTruthy();
    expect(tonesOf(container, '.ss-kpi-gauge__fill')).toEqual(['none']);
  });

  it('shows a busy skeleton while loading', () => {
    const { container } = renderStrict(<KpiGauge loading value={0.9} unit="ratio" label="响应" />);
    const group = screen.getByRole('group', { name: '响应' });
    expect(group.getAttribute('aria-busy')).toBe('true');
    expect(container.querySelector('.ss-kpi-gauge__value')?.textContent).toBe('加载中…');
    expect(container.querySelector('.ss-kpi-gauge__fill')).toBeNull();
  });

  it('uses host bands as given and leaves the value ungraded without a rule', () => {
    const { container } = renderStrict(
      <KpiGauge
        value={72}
        unit="score"
        target={85}
        label="质检"
        bands={[
          { from: 80, to: 100, tone: 'excellent' },
          { from: 0, to: 60, tone: 'needsImprovement' },
        ]}
      />,
    );
    expect(tonesOf(container, '.ss-kpi-gauge__band')).toEqual(['excellent', 'needsImprovement']);
    expect(tonesOf(container, '.ss-kpi-gauge__fill')).toEqual(['none']);
    // A score carries its unit word: "72.0分".
    expect(screen.getByRole('meter').getAttribute('aria-valuetext')).toBe('72.0分，目标 85分');
    consoleErrors.expectNone();
  });

  it('draws the target tick only when the target is on the scale', () => {
    const { container } = renderStrict(
      <>
        <KpiGauge value={0.5} unit="ratio" target={0.95} label="on" />
        <KpiGauge value={0.5} unit="ratio" target={1.5} label="off" />
      </>,
    );
    expect(container.querySelectorAll('.ss-kpi-gauge__target')).toHaveLength(1);
    expect(screen.getByText('目标 150%')).toBeTruthy();
  });

  it('passes div attributes through and merges className and style', () => {
    renderStrict(
      <KpiGauge
        value={0.5}
        unit="ratio"
        label="x"
        id="g1"
        data-testid="gauge"
        className="mine"
        style={{ margin: 4 }}
      />,
    );
    const root = screen.getByTestId('gauge');
    expect(root.id).toBe('g1');
    expect(root.className).toBe('ss-widget ss-kpi-gauge mine');
    expect(root.style.margin).toBe('4px');
    expect(root.style.width).toBe('200px');
  });

  it('renders hostile labels as text, with the full text in title', () => {
    const long = '长'.repeat(10_000);
    const { container } = renderStrict(
      <>
        <KpiGauge value={0.5} unit="ratio" label="<script>alert(1)</script>" />
        <KpiGauge value={0.5} unit="ratio" label="<img src=x onerror=alert(1)>" />
        <KpiGauge value={0.5} unit="ratio" label={long} />
      </>,
    );
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('meter', { name: '<script>alert(1)</script>' })).toBeTruthy();
    const labels = container.querySelectorAll('.ss-kpi-gauge__label');
    expect(labels[2]?.getAttribute('title')).toHaveLength(10_000);
  });

  it('lets a render function draw the inside, keeping the meter on the root', () => {
    const { container } = renderStrict(
      <KpiGauge value={0.5} unit="ratio" label="自绘">
        {(g) => (
          <>
            <svg {...g.svgProps} aria-hidden="true">
              <GaugeArc
                geometry={g.geometry}
                from={g.min}
                to={g.clampedValue ?? g.min}
                className="mine"
              />
            </svg>
            <span {...g.labelProps}>{g.label}</span>
          </>
        )}
      </KpiGauge>,
    );
    expect(screen.getByRole('meter', { name: '自绘' }).getAttribute('aria-valuenow')).toBe('0.5');
    expect(container.querySelector('path.visx-arc.ss-gauge-arc.mine')).not.toBeNull();
    expect(container.querySelector('.ss-kpi-gauge__value')).toBeNull();
  });

  it('has no axe violations in its states', async () => {
    const { container } = renderStrict(
      <>
        <KpiGauge value={0.935} unit="ratio" rule={responseRule} target={0.95} label="响应及时率" />
        <KpiGauge value={null} unit="ratio" label="无数据" />
        <KpiGauge loading label="加载" />
        <KpiGauge
          metric="csat"
          metricValue={mv({ metricId: 'csat', value: 0.82, sampleSize: 11, sufficient: false })}
        />
        <KpiGauge value={1.3} unit="ratio" aria-label="无标签" />
      </>,
    );
    expect(await axeViolations(container)).toEqual([]);
    consoleErrors.expectNone();
  });
});

describe('KpiGauge bad input', () => {
  const consoleErrors = captureConsoleErrors();
  beforeEach(() => resetWarnings());

  const expectOneError = (pattern: RegExp) => {
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(pattern);
    expect(document.querySelector('.ss-kpi-gauge__value')?.textContent).toBe('数据无效');
    expect(screen.queryByRole('meter')).toBeNull();
  };

  it('shows the invalid state for a NaN value and logs one error', () => {
    renderStrict(<KpiGauge value={Number.NaN} unit="ratio" label="x" />);
    expectOneError(
      /Invalid prop `value` of value `NaN` supplied to `KpiGauge`: value must be a finite number/,
    );
  });

  it('rejects min ≥ max', () => {
    renderStrict(<KpiGauge value={0.5} unit="ratio" min={1} max={1} label="x" />);
    expectOneError(
      /`max` of value `1` supplied to `KpiGauge`: max must be a finite number greater than min \(1\)/,
    );
  });

  it('fits a count without a rule to its value instead of demanding max', () => {
    // No rule, no bands: 0 to 1.5 × 5 = 7.5, then a nice end: step 2 (7.5 / 2 ≤ 6 steps) → 8.
    renderStrict(<KpiGauge value={5} unit="count" label="x" />);
    const meter = screen.getByRole('meter', { name: 'x' });
    expect(meter.getAttribute('aria-valuemin')).toBe('0');
    expect(meter.getAttribute('aria-valuemax')).toBe('8');
    consoleErrors.expectNone();
  });

  it('rejects empty bands', () => {
    renderStrict(<KpiGauge value={0.5} unit="ratio" bands={[]} label="x" />);
    expectOneError(/`bands` of value `\[\]`.*bands must be a non-empty array/);
  });

  it('rejects overlapping bands', () => {
    renderStrict(
      <KpiGauge
        value={0.5}
        unit="ratio"
        label="x"
        bands={[
          { from: 0, to: 0.6, tone: 'pass' },
          { from: 0.5, to: 1, tone: 'good' },
        ]}
      />,
    );
    expectOneError(/`bands`.*bands must not overlap/);
  });

  it('rejects bands outside [min, max]', () => {
    renderStrict(
      <KpiGauge value={0.5} unit="ratio" label="x" bands={[{ from: 0, to: 2, tone: 'good' }]} />,
    );
    expectOneError(/`bands`.*inside \[min, max\] = \[0, 1\]/);
  });

  it('rejects an unknown metric id', () => {
    renderStrict(<KpiGauge metric="nope" value={0.5} label="x" />);
    expectOneError(/`metric` of value `nope`.*catalogue metric id/);
  });

  it('leaves out a non-finite target but still shows the value', () => {
    renderStrict(<KpiGauge value={0.5} unit="ratio" target={Number.NaN} label="x" />);
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(/`target` of value `NaN`.*drawing no target/);
    expect(screen.getByRole('meter').getAttribute('aria-valuetext')).toBe('50.0%');
  });

  it('falls back to the 240° arc for inverted angles', () => {
    renderStrict(<KpiGauge value={0.5} unit="ratio" startAngle={90} endAngle={-90} label="x" />);
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(/`endAngle` of value `-90`/);
    expect(screen.getByRole('meter')).toBeTruthy();
  });
});

describe('KpiGauge hydration', () => {
  it('hydrates server HTML without mismatch or console errors', async () => {
    const container = await expectCleanHydration(
      <KpiGauge
        value={0.935}
        unit="ratio"
        rule={responseRule}
        target={0.95}
        label="响应及时率"
        width="auto"
      />,
    );
    expect(container.querySelector('[role="meter"]')?.getAttribute('aria-valuetext')).toBe(
      '93.5%，良好，目标 95%',
    );
  });
});
