import { businessMetrics } from './business';
import { efficiencyMetrics } from './efficiency';
import { peopleMetrics } from './people';
import { qaScore, qualityMetrics } from './quality';
import { satisfactionMetrics } from './satisfaction';
import type { AnyMetric } from './types';

const all: readonly AnyMetric[] = [
  ...satisfactionMetrics,
  ...qualityMetrics,
  ...efficiencyMetrics,
  ...peopleMetrics,
  ...businessMetrics,
];

/**
 * The catalogue, keyed by id, in catalogue order [RULES.md#catalogue]. Includes the three
 * quality-inspection items the default scorecard uses (`qaScore.etiquette`, `qaScore.empathy`,
 * `qaScore.knowledgeBase`); any other item is `getMetric('qaScore.<item>')` or `qaScore('<item>')`.
 */
export const metrics: Readonly<Record<string, AnyMetric>> = Object.freeze(
  Object.fromEntries(all.map((m) => [m.id, m])),
);

/**
 * A catalogue metric by id; `qaScore.<item>` works for any inspection item.
 *
 * @throws RangeError naming the unknown id and the known ones.
 *
 * @example
 * getMetric('fcr').unit; // 'ratio'
 * getMetric('qaScore.courtesy').id; // 'qaScore.courtesy' (any inspection item)
 */
export function getMetric(id: string): AnyMetric {
  const found = Object.hasOwn(metrics, id) ? metrics[id] : undefined;
  if (found) return found;
  const qa = /^qaScore\.(.+)$/.exec(id);
  if (qa?.[1]) return qaScore(qa[1]) as AnyMetric;
  throw new RangeError(
    `Unknown metric id ${JSON.stringify(id)}. Known ids: ${Object.keys(metrics).join(', ')}; or qaScore.<item>, or pass your own definition (defineMetric).`,
  );
}
