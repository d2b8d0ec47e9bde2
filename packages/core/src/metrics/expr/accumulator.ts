import { countAccumulator } from '../kit/count';
import { meanAccumulator } from '../kit/mean';
import { npsAccumulator } from '../kit/nps';
import { Outcome, ratioAccumulator } from '../kit/ratio';
import { sumRatioAccumulator } from '../kit/sum-ratio';
import type { Accumulator, EvalContext } from '../types';
import { measureExprs, walk } from './build';
import { compileNumber, compilePredicate, type JsPredicate } from './compile-js';
import type { Measure, MetricNeed } from './types';

const always: JsPredicate = () => true;

/**
 * The JS accumulator of a declarative measure: the kit's fold for its kind, fed by closures
 * compiled from the measure's expressions. The SQL compiler derives the same state from the same
 * measure, and both end in the kit's `result`.
 */
// biome-ignore lint/suspicious/noExplicitAny: the state type depends on the measure's kind.
export function accumulatorOf(m: Measure): Accumulator<any, unknown> {
  const where = m.where === undefined ? always : compilePredicate(m.where);
  const population = compilePredicate(m.population);
  const inScope: JsPredicate =
    m.where === undefined ? population : (r, ctx) => where(r, ctx) && population(r, ctx);
  switch (m.kind) {
    case 'ratio': {
      const hit = compilePredicate(m.hit);
      const censor = m.censor === undefined ? undefined : compilePredicate(m.censor);
      return ratioAccumulator((r, ctx: EvalContext) => {
        if (!inScope(r, ctx)) return Outcome.Skip;
        if (hit(r, ctx)) return Outcome.Hit;
        return censor?.(r, ctx) ? Outcome.Censor : Outcome.Miss;
      });
    }
    case 'count': {
      const hit = compilePredicate(m.hit);
      return countAccumulator((r, ctx) => (!inScope(r, ctx) ? -1 : hit(r, ctx) ? 1 : 0));
    }
    case 'mean': {
      const value = compileNumber(m.value);
      const censor = m.censor === undefined ? undefined : compilePredicate(m.censor);
      return meanAccumulator((r, ctx) => (inScope(r, ctx) ? value(r, ctx) : Number.NaN), {
        quantiles: m.quantiles === true,
        ...(censor === undefined
          ? {}
          : { censored: (r: unknown, ctx: EvalContext) => where(r, ctx) && censor(r, ctx) }),
      });
    }
    case 'sumRatio': {
      const numerator = compileNumber(m.numerator);
      const denominator = compileNumber(m.denominator);
      return sumRatioAccumulator(
        (r, out, ctx) => {
          if (!inScope(r, ctx)) return false;
          out.numerator = numerator(r, ctx);
          out.denominator = denominator(r, ctx);
          return true;
        },
        { scale: m.scale, offset: m.offset, interval: m.interval },
      );
    }
    case 'nps': {
      const score = compileNumber(m.score);
      return npsAccumulator((r, ctx) => {
        if (!inScope(r, ctx)) return undefined;
        const s = score(r, ctx);
        return Number.isNaN(s) ? undefined : s;
      });
    }
  }
}

/** What a measure needs prepared: repeat faults when any expression reads them. */
export function needsOf(m: Measure): MetricNeed[] {
  let repeats = false;
  for (const e of measureExprs(m)) {
    walk(e, (node) => {
      if (node.op === 'derived' && node.name === 'repeatFault') repeats = true;
    });
  }
  return repeats ? ['repeatFaults'] : [];
}
