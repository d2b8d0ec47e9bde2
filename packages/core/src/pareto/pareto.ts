import { defaultLocale, type Locale } from '../i18n/locale';

/** One category and how often it occurred. */
export interface ParetoInput {
  readonly category: string;
  readonly count: number;
}

/** How the tail is folded into one "Other" bar. */
export interface ParetoOtherOptions {
  /** Show at most this many bars, the last being Other (an integer ≥ 2). */
  maxBars?: number | undefined;
  /** Keep the shortest prefix whose cumulative share reaches this (0 < minShare ≤ 1); fold the rest. */
  minShare?: number | undefined;
  /** @default '其他' (zh-CN) / 'Other' (en-US) */
  label?: string | undefined;
}

/** Options of `pareto`. */
export interface ParetoOptions {
  /** The vital few reach this cumulative share (0 < cutoff ≤ 1). @default 0.8 */
  cutoff?: number | undefined;
  /** Fold the tail into one Other bar. @default no folding */
  other?: ParetoOtherOptions | undefined;
  /** Leave out zero-count categories instead of listing them last. @default false */
  dropZeros?: boolean | undefined;
  /** Locale of the default Other label. @default 'zh-CN' */
  locale?: Locale | undefined;
}

/** One bar of a Pareto chart. */
export interface ParetoItem {
  readonly category: string;
  readonly count: number;
  /** count ÷ total (0 when the total is 0). */
  readonly share: number;
  /** Running count ÷ total, from the counts (never from rounded shares); the last bar is exactly 1 (0 for a zero total). */
  readonly cumulativeShare: number;
  /** In the vital few. */
  readonly vital: boolean;
  /** The folded tail. */
  readonly isOther?: boolean | undefined;
  /** Other only: the categories folded into it, in Pareto order. */
  readonly otherCategories?: readonly string[] | undefined;
}

/** The result of `pareto`. Plain data. */
export interface ParetoResult {
  readonly total: number;
  readonly cutoff: number;
  readonly items: readonly ParetoItem[];
}

/** Compares strings by Unicode code point (not UTF-16 unit, so astral characters sort after U+FFFF). */
function compareCodePoints(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.codePointAt(i)!;
    const cb = b.codePointAt(j)!;
    if (ca !== cb) return ca - cb;
    i += ca > 0xffff ? 2 : 1;
    j += cb > 0xffff ? 2 : 1;
  }
  return a.length - i - (b.length - j);
}

function checkShare(value: number, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 1) {
    throw new RangeError(
      `Invalid option \`${name}\` of value ${String(value)} supplied to pareto: it must be a number above 0 and at most 1.`,
    );
  }
  return value;
}

/** Tolerance for the cutoff comparison, so 0.7 of 10 reaches a 0.7 cutoff despite binary rounding. */
const EPS = 1e-12;

/**
 * A Pareto analysis ("帕累托分析,聚焦占比最高的20%问题" [RULES.md#seed-003-pareto] [RULES.md#pareto]).
 *
 * Rules:
 * - Duplicate categories are summed. Counts must be finite and ≥ 0 (non-integers are allowed, so
 *   costs or hours can be analysed too); anything else is a RangeError naming the category, as is
 *   a total that overflows (counts near 1.8e308).
 * - Sorted by count descending, ties by category in code-point order, so the order never depends
 *   on the input order. Zero-count categories come last, or are dropped with `dropZeros`.
 * - Shares and cumulative shares come from the counts.
 * - The vital few are the shortest prefix whose cumulative share reaches `cutoff`; the category
 *   that crosses the line is in it. A zero total has no vital few, and every share is 0.
 * - Other (optional) folds the tail — categories after the `minShare` prefix, or beyond
 *   `maxBars − 1` bars, whichever keeps fewer — into one last bar, even when it is larger than the
 *   bars before it. It is made only when at least two categories would fold (one would just be
 *   renamed). Other is never vital; if the cutoff is only crossed inside it, the vital few are all
 *   the bars before it.
 * - The input is not changed.
 *
 * @example
 * pareto([{ category: '响应慢', count: 32 }, { category: '态度差', count: 19 }, …]);
 * // cumulative 41.6 %, 66.2 %, 85.7 % …; the first three are vital
 */
