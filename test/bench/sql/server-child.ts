/**
 * One SQL figure on a database server, in its own Node process:
 * `--engine=postgres|clickhouse --n=… --figure=six|all --runs=…`.
 *
 * Starts the server the way the `sql` test project does (test/sql/engines: a throwaway PostgreSQL
 * 15 cluster, or two ClickHouse servers as two shards under a `Distributed` table, all on
 * 127.0.0.1), makes `n` demo tickets in DuckDB with the Warehouse story's generator, moves them
 * over as CSV (PostgreSQL `COPY`; ClickHouse `CSVWithNames` through the Distributed table, split
 * across the shards by row number), then times `evaluateSql` per agent × month in Asia/Shanghai
 * with the six figures or every ticket metric. Peak RSS and heap of this Node process are sampled
 * during each run (the server's own memory is not in them). After the runs the whole evaluation is
 * compared with `evaluateSql` on the DuckDB holding the same rows — every field, counts exactly,
 * sums to 1e-9 relative — and a difference fails the figure.
 */
import { createReadStream } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@clickhouse/client';
import { metrics as catalogue } from '@servicescore/core';
import {
  clickhouseRunner,
  duckdbRunner,
  evaluateSql,
  pgRunner,
  type SqlRunner,
  type TableMappings,
} from '@servicescore/core/sql';
import pg from 'pg';
import { fieldKinds } from '../../../packages/core/src/data/field-kinds';
import { ddl } from '../../sql/load';
import { startClickHouseCluster } from '../../sql/engines/clickhouse';
import { startPostgres } from '../../sql/engines/postgres';
import { evaluationDifferences } from '../../sql/same-evaluation';
import { sixFigures } from '../core/six';
import { args, fullGc, numberArg, report } from '../lib/child';
import { openDemoDuckDb } from './demo-duckdb';
import { type SampledRun, sampled } from './sampled';

const a = args();
const n = numberArg(a, 'n');
const runs = numberArg(a, 'runs');
const figure = a.figure ?? '';
const engine = a.engine ?? '';
if (engine !== 'postgres' && engine !== 'clickhouse')
  throw new Error('server child: --engine=postgres|clickhouse');
if (figure !== 'six' && figure !== 'all') throw new Error('server child: --figure=six|all');

const tables = ['tickets', 'calls', 'agents', 'customers'] as const;
/** The canonical columns of the tickets table in `ddl`'s order (test/sql/load.ts). */
const ticketColumns = [
  ...Object.entries(fieldKinds.tickets).map(([name, kind]) => ({ name, kind: kind as string })),
  { name: 'attributes', kind: 'json' },
];

const demo = await openDemoDuckDb(n);
const dir = await mkdtemp(join(tmpdir(), 'servicescore-bench-'));
// The PostgreSQL server runs as the `postgres` user: it must be able to read the CSV.
await chmod(dir, 0o755);
const csv = join(dir, 'tickets.csv');
const dq = (id: string) => `"${id.replaceAll('"', '""')}"`;
const exported = ticketColumns.map(({ name, kind }) => {
  if (engine === 'postgres') return dq(name);
  if (kind === 'instant') return `epoch_ms(${dq(name)}) AS ${dq(name)}`;
  if (kind === 'boolean') return `CAST(${dq(name)} AS INTEGER) AS ${dq(name)}`;
  return dq(name);
});
const rowNumber = engine === 'clickhouse' ? 'row_number() OVER () AS _row, ' : '';
const loadStarted = performance.now();
await demo.connection.run(
  `COPY (SELECT ${rowNumber}${exported.join(', ')} FROM tickets) TO '${csv}' (HEADER, NULLSTR '\\N')`,
);
await chmod(csv, 0o644);

let runner: SqlRunner;
let mappings: TableMappings | undefined;
let stop: () => Promise<void>;
if (engine === 'postgres') {
  const server = await startPostgres();
  const client = new pg.Client({ connectionString: server.connectionString });
  await client.connect();
  for (const table of tables) for (const sql of ddl('postgres', table)) await client.query(sql);
  await client.query(
    `COPY tickets (${ticketColumns.map((c) => dq(c.name)).join(', ')}) FROM '${csv}' WITH (FORMAT csv, HEADER true, NULL '\\N')`,
  );
  await client.query('ANALYZE');
  runner = pgRunner(client);
  stop = async () => {
    await client.end();
    await server.stop();
  };
} else {
  const cluster = await startClickHouseCluster();
  const clients = cluster.shards.map((s) => createClient({ url: s.url, request_timeout: 600_000 }));
  for (const [i, client] of clients.entries())
    for (const table of tables) {
      const statements = ddl('clickhouse', table, {
        cluster: cluster.cluster,
        database: 'default',
      });
      for (const statement of i === 0 ? statements : statements.slice(0, 1))
        await client.command({ query: statement });
    }
  const main = clients[0] as (typeof clients)[number];
  await main.insert({
    table: 'tickets',
    values: createReadStream(csv),
    format: 'CSVWithNames',
    clickhouse_settings: { insert_distributed_sync: 1 },
  });
  runner = clickhouseRunner(main);
  mappings = Object.fromEntries(tables.map((t) => [t, { instants: 'epochMs' as const }]));
  stop = async () => {
    for (const client of clients) await client.close();
    await cluster.stop();
  };
}
const loadMs = demo.loadMs + (performance.now() - loadStarted);

const ticketMetrics = Object.values(catalogue)
  .filter((m) => m.table === 'tickets')
  .map((m) => m.id);
const metrics = figure === 'six' ? [...sixFigures] : ticketMetrics;
const options = { ...demo.options, metrics };
const run = () => evaluateSql(runner, { ...options, tables: mappings });

const measured: SampledRun[] = [];
let last: Awaited<ReturnType<typeof run>> | undefined;
for (let i = 0; i < runs; i++) {
  fullGc();
  const { value, ...m } = await sampled(run);
  last = value;
  measured.push(m);
}

// Cross-check: the whole evaluation against evaluateSql on the DuckDB holding the same rows.
const reference = await evaluateSql(duckdbRunner(demo.connection), options);
const problems = last === undefined ? ['no run'] : evaluationDifferences(last, reference);
const checked = reference.groups.length;
await stop();
demo.close();
await rm(dir, { recursive: true, force: true });
report({ engine, figure, n, loadMs, runs: measured, checked, problems });
if (problems.length > 0) {
  console.error(`evaluateSql on ${engine} vs on DuckDB:\n${problems.join('\n')}`);
  process.exitCode = 1;
}
