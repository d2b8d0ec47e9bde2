import { businessMeta } from './business/meta';
import { efficiencyMeta } from './efficiency/meta';
import { peopleMeta } from './people/meta';
import { qaItemPattern, qaScoreMeta } from './quality/qa-score-meta';
import { qualityMeta } from './quality/meta';
import { satisfactionMeta } from './satisfaction/meta';
import type { MetricMeta } from './types';

/**
 * The catalogue's metadata, keyed by id, in the order of `metrics`: id, label, unit, direction,
 * category and minimum sample of every catalogue metric, without the accumulators. This is what a
 * widget looks a metric id up in; it costs a page a fraction of the catalogue (`metrics`), whose
 * definitions spread these same objects.
 */
export const metricMeta: Readonly<Record<string, MetricMeta>> = Object.freeze(
  Object.fromEntries(
    [...satisfactionMeta, ...qualityMeta, ...efficiencyMeta, ...peopleMeta, ...businessMeta].map(
      (m) => [m.id, m],
    ),
  ),
);

/**
 * The metadata of a catalogue metric id, `qaScore.<item>` included for any valid inspection item;
 * `undefined` for any other id. Equal to the definition's fields (`getMetric(id)`), without
 * loading the computation.
 *
 * @example
 * getMetricMeta('avgResolutionTime'); // { id, label, unit: 'duration', direction: 'lower', … }
 * getMetricMeta('qaScore.tone')?.label['en-US']; // "QA score · tone"
 * getMetricMeta('myOwnMetric'); // undefined
 */
export function getMetricMeta(id: string): MetricMeta | undefined {
  if (Object.hasOwn(metricMeta, id)) return metricMeta[id];
  const item = typeof id === 'string' && id.startsWith('qaScore.') ? id.slice(8) : '';
  return qaItemPattern.test(item) ? qaScoreMeta(item) : undefined;
}