export function pareto(items: readonly ParetoInput[], options: ParetoOptions = {}): ParetoResult {
  const cutoff = checkShare(options.cutoff ?? 0.8, 'cutoff');
  const other = options.other;
  if (other?.maxBars !== undefined && (!Number.isInteger(other.maxBars) || other.maxBars < 2)) {
    throw new RangeError(
      `Invalid option \`other.maxBars\` of value ${String(other.maxBars)} supplied to pareto: it must be an integer ≥ 2 (the last bar is Other).`,
    );
  }
  if (other?.minShare !== undefined) checkShare(other.minShare, 'other.minShare');

  const sums = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const { category, count } = items[i]!;
    if (typeof category !== 'string') {
      throw new TypeError(
        `Pareto item ${i} has category ${String(category)}: categories must be strings.`,
      );
    }
    if (typeof count !== 'number' || !Number.isFinite(count) || count < 0) {
      throw new RangeError(
        `Pareto category ${JSON.stringify(category)} has count ${String(count)}: counts must be finite numbers ≥ 0.`,
      );
    }
    sums.set(category, (sums.get(category) ?? 0) + count);
  }
  let entries = [...sums].map(([category, count]) => ({ category, count }));
  if (options.dropZeros) entries = entries.filter((e) => e.count > 0);
  entries.sort((a, b) => b.count - a.count || compareCodePoints(a.category, b.category));
  const total = entries.reduce((s, e) => s + e.count, 0);
  if (!Number.isFinite(total)) {
    throw new RangeError(
      'The Pareto counts add up to more than the largest finite number: scale them down (e.g. to thousands).',
    );
  }

  // Fold the tail into Other.
  let keep = entries.length;
  if (other && (other.maxBars !== undefined || other.minShare !== undefined)) {
    if (other.maxBars !== undefined && entries.length > other.maxBars)
      keep = Math.min(keep, other.maxBars - 1);
    if (other.minShare !== undefined && total > 0) {
      let running = 0;
      for (let i = 0; i < entries.length; i++) {
        running += entries[i]!.count;
        if (running / total >= other.minShare - EPS) {
          keep = Math.min(keep, i + 1);
          break;
        }
      }
    }
    if (entries.length - keep < 2) keep = entries.length;
  }
  const bars: { category: string; count: number; folded?: string[] }[] = entries.slice(0, keep);
  if (keep < entries.length) {
    const tail = entries.slice(keep);
    bars.push({
      category: other?.label ?? ((options.locale ?? defaultLocale) === 'en-US' ? 'Other' : '其他'),
      count: tail.reduce((s, e) => s + e.count, 0),
      folded: tail.map((e) => e.category),
    });
  }

  let running = 0;
  let reached = total === 0;
  const out: ParetoItem[] = bars.map((bar, i) => {
    running += bar.count;
    // Sums of huge counts round differently by order (the Other bar is summed apart), so a running
    // count can exceed the total by an ulp: keep shares within 0..1 and the last cumulative at 1.
    const share = total > 0 ? Math.min(1, bar.count / total) : 0;
    const cumulativeShare =
      total > 0 ? (i === bars.length - 1 ? 1 : Math.min(1, running / total)) : 0;
    const isOther = bar.folded !== undefined;
    const vital = !reached && !isOther;
    if (!reached && cumulativeShare >= cutoff - EPS) reached = true;
    const item: ParetoItem = {
      category: bar.category,
      count: bar.count,
      share,
      cumulativeShare,
      vital,
    };
    return isOther ? { ...item, isOther: true, otherCategories: bar.folded } : item;
  });
  return { total, cutoff, items: out };
}

/**
 * Counts records by a key, for `pareto`: a field name or a function. Records whose key is
 * `undefined`, `null` or `''` are skipped; other values become strings. Items come in order of
 * first appearance (`pareto` sorts them).
 *
 * @example
 * pareto(countBy(dataset.tickets.filter((t) => t.kind === 'complaint'), 'category'));
 */
export function countBy<R>(
  records: readonly R[],
  key: (keyof R & string) | ((record: R) => string | number | null | undefined),
): ParetoInput[] {
  const counts = new Map<string, number>();
  const get = typeof key === 'function' ? key : (r: R) => r[key] as unknown;
  for (const record of records) {
    const k = get(record);
    if (k === undefined || k === null || k === '') continue;
    const name = String(k);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([category, count]) => ({ category, count }));
}
