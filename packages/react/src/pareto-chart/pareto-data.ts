import { type Locale, type ParetoInput, type ParetoResult, pareto } from '@servicescore/core';

/** What a ParetoChart draws: a finished `ParetoResult`, or raw counts the hook analyses with `pareto`. */
export type ParetoData = ParetoResult | readonly ParetoInput[];

/** A prop problem found while analysing, for `warnInvalidProp`. */
export interface ParetoProblem {
  prop: string;
  value: unknown;
  rule: string;
}

/** The outcome of {@link analyseParetoData}: a result (possibly `null` for no data) or a problem. */
export type ParetoAnalysis =
  | { result: ParetoResult | null; problem?: undefined }
  | { result?: undefined; problem: ParetoProblem };

/** The core's error text as a rule: no trailing full stop (the warning adds its own punctuation). */
function ruleOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/[.。]\s*$/, '');
}

/**
 * Checks an option by asking the core to analyse nothing with it, so the rule (and its wording)
 * lives only in `pareto`. Returns the core's rule when the option is invalid.
 */
export function checkParetoOption(option: { cutoff?: number; maxBars?: number }): string | null {
  try {
    pareto(
      [],
      option.maxBars === undefined
        ? { cutoff: option.cutoff }
        : { cutoff: option.cutoff, other: { maxBars: option.maxBars } },
    );
    return null;
  } catch (error) {
    return ruleOf(error);
  }
}

function isParetoResult(data: unknown): data is ParetoResult {
  return (
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    Array.isArray((data as ParetoResult).items) &&
    typeof (data as ParetoResult).total === 'number'
  );
}

/** A ParetoResult from elsewhere is trusted for its structure but not for NaN or ±Infinity. */
function hasOnlyFiniteNumbers(result: ParetoResult): boolean {
  if (!Number.isFinite(result.total) || !Number.isFinite(result.cutoff)) return false;
  return result.items.every(
    (item) =>
      typeof item === 'object' &&
      item !== null &&
      typeof item.category === 'string' &&
      Number.isFinite(item.count) &&
      Number.isFinite(item.share) &&
      Number.isFinite(item.cumulativeShare),
  );
}

/**
 * Turns the `data` prop into the `ParetoResult` to draw.
 *
 * Rules:
 * - `null` / `undefined` → no result (the no-data state).
 * - Raw `{ category, count }[]` → `pareto(items, { cutoff, other: { maxBars, label }, locale })`;
 *   the core's RangeError (a negative or non-finite count, a non-string category) becomes a
 *   problem with the `data` prop.
 * - A `ParetoResult` is drawn as given when it has at most `maxBars` bars or already has an Other
 *   bar (the host folded it). Otherwise its items are analysed again with `pareto`, the result's
 *   own cutoff and `maxBars`, so 1,000 categories become `maxBars − 1` bars plus Other.
 * - Anything else, or a result holding NaN or ±Infinity, is a problem with `data`.
 */
export function analyseParetoData(
  data: ParetoData | null | undefined,
  options: { cutoff: number; maxBars: number; otherLabel: string; locale: Locale },
): ParetoAnalysis {
  if (data == null) return { result: null };
  const other = { maxBars: options.maxBars, label: options.otherLabel };
  if (Array.isArray(data)) {
    try {
      return {
        result: pareto(data as readonly ParetoInput[], {
          cutoff: options.cutoff,
          other,
          locale: options.locale,
        }),
      };
    } catch (error) {
      return { problem: { prop: 'data', value: data, rule: ruleOf(error) } };
    }
  }
  if (!isParetoResult(data)) {
    return {
      problem: {
        prop: 'data',
        value: data,
        rule: 'data must be a ParetoResult (from `pareto`) or an array of { category, count }',
      },
    };
  }
  if (!hasOnlyFiniteNumbers(data)) {
    return {
      problem: {
        prop: 'data',
        value: data,
        rule: 'every total, count, share and cumulative share of a ParetoResult must be a finite number',
      },
    };
  }
  if (data.items.length <= options.maxBars || data.items.some((item) => item.isOther)) {
    return { result: data };
  }
  try {
    const items = data.items.map(({ category, count }) => ({ category, count }));
    return { result: pareto(items, { cutoff: data.cutoff, other, locale: options.locale }) };
  } catch (error) {
    return { problem: { prop: 'data', value: data, rule: ruleOf(error) } };
  }
}
