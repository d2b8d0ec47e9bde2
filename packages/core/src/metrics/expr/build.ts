import type { MetricSettings } from '../types';
import type { ComparisonOperator, DerivedValue, Expr, Measure, Scalar } from './types';

/**
 * Builders of the metric expression language (see {@link Expr}). A bare literal stands for itself
 * wherever an expression is expected: `gte(field('csat'), 4)`.
 *
 * @example
 * // csat: tickets with csat ≥ 4 ÷ tickets with csat
 * ratio({ population: present(field('csat')), hit: gte(field('csat'), 4) })
 */
export type ExprLike = Expr | Scalar;

const lift = (e: ExprLike): Expr =>
  typeof e === 'object' && e !== null ? e : { op: 'lit', value: e };

/**
 * A canonical field of the metric's table.
 *
 * @example
 * present(field('csat')) // tickets with a satisfaction score
 */
export const field = (name: string): Expr => ({ op: 'field', name });
/**
 * One quality-inspection item of a ticket's `qa` scores.
 *
 * @example
 * mean({ population: present(qa('etiquette')), value: qa('etiquette') })
 */
export const qa = (item: string): Expr => ({ op: 'qa', item });
/**
 * A host attribute (`attributes[name]`).
 *
 * @example
 * eq(attr('region'), 'east') // a ticket whose host attribute `region` is "east"
 */
export const attr = (name: string): Expr => ({ op: 'attr', name });
/**
 * A literal (bare literals are lifted by the other builders; this one is for a whole population).
 *
 * @example
 * ratio({ population: lit(true), hit: eq(field('kind'), 'complaint') }) // every ticket counts
 */
export const lit = (value: Scalar): Expr => ({ op: 'lit', value });
/**
 * Whether a value was recorded.
 *
 * @example
 * npsOf({ population: present(field('nps')), score: field('nps') })
 */
export const present = (arg: ExprLike): Expr => ({ op: 'present', arg: lift(arg) });

const cmp =
  (c: ComparisonOperator) =>
  (left: ExprLike, right: ExprLike): Expr => ({
    op: 'cmp',
    cmp: c,
    left: lift(left),
    right: lift(right),
  });
/**
 * Left equals right (`false` when either is missing).
 *
 * @example
 * eq(field('kind'), 'complaint')
 */
export const eq = cmp('=');
/**
 * Left differs from right (`false` when either is missing).
 *
 * @example
 * ne(derived('repeatFault'), 1) // not a repeat fault
 */
export const ne = cmp('!=');
/**
 * Left is less than right (`false` when either is missing).
 *
 * @example
 * lt(asOf, plus(field('resolvedAt'), setting('followUpWindowMs'))) // follow-up window still open
 */
export const lt = cmp('<');
/**
 * Left is at most right (`false` when either is missing).
 *
 * @example
 * lte(field('waitSeconds'), setting('serviceLevelSeconds')) // answered within the service level
 */
export const lte = cmp('<=');
/**
 * Left is greater than right (`false` when either is missing).
 *
 * @example
 * gt(coalesce(field('reopens'), 0), 0) // reopened at least once
 */
export const gt = cmp('>');
/**
 * Left is at least right (`false` when either is missing).
 *
 * @example
 * gte(field('csat'), 4) // satisfied: csat 4 or 5
 */
export const gte = cmp('>=');

/**
 * The value is one of `values` (`false` when missing).
 *
 * @example
 * oneOf(field('priority'), ['urgent', 'high'])
 */
export const oneOf = (arg: ExprLike, values: readonly Scalar[]): Expr => ({
  op: 'oneOf',
  arg: lift(arg),
  values,
});
/**
 * Every argument holds.
 *
 * @example
 * and(present(field('contacts')), resolved) // resolved tickets with a contact count
 */
export const and = (...args: ExprLike[]): Expr => ({ op: 'and', args: args.map(lift) });
/**
 * At least one argument holds.
 *
 * @example
 * or(not(isTrue(field('answered'))), present(field('waitSeconds'))) // abandoned, or with a wait
 */
export const or = (...args: ExprLike[]): Expr => ({ op: 'or', args: args.map(lift) });
/**
 * The argument does not hold (a missing comparison is `false`, so its negation is `true`).
 *
 * @example
 * not(isTrue(field('activeAtEnd'))) // a customer not active at the end of the period
 */
export const not = (arg: ExprLike): Expr => ({ op: 'not', arg: lift(arg) });
/**
 * A boolean field that holds `true` (missing is not true).
 *
 * @example
 * isTrue(field('answered')) // same as eq(field('answered'), true)
 */
export const isTrue = (arg: ExprLike): Expr => eq(arg, true);

const arith =
  (fn: '+' | '-' | '*') =>
  (left: ExprLike, right: ExprLike): Expr => ({
    op: 'arith',
    fn,
    left: lift(left),
    right: lift(right),
  });
/**
 * Left + right (missing when either is missing).
 *
 * @example
 * plus(field('talkSeconds'), coalesce(field('holdSeconds'), 0))
 */
