import type { Accumulator, EvalContext } from '../types';
import { noDataValue, withSufficiency } from './result';
import { quantilesSelect } from './stats';

export interface MeanState {
  sum: number;
  sumSquares: number;
  count: number;
  censored: number;
  /** Only kept when quantiles are asked for. */
  values: number[] | null;
}

export interface MeanOptions<R> {
  /** Keep every value to report the median and p90 (durations). @default false */
  quantiles?: boolean;
  /** Records that belong to the population but cannot be measured yet (open tickets). */
  censored?: (record: R, ctx: EvalContext) => boolean;
}

/**
 * A plain mean of `measure(record)` over the records where it is a finite number (`NaN` = not in
 * the population). Keeps the sum of squares for Welch's t-test, and optionally every value for the
 * median and p90. An empty population gives `null` / `noData`.
 */
export function meanAccumulator<R>(
  measure: (record: R, ctx: EvalContext) => number,
  options: MeanOptions<R> = {},
): Accumulator<MeanState, R> {
  const keep = options.quantiles === true;
  const censored = options.censored;
  return {
    init: () => ({ sum: 0, sumSquares: 0, count: 0, censored: 0, values: keep ? [] : null }),
    add(state, record, ctx) {
      const x = measure(record, ctx);
      if (Number.isFinite(x)) {
        state.sum += x;
        state.sumSquares += x * x;
        state.count++;
        if (state.values !== null) state.values.push(x);
      } else if (censored?.(record, ctx)) {
        state.censored++;
      }
    },
    merge(a, b) {
      a.sum += b.sum;
      a.sumSquares += b.sumSquares;
      a.count += b.count;
      a.censored += b.censored;
      if (a.values !== null && b.values !== null) {
        for (let i = 0; i < b.values.length; i++) a.values.push(b.values[i] as number);
      }
      return a;
    },
    result(state, ctx) {
      const censoredCount = state.censored > 0 ? state.censored : undefined;
      if (state.count === 0) {
        return noDataValue(ctx, {
          sum: 0,
          sumSquares: 0,
          count: 0,
          censored: censoredCount,
          ...(keep ? { median: null, p90: null } : {}),
        });
      }
      // Sums past the float range (values near 1e308) have no usable mean (rule 2: never ±Infinity).
      if (!Number.isFinite(state.sum / state.count) || !Number.isFinite(state.sumSquares)) {
        return noDataValue(ctx, {
          count: state.count,
          sampleSize: state.count,
          censored: censoredCount,
        });
      }
      let median: number | null | undefined;
      let p90: number | null | undefined;
      if (state.values !== null) {
        // Selection, not a full sort: an evaluation computes these for thousands of cells.
        [median, p90] = quantilesSelect(Float64Array.from(state.values), [0.5, 0.9]) as [
          number,
          number,
        ];
      }
      return withSufficiency(ctx, {
        value: state.sum / state.count,
        sum: state.sum,
        sumSquares: state.sumSquares,
        count: state.count,
        sampleSize: state.count,
        censored: censoredCount,
        ...(keep ? { median, p90 } : {}),
      });
    },
  };
}
