// @servicescore/core/sql — the KPI catalogue where the data lives: every declarative metric
// compiled to SQL for DuckDB, PostgreSQL and ClickHouse, finished by the same `result` code as
// `evaluate`. Its own entry, so that widgets never pay for it.

export {
  type CompiledEvaluation,
  type CompiledQuery,
  type CompileTarget,
  compileEvaluation,
  compilePeriodKeysQuery,
  compileRangeQuery,
  compileRejectedRowsQuery,
  SqlCompileError,
  type SqlEvaluateOptions,
} from './compile';
export type { InstantEncoding, SqlDialectName } from './dialect';
export type { TableMapping, TableMappings } from './source';
export {
  type EvaluateSqlOptions,
  evaluateSql,
  sampleRejectedRows,
  type SqlEvaluation,
  type SqlRow,
  type SqlRunner,
} from './evaluate-sql';
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
