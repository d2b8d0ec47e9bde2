import type { TableName } from '../data/types';
import { walk } from '../metrics/expr/build';
import { compilePredicate } from '../metrics/expr/compile-js';
import type { Expr } from '../metrics/expr/types';
import type { EvalContext } from '../metrics/types';
import type { WhereFilters } from './types';

/** Per table, the compiled `where` filter. */
export type CompiledWhere = { [T in TableName]?: (record: unknown, ctx: EvalContext) => boolean };

/**
 * `where` filters as predicates: a host function as it is, an expression compiled. A filter reads
 * the record only: expressions in `where` may use fields, attributes, `resolved` and `open`, not
 * the SLA, duration or repeat-fault values (those are metric-level; scope a metric for them).
 *
 * @throws RangeError naming the table when a filter is neither a function nor an expression.
 * @example
 * const where = compileWhere({ tickets: expr.eq(expr.field('channel'), 'phone') });
 * where.tickets?.(ticket, ctx); // true for a phone ticket
 */
export function compileWhere(where: WhereFilters | undefined): CompiledWhere {
  const out: CompiledWhere = {};
  if (where === undefined) return out;
  if (typeof where !== 'object' || where === null)
    throw new RangeError(
      'evaluate: option `where` must be an object of table → filter (a function or an expression).',
    );
  for (const [table, filter] of Object.entries(where)) {
    if (!['tickets', 'calls', 'agents', 'customers'].includes(table))
      throw new RangeError(
        `evaluate: option \`where.${table}\` names no table; use tickets, calls, agents or customers.`,
      );
    if (filter === undefined) continue;
    if (typeof filter === 'function') {
      out[table as TableName] = filter as (record: unknown) => boolean;
    } else if (typeof filter === 'object' && filter !== null && typeof filter.op === 'string') {
      checkWhereExpr(table, filter);
      out[table as TableName] = compilePredicate(filter);
    } else {
      throw new RangeError(
        `evaluate: option \`where.${table}\` must be a function of the record or an expression (e.g. expr.eq(expr.field('channel'), 'phone')).`,
      );
    }
  }
  return out;
}

const recordOnly = new Set(['resolved', 'open']);

function checkWhereExpr(table: string, e: Expr): void {
  walk(e, (node) => {
    if (node.op === 'derived' && !recordOnly.has(node.name))
      throw new RangeError(
        `evaluate: option \`where.${table}\` reads ${node.name}, which a filter cannot: scope a metric with it instead (scopeMetric).`,
      );
  });
}
