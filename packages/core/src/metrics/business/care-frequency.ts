import { defineMetric } from '../define';
import { field, lit, present, sumRatio } from '../expr/build';
import { careFrequencyMeta } from './meta';

/**
 * 使用提醒/关怀频次 Care contacts per customer [RULES.md#seed-003-indicators].
 *
 * - Value: Σ `careContacts` ÷ customer records with `careContacts` known (an explicit 0 counts in
 *   the denominator; a missing value is left out). Unit `number` (contacts per customer per period).
 * - `numerator` = Σ contacts, `denominator` = customers.
 * - Period: the record's `period`. Minimum sample: 1.
 */
export const careFrequency = defineMetric({
  ...careFrequencyMeta,
  formula: {
    'zh-CN': 'Σ 关怀联系次数 ÷ 客户数',
    'en-US': 'Σ care contacts ÷ customers',
  },
  table: 'customers',
  timestamp: 'period',
  seeds: ['003'],
  measure: sumRatio({
    population: present(field('careContacts')),
    numerator: field('careContacts'),
    denominator: lit(1),
  }),
});
