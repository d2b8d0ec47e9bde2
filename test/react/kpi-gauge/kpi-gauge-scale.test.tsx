import { afterSalesRuleOf, type Locale, type MetricUnit, metricMeta } from '@servicescore/core';
import { type KpiGaugeState, KpiGauge } from '@servicescore/react';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { resetWarnings } from '../../../packages/react/src/shared/dev';
import { captureConsoleErrors, renderStrict } from '../utils';

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
afterEach(cleanup);

const HOUR = 3_600_000;
const response = afterSalesRuleOf('responseTimelinessRate')!;

/** Renders a gauge through a render function and returns the hook's state. */
function stateOf(props: Parameters<typeof KpiGauge>[0]): KpiGaugeState {
  let state: KpiGaugeState | null = null;
  renderStrict(
    <KpiGauge {...props}>
      {(g) => {
        state = g;
        return null;
      }}
    </KpiGauge>,
  );
  return state!;
}

const valueText = (container: HTMLElement) =>
  container.querySelector('.ss-kpi-gauge__value')?.textContent;
const unitTexts = (container: HTMLElement) =>
  [...container.querySelectorAll('.ss-kpi-gauge__unit')].map((t) => t.textContent);

describe('KpiGauge units', () => {
  const cases: [string, Record<string, unknown>, Locale, string, string[]][] = [
    ['a ratio', { unit: 'ratio', value: 0.935 }, 'zh-CN', '93.5%', ['%']],
    [
      'a duration (zh)',
      { unit: 'duration', value: 3 * HOUR + 20 * 60_000 },
      'zh-CN',
      '3小时20分钟',
      ['小时', '分钟'],
    ],
    [
      'a duration (en)',
      { unit: 'duration', value: 3 * HOUR + 20 * 60_000 },
      'en-US',
      '3 h 20 min',
      [' h ', ' min'],
    ],
    ['a score (zh)', { metric: 'qaScore.etiquette', value: 91.2 }, 'zh-CN', '91.2分', ['分']],
    ['a score (en)', { metric: 'qaScore.etiquette', value: 91.2 }, 'en-US', '91.2 pts', [' pts']],
    ['NPS points (zh)', { metric: 'nps', value: 42 }, 'zh-CN', '+42分', ['分']],
    ['NPS points (en)', { metric: 'nps', value: 42 }, 'en-US', '+42 pts', [' pts']],
    [
      'care contacts (zh)',
      { metric: 'careFrequency', value: 0.83 },
      'zh-CN',
      '0.83次/客户',
      ['次/客户'],
    ],
    [
      'care contacts (en)',
      { metric: 'careFrequency', value: 0.83 },
      'en-US',
      '0.83 per customer',
      [' per customer'],
    ],
    ['a mean rating out of 5', { metric: 'csatMean', value: 4.2 }, 'en-US', '4.2/5', ['/5']],
    [
      'a count of tickets (zh)',
      { metric: 'requestVolume', value: 1234 },
      'zh-CN',
      '1,234单',
      ['单'],
    ],
    [
      'a count of tickets (en)',
      { metric: 'requestVolume', value: 1234 },
      'en-US',
      '1,234 tickets',
      [' tickets'],
    ],
  ];
  for (const [what, props, locale, text, units] of cases) {
    it(`shows ${what} with its unit drawn small: ${text}`, () => {
      const { container } = renderStrict(<KpiGauge {...props} locale={locale} label="x" />);
      expect(valueText(container)).toBe(text);
      expect(unitTexts(container)).toEqual(units);
    });
  }

  it("draws the unit at half the digits' size", () => {
    const { container } = renderStrict(<KpiGauge value={0.935} unit="ratio" label="x" />);
    const digits = Number(
      container.querySelector('.ss-kpi-gauge__value')?.getAttribute('font-size'),
    );
    const unit = Number(container.querySelector('.ss-kpi-gauge__unit')?.getAttribute('font-size'));
    expect(unit).toBeCloseTo(digits / 2, 6);
  });

  it("leaves a host's plain number without a unit word (it has no unit to tell)", () => {
    const { container } = renderStrict(<KpiGauge value={2.5} unit="number" label="x" />);
    expect(valueText(container)).toBe('2.5');
    expect(unitTexts(container)).toEqual([]);
  });
});

describe('KpiGauge value size', () => {
  // 200 px, no target: value ring inner radius 70 px, so the value has 2 × 70 × 0.85 = 119 px and
  // at most 0.16 × 200 = 32 px of font size. Digits are 0.62 em, "." 0.32, "%" 0.95, CJK 1, space
  // 0.28; unit parts count half.
  it('draws a duration as large as a percentage', () => {
    // "93.5%": 3 × 0.62 + 0.32 + 0.95 / 2 = 2.655 em → 44.8 px, capped at 32.
    const ratio = stateOf({ value: 0.935, unit: 'ratio', label: 'x' }).geometry.valueFontSize;
    // "3 h 20 min": 3 × 0.62 + (1.18 + 2.14) / 2 = 3.52 em → 33.8 px, capped at 32.
    const en = stateOf({
      value: 3 * HOUR + 20 * 60_000,
      unit: 'duration',
      label: 'x',
      locale: 'en-US',
    }).geometry.valueFontSize;
    // "3小时20分钟": 3 × 0.62 + 4 / 2 = 3.86 em → 119 / 3.86 = 30.8 px (it was 17.2 px at full-size units).
    const zh = stateOf({ value: 3 * HOUR + 20 * 60_000, unit: 'duration', label: 'x' }).geometry
      .valueFontSize;
    expect(ratio).toBe(32);
    expect(en).toBe(32);
    expect(zh).toBeCloseTo(119 / 3.86, 1);
  });
});

