import {
  type ScorecardResult,
  type ScorecardTemplate,
  type ScoringRule,
  scoreScorecard,
} from '@servicescore/core';

const HOUR = 3_600_000;
const atLeast = (hi: number, lo: number): ScoringRule => ({
  type: 'bands',
  bands: [{ min: hi, points: 10 }, { min: lo, points: 8 }, { points: 5 }],
});

/**
 * Two dimensions, four indicators:
 * - speed (60): timely 40 (ratio, ≥ 95 % → 10, ≥ 90 % → 8, else 5), handling 20 (≤ 2 h → 10, ≤ 24 h → 8, else 5)
 * - care (40): followUp 30 (ratio), manualCheck 10 (manual points)
 */
export const smallTemplate: ScorecardTemplate = {
  id: 'small',
  label: { 'zh-CN': '小型考核表', 'en-US': 'Small scorecard' },
  dimensions: [
    {
      id: 'speed',
      label: { 'zh-CN': '速度', 'en-US': 'Speed' },
      weight: 60,
      indicators: [
        {
          id: 'timely',
          label: { 'zh-CN': '响应及时率', 'en-US': 'Timely response' },
          source: { metric: 'responseTimelinessRate' },
          weight: 40,
          rule: atLeast(0.95, 0.9),
          suggestions: [{ 'zh-CN': '增加高峰期客服人员', 'en-US': 'Add staff at peak hours' }],
        },
        {
          id: 'handling',
          label: { 'zh-CN': '平均处理时长', 'en-US': 'Handling time' },
          source: { metric: 'avgHandlingTime' },
          weight: 20,
          rule: {
            type: 'bands',
            bands: [{ max: 2 * HOUR, points: 10 }, { max: 24 * HOUR, points: 8 }, { points: 5 }],
          },
          suggestions: [{ 'zh-CN': '优化流程', 'en-US': 'Streamline the process' }],
        },
      ],
    },
    {
      id: 'care',
      label: { 'zh-CN': '关怀', 'en-US': 'Care' },
      weight: 40,
      indicators: [
        {
          id: 'followUp',
          label: { 'zh-CN': '回访及时性', 'en-US': 'Follow-up' },
          source: { metric: 'followUpRate' },
          weight: 30,
          rule: atLeast(1, 0.9),
        },
        {
          id: 'manualCheck',
          label: { 'zh-CN': '现场检查', 'en-US': 'Site check' },
          source: { manual: true },
          weight: 10,
          rule: atLeast(90, 80),
        },
      ],
    },
  ],
};

/**
 * timely 0.93 → 8 pts (score 80); handling 1 h → 10 pts (100); followUp missing; manualCheck 6 pts (60).
 * Total (renormalised) = (80·40 + 100·20 + 60·10) / 70 = 5800 / 70 = 82.857 → "82.9", 良好; coverage 70/100 = 70 %.
 * speed = (80·40 + 100·20) / 60 = 86.67 → "86.7" 良好; care = 60 → "60.0" 合格.
 * Weighted: timely 3200/70 = 45.71, handling 2000/70 = 28.57, manualCheck 600/70 = 8.57.
 */
export function smallResult(): ScorecardResult {
  return scoreScorecard(
    smallTemplate,
    { timely: 0.93, handling: HOUR, followUp: null },
    { manual: { manualCheck: 6 } },
  );
}

/** All four indicators with data: followUp 1.0 → 10 pts, so coverage is 100 %. */
export function fullResult(): ScorecardResult {
  return scoreScorecard(
    smallTemplate,
    { timely: 0.93, handling: HOUR, followUp: 1 },
    { manual: { manualCheck: 6 } },
  );
}

/** followUp has a value on too small a sample: 样本不足, not scored. */
export function insufficientResult(): ScorecardResult {
  return scoreScorecard(
    smallTemplate,
    {
      timely: 0.93,
      handling: HOUR,
      followUp: {
        metricId: 'followUpRate',
        value: 0.5,
        unit: 'ratio',
        sampleSize: 3,
        sufficient: false,
      },
    },
    { manual: { manualCheck: 6 } },
  );
}

/**
 * Only timely (40) has data: coverage 40/100 = 40 % < the default minCoverage 60 %, so the total
 * (80, from timely's 8 points alone) is given but not graded.
 */
export function lowCoverageResult(): ScorecardResult {
  return scoreScorecard(smallTemplate, { timely: 0.93, handling: null, followUp: null });
}
