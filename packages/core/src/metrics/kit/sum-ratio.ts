import type { Accumulator, EvalContext } from '../types';
import { noDataValue, withSufficiency } from './result';
import { wilsonInterval } from './stats';

export interface SumRatioState {
  numerator: number;
  denominator: number;
  records: number;
}

/** Adds one record's parts into a quotient-of-sums state. */
export function addToSumRatio(state: SumRatioState, numerator: number, denominator: number): void {
  state.numerator += numerator;
  state.denominator += denominator;
  state.records++;
}

export interface SumRatioOptions {
  /** Multiply the quotient, e.g. 100 for "per 100 tickets". @default 1 */
  scale?: number;
  /** Add to the scaled quotient, e.g. −1 for a growth index (end ÷ start − 1). @default 0 */
  offset?: number;
  /** Give a Wilson interval (only meaningful when the parts are counts and numerator ≤ denominator). @default false */
  interval?: boolean;
}

/**
 * A pooled quotient of sums: Σ numerator(record) ÷ Σ denominator(record) × scale + offset, over
 * the records for which `parts` returns `true` after writing both parts into `out`. Pooled, never a
 * mean of per-record quotients. `sampleSize` is the number of records that contributed. A zero
 * denominator gives `null` / `noData`.
 *
 * @example
 * // goals met ÷ goals set, pooled over the agents that set goals
 * const goalShare = sumRatioAccumulator((a: AgentRecord, out) => {
 *   if (a.goalsSet === undefined || a.goalsMet === undefined) return false;
 *   out.numerator = a.goalsMet;
 *   out.denominator = a.goalsSet;
 *   return true;
 * });
 */
export function sumRatioAccumulator<R>(
  parts: (record: R, out: { numerator: number; denominator: number }, ctx: EvalContext) => boolean,
  options: SumRatioOptions = {},
): Accumulator<SumRatioState, R> {
  const scale = options.scale ?? 1;
  const offset = options.offset ?? 0;
  const interval = options.interval === true;
  // One scratch object per metric, reused for every record: no allocation in the hot loop.
  const scratch = { numerator: 0, denominator: 0 };
  return {
    init: () => ({ numerator: 0, denominator: 0, records: 0 }),
    add(state, record, ctx) {
      scratch.numerator = 0;
      scratch.denominator = 0;
      if (parts(record, scratch, ctx)) addToSumRatio(state, scratch.numerator, scratch.denominator);
    },
    merge(a, b) {
      a.numerator += b.numerator;
      a.denominator += b.denominator;
      a.records += b.records;
      return a;
    },
    result(state, ctx) {
      if (state.denominator === 0) {
        return noDataValue(ctx, {
          numerator: state.numerator,
          denominator: 0,
          sampleSize: state.records,
        });
      }
      const value = (state.numerator / state.denominator) * scale + offset;
      // A subnormal denominator or overflowing sums would give ±Infinity: no usable value (rule 2).
      if (!Number.isFinite(value)) {
        return noDataValue(ctx, {
          numerator: state.numerator,
          denominator: state.denominator,
          sampleSize: state.records,
        });
      }
      const showInterval = interval && state.numerator >= 0 && state.numerator <= state.denominator;
      return withSufficiency(ctx, {
        value,
        numerator: state.numerator,
        denominator: state.denominator,
        sampleSize: state.records,
        interval: showInterval ? wilsonInterval(state.numerator, state.denominator) : undefined,
      });
    },
  };
}
