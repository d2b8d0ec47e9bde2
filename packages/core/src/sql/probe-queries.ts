// The statements `evaluateSql` and `sampleRejectedRows` run besides the evaluation's own: the
// instants the tickets span (for a business calendar), the period keys to check, a sample of
// the rows the data contract rejects, and of the record keys that accepted rows share.
import { keyFields } from '../data/keys';
import type { TableName } from '../data/types';
import type { CompiledQuery, CompileTarget } from './compile-types';
import { REJECT_COLUMN } from './contract';
import { type Dialect, dialects, Params } from './dialect';
import { acceptedQuery, checkedSource } from './table-source';

/**
 * The statement that finds the instants the tickets span (`CompileTarget.range`, needed with a
 * business calendar): one row `{ lo, hi1, hi2, hi3 }` — the earliest `createdAt` and the latest
 * `createdAt`, `firstResponseAt` and `resolvedAt` (epoch ms; NULL for no tickets).
 *
 * @example
 * const { sql, params } = compileRangeQuery({ dialect: 'postgres' });
 * const [row] = await pgRunner(pool).query(sql, params); // { lo, hi1, hi2, hi3 }
 * // what evaluateSql then compiles with: range = { from: lo, to: max(hi1, hi2, hi3) }
 */
export function compileRangeQuery(target: CompileTarget): CompiledQuery {
  const d = dialects[target.dialect];
  const params = new Params(d);
  // Accepted rows only: a rejected "never" placeholder (9999-12-31) must not stretch the range.
  const canonical = acceptedQuery('tickets', target, d, params);
  const q = (id: string) => d.quote(id);
  const sql = `SELECT min(${q('createdAt')}) AS ${q('lo')}, max(${q('createdAt')}) AS ${q('hi1')}, max(${q('firstResponseAt')}) AS ${q('hi2')}, max(${q('resolvedAt')}) AS ${q('hi3')} FROM (${canonical}) AS ${q('_range')}`;
  return {
    purpose: 'counts',
    table: 'tickets',
    metrics: [],
    sql,
    params: d.name === 'clickhouse' ? [] : params.values.slice(),
  };
}

/**
 * The distinct period keys of the keyed tables (`agents`, `customers`; those in `present`, all
 * by default) that have a key's shape, as rows `{ t, period }`: `evaluateSql` checks each with
 * `parsePeriodKey` and passes the impossible ones (`2026-02-30`) as `CompileTarget.badPeriods`.
 * `undefined` when neither table exists.
 *
 * @example
 * const query = compilePeriodKeysQuery({ dialect: 'duckdb' }); // rows { t: 'agents', period: '2026-03' } …
 */
export function compilePeriodKeysQuery(target: CompileTarget): CompiledQuery | undefined {
  const d = dialects[target.dialect];
  const params = new Params(d);
  const q = (id: string) => d.quote(id);
  const keyed = (['agents', 'customers'] as const).filter(
    (t) => target.present === undefined || target.present.includes(t),
  );
  if (keyed.length === 0) return undefined;
  const selects = keyed.map((table) => {
    const checked = checkedSource(table, { ...target, badPeriods: undefined }, d, params);
    return `SELECT DISTINCT ${d.constant(table)} AS ${q('t')}, ${q('period')} AS ${q('period')} FROM (${checked}) AS ${q(`_keys_${table}`)} WHERE ${q(REJECT_COLUMN)} IS NULL OR ${q(REJECT_COLUMN)} <> ${d.constant('period:period')}`;
  });
  return {
    purpose: 'counts',
    table: keyed[0] as TableName,
    metrics: [],
    sql: selects.join(' UNION ALL '),
    params: d.name === 'clickhouse' ? [] : params.values.slice(),
  };
}

/**
 * A statement over one table's rows with the data contract's `_reject` column: `select` writes it
 * from that subquery.
 */
function overChecked(
  target: CompileTarget,
  table: TableName,
  select: (checked: string, q: (id: string) => string, d: Dialect) => string,
): CompiledQuery {
  const d = dialects[target.dialect];
  const params = new Params(d);
  const sql = select(checkedSource(table, target, d, params), d.quote, d);
  return {
    purpose: 'rejected',
    table,
    metrics: [],
    sql,
    params: d.name === 'clickhouse' ? [] : params.values.slice(),
  };
}

/**
 * A sample of the rows the data contract rejects: the host table's canonical columns and
 * `_reject` (`field:rule`), at most `limit` rows (which ones is the database's choice).
 *
 * @example
 * const { sql, params } = compileRejectedRowsQuery({ dialect: 'postgres' }, 'tickets', 20);
 */
export function compileRejectedRowsQuery(
  target: CompileTarget,
  table: TableName,
  limit = 20,
): CompiledQuery {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(
      `compileRejectedRowsQuery: limit ${String(limit)} must be a whole number ≥ 1.`,
    );
  return overChecked(
    target,
    table,
    (checked, q) =>
      `SELECT * FROM (${checked}) AS ${q('_rejected')} WHERE ${q(REJECT_COLUMN)} IS NOT NULL LIMIT ${limit}`,
  );
}

/**
 * Record keys (id; agents and customers: id and period) that more than one accepted row has, the
 * most repeated first: columns `k0`, `k1` (the key as text) and `_n`, at most `limit` rows. Run by
 * `evaluateSql` only when its presence query found duplicates.
 */
export function compileDuplicateKeysQuery(
  target: CompileTarget,
  table: TableName,
  limit = 5,
): CompiledQuery {
  return overChecked(target, table, (checked, q, d) => {
    const keys = keyFields(table).map(q);
    const named = keys.map((k, i) => `${d.text(k)} AS ${q(`k${i}`)}`).join(', ');
    const order = keys.map((_, i) => q(`k${i}`)).join(', ');
    return `SELECT ${named}, count(*) AS ${q('_n')} FROM (${checked}) AS ${q('_dups')} WHERE ${q(REJECT_COLUMN)} IS NULL GROUP BY ${keys.join(', ')} HAVING count(*) > 1 ORDER BY ${q('_n')} DESC, ${order} LIMIT ${limit}`;
  });
}
