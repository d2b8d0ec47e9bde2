import type { Accumulator, EvalContext } from '../types';
import { noDataValue, withSufficiency } from './result';
import { Z95 } from './stats';

export interface NpsState {
  promoters: number;
  passives: number;
  detractors: number;
}

/** Counts one answer (0–10) into an NPS state. */
export function tallyNps(state: NpsState, s: number): void {
  if (s >= 9) state.promoters++;
  else if (s >= 7) state.passives++;
  else state.detractors++;
}

/**
 * Net Promoter Score in points: (promoters − detractors) ÷ respondents × 100, with promoters 9–10,
 * passives 7–8 (kept in the denominator) and detractors 0–6. The 95 % interval uses the variance of
 * the per-respondent score (+1, 0, −1): (p₊ + p₋ − (p₊ − p₋)²) ÷ n, clamped to [−100, 100].
 *
 * @example
 * // answers 10, 9, 8, 3: (2 promoters − 1 detractor) ÷ 4 × 100 = 25 points
 * const nps = npsAccumulator((t: ServiceTicket) => t.nps);
 */
export function npsAccumulator<R>(
  score: (record: R, ctx: EvalContext) => number | undefined,
): Accumulator<NpsState, R> {
  return {
    init: () => ({ promoters: 0, passives: 0, detractors: 0 }),
    add(state, record, ctx) {
      const s = score(record, ctx);
      if (s !== undefined) tallyNps(state, s);
    },
    merge(a, b) {
      a.promoters += b.promoters;
      a.passives += b.passives;
      a.detractors += b.detractors;
      return a;
    },
    result(state, ctx) {
      const n = state.promoters + state.passives + state.detractors;
      const counts = {
        promoters: state.promoters,
        passives: state.passives,
        detractors: state.detractors,
      };
      if (n === 0) return noDataValue(ctx, counts);
      const pp = state.promoters / n;
      const pd = state.detractors / n;
      const value = (pp - pd) * 100;
      const se = Math.sqrt(Math.max(0, pp + pd - (pp - pd) ** 2) / n) * 100;
      return withSufficiency(ctx, {
        value,
        ...counts,
        numerator: state.promoters - state.detractors,
        denominator: n,
        sampleSize: n,
        interval: [Math.max(-100, value - Z95 * se), Math.min(100, value + Z95 * se)],
      });
    },
  };
}
