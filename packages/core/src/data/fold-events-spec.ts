import { editDistance } from './closest';
import * as z from 'zod/mini';
import type { Disambiguation } from '../time/zone';
import type { CanonicalField } from './field-kinds';
import { canonicalFields } from './map-records';
import type { TicketStatus } from './types';

/** Ticket fields that {@link EventLogSpec} derives from the events themselves, never from a column. */
const folded = ['id', 'createdAt', 'status', 'firstResponseAt', 'resolvedAt', 'closedAt'] as const;

/** Ticket fields a spec may read from a column of the first or last event of a case. */
export type CaseField = Exclude<CanonicalField<'tickets'>, (typeof folded)[number]>;

/**
 * How an event log (one row per event) becomes tickets — see `foldEvents`. Activities are compared
 * exactly (after trimming), column names too.
 *
 * @example
 * const spec: EventLogSpec = {
 *   caseId: 'case', timestamp: 'time', activity: 'activity', resource: 'who',
 *   dateFormat: 'YYYY-MM-DD HH:mm', timeZone: 'Asia/Shanghai',
 *   status: { Opened: 'open', 'Taken in charge': 'open', Waiting: 'pending', Resolved: 'resolved', Closed: 'closed', Note: null },
 *   firstResponse: ['Taken in charge'], resolve: ['Resolved'], close: ['Closed'],
 *   contacts: ['Opened', 'Customer call'], agent: { activities: ['Resolved'], pick: 'last' },
 *   caseFields: { from: 'first', fields: { category: 'category' }, attributes: ['site'] },
 * };
 */
export interface EventLogSpec {
  /** Column holding the case (ticket) id. Required on every event. */
  caseId: string;
  /** Column holding the event's time. Required on every event. */
  timestamp: string;
  /** Column holding the activity (what happened). Required on every event. */
  activity: string;
  /** Column naming who did it; `agent` picks from it. Blank or null → no resource on that event. */
  resource?: string;
  /**
   * Numeric column ordering events with the same time (a sequence or modification counter):
   * within a case events sort by time, then by this, then by their row order. Required on every
   * event when given.
   */
  sequence?: string;
  /**
   * Format of the timestamp column (and of date fields in `caseFields`), in moment/dayjs tokens
   * (`'DD-MM-YYYY HH:mm'`), parsed strictly as by `mapRecords`.
   * @default ISO-8601 (with an offset, or without one when `timeZone` is given)
   */
  dateFormat?: string;
  /** IANA zone of wall times without an offset; required when `dateFormat` has no offset token. */
  timeZone?: string;
  /** A wall time that occurs twice at a daylight-saving change. @default 'reject' */
  ambiguousTime?: Disambiguation;
  /** Text that means "no value" (after trimming). @default ['', 'NA', 'N/A', 'null', 'NULL'] */
  nullValues?: readonly string[];
  /**
   * Every activity of the log → the ticket's status after it, or `null` for an activity that leaves
   * the status as it was (a note, a reassignment). An event whose activity is not listed here is
   * rejected. A case's status is that of its last event with a non-null status (`'open'` if none).
   */
  status: Readonly<Record<string, TicketStatus | null>>;
  /** `firstResponseAt` = time of the first event of these activities. Unset: no `firstResponseAt`. */
  firstResponse?: readonly string[];
  /**
   * `resolvedAt` = time of the last event of these activities; `reopens` = their count − 1 (never
   * negative). Unset: neither field.
   */
  resolve?: readonly string[];
  /**
   * `closedAt` = time of the last event of these activities, unless a resolve comes after it (the
   * case was reopened and resolved again, so that close no longer holds). Unset: no `closedAt`.
   */
  close?: readonly string[];
  /** `contacts` = number of events of these activities. Unset: no `contacts`. */
  contacts?: readonly string[];
  /**
   * `agentId` = resource of the first or last event of these activities (every activity when
   * `activities` is left out) that names a resource. Unset: no `agentId` (or map it in `caseFields`).
   */
  agent?: { activities?: readonly string[]; pick: 'first' | 'last' };
  /**
   * Other ticket fields and attributes, read from the columns of the first or last event of each
   * case (in time order), converted as `mapRecords` converts them (`values` per field, enums
   * case-insensitively, numbers from text, dates with `dateFormat`).
   */
  caseFields?: {
    from: 'first' | 'last';
    fields?: { [K in CaseField]?: string };
    values?: { [K in CaseField]?: Readonly<Record<string, unknown>> };
    /** Host columns kept as `attributes` by their host names. */
    attributes?: readonly string[];
  };
}

