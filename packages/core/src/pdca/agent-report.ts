import type { LocalizedText } from '../i18n/locale';
import type { MetricUnit } from '../metrics/types';
import type { GradeId, GradeResult } from '../scoring/grades';
import type { ScorecardResult } from '../scoring/score-scorecard';
import type { PlanText } from './types';

/**
 * What a grade means for the person (考核结果应用: 奖惩、培训、晋升 [RULES.md#seed-001-results]). Host-defined.
 */
export interface GradeConsequence {
  /** E.g. "绩效系数 1.2，列入晋升候选" / "Bonus ×1.2, promotion shortlist". */
  readonly label: PlanText;
  /** Bonus (绩效) coefficient, e.g. 1.2. */
  readonly bonusCoefficient?: number | undefined;
  /** Further measures (coaching, retraining, promotion review). */
  readonly measures?: readonly PlanText[] | undefined;
}

/** A host's consequence table by grade; a grade without an entry has no consequence. */
export type ConsequenceTable = Readonly<Partial<Record<GradeId, GradeConsequence>>>;

/** Options of {@link agentAssessmentReport}. */
export interface AgentReportOptions {
  readonly agent: { readonly id: string; readonly name?: PlanText | undefined };
  /** The assessed period's key or label, e.g. `'2026-Q3'`. */
  readonly period?: string | undefined;
  /** How many weakest indicators to list. @default 3 */
  readonly weakest?: number | undefined;
  /** Training topics by indicator id or dimension id. @default afterSalesTrainingTopics (by dimension) */
  readonly training?: Readonly<Record<string, readonly PlanText[]>> | undefined;
  readonly consequences?: ConsequenceTable | undefined;
}

/** One of the weakest indicators, with the template's suggestions (改进建议). */
export interface WeakIndicator {
  readonly id: string;
  readonly label: LocalizedText;
  readonly dimensionId: string;
  readonly value: number | null;
  readonly unit: MetricUnit | null;
  readonly points: number;
  readonly maxPoints: number;
  /** points ÷ maxPoints × 100. */
  readonly score: number;
  readonly suggestions: readonly LocalizedText[];
}

/** A per-agent assessment report (考核报告) as data. */
export interface AgentReport {
  readonly agentId: string;
  readonly name: PlanText | null;
  readonly period: string | null;
  readonly total: number | null;
  /** `null` when the scorecard has no grade (too little coverage). */
  readonly grade: GradeResult | null;
  readonly coverage: number;
  readonly dimensions: readonly {
    readonly id: string;
    readonly label: LocalizedText;
    readonly weight: number;
    readonly score: number | null;
    readonly tone: GradeId | null;
  }[];
  readonly weakest: readonly WeakIndicator[];
  /** Deduplicated training topics for the weakest indicators, with the indicators that call for each. */
  readonly training: readonly {
    readonly topic: PlanText;
    readonly indicators: readonly string[];
  }[];
  readonly consequence: GradeConsequence | null;
}

/**
 * Training topics for the dimensions of `afterSalesTemplate` (能力提升 [RULES.md#seed-003-measures]).
 */
export const afterSalesTrainingTopics: Readonly<Record<string, readonly LocalizedText[]>> = {
  efficiency: [{ 'zh-CN': '工单分派与时间管理', 'en-US': 'Ticket triage and time management' }],
  professionalism: [
    { 'zh-CN': '产品知识与故障诊断培训', 'en-US': 'Product knowledge and fault diagnosis' },
  ],
  attitude: [{ 'zh-CN': '沟通技巧与同理心训练', 'en-US': 'Communication and empathy' }],
  resolution: [
    { 'zh-CN': '疑难问题升级与闭环处理', 'en-US': 'Escalating hard cases and closing the loop' },
  ],
  proactivity: [{ 'zh-CN': '回访与客户关怀规范', 'en-US': 'Follow-up calls and customer care' }],
};

const topicKey = (t: PlanText) => (typeof t === 'string' ? t : t['zh-CN']);

/**
 * Applies a scored scorecard to a person (考核结果应用 [RULES.md#seed-001-results]): grade, dimension
 * scores, the weakest indicators (scored below full points, lowest share of points first, then
 * heavier weight) with the template's 改进建议, training topics for them (by indicator id, else by
 * dimension id), and the host's consequence for the grade. Missing or insufficient indicators are
 * not "weak": they have no points.
 *
 * @throws RangeError when `weakest` is not a whole number ≥ 0, or the agent has no id.
 * @example
 * const result = scoreScorecard(afterSalesTemplate, perAgent.groups.find((g) => g.key === 'A07')!);
 * agentAssessmentReport(result, { agent: { id: 'A07', name: '王芳' }, period: '2026-Q3',
 *   consequences: { excellent: { label: '绩效系数 1.2', bonusCoefficient: 1.2 } } });
 */
export function agentAssessmentReport(
  result: ScorecardResult,
  options: AgentReportOptions,
): AgentReport {
  if (!result || !Array.isArray(result.dimensions))
    throw new TypeError(
      'agentAssessmentReport needs a ScorecardResult (from scoreScorecard) as its first argument.',
    );
  const id = options?.agent?.id;
  if (typeof id !== 'string' || id.trim() === '')
    throw new RangeError(
      `agentAssessmentReport: options.agent.id ${JSON.stringify(id)} must be a non-blank string.`,
    );
  const limit = options.weakest ?? 3;
  if (!Number.isInteger(limit) || limit < 0)
    throw new RangeError(
      `agentAssessmentReport: weakest ${String(limit)} must be a whole number ≥ 0.`,
    );
  const candidates: (WeakIndicator & { weight: number })[] = [];
  for (const d of result.dimensions) {
    for (const i of d.indicators) {
      if (i.points === null || !(i.points < i.maxPoints)) continue;
      candidates.push({
        id: i.id,
        label: i.label,
        dimensionId: d.id,
        value: i.value,
        unit: i.unit,
        points: i.points,
        maxPoints: i.maxPoints,
        score: (i.points / i.maxPoints) * 100,
        suggestions: i.suggestions,
        weight: i.weight,
      });
    }
  }
  candidates.sort((a, b) => a.score - b.score || b.weight - a.weight);
  const weakest = candidates.slice(0, limit).map(({ weight: _w, ...w }) => w);
  const catalogue = options.training ?? afterSalesTrainingTopics;
  const training: { topic: PlanText; indicators: string[] }[] = [];
  for (const w of weakest) {
    const topics =
      (Object.hasOwn(catalogue, w.id) ? catalogue[w.id] : catalogue[w.dimensionId]) ?? [];
    for (const topic of topics) {
      const seen = training.find((t) => topicKey(t.topic) === topicKey(topic));
      if (seen) seen.indicators.push(w.id);
      else training.push({ topic, indicators: [w.id] });
    }
  }
  const grade = result.grade;
  return {
    agentId: id,
    name: options.agent.name ?? null,
    period: options.period ?? null,
    total: result.total,
    grade,
    coverage: result.coverage,
    dimensions: result.dimensions.map((d) => ({
      id: d.id,
      label: d.label,
      weight: d.weight,
      score: d.score,
      tone: d.tone,
    })),
    weakest,
    training,
    consequence: grade ? (options.consequences?.[grade.id] ?? null) : null,
  };
}
