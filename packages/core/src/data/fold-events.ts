import {
  type CaseField,
  checkSpec,
  type EventLogSpec,
  EventLogSpecError,
} from './fold-events-spec';
import { checkColumns, type Event, type RejectedEvent, readEvents } from './fold-events-read';
import { show } from './invalid-value';
import { mapRecords } from './map-records';
import type { TicketInput } from './schemas';
import type { TicketStatus } from './types';

export { type CaseField, type EventLogSpec, EventLogSpecError } from './fold-events-spec';
export type { RejectedEvent } from './fold-events-read';

/** The events behind one folded ticket. */
export interface FoldedCase {
  /** The case id (= the ticket's `id`). */
  id: string;
  /** Indexes of the case's accepted event rows, in the order they were folded (time order). */
  events: number[];
}

/** What {@link foldEvents} returns. */
export interface FoldEventsResult {
  /** One ticket per case, in the order each case first appears in the rows: input for `parseDataset`. */
  tickets: TicketInput[];
  /** `cases[i]` is the case behind `tickets[i]`, so a rejection of `tickets[i]` leads back to rows. */
  cases: FoldedCase[];
  /** The event rows left out, in row order. */
  rejected: RejectedEvent[];
  /** `events = accepted + rejected` always. */
  counts: { events: number; accepted: number; rejected: number; cases: number };
}

/** A spec's rules, compiled once: activity sets and the status map. */
interface Rules {
  status: ReadonlyMap<string, TicketStatus | null>;
  response: ReadonlySet<string> | undefined;
  resolve: ReadonlySet<string> | undefined;
  close: ReadonlySet<string> | undefined;
  contacts: ReadonlySet<string> | undefined;
  agent: { of: ReadonlySet<string> | undefined; pick: 'first' | 'last' } | undefined;
}

function compileRules(spec: EventLogSpec): Rules {
  const set = (list: readonly string[] | undefined) =>
    list === undefined ? undefined : new Set(list);
  return {
    status: new Map(Object.entries(spec.status)),
    response: set(spec.firstResponse),
    resolve: set(spec.resolve),
    close: set(spec.close),
    contacts: set(spec.contacts),
    agent:
      spec.agent === undefined
        ? undefined
        : { of: set(spec.agent.activities), pick: spec.agent.pick },
  };
}

/**
 * The fold of one case's events, already sorted. One pass: the status as it stands before each
 * event tells a new resolve (the case was open or pending) from a repeated one (a state log writes
 * `Resolved` again on every update while resolved), and a close from one a later resolve undid.
 */
function foldCase(id: string, events: readonly Event[], rules: Rules): Partial<TicketInput> {
  let status: TicketStatus = 'open';
  let firstResponseAt: number | undefined;
  let resolvedAt: number | undefined;
  let closedAt: number | undefined;
  let resolves = 0;
  let contacts = 0;
  let agentId: string | undefined;
  for (const e of events) {
    const a = e.activity;
    if (firstResponseAt === undefined && rules.response?.has(a)) firstResponseAt = e.at;
    if (rules.resolve?.has(a)) {
      if (status === 'open' || status === 'pending') resolves++;
      resolvedAt = e.at;
      closedAt = undefined; // a close before this resolve no longer holds
    }
    if (rules.close?.has(a)) closedAt = e.at;
    if (rules.contacts?.has(a)) contacts++;
    const agent = rules.agent;
    if (agent !== undefined && e.resource !== undefined && (agent.of?.has(a) ?? true)) {
      if (agent.pick === 'last' || agentId === undefined) agentId = e.resource;
    }
    status = rules.status.get(a) ?? status;
  }
  const out: Partial<TicketInput> = { id, createdAt: (events[0] as Event).at, status };
  if (firstResponseAt !== undefined) out.firstResponseAt = firstResponseAt;
  if (resolvedAt !== undefined) out.resolvedAt = resolvedAt;
  if (closedAt !== undefined) out.closedAt = closedAt;
  if (rules.resolve !== undefined) out.reopens = Math.max(0, resolves - 1);
  if (rules.contacts !== undefined) out.contacts = contacts;
  if (agentId !== undefined) out.agentId = agentId;
  return out;
}

