import type { AgentRecord } from '../../data/types';
import { defineMetric } from '../define';
import { Outcome, ratioAccumulator } from '../kit';

/**
 * 技能考核合格率 Skills exam pass rate [seed 000].
 *
 * - Numerator: records with `examTaken: true` and `examPassed: true`.
 * - Denominator: records with `examTaken: true`. A taken exam without `examPassed: true` counts as
 *   not passed. `examPassed` without `examTaken: true` is not counted (set `examTaken` too).
 * - Period: the record's `period`. Minimum sample: 1.
 */
export const examPassRate = defineMetric({
  id: 'examPassRate',
  label: { 'zh-CN': '技能考核合格率', 'en-US': 'Exam pass rate' },
  formula: { 'zh-CN': '考核合格人数 ÷ 参加考核人数', 'en-US': 'passed ÷ took the exam' },
  unit: 'ratio',
  direction: 'higher',
  category: 'people',
  table: 'agents',
  timestamp: 'period',
  minSample: 1,
  seeds: ['000'],
  accumulator: ratioAccumulator((a: AgentRecord) =>
    a.examTaken !== true ? Outcome.Skip : a.examPassed === true ? Outcome.Hit : Outcome.Miss,
  ),
});
