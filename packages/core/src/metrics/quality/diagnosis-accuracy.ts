import { defineMetric } from '../define';
import { field, isTrue, present, ratio } from '../expr/build';
import { diagnosisAccuracyMeta } from './meta';

/**
 * 问题判断准确率 / 服务准确度 — correct diagnoses among the tickets assessed [RULES.md#seed-003-indicators]
 * [RULES.md#seed-004-5].
 *
 * - Numerator: tickets with `diagnosisCorrect === true`.
 * - Denominator: tickets with `diagnosisCorrect` recorded (true or false), whatever their status:
 *   a diagnosis can be assessed before the ticket is resolved.
 * - Exclusions: tickets without an assessment.
 * - Period: `resolvedAt`; an assessed ticket that is not resolved yet goes to its resolution due
 *   instant, else its creation.
 * - Minimum sample: 1. Interval: Wilson 95 %.
 */
export const diagnosisAccuracy = defineMetric({
  ...diagnosisAccuracyMeta,
  formula: {
    'zh-CN': '判断正确的工单 ÷ 经评估的工单',
    'en-US': 'tickets diagnosed correctly ÷ tickets assessed',
  },
  table: 'tickets',
  timestamp: 'resolvedAt',
  seeds: ['003', '004#5'],
  measure: ratio({
    population: present(field('diagnosisCorrect')),
    hit: isTrue(field('diagnosisCorrect')),
  }),
});
