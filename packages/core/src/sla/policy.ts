import type { Priority, ServiceTicket } from '../data/types';
import { rejectUnknownKeys } from '../option-keys';
import type { BusinessCalendar } from '../time/calendar';

/** Milliseconds in `n` minutes. @example minutes(30) // 1_800_000 */
export const minutes = (n: number): number => n * 60_000;
/** Milliseconds in `n` hours. @example hours(24) // 86_400_000 */
export const hours = (n: number): number => n * 3_600_000;
/** Milliseconds in `n` days of 24 hours (calendar time, or working time with a calendar). @example days(2) // 172_800_000 */
export const days = (n: number): number => n * 86_400_000;

/**
 * Targets per priority in milliseconds (`null` = no target). `default` applies to every priority
 * not named.
 */
export type SlaTargets = Partial<Record<Priority, number | null>> & { default?: number | null };

/** What {@link slaPolicy} is built from. */
export interface SlaPolicySpec {
  /** First-response targets. */
  response?: SlaTargets;
  /** Resolution targets. */
  resolution?: SlaTargets;
}

/** A complete, validated policy: a target (ms) or `null` for each priority. */
export interface SlaPolicy {
  readonly response: Readonly<Record<Priority, number | null>>;
  readonly resolution: Readonly<Record<Priority, number | null>>;
}

const priorities: readonly Priority[] = ['urgent', 'high', 'normal', 'low'];

/**
 * The seeds' service standard [RULES.md#sla]: first response within 24 h for every priority;
 * resolution within 2 h for `urgent` ("紧急故障 ≤ 2 小时") and 24 h for the others.
 */
export const defaultSlaPolicy: SlaPolicy = Object.freeze({
  response: Object.freeze({
    urgent: hours(24),
    high: hours(24),
    normal: hours(24),
    low: hours(24),
  }),
  resolution: Object.freeze({
    urgent: hours(2),
    high: hours(24),
    normal: hours(24),
    low: hours(24),
  }),
});

function resolveTargets(
  section: 'response' | 'resolution',
  targets: SlaTargets | undefined,
): Readonly<Record<Priority, number | null>> {
  const seed = defaultSlaPolicy[section];
  if (targets === undefined) return seed;
  if (targets === null || typeof targets !== 'object') {
    throw new RangeError(`slaPolicy: ${section} must be an object of priority → milliseconds`);
  }
  rejectUnknownKeys(`slaPolicy: ${section}`, 'priority', targets, [...priorities, 'default']);
  for (const [key, value] of Object.entries(targets)) {
    if (
      value !== null &&
      value !== undefined &&
      !(typeof value === 'number' && value >= 0 && value < Number.POSITIVE_INFINITY)
    ) {
      throw new RangeError(
        `slaPolicy: ${section}.${key} is ${String(value)}: a target is a finite number of milliseconds ≥ 0 (e.g. hours(24)), or null for no target`,
      );
    }
  }
  const out = {} as Record<Priority, number | null>;
  for (const p of priorities) {
    const own = targets[p];
    out[p] = own !== undefined ? own : targets.default !== undefined ? targets.default : seed[p];
  }
  return Object.freeze(out);
}

/**
 * Builds an SLA policy. What the spec does not say keeps the seed standard
 * ({@link defaultSlaPolicy}): an omitted section keeps its seed targets; within a section a
 * priority not named takes `default`, else its seed target. `null` removes a target (tickets of
 * that priority then have no due instant and count in no timeliness rate).
 *
 * Targets are working time when the evaluation has a business calendar, calendar time otherwise.
 *
 * @throws RangeError naming the field for an unknown section or priority, or a target that is not
 * a finite number ≥ 0 or `null`.
 * @example slaPolicy({ response: { default: hours(4), urgent: minutes(30) }, resolution: { low: null } })
 */
export function slaPolicy(spec: SlaPolicySpec): SlaPolicy {
  if (spec === null || typeof spec !== 'object') {
    throw new RangeError('slaPolicy: the spec must be an object { response?, resolution? }');
  }
  rejectUnknownKeys('slaPolicy', 'section', spec, ['response', 'resolution']);
  return Object.freeze({
    response: resolveTargets('response', spec.response),
    resolution: resolveTargets('resolution', spec.resolution),
  });
}

