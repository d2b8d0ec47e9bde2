// The gauge's pure model (no React): resolved scale and grade, texts, and the props it reports.
import { defaultGradeScale, type ScoringRule } from '@servicescore/core';
import { describe, expect, it } from 'vitest';
import {
  ariaNumber,
  compactPrecision,
  gaugeValueParts,
  kpiGaugeModel,
} from '../../../packages/react/src/kpi-gauge/gauge-model';
import { gaugeTexts } from '../../../packages/react/src/kpi-gauge/gauge-texts';
import { resolveGauge } from '../../../packages/react/src/kpi-gauge/resolve-gauge';
import { modelSettings } from '../model-settings';

const zh = modelSettings(gaugeTexts);
const HOUR = 3_600_000;
// 响应及时率: ≥ 95 % → 10 points, ≥ 90 % → 8, else 5 (of 10).
const timely: ScoringRule = {
  type: 'bands',
  bands: [{ min: 0.95, points: 10 }, { min: 0.9, points: 8 }, { points: 5 }],
};
const context = { locale: 'zh-CN' as const, scale: defaultGradeScale, scorePrecision: 1 };

describe('resolveGauge', () => {
  it('fits the scale below the worst threshold and grades the value by the rule', () => {
    const r = resolveGauge({ value: 0.935, unit: 'ratio', rule: timely, target: 0.95 }, context);
    // Worst threshold 0.9, best end of a ratio 1: the worse end is 0.9 − (1 − 0.9) / 2 = 0.85;
    // 0.85–1 in steps of 2.5 points stays 0.85–1.
    expect([r.min, r.max]).toEqual([0.85, 1]);
    // 0.935 ≥ 0.9 → 8 of 10 points → score 80 → 良好 (good) on the default scale.
    expect(r.classification?.points).toBe(8);
    expect(r.tone).toBe('good');
    expect([r.status, r.range, r.problems]).toEqual(['value', null, []]);
  });

  it('keeps explicit ends and marks a value beyond them', () => {
    const r = resolveGauge({ value: 1.2, unit: 'ratio', min: 0, max: 1 }, context);
    expect([r.min, r.max, r.range, r.tone]).toEqual([0, 1, 'over', 'none']);
  });

  it('reports a non-finite value as blocking and a bad target as left out', () => {
    const r = resolveGauge({ value: Number.NaN, target: Number.POSITIVE_INFINITY }, context);
    expect(r.status).toBe('invalid');
    expect(r.target).toBe(null);
    expect(r.problems.map((p) => [p.prop, p.fallback])).toEqual([
      ['target', 'drawing no target'],
      ['value', 'showing the invalid state'],
    ]);
  });
});

