import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '@servicescore/core';
import { ASOF, cohort, customer, run } from './fixtures';

describe('churnRate', () => {
  it('is active at start, not at end ÷ active at start', () => {
    // 1 ÷ 4 = 0.25
    const v = run('churnRate', cohort);
    expect(v.value).toBe(0.25);
    expect(v.denominator).toBe(4);
  });

  it('adds up to 1 with retentionRate over the same records (property)', () => {
    const arb = fc.array(
      fc.record({
        activeAtStart: fc.option(fc.boolean(), { nil: undefined }),
        activeAtEnd: fc.option(fc.boolean(), { nil: undefined }),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const evaluation = evaluate(
          { tickets: [], calls: [], agents: [], customers: rows.map((r) => customer(r)) },
          { metrics: ['retentionRate', 'churnRate'], asOf: ASOF },
        );
        const kept = evaluation.overall.retentionRate;
        const lost = evaluation.overall.churnRate;
        expect(kept?.denominator).toBe(lost?.denominator);
        if (kept?.value === null) expect(lost?.value).toBeNull();
        else expect((kept?.value ?? 0) + (lost?.value ?? 0)).toBeCloseTo(1, 12);
      }),
    );
  });
});
