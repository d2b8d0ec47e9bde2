// Data shared by the abuse stories (`Tests/Abuse/…`) and test/browser/abuse.test.ts: hostile host
// text, 10,000-character labels, extreme values, and builders that put any of them into the inputs
// of every widget. Self-contained (no demo dataset) so the test's development bundle stays small.
import {
  type Evaluation,
  type EvaluationGroup,
  type GradeScale,
  type MetricUnit,
  type MetricValue,
  type MetricValues,
  type ParetoInput,
  type ScorecardResult,
  type ScorecardTemplate,
  scoreScorecard,
} from '@servicescore/core';

/** The names of the seven widgets, as the `data-abuse-widget` attribute of their wrapper. */
export const widgetNames = [
  'GradeBadge',
  'KpiGauge',
  'ParetoChart',
  'ScorecardTable',
  'KpiLeaderboard',
  'KpiCard',
  'KpiComparison',
] as const;
export type WidgetName = (typeof widgetNames)[number];

/**
 * Host text an attacker or a broken CRM export could put in a label: markup that would run script
 * if a widget ever used innerHTML, a `javascript:` URL, bidi overrides, zero-width characters and
 * emoji sequences. Every one must show as the same characters, as text.
 */
export const hostileTexts: readonly string[] = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  'javascript:window.__pwned=1',
  // Right-to-left override (U+202E) then pop (U+202C): "exe.txt" reads as "txt.exe".
  'invoice\u202Etxt.exe\u202C 发票',
  // Zero-width joiner, non-joiner, space and BOM inside a word.
  'zero\u200Dwidth\u200Cjoin\u200Bers\uFEFF 零宽',
  '👩🏽‍🔧 满意度 🇨🇳 👨‍👩‍👧‍👦 🎉',
  // Template and format-string syntax a host's text may carry: it must stay literal text.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is the payload
  "{{constructor.constructor('window.__pwned=1')()}} %s %o ${x}",
];

/** Group keys and category ids that collide with `Object.prototype` members. */
export const prototypeKeys: readonly string[] = ['constructor', '__proto__', 'toString'];

/** 10,000-character labels of three kinds: CJK, one unbroken Latin "word", and words with spaces. */
export const longTexts: Readonly<Record<'cjk' | 'word' | 'words', string>> = {
  cjk: '很长的标签'.repeat(2_000),
  word: 'W'.repeat(10_000),
  words: 'Very long label '.repeat(625),
};

const ratio = (metricId: string, value: number | null, sampleSize = 200): MetricValue => ({
  metricId,
  value,
  unit: 'ratio',
  ...(value === null
    ? { reason: 'noData' as const }
    : { numerator: Math.round(value * sampleSize), denominator: sampleSize }),
  sampleSize: value === null ? 0 : sampleSize,
  sufficient: value !== null,
});

/** A MetricValue of any unit (no numerator/denominator: no significance test). */
export const metricValue = (
  metricId: string,
  value: number | null,
  unit: MetricUnit,
): MetricValue =>
  unit === 'ratio'
    ? ratio(metricId, value)
    : {
        metricId,
        value,
        unit,
        sampleSize: value === null ? 0 : 200,
        sufficient: value !== null,
        ...(value === null ? { reason: 'noData' as const } : {}),
      };

/** The default grade scale's bounds with the host's own labels. */
export function gradeScaleWith(labels: readonly [string, string, string, string]): GradeScale {
  const [excellent, good, pass, poor] = labels;
  return [
    { id: 'excellent', min: 90, label: { 'zh-CN': excellent, 'en-US': excellent } },
    { id: 'good', min: 80, label: { 'zh-CN': good, 'en-US': good } },
    { id: 'pass', min: 60, label: { 'zh-CN': pass, 'en-US': pass } },
    { id: 'needsImprovement', min: 0, label: { 'zh-CN': poor, 'en-US': poor } },
  ];
}

/** Pareto input: one category per name, counts falling 40, 25, 18 … (at least 1). */
export function paretoWith(
  categories: readonly string[],
  counts?: readonly number[],
): ParetoInput[] {
  return categories.map((category, i) => ({
    category,
    count: counts?.[i] ?? Math.max(1, 40 - i * 5),
  }));
}

/** An `Evaluation` holding only the given groups (all the leaderboard reads). */
export function evaluationOf(groups: readonly EvaluationGroup[]): Evaluation {
  const none = { tickets: 0, calls: 0, agents: 0, customers: 0 };
  return {
    metrics: ['csat', 'fcr'],
    overall: {},
    groups,
    periods: [],
    excluded: { total: 0, byReason: { duplicate: 0, spam: 0, merged: 0, test: 0 } },
    censored: { openTickets: 0 },
    ungrouped: none,
    unattributed: none,
    records: none,
    asOf: Date.UTC(2026, 0, 1),
    timeZone: 'Asia/Shanghai',
  };
}

/** One leaderboard group per key, with csat and fcr values spread from 0.95 down. */
export function leaderboardWith(keys: readonly string[]): Evaluation {
  return evaluationOf(
    keys.map((key, i) => ({
      key,
      values: { csat: ratio('csat', 0.95 - i * 0.03), fcr: ratio('fcr', 0.9 - i * 0.02) },
    })),
  );
}

/** A two-dimension scorecard whose template, dimension and indicator labels are host text. */
export function scorecardWith(labels: readonly string[], values = [0.91, 0.95]): ScorecardResult {
  const text = (i: number) => {
    const s = labels[i % labels.length] ?? '';
    return { 'zh-CN': s, 'en-US': s };
  };
  const template: ScorecardTemplate = {
    id: 'abuse',
    label: text(0),
    dimensions: [
      {
        id: 'd1',
        label: text(1),
        weight: 60,
        indicators: [
          {
            id: 'i1',
            label: text(2),
            source: { metric: 'resolutionRate' },
            weight: 36,
            rule: {
              type: 'bands',
              bands: [{ min: 0.95, points: 10 }, { min: 0.9, points: 8 }, { points: 5 }],
            },
            suggestions: [text(3)],
          },
          {
            id: 'i2',
            label: text(4),
            source: { metric: 'followUpRate' },
            weight: 24,
            rule: {
              type: 'bands',
              bands: [{ min: 0.98, points: 10 }, { min: 0.9, points: 8 }, { points: 5 }],
            },
          },
        ],
      },
      {
        id: 'd2',
        label: text(5),
        weight: 40,
        indicators: [
          {
            id: 'i3',
            label: text(6),
            source: { manual: true },
            weight: 40,
            rule: { type: 'linear', from: { value: 0, points: 0 }, to: { value: 10, points: 10 } },
            suggestions: [text(7)],
          },
        ],
      },
    ],
  };
  return scoreScorecard(
    template,
    { i1: values[0] ?? null, i2: values[1] ?? null },
    {
      manual: { i3: 7 },
    },
  );
}

/** Before/after values of two catalogue metrics (csat, fcr): CSAT up, FCR down. */
export function comparisonValues(): { before: MetricValues; after: MetricValues } {
  return {
    before: { csat: ratio('csat', 0.8), fcr: ratio('fcr', 0.75) },
    after: { csat: ratio('csat', 0.86), fcr: ratio('fcr', 0.7) },
  };
}
