// @servicescore/core/sql — the KPI catalogue where the data lives: every declarative metric
// compiled to SQL for DuckDB, PostgreSQL and ClickHouse, finished by the same `result` code as
// `evaluate`. Its own entry, so that widgets never pay for it.

export { compileEvaluation } from './compile';
export {
  type CompiledEvaluation,
  type CompiledQuery,
  type CompileTarget,
  SqlCompileError,
  type SqlDuplicateKeys,
  SqlDuplicateKeyError,
  type SqlEvaluateOptions,
} from './compile-types';
export {
  compilePeriodKeysQuery,
  compileRangeQuery,
  compileRejectedRowsQuery,
} from './probe-queries';
export type { InstantEncoding, SqlDialectName } from './dialect';
export type { TableMapping, TableMappings } from './source';
export {
  type EvaluateSqlOptions,
  evaluateSql,
  sampleRejectedRows,
  type SqlEvaluation,
} from './evaluate-sql';
export type { SqlRow, SqlRunner } from './runner';
export type {
  SqlContractRule,
  SqlRejected,
  SqlRejectedReason,
  SqlTableCounts,
} from './contract';
export {
  type ClickHouseClientLike,
  clickhouseRunner,
  type DuckDbNodeConnection,
  type DuckDbWasmConnection,
  duckdbRunner,
  duckdbWasmRunner,
  type PostgresClient,
  pgRunner,
} from './adapters';
