import { describe, expect, it } from 'vitest';
import {
  afterSalesTemplate,
  assertValidTemplate,
  type Indicator,
  type ScorecardTemplate,
  TemplateError,
  templateMetrics,
  validateTemplate,
} from '@servicescore/core';

const label = { 'zh-CN': '指标', 'en-US': 'Indicator' };

function ind(
  id: string,
  weight: number,
  rule: Indicator['rule'] = { type: 'bands', bands: [{ min: 0.9, points: 10 }, { points: 5 }] },
): Indicator {
  return { id, label, source: { metric: 'csat' }, weight, rule };
}

/** A valid two-dimension template (60 + 40 = 100) to break one rule at a time. */
function template(overrides: Partial<ScorecardTemplate> = {}): ScorecardTemplate {
  return {
    id: 't',
    label,
    dimensions: [
      { id: 'a', label, weight: 60, indicators: [ind('a1', 30), ind('a2', 30)] },
      { id: 'b', label, weight: 40, indicators: [ind('b1', 40)] },
    ],
    ...overrides,
  };
}

function withRule(rule: unknown): ScorecardTemplate {
  return template({
    dimensions: [
      { id: 'a', label, weight: 100, indicators: [ind('x', 100, rule as Indicator['rule'])] },
    ],
  });
}

const messages = (t: ScorecardTemplate) =>
  validateTemplate(t)
    .issues.map((i) => i.message)
    .join('\n');

