import type { ComparisonOperator, Expr, Scalar } from '../metrics/expr/types';
import type { MetricSettings } from '../metrics/types';
import type { Dialect, Params, SqlType } from './dialect';

/** Where an expression's names point in the query being written. */
export interface ExprScope {
  readonly dialect: Dialect;
  readonly params: Params;
  readonly settings: MetricSettings;
  readonly asOf: number;
  /** A canonical column of the current row (already in canonical units: instants as epoch ms). */
  column(name: string): string;
  /** A derived per-ticket column (see `derived.ts`). */
  derived(name: string): string;
}

const operators: Record<ComparisonOperator, string> = {
  '=': '=',
  '!=': '<>',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
};

function literalType(value: Scalar): SqlType {
  return typeof value === 'string' ? 'text' : typeof value === 'boolean' ? 'boolean' : 'double';
}

/** A value expression: NULL where the JS engine has `undefined`. */
export function valueSql(e: Expr, s: ExprScope): string {
  const { dialect, params } = s;
  switch (e.op) {
    case 'field':
      return s.column(e.name);
    case 'qa':
      return dialect.jsonNumber(s.column('qa'), e.item, params);
    case 'attr':
      return dialect.jsonText(s.column('attributes'), e.name, params);
    case 'lit':
      return params.add(e.value, literalType(e.value));
    case 'setting':
      return params.add(s.settings[e.name], 'double');
    case 'asOf':
      return params.add(s.asOf, 'bigint');
    case 'derived':
      return s.derived(e.name);
    case 'arith':
      return `(${valueSql(e.left, s)} ${e.fn} ${valueSql(e.right, s)})`;
    case 'coalesce':
      return `COALESCE(${e.args.map((a) => valueSql(a, s)).join(', ')})`;
    default:
      return predicateSql(e, s);
  }
}

/**
 * A predicate that is never NULL, with the JS engine's meaning: a comparison or `oneOf` with a
 * missing operand is false (so `NOT` of it is true, as `!` is in JS).
 */
export function predicateSql(e: Expr, s: ExprScope): string {
  const { dialect } = s;
  switch (e.op) {
    case 'present':
      return `(${valueSql(e.arg, s)} IS NOT NULL)`;
    case 'cmp':
      return dialect.notNull(
        `(${valueSql(e.left, s)} ${operators[e.cmp]} ${valueSql(e.right, s)})`,
      );
    case 'oneOf': {
      if (e.values.length === 0) return dialect.name === 'clickhouse' ? '0' : 'FALSE';
      const list = e.values.map((v) => s.params.add(v, literalType(v))).join(', ');
      return dialect.notNull(`(${valueSql(e.arg, s)} IN (${list}))`);
    }
    case 'and':
    case 'or': {
      if (e.args.length === 0) return predicateSql({ op: 'lit', value: e.op === 'and' }, s);
      const joiner = e.op === 'and' ? ' AND ' : ' OR ';
      return `(${e.args.map((a) => predicateSql(a, s)).join(joiner)})`;
    }
    case 'not':
      return `(NOT ${predicateSql(e.arg, s)})`;
    case 'lit':
      if (dialect.name === 'clickhouse') return e.value === true ? '1' : '0';
      return e.value === true ? 'TRUE' : 'FALSE';
    default:
      // A value used as a predicate holds when it is `true` (as `=== true` in the JS engine).
      return predicateSql({ op: 'cmp', cmp: '=', left: e, right: { op: 'lit', value: true } }, s);
  }
}