describe('kpiGaugeModel', () => {
  it('words the value, the grade, the target and the ends', () => {
    const m = kpiGaugeModel(
      { value: 0.935, unit: 'ratio', rule: timely, target: 0.95, label: '响应及时率' },
      zh,
    );
    expect(m.view.valueText).toBe('93.5%');
    expect(m.view.gradeLabel).toBe('良好');
    // Bounds and target in the fewest decimals that show them exactly: 0.85 → "85%", 0.95 → "95%".
    expect([m.view.minText, m.view.maxText, m.view.targetTickText]).toEqual(['85%', '100%', '95%']);
    expect(m.view.targetText).toBe('目标 95%');
    expect(m.view.ariaValueText).toBe('93.5%，良好，目标 95%');
    expect(m.view.clampedValue).toBe(0.935);
    expect(m.view.notes).toEqual([]);
    expect(m.shownValue).toBe('93.5%');
    expect(m.problems).toEqual([]);
  });

  it('clamps a value over the scale and says so', () => {
    const m = kpiGaugeModel({ value: 1.2, unit: 'ratio', min: 0, max: 1 }, zh);
    expect(m.view.clampedValue).toBe(1);
    expect(m.view.notes).toEqual(['超出上限']);
    // No rule: no grade; no target: the value and the note.
    expect(m.view.ariaValueText).toBe('120.0%，超出上限');
  });

  it('notes a lower-is-better metric and grades it by its template rule', () => {
    // avgHandlingTime: ≤ 2 h → 10, ≤ 24 h → 8; 3 h → 8 points → 80 → good.
    const m = kpiGaugeModel({ metric: 'avgHandlingTime', value: 3 * HOUR }, zh);
    expect(m.view.notes).toEqual(['越低越好']);
    expect(m.view.tone).toBe('good');
    // Better end 0, worse end 24 h + (24 h − 0) / 2 = 36 h.
    expect([m.view.min, m.view.max]).toEqual([0, 36 * HOUR]);
  });

  it('shows an insufficient sample instead of a grade', () => {
    const m = kpiGaugeModel(
      {
        metric: 'csat',
        metricValue: {
          metricId: 'csat',
          value: 0.9,
          unit: 'ratio',
          sampleSize: 3,
          sufficient: false,
        },
      },
      zh,
    );
    expect([m.view.insufficient, m.view.gradeLabel]).toEqual([true, null]);
    expect(m.view.ariaValueText).toBe('90.0%，样本不足');
  });

  it('has no bounds or target while loading and judges only the width then', () => {
    const m = kpiGaugeModel({ value: Number.NaN, target: 0.9, loading: true, width: 50 }, zh);
    expect(m.view.status).toBe('loading');
    expect([m.view.valueText, m.view.minText, m.view.target]).toEqual(['加载中…', '', null]);
    expect(m.problems).toEqual([
      {
        prop: 'width',
        value: 50,
        rule: "width must be 'auto' or a number of px of at least 96",
        fallback: 'using 200',
      },
    ]);
    expect(m.fixedWidth).toBe(200);
  });

  it("reads the width: 'auto', or a number of px", () => {
    expect([
      kpiGaugeModel({ width: 'auto' }, zh).view.autoWidth,
      kpiGaugeModel({ width: 'auto' }, zh).fixedWidth,
    ]).toEqual([true, 200]);
    expect(kpiGaugeModel({ width: 300 }, zh).fixedWidth).toBe(300);
  });

  it('shows the invalid state for a non-finite value', () => {
    const m = kpiGaugeModel({ value: Number.POSITIVE_INFINITY, unit: 'ratio' }, zh);
    expect([m.view.status, m.view.valueText, m.view.maxText]).toEqual(['invalid', '数据无效', '']);
  });
});

describe('the gauge texts', () => {
  it('splits the centre value into digits and units', () => {
    expect(gaugeValueParts('93.5%', '93.5%')).toEqual([
      { text: '93.5', unit: false },
      { text: '%', unit: true },
    ]);
    // The unit word after the formatted number is one small run.
    expect(gaugeValueParts('91.2 分', '91.2')).toEqual([
      { text: '91.2', unit: false },
      { text: ' 分', unit: true },
    ]);
    expect(gaugeValueParts('暂无数据', null)).toEqual([{ text: '暂无数据', unit: false }]);
  });

  it('uses the fewest decimals that show a bound exactly, up to the most', () => {
    expect(compactPrecision(0.95, 'ratio', 1)).toBe(0); // 95 %
    expect(compactPrecision(0.935, 'ratio', 1)).toBe(1); // 93.5 %
    expect(compactPrecision(0.9351, 'ratio', 1)).toBe(1); // 93.51 %: capped at 1
    expect(compactPrecision(2.5, 'number', 2)).toBe(1);
  });

  it('gives ARIA numbers without exponents or a negative zero', () => {
    expect(ariaNumber(1e-12)).toBe(0);
    expect(Object.is(ariaNumber(-0), 0)).toBe(true);
    expect(ariaNumber(0.1 + 0.2)).toBe(0.3);
  });
});
