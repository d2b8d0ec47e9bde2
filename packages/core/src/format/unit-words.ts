import { defaultLocale, type Locale } from '../i18n/locale';
import type { MetricUnit } from '../metrics/types';

// Kept beside formatValue, not in the message catalogue: only a widget that shows a unit word
// (KpiGauge) pays for these texts, as format-duration keeps its unit names.
const byUnit: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  'zh-CN': {
    score: '分',
    points: '分',
    csatMean: '/5',
    careFrequency: '次/客户',
    opportunityRate: '个/百单',
    avgRepeatPurchases: '次',
    avgTrainingHours: '小时',
    responseTimeouts: '次',
    resolutionTimeouts: '次',
    requestVolume: '单',
  },
  'en-US': {
    score: 'pts',
    points: 'pts',
    csatMean: '/5',
    careFrequency: 'per customer',
    opportunityRate: 'per 100 tickets',
    avgRepeatPurchases: 'purchases',
    avgTrainingHours: 'h',
    responseTimeouts: 'times',
    resolutionTimeouts: 'times',
    requestVolume: 'tickets',
  },
};

/**
 * The unit word a formatted number does not carry itself: by catalogue metric id first
 * (`careFrequency` → "次/客户" / "per customer", `requestVolume` → "单" / "tickets"), then by unit
 * (`score` and `points` → "分" / "pts"). `null` for ratios and durations, whose text carries its
 * unit ("93.5%", "2小时"), and for a plain `number` or `count` of unknown meaning.
 *
 * @example
 * unitWord('qaScore.etiquette', 'score'); // "分"
 * unitWord('careFrequency', 'number', 'en-US'); // "per customer"
 * unitWord(undefined, 'ratio'); // null
 */
export function unitWord(
  metricId: string | undefined,
  unit: MetricUnit,
  locale: Locale = defaultLocale,
): string | null {
  const words = byUnit[locale] ?? byUnit[defaultLocale];
  if (metricId !== undefined && Object.hasOwn(words, metricId)) return words[metricId]!;
  return Object.hasOwn(words, unit) ? words[unit]! : null;
}

/**
 * A formatted value followed by its `unitWord`: "91.2分", "91.2 pts", "4.2/5" (English puts a
 * space before a word, never before "/5"; Chinese none).
 *
 * @example
 * withUnitWord('0.83', 'careFrequency', 'number', 'en-US'); // "0.83 per customer"
 * withUnitWord('93.5%', 'csat', 'ratio'); // "93.5%"
 */
export function withUnitWord(
  text: string,
  metricId: string | undefined,
  unit: MetricUnit,
  locale: Locale = defaultLocale,
): string {
  const word = unitWord(metricId, unit, locale);
  if (word === null) return text;
  return `${text}${locale === 'en-US' && !word.startsWith('/') ? ' ' : ''}${word}`;
}
