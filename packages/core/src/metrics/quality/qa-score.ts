import { defineMetric } from '../define';
import { mean, present, qa } from '../expr/build';
import type { MeanState } from '../kit';
import type { MetricDefinition } from '../types';
import { qaItemName, qaItemPattern, qaScoreMeta } from './qa-score-meta';

/** A quality-inspection score metric, as returned by {@link qaScore}. */
export type QaScoreMetric = MetricDefinition<'tickets', MeanState>;

/** The {@link qaScore} factory, with the three items of the default scorecard as presets. */
export interface QaScoreFactory {
  /**
   * The mean inspection score of one item (`qa[item]`, 0–100) as a metric with id `qaScore.<item>`.
   * Memoised: `qaScore('x') === qaScore('x')`.
   *
   * @throws RangeError when `item` is empty or uses characters other than letters, digits, `_`,
   * `.`, `:` or `-` (metric ids are ASCII; map localised item names onto such keys).
   */
  (item: string): QaScoreMetric;
  /** 服务礼仪 — `qaScore('etiquette')`. */
  readonly etiquette: QaScoreMetric;
  /** 同理心表现 — `qaScore('empathy')`. */
  readonly empathy: QaScoreMetric;
  /** 知识库使用熟练度 — `qaScore('knowledgeBase')`. */
  readonly knowledgeBase: QaScoreMetric;
}

// Memo of definitions by item, so that a metric keeps its identity (and its id) across calls.
const cache = new Map<string, QaScoreMetric>();

function create(item: string): QaScoreMetric {
  const { 'zh-CN': zh, 'en-US': en } = qaItemName(item);
  return defineMetric({
    ...qaScoreMeta(item),
    formula: {
      'zh-CN': `质检项「${zh}」得分的平均值（0–100，仅含有该项得分的工单）`,
      'en-US': `mean inspection score for "${en}" (0–100) over tickets scored on it`,
    },
    table: 'tickets',
    timestamp: 'resolvedAt',
    seeds: ['003'],
    measure: mean({ population: present(qa(item)), value: qa(item) }),
  });
}

function qaScoreOf(item: string): QaScoreMetric {
  const hit = cache.get(item);
  if (hit !== undefined) return hit;
  if (typeof item !== 'string' || !qaItemPattern.test(item)) {
    throw new RangeError(
      `qaScore: the inspection item ${JSON.stringify(item)} cannot name a metric; an item key must be non-empty and use only letters, digits, "_", ".", ":" or "-" (e.g. "etiquette"). Map localised item names onto such keys in the ticket's \`qa\` field.`,
    );
  }
  const metric = create(item);
  cache.set(item, metric);
  return metric;
}

/**
 * 质检得分 — the mean quality-inspection score of one item [RULES.md#seed-003-indicators].
 *
 * - Value: Σ `qa[item]` ÷ tickets scored on that item (unit `score`, 0–100).
 * - Population: tickets with `qa[item]` present, whatever their status (a ticket can be inspected
 *   before it is resolved); a ticket without that item is left out, never counted as 0.
 * - Period: `resolvedAt`; an inspected ticket that is not resolved yet goes to its resolution due
 *   instant, else its creation.
 * - Minimum sample: 1. Keeps `sum`, `count` and `sumSquares` for pooled roll-ups and Welch's test.
 * - Labels: the default scorecard's items get their names — `etiquette` 服务礼仪, `empathy`
 *   同理心表现, `knowledgeBase` 知识库使用熟练度; any other item is labelled with its key.
 * - Memoised per item: `qaScore('x') === qaScore('x')`, and `getMetric('qaScore.x')` returns it.
 *
 * @example
 * evaluate(dataset, { metrics: [qaScore.etiquette, qaScore('tone')] });
 * // values keyed 'qaScore.etiquette' and 'qaScore.tone'
 */
export const qaScore: QaScoreFactory = Object.assign(qaScoreOf, {
  etiquette: qaScoreOf('etiquette'),
  empathy: qaScoreOf('empathy'),
  knowledgeBase: qaScoreOf('knowledgeBase'),
});
