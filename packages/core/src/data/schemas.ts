import * as z from 'zod/mini';
import { duplicateReason, idField, recordKey } from './keys';
import type { RecordIssue } from './read-row';
import { isRow, kindOf, readAgent, readCall, readCustomer, readTicket } from './records';
import type {
  AgentRecord,
  Attributes,
  CustomerRecord,
  ExclusionReason,
  Instant,
  Priority,
  Review,
  ServiceCall,
  ServiceDataset,
  ServiceTicket,
  TicketKind,
  TicketStatus,
} from './types';

/** An id as a host may give it: a non-blank string, or a finite number (turned into its string). */
type Id = string | number;
/** An optional input field: `null` means absent, like `undefined`. */
type Opt<T> = T | null | undefined;

/**
 * A ticket as a host passes it (see {@link ticketSchema} for the rules). Unknown fields are
 * allowed and kept as attributes.
 */
export interface TicketInput {
  id: Id;
  createdAt: Instant;
  status: TicketStatus;
  firstResponseAt?: Opt<Instant>;
  resolvedAt?: Opt<Instant>;
  closedAt?: Opt<Instant>;
  surveyedAt?: Opt<Instant>;
  excluded?: Opt<ExclusionReason>;
  kind?: Opt<TicketKind>;
  channel?: Opt<Id>;
  /** @default 'normal' */
  priority?: Opt<Priority>;
  category?: Opt<Id>;
  agentId?: Opt<Id>;
  teamId?: Opt<Id>;
  customerId?: Opt<Id>;
  productId?: Opt<Id>;
  region?: Opt<Id>;
  contacts?: Opt<number>;
  reopens?: Opt<number>;
  responseDueAt?: Opt<Instant>;
  resolutionDueAt?: Opt<Instant>;
  csat?: Opt<number>;
  nps?: Opt<number>;
  review?: Opt<Review>;
  diagnosisCorrect?: Opt<boolean>;
  errors?: Opt<number>;
  followUpAt?: Opt<Instant>;
  opportunities?: Opt<number>;
  qa?: Opt<Readonly<Record<string, number>>>;
  attributes?: Opt<Attributes>;
  /** Any other field: a string, number, boolean or null, kept in `attributes`. */
  [field: string]: unknown;
}

/** A call as a host passes it (see {@link callSchema}). */
export interface CallInput {
  id: Id;
  startedAt: Instant;
  answered: boolean;
  agentId?: Opt<Id>;
  teamId?: Opt<Id>;
  waitSeconds?: Opt<number>;
  talkSeconds?: Opt<number>;
  holdSeconds?: Opt<number>;
  wrapSeconds?: Opt<number>;
  resolved?: Opt<boolean>;
  csat?: Opt<number>;
  attributes?: Opt<Attributes>;
  /** Any other field: a string, number, boolean or null, kept in `attributes`. */
  [field: string]: unknown;
}

/** An agent-period row as a host passes it (see {@link agentSchema}). */
export interface AgentInput {
  agentId: Id;
  /** A period key: `2026`, `2026-Q1`, `2026-03`, `2026-W09`, `2026-03-05` (a year may be a number). */
  period: string | number;
  teamId?: Opt<Id>;
  trainingHours?: Opt<number>;
  trained?: Opt<boolean>;
  examTaken?: Opt<boolean>;
  examPassed?: Opt<boolean>;
  goalsSet?: Opt<number>;
  goalsMet?: Opt<number>;
  plansSet?: Opt<number>;
  plansDone?: Opt<number>;
  satisfied?: Opt<boolean>;
  assessmentStart?: Opt<number>;
  assessmentEnd?: Opt<number>;
  availableSeconds?: Opt<number>;
  busySeconds?: Opt<number>;
  attributes?: Opt<Attributes>;
  /** Any other field: a string, number, boolean or null, kept in `attributes`. */
  [field: string]: unknown;
}