/**
 * Folds an event log — one row per event (opened, taken in charge, waiting, resolved, closed…),
 * as help-desk systems export them — into one ticket per case, ready for `parseDataset` and
 * `evaluate`.
 *
 * Each row is read first: the case id, timestamp and activity are required; the timestamp is parsed
 * with `dateFormat` / `timeZone` exactly as `mapRecords` parses dates; the activity must be a key of
 * `spec.status`; `sequence`, when given, must be a number. A row that fails is rejected with its
 * index, the host column and the reason (`{ table: 'events', index: 7, path: ['time'], reason:
 * 'time "31-02-2026 10:00" is not a valid date for format DD-MM-YYYY HH:mm' }`) and takes no part in
 * the fold. Then each case's accepted events are sorted by parsed time — not file order — and ties
 * (the same instant) by `sequence` when given, then by row order (a stable sort), and folded:
 * `createdAt` = first event; `status` = last event with a non-null status; `firstResponseAt` = first
 * event of `firstResponse`; `resolvedAt` = last event of `resolve`; `reopens` = resolves − 1, never
 * negative, where a resolve event counts only when the case was open or pending just before it (a
 * state log that writes `Resolved` again on every update while resolved counts one resolve; a case
 * resolved once then reopened counts 0 until it is resolved again); `closedAt` = last event of
 * `close` unless a resolve follows it; `contacts` = count of `contacts`;
 * `agentId` = resource of the first or last event of `agent.activities` naming one; other fields and
 * attributes from the first or last event (`caseFields`). A rule left out of the spec leaves its
 * field absent — never a 0 built on nothing.
 *
 * Nothing is lost silently: every row is in one case's `events` or in `rejected`. The tickets still
 * go through `parseDataset`, which checks them like any other (`closedAt` before `resolvedAt`, an
 * unknown `priority` …); its `tickets[i]` rejections lead back to rows through `cases[i].events`.
 *
 * @throws EventLogSpecError for a spec it cannot apply (every problem listed, a misspelt column or
 * activity with the closest real names), or when `rows` is not an array.
 * @example
 * const { tickets, rejected } = foldEvents(csvRows, {
 *   caseId: 'case', timestamp: 'time', activity: 'activity', resource: 'who',
 *   dateFormat: 'YYYY-MM-DD HH:mm', timeZone: 'Asia/Shanghai',
 *   status: { Opened: 'open', 'Taken in charge': 'open', Resolved: 'resolved', Closed: 'closed' },
 *   firstResponse: ['Taken in charge', 'Resolved'], resolve: ['Resolved'], close: ['Closed'],
 *   agent: { activities: ['Resolved'], pick: 'last' },
 * });
 * const parsed = parseDataset({ tickets }, { onInvalid: 'collect' });
 */
export function foldEvents(rows: readonly unknown[], spec: EventLogSpec): FoldEventsResult {
  const checked = checkSpec(spec);
  if (!Array.isArray(rows))
    throw new EventLogSpecError([`rows: must be an array of event rows, not ${show(rows)}`]);
  checkColumns(rows, checked);
  const { cases, rejected } = readEvents(rows, checked);
  const folded: Partial<TicketInput>[] = [];
  const origin: FoldedCase[] = [];
  const picked: Record<string, unknown>[] = [];
  const from = checked.caseFields?.from ?? 'first';
  const rules = compileRules(checked);
  for (const [id, events] of cases) {
    events.sort((a, b) => a.at - b.at || a.sequence - b.sequence || a.index - b.index);
    folded.push(foldCase(id, events, rules));
    origin.push({ id, events: events.map((e) => e.index) });
    const at = from === 'first' ? events[0] : events[events.length - 1];
    picked.push(rows[(at as Event).index] as Record<string, unknown>);
  }
  return {
    tickets: withCaseFields(picked, folded, checked),
    cases: origin,
    rejected,
    counts: {
      events: rows.length,
      accepted: rows.length - rejected.length,
      rejected: rejected.length,
      cases: folded.length,
    },
  };
}

const foldedKeys = [
  'id',
  'createdAt',
  'status',
  'firstResponseAt',
  'resolvedAt',
  'closedAt',
  'reopens',
  'contacts',
  'agentId',
] as const;

/** Folded fields plus `caseFields` read from the picked rows, through `mapRecords`' conversions. */
function withCaseFields(
  picked: readonly Record<string, unknown>[],
  folded: readonly Partial<TicketInput>[],
  spec: EventLogSpec,
): TicketInput[] {
  const fields: Record<string, string | ((row: unknown, index: number) => unknown)> = {};
  for (const key of foldedKeys) fields[key] = (_row, i) => folded[i]?.[key];
  Object.assign(fields, spec.caseFields?.fields as Record<CaseField, string> | undefined);
  return mapRecords(picked, {
    table: 'tickets',
    fields,
    values: spec.caseFields?.values,
    ...(spec.dateFormat === undefined ? {} : { dateFormat: spec.dateFormat }),
    ...(spec.timeZone === undefined ? {} : { timeZone: spec.timeZone }),
    ...(spec.ambiguousTime === undefined ? {} : { ambiguousTime: spec.ambiguousTime }),
    ...(spec.nullValues === undefined ? {} : { nullValues: spec.nullValues }),
    attributes: spec.caseFields?.attributes ?? [],
  });
}
