/**
 * Contestant 1: servicescore, end to end from the host's raw records. Uses the one-pass
 * `evaluateRecords(input, options)` when `@servicescore/core` exports it, else `parseDataset`
 * then `evaluate` (what a host writes today).
 */
import * as core from '@servicescore/core';
import type { Evaluation, EvaluateOptions } from '@servicescore/core';
import { cellKey, emptyCells, type FigureCells, sixFigures } from './six';

type EvaluateRecords = (
  input: { tickets: readonly Record<string, unknown>[] },
  options: EvaluateOptions & { onInvalid?: 'throw' | 'collect' },
) => { evaluation: Evaluation };

/** `evaluateRecords` when the core has it. */
const evaluateRecords = (core as unknown as { evaluateRecords?: EvaluateRecords }).evaluateRecords;

/** Which API this build of the bench measures. */
export const servicescoreApi: string =
  typeof evaluateRecords === 'function' ? 'evaluateRecords' : 'parseDataset + evaluate';

/** Every ticket metric of the catalogue (what "every ticket metric" means in the bench). */
export const ticketMetricIds: string[] = Object.values(core.metrics)
  .filter((m) => m.table === 'tickets')
  .map((m) => m.id);

export interface ServicescoreOptions {
  metrics: readonly string[];
  asOf: number;
}

/** One end-to-end evaluation per agent × month in Asia/Shanghai. */
export function runServicescore(
  rows: readonly Record<string, unknown>[],
  { metrics, asOf }: ServicescoreOptions,
): Evaluation {
  const options: EvaluateOptions = {
    metrics,
    groupBy: 'agentId',
    period: 'month',
    timeZone: 'Asia/Shanghai',
    asOf,
  };
  if (typeof evaluateRecords === 'function') {
    return evaluateRecords({ tickets: rows }, { ...options, onInvalid: 'collect' }).evaluation;
  }
  const { dataset } = core.parseDataset({ tickets: rows as never }, { onInvalid: 'collect' });
  return core.evaluate(dataset, options);
}

/**
 * The validation floor: `evaluateRecords` with one count (complaintRate) and no breakdown, so the
 * time is what reading, validating and de-duplicating the records costs.
 */
export function runValidation(rows: readonly Record<string, unknown>[], asOf: number) {
  if (typeof evaluateRecords !== 'function') {
    const parsed = core.parseDataset({ tickets: rows as never }, { onInvalid: 'collect' });
    return {
      counts: parsed.counts,
      evaluation: core.evaluate(parsed.dataset, { metrics: ['complaintRate'], asOf }),
    };
  }
  return evaluateRecords(
    { tickets: rows },
    { metrics: ['complaintRate'], asOf, onInvalid: 'collect' },
  ) as {
    counts: { tickets: { accepted: number; rejected: number } };
    evaluation: Evaluation;
  };
}

/** The six figures of an evaluation as cells; `monthKeys[i]` is month index `i`. */
export function servicescoreCells(
  evaluation: Evaluation,
  monthKeys: readonly string[],
): FigureCells {
  const cells = emptyCells();
  const monthIndex = new Map(monthKeys.map((k, i) => [k, i]));
  for (const group of evaluation.groups) {
    if (group.period === undefined) continue;
    const m = monthIndex.get(group.period);
    if (m === undefined) throw new Error(`servicescore: unexpected period ${group.period}`);
    for (const f of sixFigures) {
      const v = group.values[f]?.value;
      cells[f].set(cellKey(group.key, m), v === null || v === undefined ? Number.NaN : v);
    }
  }
  return cells;
}
