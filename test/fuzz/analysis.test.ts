import fc from 'fast-check';
import { checkTargets, compare, pareto, serviceStandardTargets } from '@servicescore/core';
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

const category = fc.constantFrom('响应慢', 'slow', 'rude', '', '𝒜', 'slow');
const paretoItem = fc.oneof(
  { weight: 8, arbitrary: fc.record({ category, count: fc.nat({ max: 1000 }) }) },
  { weight: 2, arbitrary: fc.record({ category, count: nastyNumber }) },
  {
    weight: 1,
    arbitrary: fc.record({ category: anyValue, count: anyValue }, { requiredKeys: [] }),
  },
  { weight: 1, arbitrary: anyValue },
);
const share = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }),
  nastyNumber,
  fc.constant(undefined),
);

describe('fuzz: pareto, compare, targets', () => {
  it('pareto gives shares in 0..1, a non-decreasing cumulative share ending at 1, and keeps every count', () => {
    const options = fc.record(
      {
        cutoff: share,
        dropZeros: fc.boolean(),
        locale: fc.constantFrom<unknown>('zh-CN', 'en-US', 'fr-FR'),
        other: fc.record(
          {
            maxBars: fc.oneof(fc.integer({ min: -1, max: 6 }), nastyNumber),
            minShare: share,
            label: fc.string({ maxLength: 3 }),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    );
    fuzz('pareto', [fc.array(paretoItem, { maxLength: 10 }), options], (items, o) => {
      const frozen = deepFreeze({ items, o });
      const before = JSON.stringify(frozen);
      const r = tolerant(() => pareto(frozen.items as never, frozen.o as never));
      expect(JSON.stringify(frozen)).toBe(before);
      if (r === undefined) return;
      expectFinite(r);
      let last = 0;
      let sum = 0;
      for (const item of r.items) {
        expect(item.share).toBeGreaterThanOrEqual(0);
        expect(item.share).toBeLessThanOrEqual(1);
        expect(item.cumulativeShare).toBeGreaterThanOrEqual(last - 1e-12);
        expect(item.cumulativeShare).toBeLessThanOrEqual(1);
        last = item.cumulativeShare;
        sum += item.count;
      }
      expect(Math.abs(sum - r.total)).toBeLessThanOrEqual(1e-9 * Math.max(1, r.total));
      if (r.items.length > 0 && r.total > 0) expect(r.items.at(-1)!.cumulativeShare).toBe(1);
    });
  });

  it('compare never gives NaN, and only throws a RangeError for values of two metrics', () => {
    const direction = fc.constantFrom<unknown>(
      undefined,
      'higher',
      'lower',
      { direction: 'lower' },
      'sideways',
      null,
    );
    fuzz('compare', [metricValue, metricValue, direction, fc.boolean()], (b, a, d, same) => {
      const after = same ? { ...a, metricId: b.metricId } : a;
      const frozen = deepFreeze({ b, after, d });
      const before = JSON.stringify(frozen);
      let message = '';
      const c = tolerant(() => {
        try {
          return compare(frozen.b as never, frozen.after as never, frozen.d as never);
        } catch (error) {
          message = (error as Error).message;
          throw error;
        }
      });
      expect(JSON.stringify(frozen)).toBe(before);
      if (c === undefined) {
        // Only two different metrics, a direction other than higher/lower, or (issue 12) two
        // units or a value outside its unit's domain may throw — each named in the message.
        const bad = typeof d === 'string' ? d : (d as { direction?: unknown } | null)?.direction;
        const refusedDomain =
          /values in two units|has the value .*: a (ratio|duration|count|score) is|is in unit/.test(
            message,
          );
        expect(
          refusedDomain ||
            !same ||
            (d !== undefined && d !== null && bad !== 'higher' && bad !== 'lower'),
        ).toBe(true);
        return;
      }
      expectFinite(c);
      if (c.pValue !== null) {
        expect(c.pValue).toBeGreaterThanOrEqual(0);
        expect(c.pValue).toBeLessThanOrEqual(1);
      }
      expect(['improved', 'worsened', 'unchanged', 'unknown']).toContain(c.change);
    });
  });

  it('checkTargets gives one finite check per target, with a non-negative attainment', () => {
    const values = fc.dictionary(
      fc.constantFrom(...metricIds, 'avgFirstResponseTime', 'complaintSatisfaction'),
      fc.oneof(nastyNumber, metricValue, fc.constant(null)),
      { maxKeys: 10 },
    );
    const target = fc.record(
      {
        metricId: fc.constantFrom(...metricIds),
        comparator: fc.constantFrom<unknown>('>=', '>', '<=', '<', '=='),
        target: nastyNumber,
        relativeTo: fc.constantFrom<unknown>(undefined, 'previous'),
      },
      { requiredKeys: ['metricId', 'comparator', 'target'] },
    );
    const targets = fc.oneof(
      fc.constant(serviceStandardTargets),
      fc.array(target, { maxLength: 5 }),
    );
    const previous = fc.oneof(fc.constant(undefined), values);
    fuzz('checkTargets', [values, targets, previous], (v, t, p) => {
      const frozen = deepFreeze({ v, t, p });
      const before = JSON.stringify(frozen);
      const r = tolerant(() =>
        checkTargets(
          frozen.v as never,
          frozen.t as never,
          frozen.p === undefined ? {} : { previous: frozen.p as never },
        ),
      );
      expect(JSON.stringify(frozen)).toBe(before);
      if (r === undefined) return;
      expect(r).toHaveLength((frozen.t as unknown[]).length);
      expectFinite(r);
      for (const check of r) {
        expect(['met', 'notMet', 'insufficient']).toContain(check.status);
        if (check.attainment !== null) expect(check.attainment).toBeGreaterThanOrEqual(0);
      }
    });
  });
});
