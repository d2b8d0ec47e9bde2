/** Runs each SQL figure in its own process and summarises the runs (see sql-child.ts). */
import { runChild } from '../lib/spawn-child';
import { type Summary, summarise } from '../lib/stats';

export const sqlFigureKinds = ['hand', 'six', 'all'] as const;
export type SqlFigureKind = (typeof sqlFigureKinds)[number];

/** Sizes of a full run: 10M is the warehouse scale; 100k and 1M meet the JS figures. */
export const sqlSizes: { n: number; runs: number }[] = [
  { n: 100_000, runs: 3 },
  { n: 1_000_000, runs: 3 },
  { n: 10_000_000, runs: 3 },
];

/** The engines measured: DuckDB embedded; PostgreSQL and the 2-shard ClickHouse as servers. */
export type SqlEngine = 'duckdb' | 'postgres' | 'clickhouse';

/** Server figures (`server-child.ts`): the size for PostgreSQL and ClickHouse. */
export const serverSizes: { n: number; runs: number }[] = [{ n: 1_000_000, runs: 3 }];
export const serverEngines = ['postgres', 'clickhouse'] as const;

export interface SqlFigure {
  engine: SqlEngine;
  figure: SqlFigureKind;
  n: number;
  /** Time to make the rows in the database (once per process), ms. */
  loadMs: number;
  time: Summary;
  /** Peak RSS of the Node process during a run minus RSS before it (DuckDB's memory is native). */
  extraRss: Summary;
  /** Peak JS heap during a run minus the heap before it. */
  extraHeap: Summary;
  /**
   * DuckDB: agent × month cells of the six figures compared with the hand query; servers: groups
   * of the whole evaluation compared with `evaluateSql` on DuckDB over the same rows.
   */
  checked: number;
}

interface SqlChildResult {
  loadMs: number;
  runs: { ms: number; rssBefore: number; peakRss: number; peakExtraHeap: number }[];
  checked: number;
}

/** One SQL figure in a fresh process (DuckDB: `sql-child`; a server: `server-child`). */
export async function sqlFigure(
  engine: SqlEngine,
  figure: SqlFigureKind,
  n: number,
  runs: number,
): Promise<SqlFigure> {
  const traced = await runChild(engine === 'duckdb' ? 'sql-child.js' : 'server-child.js', [
    `--engine=${engine}`,
    `--figure=${figure}`,
    `--n=${n}`,
    `--runs=${runs}`,
  ]);
  const r = traced.result as SqlChildResult;
  return {
    engine,
    figure,
    n,
    loadMs: r.loadMs,
    time: summarise(r.runs.map((x) => x.ms)),
    extraRss: summarise(r.runs.map((x) => x.peakRss - x.rssBefore)),
    extraHeap: summarise(r.runs.map((x) => x.peakExtraHeap)),
    checked: r.checked,
  };
}
