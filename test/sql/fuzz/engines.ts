/**
 * The three engines of the SQL property test, each opened ONCE for the whole file and reloaded
 * cheaply per case:
 *
 * - DuckDB in memory and PostgreSQL (a fresh database of the `sql` project's server): each case
 *   runs in a transaction — `loadSql` creates and fills the canonical tables, `evaluateSql` reads
 *   them, `ROLLBACK` drops them again (both engines have transactional DDL).
 * - ClickHouse (the 2-shard cluster): one database with the MergeTree `<t>_local` tables on both
 *   shards and the Distributed tables on shard 0 (created once, by `ddl`); each case TRUNCATEs the
 *   local tables on both shards (checked on 18.16.1) and inserts each row into the shard the
 *   Distributed table's sharding key (`_row`) would send it to; `evaluateSql` reads through the
 *   Distributed tables.
 */
import { randomBytes } from 'node:crypto';
import { type ClickHouseClient, ClickHouseLogLevel, createClient } from '@clickhouse/client';
import { DuckDBInstance } from '@duckdb/node-api';
import type { ServiceDataset } from '@servicescore/core';
import {
  clickhouseRunner,
  duckdbRunner,
  pgRunner,
  type SqlRunner,
  type TableMappings,
} from '@servicescore/core/sql';
import pg from 'pg';
import { inject } from 'vitest';
import { clickhouseRows, ddl, loadSql, recordTables } from '../load';
import type { Capabilities } from './arbitraries';

export interface FuzzEngine extends Capabilities {
  readonly name: string;
  readonly runner: SqlRunner;
  /** How the loaded tables store instants (ClickHouse: epoch-ms Int64). */
  readonly tables?: TableMappings | undefined;
  /** Loads `dataset` as the canonical tables, runs `use`, then drops the rows again. */
  withData<T>(dataset: ServiceDataset, use: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * A database name of its own: test files run in parallel (possibly in one process), and each opens
 * its engines, so neither the pid nor a counter alone is unique.
 */
const databaseName = () => `servicescore_fuzz_${process.pid}_${randomBytes(4).toString('hex')}`;

/** Runs `use` inside BEGIN … ROLLBACK after loading the dataset (DuckDB, PostgreSQL). */
async function inTransaction<T>(
  engine: 'duckdb' | 'postgres',
  exec: (sql: string, params?: unknown[]) => Promise<unknown>,
  dataset: ServiceDataset,
  use: () => Promise<T>,
): Promise<T> {
  await exec('BEGIN');
  try {
    await loadSql(engine, exec, dataset);
    return await use();
  } finally {
    await exec('ROLLBACK');
  }
}

export async function openDuckDbFuzz(): Promise<FuzzEngine> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const exec = (sql: string, params?: unknown[]) =>
    connection.run(
      sql,
      params === undefined || params.length === 0 ? undefined : (params as never),
    );
  return {
    name: 'DuckDB',
    withNul: true,
    hugeNumbers: false,
    runner: duckdbRunner(connection),
    withData: (dataset, use) => inTransaction('duckdb', exec, dataset, use),
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

export async function openPostgresFuzz(): Promise<FuzzEngine> {
  const info = inject('postgres');
  const name = databaseName();
  const admin = new pg.Client({ connectionString: info.connectionString });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  // Not `{ ...info, database }`: pg lets `connectionString` (…/postgres) override `database`.
  const client = new pg.Client({
    host: info.host,
    port: info.port,
    user: info.user,
    database: name,
  });
  await client.connect();
  const exec = (sql: string, params?: unknown[]) => client.query(sql, params);
  return {
    name: 'PostgreSQL',
    withNul: false,
    hugeNumbers: true,
    runner: pgRunner(client),
    withData: (dataset, use) => inTransaction('postgres', exec, dataset, use),
    async close() {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
      await admin.end();
    },
  };
}

export async function openClickHouseFuzz(): Promise<FuzzEngine> {
  const info = inject('clickhouse');
  const name = databaseName();
  // A failing statement is reported by the test (with its case); the client need not log it too.
  const log = { level: ClickHouseLogLevel.OFF };
  const admins = info.shards.map((s) => createClient({ url: s.url, log }));
  for (const admin of admins) await admin.command({ query: `CREATE DATABASE ${name}` });
  const shards: ClickHouseClient[] = info.shards.map((s) =>
    createClient({ url: s.url, database: name, log }),
  );
  for (const [i, client] of shards.entries()) {
    for (const table of recordTables) {
      const statements = ddl('clickhouse', table, { cluster: info.cluster, database: name });
      for (const statement of i === 0 ? statements : statements.slice(0, 1))
        await client.command({ query: statement });
    }
  }
  const main = shards[0] as ClickHouseClient;
  const loaded: Record<(typeof recordTables)[number], number> = {
    tickets: 0,
    calls: 0,
    agents: 0,
    customers: 0,
  };
  return {
    name: 'ClickHouse',
    withNul: true,
    hugeNumbers: true,
    runner: clickhouseRunner(main),
    tables: Object.fromEntries(recordTables.map((t) => [t, { instants: 'epochMs' }])),
    async withData(dataset, use) {
      // Only the tables the previous case filled need emptying.
      await Promise.all(
        recordTables
          .filter((t) => loaded[t] > 0)
          .flatMap((t) => shards.map((c) => c.command({ query: `TRUNCATE TABLE ${t}_local` }))),
      );
      const inserts: Promise<unknown>[] = [];
      for (const table of recordTables) {
        const rows = clickhouseRows(dataset, table);
        loaded[table] = rows.length;
        // Distributed(…, _row) with two equal shards sends row `_row` to shard `_row % 2`.
        for (const [s, client] of shards.entries()) {
          const values = rows.filter((r) => (r._row as number) % shards.length === s);
          if (values.length > 0)
            inserts.push(client.insert({ table: `${table}_local`, values, format: 'JSONEachRow' }));
        }
      }
      await Promise.all(inserts);
      return use();
    },
    async close() {
      for (const client of shards) await client.close();
      for (const admin of admins) {
        await admin.command({ query: `DROP DATABASE IF EXISTS ${name}` });
        await admin.close();
      }
    },
  };
}
