import type { Evaluation, EvaluationGroup, MetricUnit, MetricValue } from '@servicescore/core';

/** A metric value as `evaluate` gives it (sufficient unless said otherwise). */
export function mv(
  metricId: string,
  value: number | null,
  unit: MetricUnit,
  sampleSize = 100,
  sufficient = true,
): MetricValue {
  return { metricId, value, unit, sampleSize, sufficient };
}

/** An Evaluation-shaped object with the given groups (group totals unless a period is set). */
export function evaluationOf(groups: EvaluationGroup[], metrics: string[] = []): Evaluation {
  const none = { tickets: 0, calls: 0, agents: 0, customers: 0 };
  return {
    metrics,
    overall: {},
    groups,
    periods: [],
    excluded: { total: 0, byReason: { duplicate: 0, spam: 0, merged: 0, test: 0 } },
    censored: { openTickets: 0 },
    ungrouped: none,
    unattributed: none,
    records: none,
    asOf: 0,
    timeZone: 'UTC',
  };
}

const HOUR = 3_600_000;

/**
 * Four agents:
 * | key | name | csat | MTTR | fcr | responseTimelinessRate |
 * | A01 | 张伟 | 0.92 | 2 h | 0.88 | 0.92 |
 * | A02 | 李娜 | 0.85 | 1 h | 0.80 | — |
 * | A03 | 王芳 | 0.85 | 30 h | 0.70 | — |
 * | A04 | 刘洋 | 0.60 (12 surveys < 30: insufficient) | 4 h | no data | — |
 */
export const fourAgents = evaluationOf([
  {
    key: 'A01',
    values: {
      csat: mv('csat', 0.92, 'ratio', 50),
      avgResolutionTime: mv('avgResolutionTime', 2 * HOUR, 'duration'),
      fcr: mv('fcr', 0.88, 'ratio'),
      responseTimelinessRate: mv('responseTimelinessRate', 0.92, 'ratio'),
    },
  },
  {
    key: 'A02',
    values: {
      csat: mv('csat', 0.85, 'ratio', 40),
      avgResolutionTime: mv('avgResolutionTime', 1 * HOUR, 'duration'),
      fcr: mv('fcr', 0.8, 'ratio'),
    },
  },
  {
    key: 'A03',
    values: {
      csat: mv('csat', 0.85, 'ratio', 60),
      avgResolutionTime: mv('avgResolutionTime', 30 * HOUR, 'duration'),
      fcr: mv('fcr', 0.7, 'ratio'),
    },
  },
  {
    key: 'A04',
    values: {
      csat: mv('csat', 0.6, 'ratio', 12, false),
      avgResolutionTime: mv('avgResolutionTime', 4 * HOUR, 'duration'),
      fcr: { ...mv('fcr', null, 'ratio', 0, false), reason: 'noData' },
    },
  },
]);

export const fourNames = { A01: '张伟', A02: '李娜', A03: '王芳', A04: '刘洋' };

/** The names in the rendered body rows, top to bottom. */
export function shownNames(container: HTMLElement): string[] {
  return [...container.querySelectorAll('tbody tr.ss-kpi-leaderboard__row')].map(
    (tr) => tr.querySelector('th')?.textContent ?? '',
  );
}

/** The rank cells of the rendered body rows, top to bottom. */
export function shownRanks(container: HTMLElement): string[] {
  return [
    ...container.querySelectorAll('tbody tr.ss-kpi-leaderboard__row > [data-kind="rank"]'),
  ].map((td) => td.textContent ?? '');
}

/** The cell of a row (by name) in a column (by metric id / kind). */
export function cellOf(container: HTMLElement, name: string, column: number): HTMLElement {
  const tr = [...container.querySelectorAll('tbody tr.ss-kpi-leaderboard__row')].find(
    (row) => row.querySelector('th')?.textContent === name,
  );
  const cell = tr?.children[column];
  if (!(cell instanceof HTMLElement)) throw new Error(`no cell ${column} in row ${name}`);
  return cell;
}
