import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '@servicescore/core';
import { ASOF, agent, run } from './fixtures';

describe('growthIndex', () => {
  const two = [
    agent({ agentId: 'a', assessmentStart: 50, assessmentEnd: 100 }), // +100 %
    agent({ agentId: 'b', assessmentStart: 100, assessmentEnd: 100 }), // +0 %
  ];

  it('pools Σ end ÷ Σ start − 1, not the mean of per-agent growth', () => {
    // pooled: (100 + 100) ÷ (50 + 100) − 1 = 200 ÷ 150 − 1 = 0.333…
    // mean of per-agent growth would be (1 + 0) ÷ 2 = 0.5
    const v = run('growthIndex', two);
    expect(v.value).toBeCloseTo(1 / 3, 12);
    expect(v.value).not.toBeCloseTo(0.5, 3);
    expect(v.numerator).toBe(200);
    expect(v.denominator).toBe(150);
    expect(v.sampleSize).toBe(2);
  });

  it('gives each agent their own growth and the team the pooled one', () => {
    const evaluation = evaluate(
      { tickets: [], calls: [], agents: two, customers: [] },
      { metrics: ['growthIndex'], asOf: ASOF, groupBy: 'agentId' },
    );
    expect(evaluation.groups.map((g) => [g.key, g.values.growthIndex?.value])).toEqual([
      ['a', 1],
      ['b', 0],
    ]);
    expect(evaluation.overall.growthIndex?.value).toBeCloseTo(1 / 3, 12);
  });

  it('rolls per-agent parts up exactly into the team value (property)', () => {
    const arb = fc.array(
      fc.record({
        agentId: fc.constantFrom('a', 'b', 'c'),
        assessmentStart: fc.integer({ min: 1, max: 100 }),
        assessmentEnd: fc.integer({ min: 0, max: 100 }),
      }),
      { minLength: 1, maxLength: 20 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const evaluation = evaluate(
          { tickets: [], calls: [], agents: rows.map((r) => agent(r)), customers: [] },
          { metrics: ['growthIndex'], asOf: ASOF, groupBy: 'agentId' },
        );
        let end = 0;
        let start = 0;
        for (const g of evaluation.groups) {
          end += g.values.growthIndex?.numerator ?? 0;
          start += g.values.growthIndex?.denominator ?? 0;
        }
        const sumEnd = rows.reduce((s, r) => s + r.assessmentEnd, 0);
        const sumStart = rows.reduce((s, r) => s + r.assessmentStart, 0);
        expect([end, start]).toEqual([sumEnd, sumStart]);
        expect(evaluation.overall.growthIndex?.value).toBeCloseTo(sumEnd / sumStart - 1, 12);
      }),
    );
  });

  it('is negative when the assessment falls', () => {
    // 60 ÷ 80 − 1 = −0.25
    expect(run('growthIndex', [agent({ assessmentStart: 80, assessmentEnd: 60 })]).value).toBe(
      -0.25,
    );
  });

  it('leaves out records missing either assessment and is null with noData without any', () => {
    const v = run('growthIndex', [agent({ assessmentStart: 80 }), agent({ assessmentEnd: 90 })]);
    expect(v.value).toBeNull();
    expect(v.reason).toBe('noData');
    expect(v.sampleSize).toBe(0);
  });
});
