// Deterministic inputs of the widget benchmarks (`pnpm bench`, test/bench/browser/widgets.ts).
import {
  type Evaluation,
  type EvaluationGroup,
  evaluate,
  type MetricValue,
  type ParetoInput,
} from '@servicescore/core';
import { generateDemoDataset } from '@servicescore/core/demo';

/** A deterministic uniform [0, 1) stream (32-bit LCG). */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 4_294_967_296;
  };
}

/** The metrics the leaderboard benchmark shows. */
export const leaderboardMetrics = ['csat', 'fcr', 'avgResolutionTime', 'complaintRate'];

// The evaluation's frame (asOf, counts …) from a small demo; its groups are replaced.
const small = generateDemoDataset({ tickets: 200 });
const frame = evaluate(small, {
  metrics: leaderboardMetrics,
  groupBy: 'agentId',
  timeZone: small.meta.timeZone,
  asOf: small.meta.asOf,
});

function ratio(metricId: string, value: number, n: number): MetricValue {
  return { metricId, value, unit: 'ratio', sampleSize: n, sufficient: n >= 30 };
}

/** An evaluation with `rows` agents (`AG00001` …), values made up deterministically. */
export function leaderboardEvaluation(rows: number): Evaluation {
  const next = lcg(7);
  const groups: EvaluationGroup[] = [];
  for (let i = 1; i <= rows; i++) {
    const n = Math.round(10 + next() * 300);
    groups.push({
      key: `AG${String(i).padStart(5, '0')}`,
      values: {
        csat: ratio('csat', 0.6 + next() * 0.38, n),
        fcr: ratio('fcr', 0.55 + next() * 0.45, n),
        avgResolutionTime: {
          metricId: 'avgResolutionTime',
          value: (1 + next() * 60) * 3_600_000,
          unit: 'duration',
          sampleSize: n,
          sufficient: true,
        },
        complaintRate: ratio('complaintRate', next() * 0.12, n),
      },
    });
  }
  return { ...frame, groups, periods: [] };
}

/** `categories` complaint causes with Zipf-like counts, in no particular order. */
export function paretoData(categories: number): ParetoInput[] {
  const next = lcg(11);
  const items = Array.from({ length: categories }, (_, i) => ({
    category: `原因 ${String(i + 1).padStart(4, '0')}`,
    count: Math.max(1, Math.round(5000 / (i + 1) + next() * 20)),
  }));
  return items.reverse();
}

/** `count` CSAT values between 0.6 and 1. */
export function gaugeValues(count: number): number[] {
  const next = lcg(13);
  return Array.from({ length: count }, () => 0.6 + next() * 0.4);
}
