import fc from 'fast-check';
import {
  afterSalesTemplate,
  formatValue,
  gradeOf,
  type ScorecardTemplate,
  scoreScorecard,
  validateTemplate,
} from '@servicescore/core';
import { describe, expect, it } from 'vitest';
import {
  anyValue,
  deepFreeze,
  expectFinite,
  fuzz,
  metricIds,
  metricValue,
  nastyNumber,
  tolerant,
} from './fuzz-kit';

const band = fc.record(
  {
    min: fc.oneof(fc.integer({ min: 0, max: 100 }), nastyNumber),
    max: nastyNumber,
    points: nastyNumber,
  },
  { requiredKeys: ['points'] },
);
const rule = fc.oneof(
  fc.record({ type: fc.constant('bands'), bands: fc.array(band, { maxLength: 4 }) }),
  fc.record({
    type: fc.constant('linear'),
    from: fc.record({ value: nastyNumber, points: nastyNumber }),
    to: fc.record({ value: nastyNumber, points: nastyNumber }),
  }),
  fc.record({ type: fc.constantFrom('steps', undefined) }),
);
const label = fc.constantFrom({ 'zh-CN': '指标', 'en-US': 'Indicator' }, undefined);
const indicator = fc.record({
  id: fc.constantFrom('i1', 'i2', 'i3', 'i1', ''),
  label,
  source: fc.oneof(
    fc.record({ metric: fc.constantFrom(...metricIds, 'nope') }),
    fc.constant({ manual: true as const }),
    anyValue,
  ),
  weight: fc.oneof(fc.constantFrom(0, 25, 50, 100), nastyNumber),
  rule,
  maxPoints: fc.oneof(fc.constant(undefined), fc.constantFrom(5, 10), nastyNumber),
});
const dimension = fc.record({
  id: fc.constantFrom('d1', 'd2', 'd1'),
  label,
  weight: fc.oneof(fc.constantFrom(0, 50, 100), nastyNumber),
  indicators: fc.array(indicator, { maxLength: 3 }),
});
/** Random templates (nearly always invalid) and the real one. */
const template: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(afterSalesTemplate) },
  {
    weight: 3,
    arbitrary: fc.record(
      {
        id: fc.constantFrom('t', '', undefined),
        label,
        dimensions: fc.oneof(fc.array(dimension, { maxLength: 3 }), anyValue),
        missing: fc.constantFrom('renormalise', 'zero', 'drop', undefined),
        maxPoints: fc.oneof(fc.constant(undefined), nastyNumber),
      },
      { requiredKeys: ['id', 'dimensions'] },
    ),
  },
);
/** Inputs keyed by metric id: numbers (nasty ones too), MetricValue-likes, nulls. */
const inputs = fc.dictionary(
  fc.constantFrom(...templateIds(), ...metricIds),
  fc.oneof(nastyNumber, metricValue, fc.constant(null), fc.constant(undefined)),
  { maxKeys: 12 },
);

function templateIds(): string[] {
  return afterSalesTemplate.dimensions.flatMap((d) =>
    d.indicators.flatMap((i) => ('metric' in i.source ? [i.id, i.source.metric] : [i.id])),
  );
}

describe('fuzz: scoring and formatting', () => {
  it('validateTemplate reports problems of object templates and never throws', () => {
    fuzz('validateTemplate', [template], (t) => {
      const frozen = deepFreeze(t);
      const before = JSON.stringify(frozen);
      const v = validateTemplate(frozen as ScorecardTemplate);
      expect(JSON.stringify(frozen)).toBe(before);
      expect(v.valid).toBe(v.issues.length === 0);
      for (const issue of v.issues) expect(issue.message).toMatch(/[A-Za-z]{3}/);
    });
  });

  it('scoreScorecard gives a finite total in 0..100 and coverage in 0..1, or a readable error', () => {
    const manual = fc.dictionary(
      fc.constantFrom(...templateIds().slice(0, 4), 'nope'),
      nastyNumber,
      {
        maxKeys: 2,
      },
    );
    const options = fc.record(
      {
        manual,
        missing: fc.constantFrom('renormalise', 'zero', 'drop'),
        precision: fc.constantFrom(0, 1, 2, -1, 1.5, 30),
      },
      { requiredKeys: [] },
    );
    fuzz('scoreScorecard', [template, inputs, options], (t, i, o) => {
      const frozen = deepFreeze({ t, i, o });
      const before = JSON.stringify(frozen);
      const r = tolerant(() =>
        scoreScorecard(frozen.t as ScorecardTemplate, frozen.i as never, frozen.o as never),
      );
      expect(JSON.stringify(frozen)).toBe(before);
      if (r === undefined) return;
      expectFinite(r);
      if (r.total !== null) {
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(100 + 1e-9);
      }
      expect(r.coverage).toBeGreaterThanOrEqual(0);
      expect(r.coverage).toBeLessThanOrEqual(1 + 1e-12);
      for (const d of r.dimensions) {
        expect(d.coverage).toBeGreaterThanOrEqual(0);
        expect(d.coverage).toBeLessThanOrEqual(1 + 1e-12);
        for (const ind of d.indicators) {
          if (ind.score !== null) {
            expect(ind.score).toBeGreaterThanOrEqual(0);
            expect(ind.score).toBeLessThanOrEqual(100 + 1e-9);
          }
        }
      }
    });
  });

  it('gradeOf grades every finite score and rejects the rest with a RangeError', () => {
    const precision = fc.constantFrom<unknown>(undefined, 0, 1, 2, -1, 0.5, 21, Number.NaN);
    const scale = fc.oneof(
      { weight: 4, arbitrary: fc.constant(undefined) },
      {
        weight: 1,
        arbitrary: fc.array(
          fc.record({ id: fc.constantFrom('excellent', 'pass', 'x'), min: nastyNumber, label }),
          { maxLength: 4 },
        ),
      },
      { weight: 1, arbitrary: anyValue },
    );
    fuzz('gradeOf', [fc.oneof(nastyNumber, anyValue), scale, precision], (score, s, p) => {
      const args = deepFreeze({ s, p });
      const g = tolerant(() =>
        gradeOf(
          score as number,
          args.s as never,
          args.p === undefined ? {} : { precision: args.p as number },
        ),
      );
      if (g === undefined) return;
      expectFinite(g);
      expect(typeof score === 'number' && Number.isFinite(score)).toBe(true);
      expect(['excellent', 'good', 'pass', 'needsImprovement', 'x']).toContain(g.id);
    });
  });

  it('formatValue gives text for every value and "—" for missing or non-finite ones', () => {
    const unit = fc.constantFrom<unknown>(
      'ratio',
      'duration',
      'points',
      'count',
      'score',
      'number',
      'percent',
      undefined,
    );
    const options = fc.record(
      {
        locale: fc.constantFrom<unknown>('zh-CN', 'en-US', 'fr-FR'),
        precision: fc.constantFrom<unknown>(0, 1, 3, 20, -1, 21, 1.5, Number.NaN),
        signDisplay: fc.constantFrom<unknown>('auto', 'always', 'exceptZero', 'never'),
      },
      { requiredKeys: [] },
    );
    fuzz('formatValue', [fc.oneof(nastyNumber, anyValue), unit, options], (v, u, o) => {
      const text = tolerant(() => formatValue(v as number, u as never, deepFreeze(o) as never));
      if (text === undefined) return;
      expect(typeof text).toBe('string');
      expect(text.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/NaN|Infinity|∞|undefined|null/);
      if (typeof v !== 'number' || !Number.isFinite(v)) expect(text).toBe('—');
    });
  });
});
