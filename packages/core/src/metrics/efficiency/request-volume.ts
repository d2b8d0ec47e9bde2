import { defineMetric } from '../define';
import { count, lit, resolved } from '../expr/build';
import { requestVolumeMeta } from './meta';

/**
 * 服务请求处理量 Requests handled [RULES.md#seed-004-9].
 *
 * - Value: the number of resolved tickets (status resolved or closed, with a `resolvedAt`).
 * - Open tickets and tickets closed without a resolution are not counted (and not considered).
 * - No resolved tickets gives a true `0`, not `null`.
 * - Period: `resolvedAt`. Minimum sample: 0 (a count).
 */
export const requestVolume = defineMetric({
  ...requestVolumeMeta,
  formula: { 'zh-CN': '已解决工单数', 'en-US': 'count of resolved tickets' },
  table: 'tickets',
  timestamp: 'resolvedAt',
  seeds: ['004#9'],
  measure: count({ population: resolved, hit: lit(true) }),
});
