import type { Accumulator, EvalContext } from '../types';

/**
 * An accumulator whose step is a small integer outcome (ratio: `Outcome` −1…2; count: −1…1):
 * `add(state, record, ctx)` is `tally(state, classify(record, ctx))`. The engine uses the split to
 * classify a ticket once, during the pass, under each possible repeat-fault status, and to tally
 * the right outcome when repeat faults are known, without reading the ticket again.
 */
export interface TallyFold<S = unknown, R = unknown> {
  classify(record: R, ctx: EvalContext): number;
  tally(state: S, outcome: number): void;
}

/**
 * The {@link TallyFold} of an accumulator built by the kit's `ratioAccumulator` or
 * `countAccumulator`, else `undefined` (a hand-written accumulator is opaque).
 *
 * @example
 * const fold = tallyFoldOf(ratioAccumulator(() => Outcome.Hit));
 * fold?.tally(state, fold.classify(ticket, ctx)); // same as accumulator.add(state, ticket, ctx)
 */
export function tallyFoldOf(acc: Accumulator<unknown, unknown>): TallyFold | undefined {
  const f = acc as Partial<TallyFold>;
  return typeof f.classify === 'function' && typeof f.tally === 'function'
    ? (f as TallyFold)
    : undefined;
}
