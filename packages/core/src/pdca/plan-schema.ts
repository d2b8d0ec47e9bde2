import * as z from 'zod/mini';
import { assertTimeZone } from '../time/zone';
import type { ImprovementPlan } from './types';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date `YYYY-MM-DD` (2026-02-30 is not one). */
function isCalendarDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const nonBlank = z
  .string()
  .check(z.refine((s) => s.trim() !== '', { message: 'must not be blank' }));
const date = z
  .string()
  .check(z.refine(isCalendarDate, { message: 'must be a calendar date written YYYY-MM-DD' }));
const text = z.union([nonBlank, z.strictObject({ 'zh-CN': nonBlank, 'en-US': nonBlank })]);
const finite = z.number({ error: 'must be a finite number' });

const expected = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('target'), value: finite }),
  z.strictObject({
    type: z.literal('absolute'),
    change: finite.check(
      z.refine((x) => x !== 0, { message: 'an expected change of 0 is no effect' }),
    ),
  }),
  z.strictObject({
    type: z.literal('relative'),
    change: finite.check(
      z.refine((x) => x !== 0 && x >= -1, {
        message: 'a relative change must be non-zero and at least −1 (−100 %)',
      }),
    ),
  }),
]);

const action = z.strictObject({
  id: nonBlank,
  title: text,
  cycle: z.optional(nonBlank),
  metric: nonBlank,
  direction: z.optional(z.enum(['higher', 'lower'])),
  kind: z.enum(['process', 'capability', 'resources', 'tools']),
  rootCause: z.optional(z.array(text)),
  owner: text,
  due: date,
  expected,
  status: z.enum(['planned', 'inProgress', 'done', 'cancelled']),
  progress: z.optional(
    z.array(
      z.strictObject({
        date,
        text,
        percent: z.optional(finite.check(z.gte(0), z.lte(100))),
      }),
    ),
  ),
});

const cycle = z.strictObject({
  id: nonBlank,
  label: z.optional(text),
  baseline: nonBlank,
  review: nonBlank,
});

/**
 * The zod schema of an {@link ImprovementPlan}: texts non-blank (a string or every locale), dates
 * real `YYYY-MM-DD`, expected effects finite and non-zero, kinds and statuses from their lists,
 * unknown keys rejected; action ids unique, every action's cycle known (or the plan has one cycle),
 * the time zone a real IANA zone.
 */
export const improvementPlanSchema = z
  .strictObject({
    id: nonBlank,
    title: text,
    timeZone: z.optional(
      z.string().check(
        z.refine(
          (tz) => {
            try {
              assertTimeZone(tz);
              return true;
            } catch {
              return false;
            }
          },
          { message: 'must be an IANA time zone such as Asia/Shanghai' },
        ),
      ),
    ),
    cycles: z.array(cycle).check(z.minLength(1, { message: 'a plan needs at least one cycle' })),
    actions: z.array(action),
  })
  .check(
    z.superRefine((plan, ctx) => {
      const cycles = new Set(plan.cycles.map((c) => c.id));
      const seenCycle = new Set<string>();
      plan.cycles.forEach((c, i) => {
        if (seenCycle.has(c.id))
          ctx.addIssue({
            code: 'custom',
            path: ['cycles', i, 'id'],
            message: `repeats the cycle id ${JSON.stringify(c.id)}`,
          });
        seenCycle.add(c.id);
      });
      const seen = new Set<string>();
      plan.actions.forEach((a, i) => {
        if (seen.has(a.id))
          ctx.addIssue({
            code: 'custom',
            path: ['actions', i, 'id'],
            message: `repeats the action id ${JSON.stringify(a.id)}`,
          });
        seen.add(a.id);
        if (a.cycle !== undefined && !cycles.has(a.cycle))
          ctx.addIssue({
            code: 'custom',
            path: ['actions', i, 'cycle'],
            message: `names the cycle ${JSON.stringify(a.cycle)}, which the plan does not have (cycles: ${[...cycles].join(', ')})`,
          });
        if (a.cycle === undefined && plan.cycles.length > 1)
          ctx.addIssue({
            code: 'custom',
            path: ['actions', i, 'cycle'],
            message: 'is missing: the plan has several cycles, so each action must name its cycle',
          });
      });
    }),
  );

/** One problem found in a plan. */
export interface PlanIssue {
  /** Where, e.g. `actions[2].expected.change`. */
  readonly path: string;
  /** The action concerned, when there is one. */
  readonly actionId?: string | undefined;
  readonly message: string;
}

/** Thrown by {@link parseImprovementPlan}; `issues` lists every problem. */
export class ImprovementPlanError extends Error {
  readonly issues: readonly PlanIssue[];
  constructor(planId: string, issues: readonly PlanIssue[]) {
    super(
      `Improvement plan ${planId} is invalid (${issues.length} issue${issues.length === 1 ? '' : 's'}):\n${issues
        .map(
          (i) =>
            `- ${i.path}${i.actionId ? ` (action ${JSON.stringify(i.actionId)})` : ''}: ${i.message}`,
        )
        .join('\n')}`,
    );
    this.name = 'ImprovementPlanError';
    this.issues = issues;
  }
}

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out || '(plan)';
}

/**
 * Validates a host's improvement plan and returns it typed. Every problem is reported at once,
 * each with its path and the action id.
 *
 * @throws ImprovementPlanError listing each problem: `actions[1].due: must be a calendar date written YYYY-MM-DD`.
 * @example
 * const plan = parseImprovementPlan(await (await fetch('/api/plans/2026-q3')).json());
 */
export function parseImprovementPlan(input: unknown): ImprovementPlan {
  const result = improvementPlanSchema.safeParse(input);
  if (result.success) return result.data as ImprovementPlan;
  const raw = input as { id?: unknown; actions?: unknown } | null;
  const planId =
    raw && typeof raw === 'object' && typeof raw.id === 'string'
      ? JSON.stringify(raw.id)
      : '(without an id)';
  const actions = raw && typeof raw === 'object' && Array.isArray(raw.actions) ? raw.actions : [];
  const issues = result.error.issues.map((issue): PlanIssue => {
    const actionIndex =
      issue.path[0] === 'actions' && typeof issue.path[1] === 'number' ? issue.path[1] : -1;
    const a = actionIndex >= 0 ? (actions[actionIndex] as { id?: unknown } | undefined) : undefined;
    const actionId = a && typeof a.id === 'string' ? a.id : undefined;
    return {
      path: pathText(issue.path),
      ...(actionId ? { actionId } : {}),
      message: issue.message,
    };
  });
  throw new ImprovementPlanError(planId, issues);
}
