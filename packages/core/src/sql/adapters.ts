import type { SqlRow, SqlRunner } from './runner';

/**
 * Thin adapters from the engines' own clients to a {@link SqlRunner}. Each takes the client object
 * the host already has (typed structurally: servicescore depends on none of these packages), runs
 * one statement with its bound values and returns plain rows.
 */

/** `@duckdb/node-api`: a `DuckDBConnection`. */
export interface DuckDbNodeConnection {
  runAndReadAll(
    sql: string,
    // biome-ignore lint/suspicious/noExplicitAny: DuckDB's own value union; plain JS values bind.
    values?: any,
  ): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>;
}

/**
 * A runner over `@duckdb/node-api` (embedded DuckDB in Node).
 *
 * @example
 * import { DuckDBInstance } from '@duckdb/node-api';
 * const connection = await (await DuckDBInstance.create('service.duckdb')).connect();
 * const evaluation = await evaluateSql(duckdbRunner(connection), { metrics: ['csat', 'fcr'] });
 */
export function duckdbRunner(connection: DuckDbNodeConnection): SqlRunner {
  return {
    dialect: 'duckdb',
    async query(sql, params) {
      const reader = await connection.runAndReadAll(
        sql,
        params.length > 0 ? [...params] : undefined,
      );
      return reader.getRowObjectsJS() as SqlRow[];
    },
  };
}

/** `@duckdb/duckdb-wasm`: an `AsyncDuckDBConnection`. */
export interface DuckDbWasmConnection {
  prepare(sql: string): Promise<{
    query(...params: unknown[]): Promise<{ toArray(): { toJSON(): Record<string, unknown> }[] }>;
    close(): Promise<void>;
  }>;
}

/**
 * A runner over `@duckdb/duckdb-wasm` (DuckDB in the browser).
 *
 * @example
 * const connection = await db.connect(); // db: an AsyncDuckDB the page has instantiated
 * const evaluation = await evaluateSql(duckdbWasmRunner(connection), { metrics: ['csat', 'fcr'] });
 */
export function duckdbWasmRunner(connection: DuckDbWasmConnection): SqlRunner {
  return {
    dialect: 'duckdb',
    async query(sql, params) {
      const statement = await connection.prepare(sql);
      try {
        const table = await statement.query(...params);
        return table.toArray().map((row) => row.toJSON());
      } finally {
        await statement.close();
      }
    },
  };
}

/** `pg` (a `Client` or `Pool`) or `@electric-sql/pglite` (a `PGlite`): `query(sql, params)`. */
export interface PostgresClient {
  query(sql: string, params?: unknown[]): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * A runner over `pg` or `@electric-sql/pglite` (PostgreSQL).
 *
 * @example
 * import pg from 'pg';
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * const evaluation = await evaluateSql(pgRunner(pool), { metrics: ['csat', 'fcr'], period: 'month' });
 */
export function pgRunner(client: PostgresClient): SqlRunner {
  return {
    dialect: 'postgres',
    async query(sql, params) {
      const result = await client.query(sql, [...params]);
      return result.rows;
    },
  };
}

/** `@clickhouse/client`: a `ClickHouseClient`. */
export interface ClickHouseClientLike {
  query(params: {
    query: string;
    format: 'JSONEachRow';
    clickhouse_settings?: Record<string, string | number>;
  }): Promise<{ json(): Promise<unknown> }>;
}

/**
 * A runner over `@clickhouse/client`. ClickHouse statements carry their values as escaped
 * literals (18.16 has no server-side parameters), so `params` is always empty here. Statements
 * with a business calendar carry its working intervals as array literals and 18.16 has no CTEs,
 * so they can pass the default 256 KiB `max_query_size`: the runner allows 16 MiB.
 *
 * @example
 * import { createClient } from '@clickhouse/client';
 * const client = createClient({ url: 'http://localhost:8123', database: 'service' });
 * const evaluation = await evaluateSql(clickhouseRunner(client), { metrics: ['csat', 'fcr'] });
 */
export function clickhouseRunner(client: ClickHouseClientLike): SqlRunner {
  return {
    dialect: 'clickhouse',
    async query(sql) {
      const result = await client.query({
        query: sql,
        format: 'JSONEachRow',
        clickhouse_settings: { max_query_size: 16 * 1024 * 1024 },
      });
      return (await result.json()) as SqlRow[];
    },
  };
}