/** Whether `section` names a target or `null` for every priority (as {@link slaPolicy} builds). */
function isCompleteSection(section: unknown): boolean {
  if (section === null || typeof section !== 'object') return false;
  const targets = section as Record<string, unknown>;
  return priorities.every((p) => {
    const v = targets[p];
    return v === null || (typeof v === 'number' && v >= 0 && v < Number.POSITIVE_INFINITY);
  });
}

/**
 * The `sla` option of an evaluation as a complete policy: `undefined` → {@link defaultSlaPolicy};
 * a complete policy (every priority of both sections a target or `null`) as is; any other plain
 * object is read as an {@link SlaPolicySpec} through {@link slaPolicy} — so a spec written by hand
 * (`{ resolution: { default: hours(8) } }`) is never read as "no target" for every priority.
 *
 * @throws RangeError / TypeError from {@link slaPolicy} for a spec it refuses (unknown section,
 * priority or a bad target), naming it.
 * @example resolveSlaOption({ resolution: { default: hours(8) } }).resolution.low // 28_800_000
 */
export function resolveSlaOption(sla: unknown): SlaPolicy {
  if (sla === undefined) return defaultSlaPolicy;
  if (sla === null || typeof sla !== 'object') {
    throw new TypeError(
      `evaluate: option \`sla\` is ${String(sla)}; pass slaPolicy({ response?, resolution? }) or such a spec.`,
    );
  }
  const policy = sla as Partial<SlaPolicy>;
  const keys = Object.keys(sla);
  const complete =
    keys.length === 2 && isCompleteSection(policy.response) && isCompleteSection(policy.resolution);
  return complete ? (sla as SlaPolicy) : slaPolicy(sla as SlaPolicySpec);
}

type DueTicket = Pick<ServiceTicket, 'createdAt' | 'priority'> & {
  responseDueAt?: number | undefined;
  resolutionDueAt?: number | undefined;
};

function dueAt(
  explicit: number | undefined,
  createdAt: number,
  target: number | null | undefined,
  calendar: BusinessCalendar | undefined,
): number {
  if (explicit !== undefined) return explicit;
  if (target === null || target === undefined) return Number.NaN;
  return calendar ? calendar.addWorkingTime(createdAt, target) : createdAt + target;
}

/**
 * When the first response is due (epoch ms): the ticket's own `responseDueAt` wins; else
 * `createdAt` plus the policy's target for its priority (`normal` when unset) — working time with
 * a calendar (`calendar.addWorkingTime`). `NaN` when there is no target: a hot-path helper for the
 * evaluation engine, which turns it into `SlaOutcome.NoTarget`.
 *
 * @example
 * const ticket = { createdAt: Date.UTC(2026, 2, 2, 1), priority: 'urgent' } as const;
 * responseDueAt(ticket, defaultSlaPolicy); // Date.UTC(2026, 2, 3, 1): 24 h later
 */
export function responseDueAt(
  ticket: DueTicket,
  policy: SlaPolicy,
  calendar?: BusinessCalendar,
): number {
  return dueAt(
    ticket.responseDueAt,
    ticket.createdAt,
    policy.response[ticket.priority ?? 'normal'],
    calendar,
  );
}

/**
 * When resolution is due; same rules as {@link responseDueAt} with `resolutionDueAt` and the
 * resolution targets.
 *
 * @example
 * const ticket = { createdAt: Date.UTC(2026, 2, 2, 1), priority: 'urgent' } as const;
 * resolutionDueAt(ticket, defaultSlaPolicy); // Date.UTC(2026, 2, 2, 3): urgent, 2 h later
 */
export function resolutionDueAt(
  ticket: DueTicket,
  policy: SlaPolicy,
  calendar?: BusinessCalendar,
): number {
  return dueAt(
    ticket.resolutionDueAt,
    ticket.createdAt,
    policy.resolution[ticket.priority ?? 'normal'],
    calendar,
  );
}

/**
 * Duration between two instants: working time with a calendar (`calendar.elapsed`), else `to − from`.
 * @example elapsedBetween(created, resolved) // calendar ms
 */
export function elapsedBetween(from: number, to: number, calendar?: BusinessCalendar): number {
  return calendar ? calendar.elapsed(from, to) : to - from;
}