/** A customer-period row as a host passes it (see {@link customerSchema}). */
export interface CustomerInput {
  customerId: Id;
  /** A period key, as for {@link AgentInput}. */
  period: string | number;
  activeAtStart?: Opt<boolean>;
  activeAtEnd?: Opt<boolean>;
  orders?: Opt<number>;
  revenue?: Opt<number>;
  repeatRevenue?: Opt<number>;
  careContacts?: Opt<number>;
  attributes?: Opt<Attributes>;
  /** Segment fields (industry, size, tenure …): strings, numbers, booleans or null, kept in `attributes`. */
  [field: string]: unknown;
}

/** A dataset as a host passes it: every table optional (missing = empty). */
export interface DatasetInput {
  tickets?: readonly TicketInput[] | undefined;
  calls?: readonly CallInput[] | undefined;
  agents?: readonly AgentInput[] | undefined;
  customers?: readonly CustomerInput[] | undefined;
}

/** The input type of each table. */
export interface TableInputs {
  tickets: TicketInput;
  calls: CallInput;
  agents: AgentInput;
  customers: CustomerInput;
}

/**
 * A zod schema around a record reader: one zod node per record, every issue reported with its
 * path and reason (zod's per-field machinery would cost ~10× more per record). Built with
 * `zod/mini`, whose functions tree-shake: the classic `zod` API would add ~20 KB gzip to a host's
 * bundle for these five schemas. They are Standard Schemas with `parse` / `safeParse`.
 */
function recordSchema<I, O>(
  what: string,
  read: (row: Readonly<Record<string, unknown>>, issues: RecordIssue[]) => O,
) {
  return z.pipe(
    z.custom<I>(),
    z.transform((row, ctx): O => {
      if (!isRow(row)) {
        ctx.issues.push({
          code: 'custom',
          message: `${what} must be an object, not ${kindOf(row)}`,
          input: row,
        });
        return z.NEVER;
      }
      const issues: RecordIssue[] = [];
      const record = read(row, issues);
      if (issues.length === 0) return record;
      for (const issue of issues)
        ctx.issues.push({ code: 'custom', path: issue.path, message: issue.reason, input: row });
      return z.NEVER;
    }),
  );
}

/**
 * A service ticket (工单) as a host passes it → {@link ServiceTicket}.
 *
 * Rules: `id` a non-blank string (a finite number becomes its string; ids and labels such as
 * `channel`, `category`, `region` are kept as given, not trimmed); instants a valid `Date`, finite
 * epoch ms or an ISO-8601 string with `Z` or an offset — a string without an offset (or a date
 * alone) is rejected as ambiguous ("… has no UTC offset; add one or use mapRecords with a
 * timeZone"), never guessed; enums exactly as {@link TicketStatus} etc. (case-sensitive);
 * `priority` defaults to `'normal'`; csat 1–5, nps a whole number 0–10, qa item scores 0–100;
 * `contacts`, `reopens`, `errors`, `opportunities` whole numbers ≥ 0; numbers must be numbers
 * (no numeric text: `mapRecords` converts it) and never NaN or ±Infinity. `null` in an optional
 * field means absent. `firstResponseAt`, `resolvedAt`, `closedAt`, `surveyedAt` and `followUpAt`
 * must not be before `createdAt`, nor `closedAt` before `resolvedAt` [RULES.md#rule-7], nor
 * `firstResponseAt` after `resolvedAt` (a reply after the fix would count a 1 h fix as a slow
 * response: the record contradicts itself and is rejected, naming `firstResponseAt`); due
 * instants are not checked against `createdAt` (a due before creation is simply overdue).
 * Unknown fields are kept in `attributes` (merged over an explicit `attributes` object) and must
 * be strings, numbers, booleans or null: an object, array or `Date` there is rejected, naming the field.
 *
 * Every output record has the same properties in the same order (absent ones `undefined`).
 *
 * @example ticketSchema.parse({ id: 'T-1', createdAt: '2026-03-02T08:00:00Z', status: 'open', region: 'east' })
 */
