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

/** A canonical field of the metric's table. */
export const field = (name: string): Expr => ({ op: 'field', name });
/** One quality-inspection item of a ticket's `qa` scores. */
export const qa = (item: string): Expr => ({ op: 'qa', item });
/** A host attribute (`attributes[name]`). */
export const attr = (name: string): Expr => ({ op: 'attr', name });
/** A literal. */
export const lit = (value: Scalar): Expr => ({ op: 'lit', value });
/** Whether a value was recorded. */
export const present = (arg: ExprLike): Expr => ({ op: 'present', arg: lift(arg) });

const cmp =
  (c: ComparisonOperator) =>
  (left: ExprLike, right: ExprLike): Expr => ({
    op: 'cmp',
    cmp: c,
    left: lift(left),
    right: lift(right),
  });
export const eq = cmp('=');
export const ne = cmp('!=');
export const lt = cmp('<');
export const lte = cmp('<=');
export const gt = cmp('>');
export const gte = cmp('>=');

/** The value is one of `values` (`false` when missing). */
export const oneOf = (arg: ExprLike, values: readonly Scalar[]): Expr => ({
  op: 'oneOf',
  arg: lift(arg),
  values,
});
export const and = (...args: ExprLike[]): Expr => ({ op: 'and', args: args.map(lift) });
export const or = (...args: ExprLike[]): Expr => ({ op: 'or', args: args.map(lift) });
export const not = (arg: ExprLike): Expr => ({ op: 'not', arg: lift(arg) });
/** A boolean field that holds `true` (missing is not true). */
export const isTrue = (arg: ExprLike): Expr => eq(arg, true);

const arith =
  (fn: '+' | '-' | '*') =>
  (left: ExprLike, right: ExprLike): Expr => ({
    op: 'arith',
    fn,
    left: lift(left),
    right: lift(right),
  });
export const plus = arith('+');
export const minus = arith('-');
export const times = arith('*');
/** The first recorded value. */
export const coalesce = (...args: ExprLike[]): Expr => ({ op: 'coalesce', args: args.map(lift) });

/** An evaluation setting (`repeatWindowMs`, `followUpWindowMs`, `serviceLevelSeconds`). */
export const setting = (name: keyof MetricSettings): Expr => ({ op: 'setting', name });
/** The instant open tickets are judged at (epoch ms). */
export const asOf: Expr = { op: 'asOf' };
/** A value the engine derives once per ticket (see {@link DerivedValue}). */
export const derived = (name: DerivedValue): Expr => ({ op: 'derived', name });

/** "res." [RULES.md#res]: status resolved or closed, with a `resolvedAt`. */
export const resolved = derived('resolved');
/** Status open or pending. */
export const open = derived('open');

// ── measures ────────────────────────────────────────────────────────────────────────────────────

type Of<K extends Measure['kind']> = Omit<Extract<Measure, { kind: K }>, 'kind'>;
/** A proportion (see {@link Measure}). */
export const ratio = (m: Of<'ratio'>): Measure => ({ kind: 'ratio', ...m });
/** A count of hits among considered records. */
export const count = (m: Of<'count'>): Measure => ({ kind: 'count', ...m });
/** A mean, optionally with the median and p90. */
export const mean = (m: Of<'mean'>): Measure => ({ kind: 'mean', ...m });
/** A pooled quotient of sums. */
export const sumRatio = (m: Of<'sumRatio'>): Measure => ({ kind: 'sumRatio', ...m });
/** Net Promoter Score. */
export const npsOf = (m: Of<'nps'>): Measure => ({ kind: 'nps', ...m });

/** Every expression a measure holds, for checks and walks. */
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

/** Visits every node of an expression, depth first. */
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
