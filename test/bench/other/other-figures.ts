import { runChild } from '../lib/spawn-child';
import { type Summary, summarise } from '../lib/stats';

export const otherFigures = [
  { id: 'pareto', label: '`pareto` on 100,000 categories', runs: 5 },
  { id: 'scorecard', label: '`scoreScorecard(afterSalesTemplate, …)` for 10,000 agents', runs: 5 },
  {
    id: 'elapsed',
    label:
      'business-hours `elapsedBetween` over 1,000,000 ticket pairs (Asia/Shanghai 09:00–18:00 weekdays, 33 holidays, 5 make-up days)',
    runs: 5,
  },
  {
    id: 'sentinel',
    label:
      '`evaluateRecords` of 10,000 tickets with a business calendar, one resolved `9999-12-31` (rejected by the instant domain; it took 197 s before)',
    runs: 5,
  },
  {
    id: 'distinct-groups',
    label:
      '`evaluate`, six figures, 1,000,000 tickets grouped by ticket id (1,000,000 distinct groups) per day',
    runs: 2,
  },
] as const;

export interface OtherFigure {
  id: string;
  label: string;
  time: Summary;
  extraHeap: Summary;
}

/** One figure in a fresh process. */
export async function otherFigure(id: string, label: string, runs: number): Promise<OtherFigure> {
  const traced = await runChild('other-child.js', [`--figure=${id}`, `--runs=${runs}`]);
  const r = traced.result as { runs: { ms: number; baseHeap: number }[] };
  return {
    id,
    label,
    time: summarise(r.runs.map((run) => run.ms)),
    extraHeap: summarise(r.runs.map((run, i) => (traced.peaks[i] ?? Number.NaN) - run.baseHeap)),
  };
}
