/**
 * One SQL figure in its own Node process: `--engine=duckdb --n=… --figure=six|all|hand --runs=…`.
 * Makes `n` demo tickets inside an in-memory DuckDB with the Warehouse story's SQL generator
 * (stories/warehouse/warehouse-data.ts: no row crosses from JavaScript), then times
 * `evaluateSql` (the six figures, or every ticket metric) or the hand-written query for the six
 * figures, per agent × month in Asia/Shanghai. The Node process's peak RSS and heap are sampled
 * every 20 ms during each run (DuckDB's memory is native: it shows in RSS, not in the heap).
 * After the runs, the six figures of `evaluateSql` and of the hand query are compared cell by
 * cell (relative 1e-9); a mismatch fails the figure.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { metrics as catalogue } from '@servicescore/core';
import { generateDemoDataset } from '@servicescore/core/demo';
import { duckdbRunner, evaluateSql } from '@servicescore/core/sql';
import { createTablesSql, insertTicketsSql } from '../../../stories/warehouse/warehouse-data';
import { sixFigures } from '../core/six';
import { args, fullGc, numberArg, report } from '../lib/child';
import { handSixSql } from './hand-duckdb';

const a = args();
const n = numberArg(a, 'n');
const runs = numberArg(a, 'runs');
const figure = a.figure ?? '';
if (a.engine !== 'duckdb') throw new Error('sql child: --engine=duckdb (the only one so far)');
if (!['six', 'all', 'hand'].includes(figure)) throw new Error('sql child: --figure=six|all|hand');

const meta = generateDemoDataset({ tickets: 10, agents: 200, months: 12, calls: 0 }).meta;
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const loadStarted = performance.now();
for (const sql of createTablesSql()) await connection.run(sql);
await connection.run(
  insertTicketsSql({
    tickets: n,
    agents: meta.agents,
    products: meta.products.map((p) => p.id),
    channels: meta.channels.map((c) => c.id),
    categories: meta.categories.map((c) => c.id),
    from: meta.start,
    asOf: meta.asOf,
  }),
);
const loadMs = performance.now() - loadStarted;

const ticketMetrics = Object.values(catalogue)
  .filter((m) => m.table === 'tickets')
  .map((m) => m.id);
const options = {
  groupBy: 'agentId',
  period: 'month',
  timeZone: 'Asia/Shanghai',
  asOf: meta.asOf,
} as const;
const runner = duckdbRunner(connection);
const six = () => evaluateSql(runner, { ...options, metrics: [...sixFigures] });
const hand = () => runner.query(handSixSql(meta.asOf), []);
const run: () => Promise<unknown> =
  figure === 'hand'
    ? hand
    : figure === 'six'
      ? six
      : () => evaluateSql(runner, { ...options, metrics: ticketMetrics });

/** Peak RSS and heap of this process while `fn` runs, sampled every 20 ms. */
async function sampled<T>(fn: () => Promise<T>) {
  const before = process.memoryUsage();
  let rss = before.rss;
  let heap = before.heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 20);
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  clearInterval(timer);
  const after = process.memoryUsage();
  return {
    value,
    ms,
    rssBefore: before.rss,
    peakRss: Math.max(rss, after.rss),
    peakExtraHeap: Math.max(heap, after.heapUsed) - before.heapUsed,
  };
}

const measured: { ms: number; rssBefore: number; peakRss: number; peakExtraHeap: number }[] = [];
for (let i = 0; i < runs; i++) {
  fullGc();
  const { value: _value, ...m } = await sampled(run);
  measured.push(m);
}

// Cross-check: evaluateSql's six figures against the hand query's, every agent × month.
const problems: string[] = [];
let checked = 0;
if (figure !== 'all') {
  const evaluation = await six();
  const rows = (await hand()) as {
    agent: string;
    month: string;
    figure: string;
    num: unknown;
    den: unknown;
  }[];
  const byCell = new Map(evaluation.groups.map((g) => [`${g.key}|${g.period}`, g.values]));
  for (const row of rows) {
    const den = Number(row.den);
    if (den === 0) continue;
    const expected = Number(row.num) / den;
    const got = byCell.get(`${row.agent}|${row.month}`)?.[row.figure]?.value;
    checked++;
    if (
      typeof got !== 'number' ||
      Math.abs(got - expected) > 1e-9 * Math.max(1, Math.abs(expected))
    )
      if (problems.length < 10)
        problems.push(
          `${row.figure} ${row.agent} ${row.month}: evaluateSql ${got}, hand ${expected}`,
        );
  }
}
connection.closeSync();
report({ engine: a.engine, figure, n, loadMs, runs: measured, checked, problems });
if (problems.length > 0) {
  console.error(`evaluateSql vs the hand query: ${problems.join('\n')}`);
  process.exitCode = 1;
}