/**
 * Thrown by `foldEvents` for a spec it cannot apply: a wrong option, an activity named in a rule
 * but not in `status`, or a column that no row carries. `problems` lists every problem found, each
 * as `spec.path: what is wrong`.
 */
export class EventLogSpecError extends TypeError {
  override name = 'EventLogSpecError';
  constructor(readonly problems: readonly string[]) {
    super(`foldEvents: the spec cannot be applied:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

/**
 * `; closest: "a", "b", "c"` — the three nearest candidates by edit distance (case-insensitive; ties
 * in the candidates' order), or `''` when there are none.
 *
 * @example closest('Case', ['time', 'case']) // '; closest: "case", "time"'
 */
export function closest(name: string, candidates: Iterable<string>): string {
  const near = [...candidates]
    .map((c) => ({ c, d: editDistance(name.toLowerCase(), c.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((e) => JSON.stringify(e.c));
  return near.length === 0 ? '' : `; closest: ${near.join(', ')}`;
}

const statuses = ['open', 'pending', 'resolved', 'closed'] as const;
const column = (what: string) =>
  z
    .string({
      error: (i) =>
        i.input === undefined ? `is required: ${what}` : `must be ${what}, a column name`,
    })
    .check(z.minLength(1, `must be ${what}, a non-empty column name`));
const activities = z
  .array(z.string(), { error: 'must be an array of activity names' })
  .check(z.minLength(1, 'must name at least one activity (leave the rule out to skip it)'));
const pick = z.enum(['first', 'last'], { error: "must be 'first' or 'last'" });
const caseFieldNames = canonicalFields('tickets').filter(
  (f) => !(folded as readonly string[]).includes(f),
);
const shape = {
  caseId: column('the case id column'),
  timestamp: column('the timestamp column'),
  activity: column('the activity column'),
  resource: z.optional(column('the resource column')),
  sequence: z.optional(column('the sequence column')),
  dateFormat: z.optional(z.string({ error: "must be a format like 'DD-MM-YYYY HH:mm'" })),
  timeZone: z.optional(z.string({ error: "must be an IANA zone like 'Asia/Shanghai'" })),
  ambiguousTime: z.optional(
    z.enum(['reject', 'earlier', 'later'], { error: "must be 'reject', 'earlier' or 'later'" }),
  ),
  nullValues: z.optional(z.array(z.string(), { error: 'must be an array of strings' })),
  status: z.record(
    z.string(),
    z.nullable(
      z.enum(statuses, {
        error: `must be one of ${statuses.join(', ')}, or null (the status does not change)`,
      }),
    ),
    {
      error: (i) =>
        `${i.input === undefined ? 'is required' : 'must be an object'}: every activity → its status, e.g. { Resolved: "resolved", Note: null }`,
    },
  ),
  firstResponse: z.optional(activities),
  resolve: z.optional(activities),
  close: z.optional(activities),
  contacts: z.optional(activities),
  agent: z.optional(
    z.strictObject(
      { activities: z.optional(activities), pick },
      { error: unknownKeys(['activities', 'pick']) },
    ),
  ),
  caseFields: z.optional(
    z.strictObject(
      {
        from: pick,
        fields: z.optional(
          z.record(z.string(), z.string({ error: 'must be a column name' }), {
            error: 'must be an object: ticket field → column name',
          }),
        ),
        values: z.optional(
          z.record(z.string(), z.record(z.string(), z.unknown()), {
            error: 'must be an object: ticket field → { host value: ticket value }',
          }),
        ),
        attributes: z.optional(z.array(z.string(), { error: 'must be an array of column names' })),
      },
      { error: unknownKeys(['from', 'fields', 'values', 'attributes']) },
    ),
  ),
};

function unknownKeys(known: readonly string[]) {
  return (issue: z.core.$ZodRawIssue): string | undefined => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys
        .map((k) => `${JSON.stringify(k)} is not an option${closest(k, known)}`)
        .join('; ');
    }
    if (issue.code === 'invalid_type') return `must be an object { ${known.join(', ')} }`;
    return undefined;
  };
}

const specSchema = z.strictObject(shape, { error: unknownKeys(Object.keys(shape)) });

/** The rules' activity lists, by option name, for the cross-checks. */
function ruleActivities(spec: EventLogSpec): [string, readonly string[] | undefined][] {
  return [
    ['firstResponse', spec.firstResponse],
    ['resolve', spec.resolve],
    ['close', spec.close],
    ['contacts', spec.contacts],
    ['agent.activities', spec.agent?.activities],
  ];
}

/** Checks that zod cannot express: rule activities exist in `status`, fields not folded twice. */
function crossCheck(spec: EventLogSpec): string[] {
  const problems: string[] = [];
  const known = Object.keys(spec.status);
  if (known.length === 0) problems.push('spec.status: must list every activity of the log');
  for (const [rule, list] of ruleActivities(spec)) {
    list?.forEach((a, i) => {
      if (!Object.hasOwn(spec.status, a)) {
        problems.push(
          `spec.${rule}.${i}: activity ${JSON.stringify(a)} is not in spec.status${closest(a, known)}`,
        );
      }
    });
  }
  if (spec.agent !== undefined && spec.resource === undefined)
    problems.push('spec.agent: needs spec.resource, the column naming who did each event');
  const fields = spec.caseFields?.fields ?? {};
  const derived: [CaseField, string, unknown][] = [
    ['contacts', 'contacts', spec.contacts],
    ['reopens', 'resolve', spec.resolve],
    ['agentId', 'agent', spec.agent],
  ];
  for (const [field, rule, given] of derived) {
    if (given !== undefined && Object.hasOwn(fields, field)) {
      problems.push(
        `spec.caseFields.fields.${field}: ${field} is already folded by spec.${rule}; map one or the other`,
      );
    }
  }
  for (const option of ['fields', 'values'] as const) {
    for (const key of Object.keys(spec.caseFields?.[option] ?? {})) {
      if ((caseFieldNames as readonly string[]).includes(key)) continue;
      const why = (folded as readonly string[]).includes(key)
        ? 'is folded from the events, not read from a column'
        : `is not a ticket field${closest(key, caseFieldNames)}`;
      problems.push(`spec.caseFields.${option}.${key}: ${key} ${why}`);
    }
  }
  return problems;
}

/**
 * Validates a spec; every problem at once.
 *
 * @throws EventLogSpecError
 * @example checkSpec({ caseId: 'case', timestamp: 'time', activity: 'activity', status: { Opened: 'open' } })
 */
export function checkSpec(spec: unknown): EventLogSpec {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    throw new EventLogSpecError([
      'spec: must be an object { caseId, timestamp, activity, status, … }',
    ]);
  }
  const parsed = specSchema.safeParse(spec);
  if (!parsed.success) {
    throw new EventLogSpecError(
      parsed.error.issues.map((i) => {
        const path = ['spec', ...i.path.map(String)].join('.');
        return `${path}: ${i.message}`;
      }),
    );
  }
  const checked = parsed.data as EventLogSpec;
  const problems = crossCheck(checked);
  if (problems.length > 0) throw new EventLogSpecError(problems);
  return checked;
}

/**
 * Every column a spec names, with where it names it.
 *
 * @example specColumns(spec) // [['caseId', 'case'], ['timestamp', 'time'], ['activity', 'activity'], …]
 */
export function specColumns(spec: EventLogSpec): [string, string][] {
  const out: [string, string][] = [
    ['caseId', spec.caseId],
    ['timestamp', spec.timestamp],
    ['activity', spec.activity],
  ];
  if (spec.resource !== undefined) out.push(['resource', spec.resource]);
  if (spec.sequence !== undefined) out.push(['sequence', spec.sequence]);
  for (const [field, col] of Object.entries(spec.caseFields?.fields ?? {}))
    out.push([`caseFields.fields.${field}`, col as string]);
  (spec.caseFields?.attributes ?? []).forEach((col, i) => {
    out.push([`caseFields.attributes.${i}`, col]);
  });
  return out;
}
