import { describe, expect, it } from 'vitest';
import type { IndicatorResult, ScorecardResult } from '@servicescore/core';
import { gradeOf } from '@servicescore/core';
import { agentAssessmentReport } from '@servicescore/core';

const ind = (
  id: string,
  points: number | null,
  weight: number,
  suggestion?: string,
): IndicatorResult =>
  ({
    id,
    label: { 'zh-CN': id, 'en-US': id },
    metricId: id,
    value: points === null ? null : points / 10,
    unit: 'ratio',
    sampleSize: 100,
    status: points === null ? 'missing' : 'scored',
    points,
    maxPoints: 10,
    score: points === null ? null : points * 10,
    weight,
    weightedScore: points === null ? null : points * weight * 0.1,
    tone: null,
    bandIndex: null,
    rule: { kind: 'bands', bands: [{ points: 10 }] },
    suggestions: suggestion ? [{ 'zh-CN': suggestion, 'en-US': suggestion }] : [],
  }) as unknown as IndicatorResult;

// Seed 003 template 1 sample points: 响应及时率 8, 问题判断准确率 7, 沟通耐心度 9, 完全解决率 6 (of 10).
const result: ScorecardResult = {
  templateId: 'afterSales',
  label: { 'zh-CN': '售后', 'en-US': 'After-sales' },
  total: 75,
  grade: gradeOf(75),
  coverage: 0.9,
  missing: 'renormalise',
  dimensions: [
    {
      id: 'efficiency',
      label: { 'zh-CN': '服务效率', 'en-US': 'Efficiency' },
      weight: 30,
      score: 80,
      coverage: 1,
      weightedScore: 24,
      tone: 'good',
      indicators: [
        ind('responseTimeliness', 8, 10, '增加高峰期客服人员'),
        ind('avgHandling', null, 20),
      ],
    },
    {
      id: 'professionalism',
      label: { 'zh-CN': '服务专业度', 'en-US': 'Professionalism' },
      weight: 20,
      score: 70,
      coverage: 1,
      weightedScore: 14,
      tone: 'pass',
      indicators: [
        ind('diagnosisAccuracy', 7, 10, '加强产品知识培训'),
        ind('knowledgeBase', 10, 10),
      ],
    },
    {
      id: 'resolution',
      label: { 'zh-CN': '问题解决效果', 'en-US': 'Resolution' },
      weight: 30,
      score: 60,
      coverage: 1,
      weightedScore: 18,
      tone: 'pass',
      indicators: [ind('fullResolution', 6, 10, '建立疑难问题升级机制'), ind('closure', 7, 20)],
    },
  ],
} as unknown as ScorecardResult;

describe('agentAssessmentReport', () => {
  it('lists the weakest indicators, lowest share of points first, heavier weight first on ties', () => {
    const r = agentAssessmentReport(result, {
      agent: { id: 'A07', name: '王芳' },
      period: '2026-Q3',
    });
    // 6/10 (fullResolution), then 7/10 twice: closure (weight 20) before diagnosisAccuracy (10).
    // Full points (knowledgeBase) and missing (avgHandling) are never weak.
    expect(r.weakest.map((w) => [w.id, w.score])).toEqual([
      ['fullResolution', 60],
      ['closure', 70],
      ['diagnosisAccuracy', 70],
    ]);
    expect(r.weakest[0]!.suggestions[0]!['zh-CN']).toBe('建立疑难问题升级机制');
    expect(r.grade?.id).toBe('pass'); // 75 is 合格 (60–79)
    expect(r.dimensions.map((d) => d.score)).toEqual([80, 70, 60]);
    expect(r.name).toBe('王芳');
    expect(r.period).toBe('2026-Q3');
  });

  it('groups training topics by dimension, once each, naming the indicators that call for them', () => {
    const r = agentAssessmentReport(result, { agent: { id: 'A07' } });
    expect(
      r.training.map((t) => [
        typeof t.topic === 'string' ? t.topic : t.topic['zh-CN'],
        t.indicators,
      ]),
    ).toEqual([
      ['疑难问题升级与闭环处理', ['fullResolution', 'closure']],
      ['产品知识与故障诊断培训', ['diagnosisAccuracy']],
    ]);
  });

  it("takes the host's training by indicator id before dimension id, and its consequence by grade", () => {
    const r = agentAssessmentReport(result, {
      agent: { id: 'A07' },
      weakest: 1,
      training: { fullResolution: ['疑难工单复盘会'], resolution: ['不会用到'] },
      consequences: {
        pass: { label: '绩效系数 1.0，安排辅导', bonusCoefficient: 1, measures: ['一对一辅导'] },
      },
    });
    expect(r.training).toEqual([{ topic: '疑难工单复盘会', indicators: ['fullResolution'] }]);
    expect(r.consequence?.bonusCoefficient).toBe(1);
    expect(
      agentAssessmentReport(result, {
        agent: { id: 'A07' },
        consequences: { excellent: { label: 'x' } },
      }).consequence,
    ).toBeNull();
  });

  it('has no grade and no consequence when the scorecard has none', () => {
    const r = agentAssessmentReport(
      { ...result, total: null, grade: null },
      { agent: { id: 'A01' }, consequences: { pass: { label: 'x' } } },
    );
    expect(r.grade).toBeNull();
    expect(r.consequence).toBeNull();
  });

  it('names the bad option', () => {
    expect(() => agentAssessmentReport(result, { agent: { id: ' ' } })).toThrow(
      /options.agent.id " " must be a non-blank string/,
    );
    expect(() => agentAssessmentReport(result, { agent: { id: 'A' }, weakest: 1.5 })).toThrow(
      /weakest 1.5 must be a whole number/,
    );
    expect(() =>
      agentAssessmentReport(null as unknown as ScorecardResult, { agent: { id: 'A' } }),
    ).toThrow(/needs a ScorecardResult/);
  });
});
