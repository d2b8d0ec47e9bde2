// What `evaluateSql` runs its statements with: a host's runner (the adapters in adapters.ts make
// one from an engine's own client) and the check of the runner a host passes.
import { SqlCompileError } from './compile-types';
import { dialects, type SqlDialectName } from './dialect';

/** A row as a database client returns it (numbers may come as bigint or string). */
export type SqlRow = Readonly<Record<string, unknown>>;

/**
 * What `evaluateSql` runs statements with: the dialect, and a function that runs one statement
 * with its bound values and resolves to its rows. Adapters for the engines' own clients are in
 * `./adapters.ts` (`duckdbRunner`, `pgRunner`, `clickhouseRunner`).
 */
export interface SqlRunner {
  readonly dialect: SqlDialectName;
  query(sql: string, params: readonly unknown[]): Promise<readonly SqlRow[]>;
}

/** Throws unless `runner` is a runner of a known dialect; `caller` names the function. */
export function checkRunner(runner: SqlRunner, caller: string): void {
  if (typeof runner !== 'object' || runner === null || typeof runner.query !== 'function')
    throw new TypeError(
      `${caller}(runner, options): runner must be { dialect, query(sql, params) } (see duckdbRunner, pgRunner, clickhouseRunner).`,
    );
  if (!(runner.dialect in dialects))
    throw new SqlCompileError(
      `${caller}: runner.dialect ${JSON.stringify(runner.dialect)} is not one of duckdb, postgres, clickhouse.`,
    );
}
