// A host table as every statement reads it: its canonical columns (source.ts) with the target's
// real columns, checked by the data contract (contract.ts), either with the `_reject` column or
// as the accepted rows only.
import { boundsOption, type InstantBounds } from '../data/instant';
import type { TableName } from '../data/types';
import type { CompileTarget } from './compile-types';
import { acceptedRows, checkedQuery } from './contract';
import type { Dialect, Params } from './dialect';
import { canonicalQuery } from './source';

/** A table as canonical columns, and its impossible period keys (see `CompileTarget.badPeriods`). */
function canonicalSource(table: TableName, target: CompileTarget, d: Dialect, params: Params) {
  const available = target.available?.[table];
  const canonical = canonicalQuery(
    table,
    target.tables?.[table],
    available === undefined ? undefined : new Set(available),
    d,
    params,
  );
  const bad = table === 'agents' || table === 'customers' ? target.badPeriods?.[table] : undefined;
  return { canonical, bad: bad ?? [] };
}

/** The instant domain the data contract reads a target's instants in. */
function targetBounds(target: CompileTarget): InstantBounds {
  return boundsOption('evaluateSql', target.instantDomain);
}

/** A table's canonical query, written with the data contract by `write` (in the target's domain). */
function contracted(
  write: typeof checkedQuery,
  table: TableName,
  target: CompileTarget,
  d: Dialect,
  params: Params,
): string {
  const { canonical, bad } = canonicalSource(table, target, d, params);
  return write(table, canonical, d, params, bad, targetBounds(target));
}

/** A table as canonical columns with the data contract's `_reject` column (see `contract.ts`). */
export function checkedSource(
  table: TableName,
  target: CompileTarget,
  d: Dialect,
  params: Params,
): string {
  return contracted(checkedQuery, table, target, d, params);
}

/** The rows of a table that keep the data contract, as canonical columns. */
export function acceptedQuery(
  table: TableName,
  target: CompileTarget,
  d: Dialect,
  params: Params,
): string {
  return contracted(acceptedRows, table, target, d, params);
}
