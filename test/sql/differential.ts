import { evaluate } from '@servicescore/core';
import { evaluateSql, type SqlEvaluateOptions } from '@servicescore/core/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asOf, differentialCases, differentialDataset, hostile } from './cases';
import type { OpenEngine } from './engines/runners';
import type { ServiceDataset } from '@servicescore/core';
import { evaluationDifferences } from './same-evaluation';

/**
 * The differential suite for one engine: `evaluateSql` on the engine equals `evaluate` in JS on
 * the same records, every field of every value (counts exactly, sums and quantiles to 1e-9
 * relative), the same groups, periods and bookkeeping.
 */
export function differentialSuite(
  name: string,
  open: (dataset: ServiceDataset) => Promise<OpenEngine>,
  options: { withNul: boolean },
): void {
  describe(`${name}: evaluateSql equals evaluate`, () => {
    const dataset = differentialDataset(options.withNul);
    let engine: OpenEngine;
    beforeAll(async () => {
      engine = await open(dataset);
    }, 180_000);
    afterAll(async () => engine?.close());

    for (const c of differentialCases()) {
      it(c.name, async () => {
        const expected = evaluate(dataset, c.options);
        const actual = await evaluateSql(engine.runner, {
          ...(c.options as SqlEvaluateOptions),
          tables: engine.tables,
        });
        expect(evaluationDifferences(actual, expected)).toEqual([]);
        // Parsed records keep the data contract: every row read is accepted.
        for (const table of ['tickets', 'calls', 'agents', 'customers'] as const) {
          const n = dataset[table].length;
          expect(actual.rejected.counts[table]).toEqual({ input: n, accepted: n, rejected: 0 });
        }
        // The comparison is over real figures, not empty ones.
        expect(expected.records.tickets).toBeGreaterThan(300);
        expect(expected.overall.csat?.denominator).toBeGreaterThan(50);
        expect(expected.asOf).toBe(asOf);
        if (c.options.groupBy === 'segment' || c.options.groupBy === 'category') {
          // Hostile values are groups of their own, on both sides.
          const keys = new Set(actual.groups.map((g) => g.key));
          for (const value of hostile) expect(keys.has(value)).toBe(true);
          if (options.withNul) expect([...keys].some((k) => k.includes('\u0000'))).toBe(true);
        }
      });
    }
  });
}
