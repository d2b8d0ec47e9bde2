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
import { metrics as catalogue } from '@servicescore/core';
import { duckdbRunner, evaluateSql } from '@servicescore/core/sql';
import { sixFigures } from '../core/six';
import { args, fullGc, numberArg, report } from '../lib/child';
import { openDemoDuckDb } from './demo-duckdb';
import { handSixSql } from './hand-duckdb';
import { type SampledRun, sampled } from './sampled';

const a = args();
const n = numberArg(a, 'n');
const runs = numberArg(a, 'runs');
const figure = a.figure ?? '';
if (a.engine !== 'duckdb') throw new Error('sql child: --engine=duckdb (the only one so far)');
if (!['six', 'all', 'hand'].includes(figure)) throw new Error('sql child: --figure=six|all|hand');

const demo = await openDemoDuckDb(n);
const { connection, options, loadMs } = demo;

const ticketMetrics = Object.values(catalogue)
  .filter((m) => m.table === 'tickets')
  .map((m) => m.id);
const runner = duckdbRunner(connection);
const six = () => evaluateSql(runner, { ...options, metrics: [...sixFigures] });
const hand = () => runner.query(handSixSql(options.asOf), []);
const run: () => Promise<unknown> =
  figure === 'hand'
    ? hand
    : figure === 'six'
      ? six
      : () => evaluateSql(runner, { ...options, metrics: ticketMetrics });

const measured: SampledRun[] = [];
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
demo.close();
report({ engine: a.engine, figure, n, loadMs, runs: measured, checked, problems });
if (problems.length > 0) {
  console.error(`evaluateSql vs the hand query: ${problems.join('\n')}`);
  process.exitCode = 1;
}
