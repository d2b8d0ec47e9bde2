import { getMetricMeta } from '../metrics/meta';
import { defaultLocale, type Locale } from './locale';
import { isMessageKey, messages } from './messages';

// Vocabularies a bare id is looked up in, in this order, after the metric catalogue and the bare
// message keys: `efficiency` is the dimension (same text as the category); `points` is the word
// (得分) rather than the unit (分值); `count` is the unit (数量); `insufficient` is the indicator
// status.
const prefixesBefore = ['grade.', 'dimension.', 'category.'] as const;
const prefixesAfter = [
  'indicatorStatus.',
  'targetStatus.',
  'comparison.',
  'direction.',
  'granularity.',
  'exclusion.',
  'unit.',
] as const;

/**
 * The display label of an id, in a locale.
 *
 * Lookup order: a catalogue metric id (`csat`, or `qaScore.<item>` for any inspection item) → its
 * label; then a grade, dimension or category id (`excellent`, `attitude`, `business`); then a
 * message key (`noData`, `grade.excellent`); then an indicator status, target status, comparison,
 * direction, granularity, exclusion reason or unit id. Anything else is returned as is, so a
 * host's own ids still show something.
 *
 * @param locale @default 'zh-CN'
 * @example
 * label('csat', 'en-US'); // "Customer satisfaction (CSAT)"
 * label('excellent'); // "优秀"
 * label('myOwnId'); // "myOwnId"
 */
export function label(id: string, locale: Locale = defaultLocale): string {
  // A catalogue metric, or `qaScore.<item>` for a valid item; anything else falls through.
  const metric = getMetricMeta(id);
  if (metric !== undefined) return metric.label[locale];
  const texts = messages[locale];
  for (const prefix of prefixesBefore) {
    const key = prefix + id;
    if (isMessageKey(key)) return texts[key];
  }
  if (isMessageKey(id)) return texts[id];
  for (const prefix of prefixesAfter) {
    const key = prefix + id;
    if (isMessageKey(key)) return texts[key];
  }
  return id;
}
