// Global setup of the `sql` Vitest project (run: `pnpm test:sql`).
// Starts, once for the whole run, a throwaway PostgreSQL 15 cluster and a 2-shard ClickHouse
// cluster (test/sql/engines/), hands their addresses to the tests with `provide`, and stops both in
// the teardown. DuckDB needs no server: tests open `DuckDBInstance.create(':memory:')` themselves.
// An engine that cannot start fails the run with its log tail; nothing is ever skipped.
//
// In a test:
//   import { inject } from 'vitest';
//   const pgInfo = inject('postgres');      // { host, port, user, database, connectionString }
//   const ch = inject('clickhouse');        // { cluster: 'servicescore', shards: [{ url, httpPort, tcpPort }, …] }
import type { TestProject } from 'vitest/node';
import {
  type ClickHouseCluster,
  type ClickHouseClusterInfo,
  startClickHouseCluster,
} from './engines/clickhouse';
import { type PostgresInfo, type PostgresServer, startPostgres } from './engines/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throwaway PostgreSQL 15 server of the `sql` project. */
    postgres: PostgresInfo;
    /** The throwaway 2-shard ClickHouse cluster of the `sql` project. */
    clickhouse: ClickHouseClusterInfo;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const [pgResult, chResult] = await Promise.allSettled([
    startPostgres(),
    startClickHouseCluster(),
  ]);
  const postgres: PostgresServer | undefined =
    pgResult.status === 'fulfilled' ? pgResult.value : undefined;
  const clickhouse: ClickHouseCluster | undefined =
    chResult.status === 'fulfilled' ? chResult.value : undefined;

  if (!postgres || !clickhouse) {
    await Promise.allSettled([postgres?.stop(), clickhouse?.stop()]);
    const reasons = [pgResult, chResult].flatMap((r) =>
      r.status === 'rejected'
        ? [r.reason instanceof Error ? r.reason.message : String(r.reason)]
        : [],
    );
    throw new Error(`[sql] a database engine did not start:\n\n${reasons.join('\n\n')}`);
  }

  // Only serializable data crosses over to the test workers (no `stop`).
  const pgInfo: PostgresInfo = {
    host: postgres.host,
    port: postgres.port,
    user: postgres.user,
    database: postgres.database,
    connectionString: postgres.connectionString,
  };
  const chInfo: ClickHouseClusterInfo = { cluster: clickhouse.cluster, shards: clickhouse.shards };
  project.provide('postgres', pgInfo);
  project.provide('clickhouse', chInfo);
  console.log(
    `[sql] PostgreSQL on ${pgInfo.port}, ClickHouse shards on ${chInfo.shards
      .map((s) => `${s.httpPort}/${s.tcpPort}`)
      .join(' and ')} (http/tcp), up in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  return async () => {
    const results = await Promise.allSettled([postgres.stop(), clickhouse.stop()]);
    const failed = results.flatMap((r) => (r.status === 'rejected' ? [String(r.reason)] : []));
    if (failed.length > 0)
      throw new Error(`[sql] stopping the engines failed:\n${failed.join('\n')}`);
  };
}
