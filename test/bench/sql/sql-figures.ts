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

export interface SqlFigure {
  engine: 'duckdb';
  figure: SqlFigureKind;
  n: number;
  /** Time to make the rows in the database (once per process), ms. */
  loadMs: number;
  time: Summary;
  /** Peak RSS of the Node process during a run minus RSS before it (DuckDB's memory is native). */
  extraRss: Summary;
  /** Peak JS heap during a run minus the heap before it. */
  extraHeap: Summary;
  /** Agent × month cells of the six figures compared with the hand query. */
  checked: number;
}

interface SqlChildResult {
  loadMs: number;
  runs: { ms: number; rssBefore: number; peakRss: number; peakExtraHeap: number }[];
  checked: number;
}

/** One SQL figure in a fresh process. */
export async function sqlFigure(
  figure: SqlFigureKind,
  n: number,
  runs: number,
): Promise<SqlFigure> {
  const traced = await runChild('sql-child.js', [
    '--engine=duckdb',
    `--figure=${figure}`,
    `--n=${n}`,
    `--runs=${runs}`,
  ]);
  const r = traced.result as SqlChildResult;
  return {
    engine: 'duckdb',
    figure,
    n,
    loadMs: r.loadMs,
    time: summarise(r.runs.map((x) => x.ms)),
    extraRss: summarise(r.runs.map((x) => x.peakRss - x.rssBefore)),
    extraHeap: summarise(r.runs.map((x) => x.peakExtraHeap)),
    checked: r.checked,
  };
}
