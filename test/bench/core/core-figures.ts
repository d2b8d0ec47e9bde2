/** Runs every core contestant in its own process and summarises the runs. */
import { runChild } from '../lib/spawn-child';
import { type Summary, summarise } from '../lib/stats';

export const contestants = [
  'servicescore-six',
  'servicescore-all',
  'servicescore-validate',
  'hand',
  'arquero',
] as const;
export type Contestant = (typeof contestants)[number];
export const forms = ['iso', 'epoch'] as const;
export type Form = (typeof forms)[number];

export interface CoreFigure {
  contestant: Contestant;
  form: Form;
  n: number;
  /** Heap the raw records take (bytes, after GC). */
  inputHeap: number;
  time: Summary;
  /** Peak heap above the settled heap before the run (bytes). */
  extraHeap: Summary;
  metricCount: number;
  api?: string | undefined;
  checkedCells: number;
  error?: string | undefined;
  /** The commit whose core was measured (`--baseline`), when not the working tree's. */
  baseline?: string | undefined;
}

interface CoreChildResult {
  inputHeap: number;
  metricCount: number;
  api?: string;
  runs: { ms: number; baseHeap: number }[];
  checkedCells: number;
  problems: string[];
}

/** The sizes and runs per size of a full run. */
export const coreSizes: { n: number; runs: number }[] = [
  { n: 10_000, runs: 10 },
  { n: 100_000, runs: 5 },
  { n: 1_000_000, runs: 3 },
];

/**
 * One contestant, one input form, one size, in a fresh process; with `baseline`, the child built
 * against that commit's core (see bench.mjs `--baseline`).
 */
export async function coreFigure(
  contestant: Contestant,
  form: Form,
  n: number,
  runs: number,
  baseline?: string,
): Promise<CoreFigure> {
  const traced = await runChild(baseline ? 'core-child-baseline.js' : 'core-child.js', [
    `--contestant=${contestant}`,
    `--form=${form}`,
    `--n=${n}`,
    `--runs=${runs}`,
  ]);
  const r = traced.result as CoreChildResult;
  const extra = r.runs.map((run, i) => (traced.peaks[i] ?? Number.NaN) - run.baseHeap);
  return {
    contestant,
    form,
    n,
    inputHeap: r.inputHeap,
    time: summarise(r.runs.map((run) => run.ms)),
    extraHeap: summarise(extra),
    metricCount: r.metricCount,
    api: r.api,
    checkedCells: r.checkedCells,
    baseline,
  };
}
