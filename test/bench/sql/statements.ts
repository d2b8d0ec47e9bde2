/**
 * Where `evaluateSql`'s time goes on DuckDB, statement by statement (a tool for working on the
 * SQL, not a figure of BENCHMARKS.md). Built by `pnpm bench` into .bench-out/; run it as
 *
 *   node .bench-out/sql-statements.js --n=1000000 --figure=six|all --runs=5 [--explain]
 *
 * It makes `n` demo tickets in an in-memory DuckDB (as the SQL figures do), times `--runs`
 * evaluations per agent × month, prints the median and each statement of the last run with its
 * time and row count, and writes the statements to .bench-out/sql-statements.sql. `--explain`
 * also writes DuckDB's `EXPLAIN ANALYZE` of every statement over 100 ms to
 * .bench-out/sql-statements.explain.txt.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { metrics as catalogue } from '@servicescore/core';
import { duckdbRunner, evaluateSql, type SqlRunner } from '@servicescore/core/sql';
import { sixFigures } from '../core/six';
import { args, numberArg } from '../lib/child';
import { benchOut } from '../lib/paths';
import { openDemoDuckDb } from './demo-duckdb';

const a = args();
const n = numberArg(a, 'n');
const runs = numberArg(a, 'runs');
if (a.figure !== 'six' && a.figure !== 'all') throw new Error('sql-statements: --figure=six|all');
const metrics =
  a.figure === 'six'
    ? [...sixFigures]
    : Object.values(catalogue)
        .filter((m) => m.table === 'tickets')
        .map((m) => m.id);

const demo = await openDemoDuckDb(n);
const base = duckdbRunner(demo.connection);
const log: { ms: number; sql: string; params: readonly unknown[]; rows: number }[] = [];
const runner: SqlRunner = {
  ...base,
  async query(sql, params) {
    const started = performance.now();
    const rows = await base.query(sql, params);
    log.push({ ms: performance.now() - started, sql, params, rows: rows.length });
    return rows;
  },
};

const totals: number[] = [];
for (let i = 0; i < runs; i++) {
  log.length = 0;
  const started = performance.now();
  await evaluateSql(runner, { ...demo.options, metrics });
  totals.push(performance.now() - started);
}
totals.sort((x, y) => x - y);
console.log(
  `${n.toLocaleString('en-US')} tickets, ${a.figure}: median ${totals[totals.length >> 1]?.toFixed(0)} ms (min ${totals[0]?.toFixed(0)}, max ${totals.at(-1)?.toFixed(0)}) over ${runs} runs; last run:`,
);
for (const [i, x] of log.entries())
  console.log(
    `#${i} ${x.ms.toFixed(0).padStart(6)} ms ${String(x.rows).padStart(6)} rows  ${x.sql.replace(/\s+/g, ' ').slice(0, 100)}`,
  );
writeFileSync(
  join(benchOut, 'sql-statements.sql'),
  log.map((x, i) => `-- #${i}: ${x.ms.toFixed(0)} ms\n${x.sql};\n`).join('\n'),
);
if (process.argv.includes('--explain')) {
  const out: string[] = [];
  for (const [i, x] of log.entries()) {
    if (x.ms < 100) continue;
    const plan = await base.query(`EXPLAIN ANALYZE ${x.sql}`, x.params);
    out.push(`-- #${i}\n${plan.map((row) => Object.values(row).join('\n')).join('\n')}`);
  }
  writeFileSync(join(benchOut, 'sql-statements.explain.txt'), out.join('\n\n'));
}
demo.close();
