import type { ServiceRecord, TableName } from '../data/types';
import { getMetric } from '../metrics/catalogue';
import type { AnyMetric, MetricSettings } from '../metrics/types';
import { DEFAULT_INSTANT_BOUNDS, type InstantBounds } from '../data/instant';
import { rejectUnknownKeys } from '../option-keys';
import type { EvaluateOptions, GroupBy } from './types';

/** Every key of `EvaluateOptions`. */
export const evaluateOptionKeys: readonly string[] = [
  'metrics',
  'groupBy',
  'period',
  'timeZone',
  'calendar',
  'sla',
  'asOf',
  'where',
  'repeatWindowDays',
  'followUpWindowHours',
  'serviceLevelSeconds',
  'recorded',
  'instantDomain',
];

/** The keys the evaluation engine accepts: `evaluate`'s plus `evaluateRecords`' (`onInvalid`). */
export const engineOptionKeys: readonly string[] = [...evaluateOptionKeys, 'onInvalid'];

/**
 * Rejects an options key the engine does not know (`groupby`, `asof`, `timezone`), naming the
 * closest valid one; they were silently ignored.
 *
 * @throws TypeError `evaluate: unknown option \`groupby\`; did you mean \`groupBy\`? Valid: …`
 * @example checkEvaluateKeys({ metrics: ['csat'], groupBy: 'agentId' }); // passes
 */
export function checkEvaluateKeys(options: object): void {
  rejectUnknownKeys('evaluate', 'option', options, engineOptionKeys);
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const granularities = ['day', 'week', 'month', 'quarter', 'year'];

function invalid(option: string, value: unknown, rule: string): never {
  let shown: string;
  try {
    shown = typeof value === 'function' ? 'a function' : (JSON.stringify(value) ?? String(value));
  } catch {
    shown = String(value);
  }
  throw new RangeError(`evaluate: option \`${option}\` is ${shown}; ${rule}.`);
}

/** `asOf` as epoch ms, in the instant domain; the clock is read once, here, when it is not given. */
export function resolveAsOf(
  asOf: EvaluateOptions['asOf'],
  bounds: InstantBounds = DEFAULT_INSTANT_BOUNDS,
): number {
  if (asOf === undefined) return Date.now();
  const ms =
    typeof asOf === 'number'
      ? asOf
      : asOf instanceof Date
        ? asOf.getTime()
        : typeof asOf === 'string' && /(?:Z|[+-]\d{2}:?\d{2})$/i.test(asOf)
          ? Date.parse(asOf)
          : Number.NaN;
  if (!Number.isFinite(ms))
    invalid(
      'asOf',
      asOf,
      'it must be epoch milliseconds, a valid Date, or an ISO-8601 string with an offset',
    );
  // The records' instant domain (by default years 1900–2199): a placeholder asOf would judge
  // every open ticket against a date no record can have.
  if (ms < bounds.first || ms > bounds.last)
    invalid(
      'asOf',
      asOf,
      `it must lie in the instant domain, years ${bounds.domain.fromYear}–${bounds.domain.toYear} (UTC)`,
    );
  return ms;
}

/** Metric ids and definitions → definitions, in order; duplicates are an error. */
export function resolveMetrics(list: EvaluateOptions['metrics']): AnyMetric[] {
  if (!Array.isArray(list) || list.length === 0)
    invalid('metrics', list, 'it must be a non-empty array of metric ids or definitions');
  const seen = new Set<string>();
  return list.map((entry, i) => {
    const metric = typeof entry === 'string' ? getMetric(entry) : entry;
    if (
      typeof metric !== 'object' ||
      metric === null ||
      typeof metric.id !== 'string' ||
      typeof metric.accumulator?.add !== 'function'
    ) {
      invalid(
        `metrics[${i}]`,
        entry,
        'each entry must be a catalogue id or a definition made with defineMetric',
      );
    }
    if (seen.has(metric.id)) invalid(`metrics[${i}]`, metric.id, 'each metric id may appear once');
    seen.add(metric.id);
    return metric;
  });
}

function nonNegative(option: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
    invalid(option, value, 'it must be a finite number ≥ 0');
  return value;
}

/** The settings metrics read, with their documented defaults. */
export function resolveSettings(options: EvaluateOptions): MetricSettings {
  return {
    repeatWindowMs: nonNegative('repeatWindowDays', options.repeatWindowDays, 30) * DAY,
    followUpWindowMs: nonNegative('followUpWindowHours', options.followUpWindowHours, 48) * HOUR,
    serviceLevelSeconds: nonNegative('serviceLevelSeconds', options.serviceLevelSeconds, 20),
  };
}

export function checkPeriod(period: EvaluateOptions['period']): void {
  if (period !== undefined && !granularities.includes(period)) {
    invalid('period', period, `it must be one of ${granularities.join(', ')}`);
  }
}

/** A function giving a record's group key, or `undefined` for "no group". */
export type GroupKeyOf = (record: ServiceRecord, table: TableName) => string | undefined;

function normaliseKey(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** `groupBy` → a key function: a canonical field, else an attribute of that name, or the host's function. */
export function groupKeyOf(groupBy: GroupBy | undefined): GroupKeyOf | undefined {
  if (groupBy === undefined) return undefined;
  if (typeof groupBy === 'function') return (record, table) => normaliseKey(groupBy(record, table));
  if (typeof groupBy !== 'string' || groupBy === '')
    invalid('groupBy', groupBy, 'it must be a field name, an attribute name or a function');
  const field = groupBy;
  return (record) => {
    const own = (record as unknown as Record<string, unknown>)[field];
    return normaliseKey(own !== undefined ? own : record.attributes?.[field]);
  };
}
