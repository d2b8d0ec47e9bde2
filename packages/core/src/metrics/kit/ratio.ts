import type { Accumulator, EvalContext } from '../types';
import type { TallyFold } from './tally';
import { noDataValue, withSufficiency } from './result';
import { wilsonInterval } from './stats';

/** What a ratio metric's `classify` says of a record. */
export const Outcome = {
  /** Not in the population: counted nowhere. */
  Skip: -1,
  /** In the denominator only. */
  Miss: 0,
  /** In the numerator and the denominator. */
  Hit: 1,
  /** In the population but not observable yet (an open ticket not yet due): counted nowhere, reported as censored. */
  Censor: 2,
} as const;
export type Outcome = (typeof Outcome)[keyof typeof Outcome];

export interface RatioState {
  hits: number;
  trials: number;
  censored: number;
}

/** Counts one classified record into a ratio state (the fold's step, shared by every engine). */
export function tallyRatio(state: RatioState, outcome: number): void {
  if (outcome === Outcome.Hit) {
    state.hits++;
    state.trials++;
  } else if (outcome === Outcome.Miss) {
    state.trials++;
  } else if (outcome === Outcome.Censor) {
    state.censored++;
  }
}

/**
 * A proportion: records classified `Hit` ÷ records classified `Hit` or `Miss`, with a Wilson 95 %
 * interval. An empty denominator gives `null` / `noData`.
 *
 * @example
 * const answeredShare = defineMetric({
 *   id: 'answeredShare', table: 'calls', timestamp: 'startedAt', unit: 'ratio', direction: 'higher',
 *   category: 'custom', minSample: 1,
 *   label: { 'zh-CN': '接通率', 'en-US': 'Answered share' },
 *   formula: { 'zh-CN': '接通 ÷ 呼入', 'en-US': 'answered ÷ offered' },
 *   accumulator: ratioAccumulator((c: ServiceCall) => (c.answered ? Outcome.Hit : Outcome.Miss)),
 * });
 */
export function ratioAccumulator<R>(
  classify: (record: R, ctx: EvalContext) => Outcome,
): Accumulator<RatioState, R> & TallyFold<RatioState, R> {
  return {
    classify,
    tally: tallyRatio,
    init: () => ({ hits: 0, trials: 0, censored: 0 }),
    add(state, record, ctx) {
      tallyRatio(state, classify(record, ctx));
    },
    merge(a, b) {
      a.hits += b.hits;
      a.trials += b.trials;
      a.censored += b.censored;
      return a;
    },
    result(state, ctx) {
      const censored = state.censored > 0 ? state.censored : undefined;
      if (state.trials === 0) return noDataValue(ctx, { numerator: 0, denominator: 0, censored });
      return withSufficiency(ctx, {
        value: state.hits / state.trials,
        numerator: state.hits,
        denominator: state.trials,
        sampleSize: state.trials,
        interval: wilsonInterval(state.hits, state.trials),
        censored,
      });
    },
  };
}
