import { isOpen, isResolved, type ServiceTicket } from '../../data/types';
import type { EvalContext } from '../types';
import type { ComparisonOperator, Expr, Scalar } from './types';

/** A compiled expression: the value for a record, `undefined` when missing. */
export type JsFn = (record: unknown, ctx: EvalContext) => Scalar | undefined;
/** A compiled predicate. */
export type JsPredicate = (record: unknown, ctx: EvalContext) => boolean;

type Rec = Record<string, unknown>;

const finite = (x: number): number | undefined => (Number.isNaN(x) ? undefined : x);

function compare(c: ComparisonOperator, a: Scalar, b: Scalar): boolean {
  switch (c) {
    case '=':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}

/**
 * Compiles an expression to a closure over (record, context). Shapes that dominate the catalogue
 * (`field op literal`, `present(field)`) get direct closures, so a compiled predicate costs about
 * what the hand-written classifier it replaced did.
 */
export function compileJs(e: Expr): JsFn {
  switch (e.op) {
    case 'field': {
      const name = e.name;
      return (r) => (r as Rec)[name] as Scalar | undefined;
    }
    case 'qa': {
      const item = e.item;
      return (r) => (r as ServiceTicket).qa?.[item];
    }
    case 'attr': {
      const name = e.name;
      return (r) => {
        const v = (r as { attributes?: Rec }).attributes?.[name];
        return v === null ? undefined : (v as Scalar | undefined);
      };
    }
    case 'lit': {
      const value = e.value;
      return () => value;
    }
    case 'setting': {
      const name = e.name;
      return (_r, ctx) => ctx.settings[name];
    }
    case 'asOf':
      return (_r, ctx) => ctx.asOf;
    case 'derived':
      return derivedFn(e.name);
    case 'arith': {
      const l = compileJs(e.left);
      const r = compileJs(e.right);
      const fn = e.fn;
      return (rec, ctx) => {
        const a = l(rec, ctx);
        if (a === undefined) return undefined;
        const b = r(rec, ctx);
        if (b === undefined) return undefined;
        const x = a as number;
        const y = b as number;
        return fn === '+' ? x + y : fn === '-' ? x - y : x * y;
      };
    }
    case 'coalesce': {
      const args = e.args.map(compileJs);
      return (rec, ctx) => {
        for (const a of args) {
          const v = a(rec, ctx);
          if (v !== undefined) return v;
        }
        return undefined;
      };
    }
    default:
      return compilePredicate(e);
  }
}

function derivedFn(name: Extract<Expr, { op: 'derived' }>['name']): JsFn {
  switch (name) {
    case 'resolved':
      return (r) => isResolved(r as ServiceTicket);
    case 'open':
      return (r) => isOpen(r as ServiceTicket);
    case 'firstResponseMs':
      return (_r, ctx) => finite(ctx.firstResponseMs());
    case 'resolutionMs':
      return (_r, ctx) => finite(ctx.resolutionMs());
    case 'handlingMs':
      return (_r, ctx) => finite(ctx.handlingMs());
    case 'responseOutcome':
      return (_r, ctx) => ctx.responseOutcome();
    case 'resolutionOutcome':
      return (_r, ctx) => ctx.resolutionOutcome();
    case 'repeatFault':
      return (_r, ctx) => ctx.repeatFault();
  }
}

/** Compiles a boolean expression; any other value counts as `true` only when it is `true`. */
export function compilePredicate(e: Expr): JsPredicate {
  switch (e.op) {
    case 'present': {
      if (e.arg.op === 'field') {
        const name = e.arg.name;
        return (r) => (r as Rec)[name] !== undefined;
      }
      const a = compileJs(e.arg);
      return (r, ctx) => a(r, ctx) !== undefined;
    }
    case 'cmp': {
      const c = e.cmp;
      if (e.left.op === 'field' && e.right.op === 'lit') {
        const name = e.left.name;
        const k = e.right.value;
        return (r) => {
          const v = (r as Rec)[name] as Scalar | undefined;
          return v !== undefined && compare(c, v, k);
        };
      }
      const l = compileJs(e.left);
      const rt = compileJs(e.right);
      return (r, ctx) => {
        const a = l(r, ctx);
        if (a === undefined) return false;
        const b = rt(r, ctx);
        return b !== undefined && compare(c, a, b);
      };
    }
    case 'oneOf': {
      const values = e.values;
      const a = compileJs(e.arg);
      return (r, ctx) => {
        const v = a(r, ctx);
        return v !== undefined && values.includes(v);
      };
    }
    case 'and': {
      const args = e.args.map(compilePredicate);
      if (args.length === 2) {
        const [x, y] = args as [JsPredicate, JsPredicate];
        return (r, ctx) => x(r, ctx) && y(r, ctx);
      }
      return (r, ctx) => args.every((p) => p(r, ctx));
    }
    case 'or': {
      const args = e.args.map(compilePredicate);
      return (r, ctx) => args.some((p) => p(r, ctx));
    }
    case 'not': {
      const a = compilePredicate(e.arg);
      return (r, ctx) => !a(r, ctx);
    }
    case 'lit': {
      const v = e.value === true;
      return () => v;
    }
    default: {
      const v = compileJs(e);
      return (r, ctx) => v(r, ctx) === true;
    }
  }
}

/** Compiles a numeric expression: a finite number, or `NaN` when missing. */
export function compileNumber(e: Expr): (record: unknown, ctx: EvalContext) => number {
  if (e.op === 'field') {
    const name = e.name;
    return (r) => {
      const v = (r as Rec)[name];
      return typeof v === 'number' ? v : Number.NaN;
    };
  }
  const f = compileJs(e);
  return (r, ctx) => {
    const v = f(r, ctx);
    return typeof v === 'number' ? v : Number.NaN;
  };
}
