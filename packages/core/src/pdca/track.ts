import { resolveAsOf } from '../evaluate/options';
import { createZone } from '../time/zone';
import { parseImprovementPlan } from './plan-schema';
import type { ActionStatus, ImprovementAction, ImprovementPlan, ProgressNote } from './types';

const DAY_MS = 86_400_000;

/**
 * An instant option: epoch ms, a Date or an ISO 8601 string with an offset; when absent the
 * clock is read once, by the evaluation's reader (the core reads it in one place). @internal
 */
export function instantOf(asOf: number | Date | string | undefined, fn: string): number {
  if (asOf === undefined) return resolveAsOf(undefined);
  const ms =
    typeof asOf === 'number'
      ? asOf
      : asOf instanceof Date
        ? asOf.getTime()
        : typeof asOf === 'string' && /(?:Z|[+-]\d{2}:?\d{2})$/i.test(asOf)
          ? Date.parse(asOf)
          : Number.NaN;
  if (!Number.isFinite(ms))
    throw new RangeError(
      `${fn}: asOf ${String(asOf)} is not a valid instant: give epoch ms, a Date or an ISO 8601 string with an offset (Z or +08:00).`,
    );
  return ms;
}

/** Whole days an open action is past its due date on the local day `today` (0 when not overdue). @internal */
export function daysLate(action: ImprovementAction, today: number): number {
  const open = action.status === 'planned' || action.status === 'inProgress';
  const late = today - Math.floor(Date.parse(`${action.due}T00:00:00Z`) / DAY_MS);
  return open && late > 0 ? late : 0;
}

/** The local day number (days since 1970-01-01) of `asOf` in the plan's zone. @internal */
export function localDay(plan: ImprovementPlan, asOf: number): number {
  const zone = createZone(plan.timeZone ?? 'UTC');
  return Math.floor((asOf + zone.offsetAt(asOf)) / DAY_MS);
}

/** Where one action stands at `asOf` (the D of PDCA: weekly tracking). */
export interface ActionTracking {
  readonly actionId: string;
  readonly status: ActionStatus;
  readonly overdue: boolean;
  readonly daysOverdue: number;
  /** The latest note's percent (notes dated after `asOf` ignored); 100 for a done action; `null` when none. */
  readonly percent: number | null;
  /** The latest note on or before `asOf`. */
  readonly latest: ProgressNote | null;
}

/** The result of {@link trackImprovementPlan}. */
export interface PlanTracking {
  readonly planId: string;
  readonly asOf: number;
  readonly actions: readonly ActionTracking[];
  /** Actions by status. */
  readonly byStatus: Readonly<Record<ActionStatus, number>>;
  readonly overdue: number;
}

/**
 * Tracks a plan before it can be verified: per action its latest progress note and percent, and
 * whether it is overdue (neither done nor cancelled, due date passed at `asOf` in the plan's zone).
 *
 * @throws ImprovementPlanError for an invalid plan; RangeError for a bad `asOf`.
 * @example
 * trackImprovementPlan(plan, { asOf: '2026-09-15T12:00:00+08:00' }).overdue; // 0
 */
export function trackImprovementPlan(
  plan: ImprovementPlan,
  options: { asOf?: number | Date | string | undefined } = {},
): PlanTracking {
  const valid = parseImprovementPlan(plan);
  const asOf = instantOf(options.asOf, 'trackImprovementPlan');
  const today = localDay(valid, asOf);
  const byStatus = { planned: 0, inProgress: 0, done: 0, cancelled: 0 };
  let overdue = 0;
  const actions = valid.actions.map((a): ActionTracking => {
    byStatus[a.status]++;
    const notes = (a.progress ?? []).filter(
      (n) => Date.parse(`${n.date}T00:00:00Z`) / DAY_MS <= today,
    );
    const latest = notes.reduce<ProgressNote | null>(
      (x, n) => (x === null || n.date >= x.date ? n : x),
      null,
    );
    const late = daysLate(a, today);
    if (late > 0) overdue++;
    return {
      actionId: a.id,
      status: a.status,
      overdue: late > 0,
      daysOverdue: late,
      percent: a.status === 'done' ? 100 : (latest?.percent ?? null),
      latest,
    };
  });
  return { planId: valid.id, asOf, actions, byStatus, overdue };
}
