import type { LocalizedText } from '../i18n/locale';
import type { MetricDirection } from '../metrics/types';

/** A text a host writes once (any language) or in every shipped locale. */
export type PlanText = string | LocalizedText;

/** The four kinds of measure (流程优化 / 能力提升 / 资源配置 / 工具支持 [RULES.md#seed-003-measures]). */
export type ActionKind = 'process' | 'capability' | 'resources' | 'tools';

/** Where an action stands. `done` actions are never overdue; `cancelled` ones are not verified. */
export type ActionStatus = 'planned' | 'inProgress' | 'done' | 'cancelled';

/**
 * What an action is expected to achieve, in the targeted metric's own unit (a ratio as a fraction:
 * +0.05 is five percentage points; a duration in ms):
 * - `target`: reach `value` (CSAT 0.85);
 * - `absolute`: change by `change` (−3_600_000: one hour faster);
 * - `relative`: change by `change` × |baseline| (0.15: "问题判断准确率提升15%").
 * A change is signed: for a lower-is-better metric an improvement is negative.
 */
export type ExpectedEffect =
  | { readonly type: 'target'; readonly value: number }
  | { readonly type: 'absolute'; readonly change: number }
  | { readonly type: 'relative'; readonly change: number };

/** A dated progress note (weekly tracking). */
export interface ProgressNote {
  /** Calendar date `YYYY-MM-DD`. */
  readonly date: string;
  readonly text: PlanText;
  /** Share of the work done, 0–100. */
  readonly percent?: number | undefined;
}

/** One improvement measure (提升措施). */
export interface ImprovementAction {
  /** Unique within the plan. */
  readonly id: string;
  readonly title: PlanText;
  /** The cycle it belongs to. @default the plan's only cycle */
  readonly cycle?: string | undefined;
  /** The metric (or scorecard indicator) id it is meant to move, e.g. `'csat'`. */
  readonly metric: string;
  /** Overrides the catalogue's direction (needed for a host's own metric). @default the catalogue's, else 'higher' */
  readonly direction?: MetricDirection | undefined;
  readonly kind: ActionKind;
  /** The 5-Why chain, problem first, root cause last (响应不及时 → … → 未考虑高峰期流量). */
  readonly rootCause?: readonly PlanText[] | undefined;
  /** Responsible department or person. */
  readonly owner: PlanText;
  /** Due date `YYYY-MM-DD` (overdue once that day has passed in the plan's time zone). */
  readonly due: string;
  readonly expected: ExpectedEffect;
  readonly status: ActionStatus;
  readonly progress?: readonly ProgressNote[] | undefined;
}

/** One PDCA round: the baseline period measured before, the review period measured after. */
export interface ImprovementCycle {
  readonly id: string;
  readonly label?: PlanText | undefined;
  /** Period key of the baseline (`'2026-07'`, `'2026-Q2'` …) — a label for the host's evaluation. */
  readonly baseline: string;
  /** Period key of the review (verification) period. */
  readonly review: string;
}

/** An improvement plan (提升方案). Host data: the library validates and computes, it stores nothing. */
export interface ImprovementPlan {
  readonly id: string;
  readonly title: PlanText;
  /** IANA zone in which due dates end. @default 'UTC' */
  readonly timeZone?: string | undefined;
  readonly cycles: readonly ImprovementCycle[];
  readonly actions: readonly ImprovementAction[];
}
