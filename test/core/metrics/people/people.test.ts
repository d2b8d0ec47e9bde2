import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgentRecord } from '@servicescore/core';
import { evaluate } from '@servicescore/core';
import type { EvaluateOptions } from '@servicescore/core';

const ASOF = Date.UTC(2026, 3, 1);

function agent(fields: Partial<AgentRecord> = {}): AgentRecord {
  return { agentId: 'a', period: '2026-03', ...fields };
}
function run(id: string, agents: AgentRecord[], options: Partial<EvaluateOptions> = {}) {
  const evaluation = evaluate(
    { tickets: [], calls: [], agents, customers: [] },
    { metrics: [id], asOf: ASOF, ...options },
  );
  const value = evaluation.overall[id];
  if (value === undefined) throw new Error(`no value for ${id}`);
  return value;
}

describe('trainingParticipationRate', () => {
  it('is trained ÷ agents whose training is known', () => {
    // true, true, false → 2 ÷ 3; the record without `trained` is left out
    const v = run('trainingParticipationRate', [
      agent({ trained: true }),
      agent({ trained: true }),
      agent({ trained: false }),
      agent(),
    ]);
    expect(v.numerator).toBe(2);
    expect(v.denominator).toBe(3);
    expect(v.interval?.[0]).toBeCloseTo(0.2077, 4); // Wilson 2 of 3
  });

  it('is null with noData for no agents', () => {
    expect(run('trainingParticipationRate', []).reason).toBe('noData');
  });
});

describe('avgTrainingHours', () => {
  it('is the mean of the training hours given, an explicit 0 included', () => {
    // (4 + 8 + 0) ÷ 3 = 4
    const v = run('avgTrainingHours', [
      agent({ trainingHours: 4 }),
      agent({ trainingHours: 8 }),
      agent({ trainingHours: 0 }),
      agent(),
    ]);
    expect(v.value).toBe(4);
    expect(v.count).toBe(3);
    expect(v.unit).toBe('number');
  });

  it('is null with noData when no hours are given', () => {
    expect(run('avgTrainingHours', [agent()]).value).toBeNull();
  });
});

describe('examPassRate', () => {
  it('is passed ÷ took the exam', () => {
    // taken: passed, failed, no result (not passed) → 1 ÷ 3; not taken and unknown left out
    const v = run('examPassRate', [
      agent({ examTaken: true, examPassed: true }),
      agent({ examTaken: true, examPassed: false }),
      agent({ examTaken: true }),
      agent({ examTaken: false }),
      agent({ examPassed: true }),
    ]);
    expect(v.numerator).toBe(1);
    expect(v.denominator).toBe(3);
  });

  it('is null with noData when nobody took the exam', () => {
    expect(run('examPassRate', [agent({ examTaken: false })]).reason).toBe('noData');
  });
});

describe('goalCompletionRate', () => {
  it('pools goals met ÷ goals set over agents', () => {
    // (3 + 1) ÷ (4 + 6) = 0.4 (the mean of 0.75 and 0.1667 would be 0.458)
    const v = run('goalCompletionRate', [
      agent({ goalsMet: 3, goalsSet: 4 }),
      agent({ goalsMet: 1, goalsSet: 6 }),
      agent({ goalsSet: 5 }), // no goalsMet: left out
    ]);
    expect(v.value).toBe(0.4);
    expect(v.numerator).toBe(4);
    expect(v.denominator).toBe(10);
    expect(v.sampleSize).toBe(2);
    expect(v.interval?.[0]).toBeCloseTo(0.1682, 4); // Wilson 4 of 10
    expect(v.interval?.[1]).toBeCloseTo(0.6873, 4);
  });

  it('is null with noData when no goals were set', () => {
    const v = run('goalCompletionRate', [agent({ goalsMet: 0, goalsSet: 0 })]);
    expect(v.value).toBeNull();
    expect(v.reason).toBe('noData');
  });
});

describe('improvementPlanCompletion', () => {
  it('pools plan items done ÷ set over agents', () => {
    // (2 + 1) ÷ (2 + 3) = 0.6
    const v = run('improvementPlanCompletion', [
      agent({ plansDone: 2, plansSet: 2 }),
      agent({ plansDone: 1, plansSet: 3 }),
    ]);
    expect(v.value).toBe(0.6);
    expect(v.interval?.[0]).toBeCloseTo(0.2307, 4); // Wilson 3 of 5
  });

  it('is null with noData for no agents', () => {
    expect(run('improvementPlanCompletion', []).value).toBeNull();
  });
});

describe('employeeSatisfaction', () => {
  it('is satisfied ÷ answered, non-respondents left out', () => {
    // true, true, false → 2 ÷ 3
    const v = run('employeeSatisfaction', [
      agent({ satisfied: true }),
      agent({ satisfied: true }),
      agent({ satisfied: false }),
      agent(),
    ]);
    expect(v.value).toBeCloseTo(2 / 3, 12);
    expect(v.denominator).toBe(3);
  });
});

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

describe('agent records are put into periods by their period key', () => {
  it('splits months', () => {
    const evaluation = evaluate(
      {
        tickets: [],
        calls: [],
        agents: [
          agent({ period: '2026-02', trained: false }),
          agent({ period: '2026-03', trained: true }),
        ],
        customers: [],
      },
      { metrics: ['trainingParticipationRate'], asOf: ASOF, period: 'month' },
    );
    expect(
      evaluation.periods.map((p) => [p.period, p.values.trainingParticipationRate?.value]),
    ).toEqual([
      ['2026-02', 0],
      ['2026-03', 1],
    ]);
  });
});
