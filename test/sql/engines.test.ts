// Smoke tests of the three SQL engines the differential tests compare the JS KPI engine with:
// DuckDB in-process, and the PostgreSQL server and 2-shard ClickHouse cluster that
// global-setup.ts starts. Each assertion is a value worked out by hand.
import { type ClickHouseClient, createClient } from '@clickhouse/client';
import { DuckDBInstance } from '@duckdb/node-api';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';

// Type-7 quantile (linear interpolation between order statistics) of x = 1…10 at p = 0.9:
// h = (n − 1)·p = 9 · 0.9 = 8.1 (0-based), so x[8] + 0.1·(x[9] − x[8]) = 9 + 0.1·(10 − 9) = 9.1.
const P90_OF_1_TO_10 = 9.1;

describe('DuckDB (in-memory)', () => {
  test('quantile_cont is the type-7 quantile', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    try {
      const connection = await instance.connect();
      try {
        const reader = await connection.runAndReadAll(
          'select quantile_cont(x, 0.9) as q from range(1, 11) t(x)',
        );
        expect(reader.getRowObjectsJS()).toEqual([{ q: P90_OF_1_TO_10 }]);
      } finally {
        connection.closeSync();
      }
    } finally {
      instance.closeSync();
    }
  });
});

describe('PostgreSQL', () => {
  const info = inject('postgres');
  let client: pg.Client;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: info.connectionString });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
  });

  test('is a throwaway server on 127.0.0.1, not the one on 5432', async () => {
    expect(info.host).toBe('127.0.0.1');
    expect(info.port).not.toBe(5432);
    const { rows } = await client.query<{ version: string; tz: string }>(
      "select current_setting('server_version') as version, current_setting('TimeZone') as tz",
    );
    expect(rows[0]?.version).toMatch(/^15\./);
    expect(rows[0]?.tz).toBe('UTC');
  });

  test('percentile_cont is the type-7 quantile', async () => {
    const { rows } = await client.query<{ q: number }>(
      'select percentile_cont(0.9) within group (order by x) as q from generate_series(1, 10) as t(x)',
    );
    expect(rows).toEqual([{ q: P90_OF_1_TO_10 }]);
  });
});

describe('ClickHouse (2 shards)', () => {
  const info = inject('clickhouse');
  // Unique names, so a rerun against a kept cluster or a parallel file cannot collide.
  const suffix = `${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const local = `smoke_tickets_local_${suffix}`;
  const distributed = `smoke_tickets_${suffix}`;
  const columns = 'id UInt32, region String, closed UInt8, hours Float64';
  // 10 tickets. Hand-computed: closed = 1 for ids 1 3 4 6 7 9 10 → countIf = 7;
  // their hours 2.5 + 1.5 + 3 + 0.5 + 2 + 1 + 4.5 → sumIf = 15
  // (north: 1 3 7 9 → 4 tickets, 7 h; south: 4 6 10 → 3 tickets, 8 h).
  const tickets = [
    { id: 1, region: 'north', closed: 1, hours: 2.5 },
    { id: 2, region: 'south', closed: 0, hours: 4 },
    { id: 3, region: 'north', closed: 1, hours: 1.5 },
    { id: 4, region: 'south', closed: 1, hours: 3 },
    { id: 5, region: 'north', closed: 0, hours: 6 },
    { id: 6, region: 'south', closed: 1, hours: 0.5 },
    { id: 7, region: 'north', closed: 1, hours: 2 },
    { id: 8, region: 'south', closed: 0, hours: 5 },
    { id: 9, region: 'north', closed: 1, hours: 1 },
    { id: 10, region: 'south', closed: 1, hours: 4.5 },
  ];
  let clients: ClickHouseClient[] = [];

  const rows = async <T>(client: ClickHouseClient, query: string): Promise<T[]> =>
    (await client.query({ query, format: 'JSONEachRow' })).json<T>();

  beforeAll(async () => {
    expect(info.cluster).toBe('servicescore');
    expect(info.shards).toHaveLength(2);
    clients = info.shards.map((shard) => createClient({ url: shard.url }));
    // No ZooKeeper, so no ON CLUSTER: the same DDL on every shard.
    for (const client of clients) {
      await client.command({
        query: `CREATE TABLE ${local} (${columns}) ENGINE = MergeTree() ORDER BY id`,
      });
      await client.command({
        query: `CREATE TABLE ${distributed} (${columns}) ENGINE = Distributed(${info.cluster}, default, ${local}, id)`,
      });
    }
    // Synchronous distributed insert: the rows are on their shards when this returns.
    await clients[0]!.insert({
      table: distributed,
      values: tickets,
      format: 'JSONEachRow',
      clickhouse_settings: { insert_distributed_sync: 1 },
    });
  });

  afterAll(async () => {
    for (const client of clients) {
      await client.command({ query: `DROP TABLE IF EXISTS ${distributed}` });
      await client.command({ query: `DROP TABLE IF EXISTS ${local}` });
      await client.close();
    }
  });

  test('every shard answers, each on its own ports', async () => {
    const ports = info.shards.flatMap((s) => [s.httpPort, s.tcpPort]);
    expect(new Set(ports).size).toBe(4);
    for (const client of clients) {
      const [row] = await rows<{ one: number; version: string }>(
        client,
        'SELECT 1 AS one, version() AS version',
      );
      expect(row?.one).toBe(1);
      expect(row?.version).toMatch(/^\d+\.\d+/);
    }
  });

  test('the sharding key spreads the rows over both shards', async () => {
    const perShard = await Promise.all(
      clients.map(async (client) => {
        const [row] = await rows<{ n: string }>(client, `SELECT count() AS n FROM ${local}`);
        return Number(row?.n);
      }),
    );
    for (const n of perShard) {
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThan(10);
    }
    // key % 2 → shard slot: even ids on the first shard, odd ids on the second.
    const ids = await Promise.all(
      clients.map(async (client) => {
        const [row] = await rows<{ ids: number[] }>(
          client,
          `SELECT arraySort(groupArray(id)) AS ids FROM ${local}`,
        );
        return row?.ids;
      }),
    );
    expect(ids).toEqual([
      [2, 4, 6, 8, 10],
      [1, 3, 5, 7, 9],
    ]);
  });

  test('the distributed table sees all rows from either shard', async () => {
    for (const client of clients) {
      // count() is UInt64, which JSON output quotes.
      expect(await rows(client, `SELECT count() AS n FROM ${distributed}`)).toEqual([{ n: '10' }]);
    }
  });

  test('countIf / sumIf through the distributed table', async () => {
    // The aliases must not reuse column names: in ClickHouse an alias is visible in the whole
    // query, so `countIf(closed = 1) AS closed, sumIf(hours, closed = 1)` reads the alias and fails
    // ("Aggregate function countIf(...) is found inside another aggregate function").
    expect(
      await rows(
        clients[1]!,
        `SELECT countIf(closed = 1) AS closed_count, sumIf(hours, closed = 1) AS closed_hours FROM ${distributed}`,
      ),
    ).toEqual([{ closed_count: '7', closed_hours: 15 }]);
    expect(
      await rows(
        clients[0]!,
        `SELECT region, countIf(closed = 1) AS closed_count, sumIf(hours, closed = 1) AS closed_hours
         FROM ${distributed} GROUP BY region ORDER BY region`,
      ),
    ).toEqual([
      { region: 'north', closed_count: '4', closed_hours: 7 },
      { region: 'south', closed_count: '3', closed_hours: 8 },
    ]);
  });
});
