import {
  type Evaluation,
  type EvaluationGroup,
  type GradeScale,
  type MetricValue,
  type ScorecardResult,
  type ScorecardTemplate,
  scoreScorecard,
  templateMetrics,
} from '@servicescore/core';
import { warnInvalidProp } from '../shared/dev';

/** One row of a leaderboard: a group of the evaluation with its name and (optional) score. */
export interface LeaderboardEntry {
  /** The group key (agent id, team id …). */
  readonly key: string;
  /** The name shown (from `rowLabel`, `names`, else the key). */
  readonly name: string;
  /** The group's metric values by metric id (non-finite values already replaced by no data). */
  readonly values: Readonly<Record<string, MetricValue | undefined>>;
  /** `scoreScorecard(template, group)` when a template is given and scoring succeeded. */
  readonly result: ScorecardResult | null;
}

/** What {@link buildEntries} needs besides the evaluation. */
export interface EntryOptions {
  period: string | undefined;
  metricIds: readonly string[];
  template: ScorecardTemplate | null;
  names: Readonly<Record<string, string>> | undefined;
  rowLabel: ((key: string) => string) | undefined;
  scale: GradeScale;
  precision: number;
}

function isEvaluation(x: unknown): x is Evaluation {
  return (
    x !== null &&
    typeof x === 'object' &&
    Array.isArray((x as Evaluation).groups) &&
    typeof (x as Evaluation).overall === 'object'
  );
}

function nameOf(key: string, options: EntryOptions): string {
  if (options.rowLabel) {
    try {
      const label = options.rowLabel(key);
      if (label != null && label !== '') return String(label);
    } catch {
      warnInvalidProp('KpiLeaderboard', 'rowLabel', key, 'rowLabel threw', 'showing the key');
    }
  }
  const names = options.names;
  if (names && Object.hasOwn(names, key)) {
    const name = names[key];
    if (name != null && name !== '') return String(name);
  }
  return key;
}

/** The group's values, with a NaN or ±Infinity value turned into no data (one warning). */
function cleanValues(
  group: EvaluationGroup,
  metricIds: readonly string[],
): { values: Record<string, MetricValue | undefined>; dirty: boolean } {
  const source = (group.values ?? {}) as Record<string, MetricValue | undefined>;
  let dirty = false;
  const values: Record<string, MetricValue | undefined> = {};
  for (const id of metricIds) {
    const v = Object.hasOwn(source, id) ? source[id] : undefined;
    if (v == null || typeof v !== 'object') continue;
    if (v.value !== null && (typeof v.value !== 'number' || !Number.isFinite(v.value))) {
      warnInvalidProp(
        'KpiLeaderboard',
        'evaluation',
        v.value,
        `the value of metric "${id}" for group "${group.key}" must be a finite number or null`,
        'showing no data for it',
      );
      values[id] = { ...v, value: null, sufficient: false, reason: 'noData' };
      dirty = true;
    } else values[id] = v;
  }
  return { values, dirty };
}

/**
 * The rows of a leaderboard: the evaluation's group totals (entries without `period`), or its
 * entries of one `period`. Repeated keys keep their first entry (one development error). With a
 * template each row is scored with the core's `scoreScorecard` (which reads the group's values,
 * all of them, not only the shown metrics); a row that cannot be scored (a NaN input) has no total.
 */
export function buildEntries(evaluation: unknown, options: EntryOptions): LeaderboardEntry[] {
  if (evaluation == null) return [];
  if (!isEvaluation(evaluation)) {
    warnInvalidProp(
      'KpiLeaderboard',
      'evaluation',
      evaluation,
      'evaluation must be the result of evaluate() (an object with overall and groups)',
      'showing the no-data state',
    );
    return [];
  }
  const entries: LeaderboardEntry[] = [];
  const seen = new Set<string>();
  const { period, template } = options;
  const ids = template ? [...options.metricIds, ...templateMetrics(template)] : options.metricIds;
  for (const group of evaluation.groups) {
    if (group == null || typeof group !== 'object') continue;
    if (period === undefined ? group.period !== undefined : group.period !== period) continue;
    const key = String(group.key);
    if (seen.has(key)) {
      warnInvalidProp(
        'KpiLeaderboard',
        'evaluation',
        key,
        'group keys must be unique within a period',
        'keeping the first group with that key',
      );
      continue;
    }
    seen.add(key);
    const { values, dirty } = cleanValues(group, ids);
    let result: ScorecardResult | null = null;
    if (template) {
      try {
        result = scoreScorecard(template, dirty ? values : group, {
          scale: options.scale,
          precision: options.precision,
        });
      } catch (error) {
        warnInvalidProp(
          'KpiLeaderboard',
          'evaluation',
          key,
          `group "${key}" could not be scored: ${error instanceof Error ? error.message : String(error)}`,
          'showing no total for it',
        );
      }
    }
    entries.push({ key, name: nameOf(key, options), values, result });
  }
  return entries;
}