describe('KpiGauge target tick', () => {
  it('draws the tick outside the value arc, with its value', () => {
    // Scale [0.85, 1]; 0.95 sits at 2/3 of 240° from −120° → 40°. The label "95%" (2.19 em × 12 px
    // = 26.3 px) goes right of it: the ring shrinks from 94 to 94 − 7 (the tick) = 87 px, so the
    // value arc's outer edge is 87 − 6 − 3 = 78 px and the tick runs from 81 − 1 = 80 to 87 + 7 = 94.
    const g = stateOf({ value: 0.935, unit: 'ratio', rule: response, target: 0.95, label: 'x' });
    const { cx, cy, targetTick, valueOuter } = g.geometry;
    expect(valueOuter).toBeCloseTo(78, 6);
    const r1 = Math.hypot(targetTick!.x1 - cx, targetTick!.y1 - cy);
    const r2 = Math.hypot(targetTick!.x2 - cx, targetTick!.y2 - cy);
    expect(r1).toBeCloseTo(80, 6);
    expect(r2).toBeCloseTo(94, 6);
    expect(Math.atan2(targetTick!.x1 - cx, cy - targetTick!.y1)).toBeCloseTo(
      (40 * Math.PI) / 180,
      6,
    );
    expect(g.geometry.targetLabel?.anchor).toBe('start');
    expect(g.targetTickText).toBe('95%');
  });

  it('renders the tick and its label', () => {
    const { container } = renderStrict(
      <KpiGauge value={0.935} unit="ratio" rule={response} target={0.95} label="x" />,
    );
    expect(container.querySelectorAll('.ss-kpi-gauge__target')).toHaveLength(1);
    expect(container.querySelector('.ss-kpi-gauge__target-label')?.textContent).toBe('95%');
  });

  it('keeps the target label inside the gauge at every angle, or leaves it to the legend', () => {
    // Scale [0.85, 1] over −120°…120°: 0.85 → −120°, 0.9 → −40°, 0.925 → 0°, 0.95 → 40°, 1 → 120°.
    const targets = [0.85, 0.88, 0.9, 0.925, 0.95, 0.975, 1];
    const drawnAt = (width: number) => {
      const drawn: number[] = [];
      for (const target of targets) {
        const g = stateOf({ value: 0.9, unit: 'ratio', rule: response, target, width, label: 'x' });
        cleanup();
        const label = g.geometry.targetLabel;
        if (label === null) continue;
        drawn.push(target);
        // Estimated as the layout does: digits 0.62 em, "." 0.32, "%" 0.95, at the tick font size.
        const em = [...g.targetTickText!].reduce(
          (sum, c) => sum + (c === '%' ? 0.95 : c === '.' ? 0.32 : 0.62),
          0,
        );
        const w = em * g.geometry.tickFontSize;
        const left =
          label.anchor === 'start'
            ? label.x
            : label.anchor === 'end'
              ? label.x - w
              : label.x - w / 2;
        expect(left, `${target} at ${width} px`).toBeGreaterThanOrEqual(0);
        expect(left + w, `${target} at ${width} px`).toBeLessThanOrEqual(width);
        expect(
          label.y - g.geometry.tickFontSize,
          `${target} at ${width} px`,
        ).toBeGreaterThanOrEqual(0);
      }
      return drawn;
    };
    // 120 px: only the label above the top fits ("92.5%" centred); the sides have no room.
    expect(drawnAt(120)).toEqual([0.925]);
    // 200 px (ring 87 px): "90%" and "95%" at ±40° need 26.3 px and fit (radius up to 104 px);
    // "88%" at −72° would need the ring at 67 px, "97.5%" at 80° at 53 px, the ends at 75 px.
    expect(drawnAt(200)).toEqual([0.9, 0.925, 0.95]);
  });
});

describe('KpiGauge bounds of catalogue metrics', () => {
  const consoleErrors = captureConsoleErrors();
  beforeEach(() => resetWarnings());

  it('shows avgHandlingTime without max on its rule-fitted 0–36 h scale', () => {
    // ≤ 2 h → 10, ≤ 24 h → 8: 24 h + (24 h − 0) / 2 = 36 h. 20 h → 8 points → 良好.
    const { container } = renderStrict(<KpiGauge metric="avgHandlingTime" value={20 * HOUR} />);
    const meter = screen.getByRole('meter', { name: '平均处理时长' });
    expect(meter.getAttribute('aria-valuemin')).toBe('0');
    expect(meter.getAttribute('aria-valuemax')).toBe(String(36 * HOUR));
    expect(meter.getAttribute('aria-valuetext')).toBe('20小时，良好');
    // The ends are labelled: "0" (not "0秒") and 36 h = "1天12小时".
    expect(
      [...container.querySelectorAll('.ss-kpi-gauge__bound')].map((t) => t.textContent),
    ).toEqual(['0', '1天12小时']);
    expect(screen.queryByText('数据无效')).toBeNull();
    consoleErrors.expectNone();
  });

  const sample: Record<MetricUnit, number> = {
    ratio: 0.9,
    duration: 3 * HOUR,
    count: 12,
    number: 1.5,
    points: 30,
    score: 85,
  };
  it('fits every catalogue metric without min or max, its value on the scale', () => {
    for (const [id, meta] of Object.entries(metricMeta)) {
      const g = stateOf({ metric: id, value: sample[meta.unit] });
      expect(g.status, id).toBe('value');
      expect(g.min, id).toBeLessThan(g.max);
      expect(g.range, id).toBeNull();
      cleanup();
    }
    consoleErrors.expectNone();
  });
});
