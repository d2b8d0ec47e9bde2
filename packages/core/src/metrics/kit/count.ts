import type { Accumulator, EvalContext } from '../types';
import type { TallyFold } from './tally';
import { withSufficiency } from './result';

export interface CountState {
  count: number;
  considered: number;
}

/** Counts one record (`1` counted, `0` considered, `-1` not considered) into a count state. */
export function tallyCount(state: CountState, c: number): void {
  if (c >= 0) {
    state.considered++;
    state.count += c;
  }
}

/**
 * A count: records where `classify` returns `1`, out of the records it considered (`0` = considered,
 * not counted; `-1` = not considered). Zero records give a true `0`, not `null`: "no timeouts".
 * `sampleSize` is the number of records considered.
 *
 * @example
 * // calls that waited over 60 s, among the answered ones with a wait recorded
 * const longWaits = countAccumulator((c: ServiceCall) =>
 *   !c.answered || c.waitSeconds === undefined ? -1 : c.waitSeconds > 60 ? 1 : 0,
 * );
 */
export function countAccumulator<R>(
  classify: (record: R, ctx: EvalContext) => -1 | 0 | 1,
): Accumulator<CountState, R> & TallyFold<CountState, R> {
  return {
    classify,
    tally: tallyCount,
    init: () => ({ count: 0, considered: 0 }),
    add(state, record, ctx) {
      tallyCount(state, classify(record, ctx));
    },
    merge(a, b) {
      a.count += b.count;
      a.considered += b.considered;
      return a;
    },
    result(state, ctx) {
      return withSufficiency(ctx, {
        value: state.count,
        numerator: state.count,
        denominator: state.considered,
        sampleSize: state.considered,
      });
    },
  };
}
