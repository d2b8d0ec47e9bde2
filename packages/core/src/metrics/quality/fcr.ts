import { defineMetric } from '../define';
import { and, coalesce, eq, field, lte, present, ratio, resolved } from '../expr/build';
import { fcrMeta } from './meta';

/**
 * 首次解决率 / 一次解决率 FCR — resolved at the first contact [RULES.md#seed-000-efficiency]
 * [RULES.md#seed-003-indicators] [RULES.md#seed-003-data].
 *
 * - Numerator: resolved tickets with `contacts ≤ 1` and no reopen (`reopens` missing counts as 0).
 *   `contacts: 0` (resolved before the customer had to get in touch, e.g. a proactive fix) counts
 *   as first-contact resolution.
 * - Denominator: resolved tickets whose `contacts` is known; tickets without `contacts` are left
 *   out rather than guessed.
 * - Exclusions: open and pending tickets (not resolved yet), closed-without-resolution tickets.
 * - Period: `resolvedAt`.
 * - Minimum sample: 1. Interval: Wilson 95 %.
 */
export const fcr = defineMetric({
  ...fcrMeta,
  formula: {
    'zh-CN': '一次联系内解决且未复开的已解决工单 ÷ 记录了联系次数的已解决工单',
    'en-US':
      'resolved tickets with ≤ 1 contact and no reopen ÷ resolved tickets with contacts known',
  },
  table: 'tickets',
  timestamp: 'resolvedAt',
  seeds: ['000', '003'],
  measure: ratio({
    population: and(present(field('contacts')), resolved),
    hit: and(lte(field('contacts'), 1), eq(coalesce(field('reopens'), 0), 0)),
  }),
});
