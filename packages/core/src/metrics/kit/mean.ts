import type { Accumulator, EvalContext } from '../types';
import { noDataValue, withSufficiency } from './result';
import { quantilesSelect } from './stats';

export interface MeanState {
  sum: number;
  sumSquares: number;
  count: number;
  censored: number;
  /** Only kept when quantiles are asked for. */
  values: ValueBuffer | null;
  /**
   * The median and p90 when they were computed elsewhere (by a SQL engine, exact type 7) instead
   * of from `values`: `result` then reports these.
   */
  quantiles?: readonly [number | null, number | null] | undefined;
}

/**
 * Every measured value of a state, for the median and p90: a growable `Float64Array` (no boxing,
 * no per-value allocation) plus, on a merged state, views of the merged states' values — a merge
 * costs one array push, and the values are copied once, when a merged result is computed.
 */
export interface ValueBuffer {
  data: Float64Array;
  length: number;
  /** Values of states merged into this one (fixed-length views, never written). */
  parts: Float64Array[];
}

/** Shared by every empty buffer (never written: the first push replaces it). */
const noValues = new Float64Array(0);
// An evaluation may hold millions of states (a million groups): the array comes with the first value.
const newBuffer = (): ValueBuffer => ({ data: noValues, length: 0, parts: [] });

function push(buffer: ValueBuffer, x: number): void {
  if (buffer.length === buffer.data.length) {
    const grown = new Float64Array(Math.max(8, buffer.data.length * 2));
    grown.set(buffer.data);
    buffer.data = grown;
  }
  buffer.data[buffer.length++] = x;
}

/**
 * All values of a buffer in one array that may be reordered: the buffer's own array when nothing
 * was merged into it (the multiset is unchanged by reordering), else one copy of everything.
 */
function allValues(buffer: ValueBuffer): Float64Array {
  if (buffer.parts.length === 0) return buffer.data.subarray(0, buffer.length);
  let n = buffer.length;
  for (const part of buffer.parts) n += part.length;
  const out = new Float64Array(n);
  out.set(buffer.data.subarray(0, buffer.length));
  let at = buffer.length;
  for (const part of buffer.parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Adds one measured value (finite) into a mean state. */
export function addToMean(state: MeanState, x: number): void {
  state.sum += x;
  state.sumSquares += x * x;
  state.count++;
  if (state.values !== null) push(state.values, x);
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
 *
 * @example
 * // mean talk time of answered calls, in ms, with the median and p90
 * const talkTime = meanAccumulator(
 *   (c: ServiceCall) => (c.answered && c.talkSeconds !== undefined ? c.talkSeconds * 1000 : Number.NaN),
 *   { quantiles: true },
 * );
 */
export function meanAccumulator<R>(
  measure: (record: R, ctx: EvalContext) => number,
  options: MeanOptions<R> = {},
): Accumulator<MeanState, R> {
  const keep = options.quantiles === true;
  const censored = options.censored;
  return {
    init: () => ({
      sum: 0,
      sumSquares: 0,
      count: 0,
      censored: 0,
      values: keep ? newBuffer() : null,
    }),
    add(state, record, ctx) {
      const x = measure(record, ctx);
      if (Number.isFinite(x)) {
        addToMean(state, x);
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
        if (b.values.length > 0) a.values.parts.push(b.values.data.subarray(0, b.values.length));
        for (const part of b.values.parts) a.values.parts.push(part);
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
      if (state.quantiles !== undefined) {
        [median, p90] = state.quantiles;
      } else if (state.values !== null) {
        // Selection, not a full sort: an evaluation computes these for thousands of cells.
        [median, p90] = quantilesSelect(allValues(state.values), [0.5, 0.9]) as [number, number];
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