export const ticketSchema = recordSchema<TicketInput, ServiceTicket>('a ticket', readTicket);

/**
 * An offered phone call → {@link ServiceCall}. `id`, `startedAt` (an instant, as for tickets) and
 * `answered` (a boolean) are required; seconds are finite numbers ≥ 0; csat 1–5. Talk time on an
 * unanswered call is not checked (metrics read it on answered calls only).
 */
export const callSchema = recordSchema<CallInput, ServiceCall>('a call', readCall);

/**
 * One agent in one period → {@link AgentRecord}. `period` must be a period key (a year number is
 * accepted as its string). Goal and plan counts are whole numbers ≥ 0 with `goalsMet ≤ goalsSet`
 * and `plansDone ≤ plansSet` when both are given; `examPassed: true` with `examTaken: false` is a
 * contradiction. Hours, seconds and assessment scores are finite numbers ≥ 0; `busySeconds` may
 * exceed `availableSeconds` (overtime), which utilization then shows above 100 %.
 */
export const agentSchema = recordSchema<AgentInput, AgentRecord>('an agent record', readAgent);

/**
 * One customer in one period → {@link CustomerRecord}. `orders` and `careContacts` are whole
 * numbers ≥ 0, revenues finite numbers ≥ 0 with `repeatRevenue ≤ revenue` when both are given.
 * Segment fields (industry, size …) go to `attributes`.
 */
export const customerSchema = recordSchema<CustomerInput, CustomerRecord>(
  'a customer record',
  readCustomer,
);

/**
 * The dataset's own issues in the words of zod's English locale (`zod/mini` ships none by default):
 * an unknown table name, a dataset that is not an object, a table that is not an array.
 */
function shapeError(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => JSON.stringify(k)).join(', ');
    return `Unrecognized key${issue.keys.length > 1 ? 's' : ''}: ${keys}`;
  }
  if (issue.code === 'invalid_type') {
    const input = issue.input;
    const received = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
    return `Invalid input: expected ${issue.expected}, received ${received}`;
  }
  return undefined;
}

/**
 * A whole dataset → {@link ServiceDataset}: each table optional (missing = empty), unknown table
 * names rejected, and a repeated id within a table (agents and customers: the same id and period)
 * rejected at the later occurrence. For a report of every rejected row rather than a `ZodError`,
 * use `parseDataset`.
 *
 * Built with `zod/mini`, whose object schemas never compile a parser with `new Function` (classic
 * `z.object` probes for it when built, which a strict Content-Security-Policy reports as a
 * violation): importing the core and parsing with it work under such a policy.
 */
export const datasetSchema = z.lazy(() =>
  z.pipe(
    z
      .strictObject(
        {
          tickets: z.optional(z.array(ticketSchema, { error: shapeError })),
          calls: z.optional(z.array(callSchema, { error: shapeError })),
          agents: z.optional(z.array(agentSchema, { error: shapeError })),
          customers: z.optional(z.array(customerSchema, { error: shapeError })),
        },
        { error: shapeError },
      )
      .check(
        z.superRefine((d, ctx) => {
          for (const table of ['tickets', 'calls', 'agents', 'customers'] as const) {
            const seen = new Map<string, number>();
            (d[table] ?? []).forEach((record, index) => {
              const key = recordKey(table, record as unknown as Record<string, unknown>);
              const first = seen.get(key);
              if (first === undefined) seen.set(key, index);
              else {
                ctx.addIssue({
                  code: 'custom',
                  path: [table, index, idField[table]],
                  message: duplicateReason(
                    table,
                    record as unknown as Record<string, unknown>,
                    first,
                  ),
                });
              }
            });
          }
        }),
      ),
    z.transform(
      (d): ServiceDataset => ({
        tickets: d.tickets ?? [],
        calls: d.calls ?? [],
        agents: d.agents ?? [],
        customers: d.customers ?? [],
      }),
    ),
  ),
);
