/**
 * Opens each real engine with the demo data loaded into canonical tables, as `evaluateSql`
 * runners: DuckDB in memory, the `sql` project's PostgreSQL server (a fresh database per call),
 * and the 2-shard ClickHouse cluster (a fresh database per call on both shards, queried through
 * its Distributed tables from shard 0).
 */
import { createClient } from '@clickhouse/client';
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

export interface OpenEngine {
  runner: SqlRunner;
  /** How the loaded tables store instants (ClickHouse: epoch-ms Int64). */
  tables?: TableMappings;
  close(): Promise<void>;
}

export async function openDuckDb(dataset: ServiceDataset): Promise<OpenEngine> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await loadSql('duckdb', (sql, params) => connection.run(sql, params as never), dataset);
  return {
    runner: duckdbRunner(connection),
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

let databases = 0;

export async function openPostgres(dataset: ServiceDataset): Promise<OpenEngine> {
  const info = inject('postgres');
  const admin = new pg.Client({ connectionString: info.connectionString });
  await admin.connect();
  const name = `servicescore_${process.pid}_${++databases}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  // Not `{ ...info, database }`: pg lets `connectionString` (…/postgres) override `database`.
  const client = new pg.Client({
    host: info.host,
    port: info.port,
    user: info.user,
    database: name,
  });
  await client.connect();
  await loadSql('postgres', (sql, params) => client.query(sql, params), dataset);
  return {
    runner: pgRunner(client),
    async close() {
      await client.end();
    },
  };
}

export async function openClickHouse(dataset: ServiceDataset): Promise<OpenEngine> {
  const info = inject('clickhouse');
  const name = `servicescore_${process.pid}_${++databases}`;
  const admins = info.shards.map((s) => createClient({ url: s.url, request_timeout: 120_000 }));
  for (const admin of admins) await admin.command({ query: `CREATE DATABASE ${name}` });
  const clients = info.shards.map((s) =>
    createClient({ url: s.url, database: name, request_timeout: 120_000 }),
  );
  // Each shard has the MergeTree tables; shard 0 also has the Distributed tables over both.
  for (const [i, client] of clients.entries()) {
    for (const table of recordTables) {
      const statements = ddl('clickhouse', table, { cluster: info.cluster, database: name });
      for (const statement of i === 0 ? statements : statements.slice(0, 1))
        await client.command({ query: statement });
    }
  }
  const main = clients[0] as (typeof clients)[number];
  for (const table of recordTables) {
    const values = clickhouseRows(dataset, table);
    if (values.length === 0) continue;
    await main.insert({
      table,
      values,
      format: 'JSONEachRow',
      clickhouse_settings: { insert_distributed_sync: 1 },
    });
  }
  // The rows really are split: each shard holds some tickets, none holds them all.
  for (const client of clients) {
    const result = await client.query({
      query: 'SELECT count() AS n FROM tickets_local',
      format: 'JSONEachRow',
    });
    const [{ n }] = (await result.json()) as [{ n: string }];
    if (!(Number(n) > 0 && Number(n) < dataset.tickets.length))
      throw new Error(
        `ClickHouse shard holds ${n} of ${dataset.tickets.length} tickets; expected a split.`,
      );
  }
  return {
    runner: clickhouseRunner(main),
    tables: Object.fromEntries(recordTables.map((t) => [t, { instants: 'epochMs' }])),
    async close() {
      for (const admin of admins) {
        await admin.command({ query: `DROP DATABASE ${name}` });
        await admin.close();
      }
      for (const client of clients) await client.close();
    },
  };
}