describe('validateTemplate', () => {
  it('accepts the after-sales template', () => {
    expect(validateTemplate(afterSalesTemplate)).toEqual({ valid: true, issues: [] });
  });

  it('accepts a valid custom template', () => {
    expect(validateTemplate(template()).valid).toBe(true);
  });

  it('requires the weights to add to 100 ± 0.001', () => {
    const off = template({
      dimensions: [
        { id: 'a', label, weight: 60, indicators: [ind('a1', 30), ind('a2', 30)] },
        { id: 'b', label, weight: 39, indicators: [ind('b1', 39)] },
      ],
    });
    expect(messages(off)).toMatch(/add to 99 \(a1 30, a2 30, b1 39\): they must add to 100/);
    const within = template({
      dimensions: [
        { id: 'a', label, weight: 60, indicators: [ind('a1', 30), ind('a2', 30)] },
        { id: 'b', label, weight: 40.0005, indicators: [ind('b1', 40.0005)] },
      ],
    });
    expect(validateTemplate(within).valid).toBe(true);
  });

  it("requires a dimension's weight to equal the sum of its indicators' weights", () => {
    const t = template({
      dimensions: [
        { id: 'a', label, weight: 50, indicators: [ind('a1', 30), ind('a2', 30)] },
        { id: 'b', label, weight: 50, indicators: [ind('b1', 40)] },
      ],
    });
    expect(messages(t)).toMatch(
      /Dimension "a" has weight 50 but its indicators' weights add to 60/,
    );
  });

  it('reports duplicate dimension ids and duplicate indicator ids', () => {
    const t = template({
      dimensions: [
        { id: 'a', label, weight: 60, indicators: [ind('a1', 30), ind('a1', 30)] },
        { id: 'a', label, weight: 40, indicators: [ind('b1', 40)] },
      ],
    });
    const { issues } = validateTemplate(t);
    expect(issues.some((i) => i.indicatorId === 'a1' && /defined twice/.test(i.message))).toBe(
      true,
    );
    expect(issues.some((i) => /Dimension "a" is defined twice/.test(i.message))).toBe(true);
  });

  it('reports an empty dimension', () => {
    const t = template({
      dimensions: [
        { id: 'a', label, weight: 100, indicators: [ind('a1', 100)] },
        { id: 'empty', label, weight: 0, indicators: [] },
      ],
    });
    expect(messages(t)).toMatch(/Dimension "empty" has no indicators/);
  });

  it('requires the catch-all band to be last', () => {
    const t = withRule({
      type: 'bands',
      bands: [
        { min: 0.9, points: 10 },
        { min: 0.8, points: 8 },
      ],
    });
    expect(messages(t)).toMatch(/Indicator "x".*end with a catch-all band/);
  });

  it('allows only one catch-all band, the last', () => {
    const t = withRule({
      type: 'bands',
      bands: [{ points: 10 }, { min: 0.8, points: 8 }, { points: 5 }],
    });
    const { issues } = validateTemplate(t);
    expect(
      issues.some(
        (i) => i.indicatorId === 'x' && /only the last band may be the catch-all/.test(i.message),
      ),
    ).toBe(true);
    expect(issues[0]!.path).toBe('dimensions[0].indicators[0].rule.bands[0]');
  });

  it('requires all bounds of one kind', () => {
    const t = withRule({
      type: 'bands',
      bands: [{ min: 0.9, points: 10 }, { max: 0.5, points: 8 }, { points: 5 }],
    });
    expect(messages(t)).toMatch(/Indicator "x", band 2 uses max while earlier bands use min/);
  });

  it('rejects a band with both min and max', () => {
    const t = withRule({
      type: 'bands',
      bands: [{ min: 0.5, max: 0.9, points: 10 }, { points: 5 }],
    });
    expect(messages(t)).toMatch(/both min and max/);
  });

  it('rejects unordered or overlapping min bands', () => {
    const t = withRule({
      type: 'bands',
      bands: [{ min: 0.8, points: 8 }, { min: 0.9, points: 10 }, { points: 5 }],
    });
    expect(messages(t)).toMatch(
      /Indicator "x", band 2: min 0.9 is not below the previous band's min 0.8/,
    );
    const same = withRule({
      type: 'bands',
      bands: [{ min: 0.9, points: 10 }, { min: 0.9, points: 8 }, { points: 5 }],
    });
    expect(messages(same)).toMatch(/strictly descending/);
  });

  it('rejects unordered max bands', () => {
    const t = withRule({
      type: 'bands',
      bands: [{ max: 5, points: 10 }, { max: 2, points: 8 }, { points: 5 }],
    });
    expect(messages(t)).toMatch(/max 2 is not above the previous band's max 5/);
  });

  it('requires band points within 0..maxPoints', () => {
    const t = withRule({ type: 'bands', bands: [{ min: 0.9, points: 12 }, { points: -1 }] });
    const text = messages(t);
    expect(text).toMatch(/points 12 must be a finite number from 0 to 10/);
    expect(text).toMatch(/points -1 must be/);
    const bigger = {
      ...withRule({ type: 'bands', bands: [{ min: 0.9, points: 12 }, { points: 5 }] }),
      maxPoints: 20,
    };
    expect(validateTemplate(bigger).valid).toBe(true);
  });

  it('rejects non-finite bounds and weights', () => {
    const t = withRule({ type: 'bands', bands: [{ min: Number.NaN, points: 10 }, { points: 5 }] });
    expect(messages(t)).toMatch(/min NaN must be a finite number/);
    const w = template({
      dimensions: [
        { id: 'a', label, weight: 100, indicators: [ind('a1', Number.POSITIVE_INFINITY)] },
      ],
    });
    expect(messages(w)).toMatch(/Indicator "a1": weight Infinity must be a finite number/);
  });

  it('rejects a linear rule whose end values are equal', () => {
    const t = withRule({
      type: 'linear',
      from: { value: 1, points: 0 },
      to: { value: 1, points: 10 },
    });
    expect(messages(t)).toMatch(/Indicator "x": linear from.value and to.value are both 1/);
  });

  it('rejects an empty band list and an unknown rule type', () => {
    expect(messages(withRule({ type: 'bands', bands: [] }))).toMatch(/has no bands/);
    expect(messages(withRule({ type: 'steps' }))).toMatch(/rule type "steps"/);
  });

  it('rejects a source that is neither a metric nor manual', () => {
    const t = template({
      dimensions: [
        { id: 'a', label, weight: 100, indicators: [{ ...ind('a1', 100), source: {} as never }] },
      ],
    });
    expect(messages(t)).toMatch(/Indicator "a1": source must be/);
  });

  it('names the indicator in every indicator-level message', () => {
    const t = withRule({ type: 'bands', bands: [{ points: 20 }, { min: 1, points: 8 }] });
    for (const issue of validateTemplate(t).issues) expect(issue.message).toContain('"x"');
  });
});

describe('assertValidTemplate', () => {
  it('throws a TemplateError listing every issue', () => {
    const t = withRule({
      type: 'bands',
      bands: [{ min: 0.8, points: 8 }, { min: 0.9, points: 10 }, { points: 5 }],
    });
    expect(() => assertValidTemplate(t)).toThrow(TemplateError);
    expect(() => assertValidTemplate(t)).toThrow(/template "t" is invalid \(1 issue\)/);
  });

  it('passes a valid template', () => {
    expect(() => assertValidTemplate(afterSalesTemplate)).not.toThrow();
  });
});

describe('afterSalesTemplate', () => {
  it('has the five KPIS.md dimensions with their weights', () => {
    expect(afterSalesTemplate.dimensions.map((d) => [d.id, d.weight])).toEqual([
      ['efficiency', 25],
      ['professionalism', 20],
      ['attitude', 20],
      ['resolution', 20],
      ['proactivity', 15],
    ]);
  });

  it('has fifteen indicators, each with 1–3 suggestions in both languages', () => {
    const indicators = afterSalesTemplate.dimensions.flatMap((d) => d.indicators);
    expect(indicators).toHaveLength(15);
    for (const i of indicators) {
      expect(i.suggestions!.length).toBeGreaterThanOrEqual(1);
      expect(i.suggestions!.length).toBeLessThanOrEqual(3);
      for (const s of i.suggestions!) expect(s['zh-CN'] && s['en-US']).toBeTruthy();
    }
  });

  it("carries seed 003's example suggestions", () => {
    const byLabel = new Map(
      afterSalesTemplate.dimensions.flatMap((d) => d.indicators).map((i) => [i.label['zh-CN'], i]),
    );
    expect(byLabel.get('响应及时率')!.suggestions![0]!['zh-CN']).toBe('增加高峰期客服人员');
    expect(byLabel.get('问题判断准确率')!.suggestions![0]!['zh-CN']).toBe('加强产品知识培训');
    expect(byLabel.get('客户问题完全解决率')!.suggestions![0]!['zh-CN']).toBe(
      '建立疑难问题升级机制',
    );
  });

  it('uses fractions for ratio bounds and milliseconds for handling time', () => {
    const [timeliness, , handling] = afterSalesTemplate.dimensions[0]!.indicators;
    expect(timeliness!.rule).toEqual({
      type: 'bands',
      bands: [{ min: 0.95, points: 10 }, { min: 0.9, points: 8 }, { points: 5 }],
    });
    expect(handling!.rule).toEqual({
      type: 'bands',
      bands: [{ max: 7_200_000, points: 10 }, { max: 86_400_000, points: 8 }, { points: 5 }],
    });
  });

  it('is frozen so no host changes it for everyone', () => {
    expect(Object.isFrozen(afterSalesTemplate.dimensions[0]!.indicators[0]!.rule)).toBe(true);
  });

  it('lists the fifteen metrics it needs', () => {
    expect(templateMetrics(afterSalesTemplate)).toEqual([
      'responseTimelinessRate',
      'fcr',
      'avgHandlingTime',
      'diagnosisAccuracy',
      'solutionEffectiveness',
      'qaScore.knowledgeBase',
      'positiveReviewRate',
      'qaScore.etiquette',
      'qaScore.empathy',
      'resolutionRate',
      'complaintClosureRate',
      'repeatFaultRate',
      'followUpRate',
      'careFrequency',
      'opportunityRate',
    ]);
  });
});