export const plus = arith('+');
/**
 * Left − right (missing when either is missing).
 *
 * @example
 * mean({ population: gte(field('orders'), 1), value: minus(field('orders'), 1) })
 */
export const minus = arith('-');
/**
 * Left × right (missing when either is missing).
 *
 * @example
 * times(field('waitSeconds'), 1000) // seconds to milliseconds
 */
export const times = arith('*');
/**
 * The first recorded value.
 *
 * @example
 * coalesce(field('reopens'), 0) // no `reopens` recorded counts as 0
 */
export const coalesce = (...args: ExprLike[]): Expr => ({ op: 'coalesce', args: args.map(lift) });

/**
 * An evaluation setting (`repeatWindowMs`, `followUpWindowMs`, `serviceLevelSeconds`).
 *
 * @example
 * lte(field('waitSeconds'), setting('serviceLevelSeconds'))
 */
export const setting = (name: keyof MetricSettings): Expr => ({ op: 'setting', name });
/** The instant open tickets are judged at (epoch ms). */
export const asOf: Expr = { op: 'asOf' };
/**
 * A value the engine derives once per ticket (see {@link DerivedValue}).
 *
 * @example
 * eq(derived('repeatFault'), 1) // a fault that came back within the repeat window
 */
export const derived = (name: DerivedValue): Expr => ({ op: 'derived', name });

/** "res." [RULES.md#res]: status resolved or closed, with a `resolvedAt`. */
export const resolved = derived('resolved');
/** Status open or pending. */
export const open = derived('open');

// ── measures ────────────────────────────────────────────────────────────────────────────────────

type Of<K extends Measure['kind']> = Omit<Extract<Measure, { kind: K }>, 'kind'>;
/**
 * A proportion (see {@link Measure}).
 *
 * @example
 * // first-contact resolution: resolved in one contact and never reopened
 * ratio({
 *   population: and(present(field('contacts')), resolved),
 *   hit: and(lte(field('contacts'), 1), eq(coalesce(field('reopens'), 0), 0)),
 * })
 */
export const ratio = (m: Of<'ratio'>): Measure => ({ kind: 'ratio', ...m });
/**
 * A count of hits among considered records.
 *
 * @example
 * count({ population: resolved, hit: eq(field('kind'), 'complaint') }) // resolved complaints
 */
export const count = (m: Of<'count'>): Measure => ({ kind: 'count', ...m });
/**
 * A mean, optionally with the median and p90.
 *
 * @example
 * // average speed of answer, in ms, with the median and p90
 * mean({
 *   population: and(isTrue(field('answered')), present(field('waitSeconds'))),
 *   value: times(field('waitSeconds'), 1000),
 *   quantiles: true,
 * })
 */
export const mean = (m: Of<'mean'>): Measure => ({ kind: 'mean', ...m });
/**
 * A pooled quotient of sums.
 *
 * @example
 * // utilization: Σ busy seconds ÷ Σ available seconds, pooled over the agents
 * sumRatio({
 *   population: and(present(field('busySeconds')), present(field('availableSeconds'))),
 *   numerator: field('busySeconds'),
 *   denominator: field('availableSeconds'),
 * })
 */
export const sumRatio = (m: Of<'sumRatio'>): Measure => ({ kind: 'sumRatio', ...m });
/**
 * Net Promoter Score.
 *
 * @example
 * npsOf({ population: present(field('nps')), score: field('nps') })
 */
export const npsOf = (m: Of<'nps'>): Measure => ({ kind: 'nps', ...m });

/**
 * Every expression a measure holds, for checks and walks.
 *
 * @example
 * measureExprs(ratio({ population: resolved, hit: gt(field('reopens'), 0) }));
 * // [resolved, gt(field('reopens'), 0)]
 */
export function measureExprs(m: Measure): Expr[] {
  const out: (Expr | undefined)[] = [m.population, m.where];
  switch (m.kind) {
    case 'ratio':
      out.push(m.hit, m.censor);
      break;
    case 'count':
      out.push(m.hit);
      break;
    case 'mean':
      out.push(m.value, m.censor);
      break;
    case 'sumRatio':
      out.push(m.numerator, m.denominator);
      break;
    case 'nps':
      out.push(m.score);
      break;
  }
  return out.filter((e): e is Expr => e !== undefined);
}

/**
 * Visits every node of an expression, depth first.
 *
 * @example
 * const ops: string[] = [];
 * walk(gte(field('csat'), 4), (node) => ops.push(node.op)); // ops: ['cmp', 'field', 'lit']
 */
export function walk(e: Expr, visit: (node: Expr) => void): void {
  visit(e);
  switch (e.op) {
    case 'present':
    case 'not':
    case 'oneOf':
      walk(e.arg, visit);
      break;
    case 'cmp':
    case 'arith':
      walk(e.left, visit);
      walk(e.right, visit);
      break;
    case 'and':
    case 'or':
    case 'coalesce':
      for (const a of e.args) walk(a, visit);
      break;
    default:
      break;
  }
}
