/**
 * The other core figures, one per Node process: `--figure=pareto|scorecard|elapsed --runs=…`.
 * - pareto: `pareto` of 100,000 categories with Zipf-like counts.
 * - scorecard: `scoreScorecard(afterSalesTemplate, …)` for each of 10,000 agents (values made up
 *   deterministically, the way a host passes one evaluation group per agent).
 * - elapsed: business-hours `elapsedBetween` over 1,000,000 (created, resolved) pairs with a
 *   calendar of weekday hours, holidays and make-up days in Asia/Shanghai.
 * - distinct-groups: `evaluate` of the six figures over 1,000,000 demo tickets grouped by ticket
 *   id (a million distinct groups) per day in Asia/Shanghai: every group × day pair but one per
 *   group is empty, so the cost must follow the million cells, not groups × days.
 */
import {
  afterSalesTemplate,
  businessCalendar,
  elapsedBetween,
  evaluate,
  getMetric,
  type MetricUnit,
  type MetricValue,
  pareto,
  scoreScorecard,
  templateMetrics,
  weekdayHours,
} from '@servicescore/core';
import { generateDemoDataset } from '@servicescore/core/demo';
import { args, measureRuns, numberArg, report, settledHeap } from '../lib/child';
import { sixFigures } from '../core/six';
import { sentinelFigure } from './sentinel';

/** A deterministic uniform [0, 1) stream (32-bit LCG). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 4_294_967_296;
  };
}

export const paretoCategories = 100_000;
export const scorecardAgents = 10_000;
export const elapsedPairs = 1_000_000;

function paretoFigure(runs: number) {
  const next = lcg(1);
  const items = Array.from({ length: paretoCategories }, (_, i) => ({
    category: `C${String(i).padStart(6, '0')}`,
    count: Math.max(1, Math.round(1_000_000 / (i + 1) ** 0.9 + next() * 10)),
  }));
  // Shuffled, so pareto does the sorting.
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j] as (typeof items)[number], items[i] as (typeof items)[number]];
  }
  const measured = measureRuns(runs, () => pareto(items));
  if (measured.last.items.length !== paretoCategories)
    throw new Error(`pareto returned ${measured.last.items.length} items, not ${paretoCategories}`);
  return measured.runs;
}

function valueFor(id: string, unit: MetricUnit, r: number): MetricValue {
  const value =
    unit === 'ratio'
      ? 0.5 + r * 0.5
      : unit === 'duration'
        ? (1 + r * 47) * 3_600_000
        : unit === 'points'
          ? -100 + r * 200
          : unit === 'count'
            ? Math.round(r * 10)
            : unit === 'score'
              ? 60 + r * 40
              : r * 5;
  return { metricId: id, value, unit, sampleSize: 120, sufficient: true };
}

function scorecardFigure(runs: number) {
  const next = lcg(2);
  const ids = templateMetrics(afterSalesTemplate);
  const units = ids.map((id) => getMetric(id).unit);
  const agents = Array.from({ length: scorecardAgents }, () => {
    const values: Record<string, MetricValue> = {};
    ids.forEach((id, i) => {
      // One agent in twenty lacks a figure: the template renormalises around it.
      if (next() >= 0.05) values[id] = valueFor(id, units[i] as MetricUnit, next());
    });
    return { values };
  });
  const measured = measureRuns(runs, () =>
    agents.map((a) => scoreScorecard(afterSalesTemplate, a)),
  );
  if (measured.last.some((r) => typeof r.total !== 'number'))
    throw new Error('scoreScorecard gave an agent no total');
  return measured.runs;
}

/** About the 2026 mainland-China public holidays and their make-up working days (调休). */
const holidays = [
  ...['01-01', '01-02', '01-03'],
  ...['02-15', '02-16', '02-17', '02-18', '02-19', '02-20', '02-21', '02-22', '02-23'],
  ...['04-04', '04-05', '04-06'],
  ...['05-01', '05-02', '05-03', '05-04', '05-05'],
  ...['06-19', '06-20', '06-21'],
  ...['09-25', '09-26', '09-27'],
  ...['10-01', '10-02', '10-03', '10-04', '10-05', '10-06', '10-07'],
].map((d) => `2026-${d}`);
const makeUpDays = ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-10-10'];

function elapsedFigure(runs: number) {
  const calendar = businessCalendar({
    timeZone: 'Asia/Shanghai',
    hours: weekdayHours('09:00', '18:00'),
    holidays,
    workdays: Object.fromEntries(makeUpDays.map((d) => [d, [['09:00', '18:00']] as const])),
  });
  const next = lcg(3);
  const from = new Float64Array(elapsedPairs);
  const to = new Float64Array(elapsedPairs);
  const year = Date.UTC(2026, 0, 1) - 8 * 3_600_000;
  for (let i = 0; i < elapsedPairs; i++) {
    const f = year + Math.floor(next() * 365 * 86_400_000);
    from[i] = f;
    // Resolved within minutes to three weeks, skewed short.
    to[i] = f + Math.floor(next() ** 3 * 21 * 86_400_000);
  }
  const measured = measureRuns(runs, () => {
    let sum = 0;
    for (let i = 0; i < elapsedPairs; i++)
      sum += elapsedBetween(from[i] as number, to[i] as number, calendar);
    return sum;
  });
  if (!(measured.last > 0)) throw new Error(`business-hours elapsed summed to ${measured.last}`);
  return measured.runs;
}

export const distinctGroupTickets = 1_000_000;

function distinctGroupsFigure(runs: number, n = distinctGroupTickets) {
  const demo = generateDemoDataset({
    tickets: n,
    agents: 200,
    months: 12,
    calls: 0,
  });
  const options = {
    metrics: [...sixFigures],
    groupBy: 'id',
    period: 'day',
    timeZone: 'Asia/Shanghai',
    asOf: demo.meta.asOf,
  } as const;
  const measured = measureRuns(runs, () => evaluate(demo, options));
  // Each ticket not excluded (spam, test, merged, duplicate) is its own group.
  const expected = demo.tickets.filter((t) => t.excluded === undefined).length;
  const groups = new Set(measured.last.groups.map((g) => g.key)).size;
  if (groups !== expected) throw new Error(`distinct groups: ${groups} groups, not ${expected}`);
  return measured.runs;
}

const a = args();
const runs = numberArg(a, 'runs');
const sizeArg = a.n === undefined ? undefined : numberArg(a, 'n');
const heapBefore = settledHeap();
const figures: Record<string, (runs: number, n?: number) => unknown> = {
  pareto: paretoFigure,
  scorecard: scorecardFigure,
  elapsed: elapsedFigure,
  sentinel: sentinelFigure,
  'distinct-groups': distinctGroupsFigure,
};
const figure = figures[a.figure ?? ''];
if (!figure)
  throw new Error(
    `other child: --figure=${a.figure} is not one of ${Object.keys(figures).join(', ')}`,
  );
report({
  figure: a.figure,
  runs: sizeArg === undefined ? figure(runs) : figure(runs, sizeArg),
  heapBefore,
});
