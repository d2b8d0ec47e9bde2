/**
 * The four record tables, each declared once: every canonical field with its reader (the rule a
 * value must meet), how `mapRecords` converts a host's text for it and how the SQL layer checks a
 * column for it (`kind`), whether it is required, its default and a one-line meaning. The fast
 * readers and blank records (`records.ts`), `mapRecords`' field kinds (`field-kinds.ts`), the SQL
 * column checks, the zod schemas (which wrap the readers) and the field reference
 * (`docs/REFERENCE.md`, rendered by `test/core/docs/reference.ts`) are all derived from these
 * declarations; a type test pins the hand-written record types in `types.ts` (which carry the TSDoc
 * a host's editor shows) to them.
 */
import type { FieldKind } from './field-kinds';
import {
  enumMembers,
  type Reader,
  readAmount,
  readAttributes,
  readBoolean,
  readCount,
  readEnum,
  readPeriod,
  readQa,
  readScale,
  readText,
  readTime,
} from './fields';
import type { RecordIssue } from './records';
import type {
  AgentRecord,
  Attributes,
  CustomerRecord,
  ServiceCall,
  ServiceTicket,
  TableName,
} from './types';

/** Shows an instant field's value in a reason (see `TableDef.check`). */
export type ShowAt = (source: object, field: string, ms: number) => string;

/** Whether a record must carry a field, gets a default, or may leave it out. */
export type Presence = 'required' | 'default' | 'optional';

/** One canonical field of a record table. `Out` is its parsed type (a phantom for the type test). */
export interface FieldDef<Out = unknown, P extends Presence = Presence> {
  /** How `mapRecords` converts host text and which SQL column types hold it. */
  readonly kind: FieldKind;
  /** Validates and converts a value (see `fields.ts`). */
  readonly read: Reader<Out>;
  readonly presence: P;
  /** The value of an absent field: the default, or `undefined`. */
  readonly fallback: Out | undefined;
  /** The rule a value must meet, in a few words (field reference). */
  readonly rule: string;
  /** What the field means, in one line (field reference). */
  readonly doc: string;
  /** The members of an enum field. */
  readonly members?: readonly string[];
}

/** One record table: its fields in canonical order and the rules across fields. */
export interface TableDef<R = unknown> {
  readonly table: TableName;
  readonly fields: { readonly [name: string]: FieldDef };
  /**
   * Rules across fields, run on a record whose every field read cleanly. A reason shows an
   * instant field's value with `at(source, field, ms)`, where `source` is the row the record was
   * read from (the readers pass `showFieldInstant`, which quotes a mapped date's host text: see
   * `host-text.ts`; given by the caller so that code stays out of bundles that never read rows).
   */
  readonly check: (record: R, issues: RecordIssue[], source: object, at: ShowAt) => void;
}

function field<Out>(kind: FieldKind, read: Reader<Out>, rule: string) {
  return (doc: string): FieldDef<Out, 'optional'> => ({
    kind,
    read,
    presence: 'optional',
    fallback: undefined,
    rule,
    doc,
  });
}

/** The same field, required. */
function required<Out>(def: FieldDef<Out, 'optional'>): FieldDef<Out, 'required'> {
  return { ...def, presence: 'required' };
}

/** The same field, with a default for an absent value. */
function withDefault<Out>(def: FieldDef<Out, 'optional'>, value: Out): FieldDef<Out, 'default'> {
  return { ...def, presence: 'default', fallback: value, rule: `${def.rule}; default ${value}` };
}

function oneOf<T extends string>(members: readonly T[]) {
  return (doc: string): FieldDef<T, 'optional'> => ({
    ...field<T>('enum', readEnum(members), `one of ${members.join(', ')}`)(doc),
    members,
  });
}

const text = field('text', readText, 'non-blank text; a number becomes its string');
const instant = field(
  'instant',
  readTime,
  'an instant: Date, epoch ms, or ISO-8601 text with Z or an offset',
);
const count = field('number', readCount, 'a whole number ≥ 0');
const amount = field('number', readAmount, 'a number ≥ 0');
const seconds = field('seconds', readAmount, 'seconds, a number ≥ 0');
const flag = field('boolean', readBoolean, 'true or false');
const period = field(
  'period',
  readPeriod,
  'a period key: 2026, 2026-Q1, 2026-03, 2026-W09 or 2026-03-05',
);
const csat = field('number', readScale(1, 5, false, 'scale'), '1–5');
const nps = field('number', readScale(0, 10, true, 'scale'), 'a whole number 0–10');
const qa = field('qa', readQa, 'an object of item scores, each 0–100');
const attributes = field(
  'text',
  readAttributes,
  'an object of strings, numbers, booleans or null; unknown fields land here too',
);

function notBefore(
  issues: RecordIssue[],
  source: object,
  show: ShowAt,
  name: string,
  at: number | undefined,
  refName: string,
  ref: number | undefined,
): void {
  if (at !== undefined && ref !== undefined && at < ref) {
    const reason = `${name} ${show(source, name, at)} is before ${refName} ${show(source, refName, ref)}`;
    issues.push({ path: [name], reason });
  }
}

/** A response after the resolution would count a 1 h fix as a 72 h response: rejected. */
function notAfter(
  issues: RecordIssue[],
  source: object,
  show: ShowAt,
  name: string,
  at: number | undefined,
  refName: string,
  ref: number | undefined,
): void {
  if (at !== undefined && ref !== undefined && at > ref) {
    const reason = `${name} ${show(source, name, at)} is after ${refName} ${show(source, refName, ref)}`;
    issues.push({ path: [name], reason });
  }
}

function notMore(
  issues: RecordIssue[],
  name: string,
  value: number | undefined,
  refName: string,
  ref: number | undefined,
): void {
  if (value !== undefined && ref !== undefined && value > ref) {
    issues.push({ path: [name], reason: `${name} ${value} is more than ${refName} ${ref}` });
  }
}

/** Service tickets (工单). */
export const ticketTable = {
  table: 'tickets',
  fields: {
    id: required(text('the ticket number')),
    createdAt: required(instant('when the request came in')),
    status: required(oneOf(enumMembers.status)('lifecycle; pending = waiting on the customer')),
    firstResponseAt: instant('first reply to the customer'),
    resolvedAt: instant('when the problem was solved (the last time, if reopened)'),
    closedAt: instant('when the ticket was closed'),
    surveyedAt: instant('when the satisfaction survey was answered'),
    excluded: oneOf(enumMembers.excluded)('why the ticket is left out of every figure'),
    kind: oneOf(enumMembers.kind)('what the customer asked for'),
    channel: text('where the request came in (phone, web, …)'),
    priority: withDefault(oneOf(enumMembers.priority)('the SLA policy keys on it'), 'normal'),
    category: text('fault or complaint cause; the Pareto analysis counts it'),
    agentId: text('the agent who owned the ticket'),
    teamId: text('the agent’s team'),
    customerId: text('the customer; repeat faults are found per customer and product'),
    productId: text('the product serviced'),
    region: text('the service region'),
    contacts: count('customer contacts until resolved (1 = solved at first contact)'),
    reopens: count('times the ticket was reopened'),
    responseDueAt: instant('an explicit response deadline; wins over the SLA policy'),
    resolutionDueAt: instant('an explicit resolution deadline; wins over the SLA policy'),
    csat: csat('customer satisfaction score'),
    nps: nps('likelihood to recommend'),
    review: oneOf(enumMembers.review)('the customer’s review'),
    diagnosisCorrect: flag('whether the first diagnosis was right'),
    errors: count('errors found by quality inspection'),
    followUpAt: instant('when the customer was followed up after resolution'),
    opportunities: count('customer needs discovered while serving'),
    qa: qa('quality-inspection scores by item (etiquette, empathy, …)'),
    attributes: attributes('other fields, for breakdowns'),
  },
  check: (t: ServiceTicket, issues: RecordIssue[], source: object, at: ShowAt) => {
    const c = t.createdAt;
    notBefore(issues, source, at, 'firstResponseAt', t.firstResponseAt, 'createdAt', c);
    notBefore(issues, source, at, 'resolvedAt', t.resolvedAt, 'createdAt', c);
    notBefore(issues, source, at, 'closedAt', t.closedAt, 'createdAt', c);
    notBefore(issues, source, at, 'closedAt', t.closedAt, 'resolvedAt', t.resolvedAt);
    notAfter(issues, source, at, 'firstResponseAt', t.firstResponseAt, 'resolvedAt', t.resolvedAt);
    notBefore(issues, source, at, 'surveyedAt', t.surveyedAt, 'createdAt', c);
    notBefore(issues, source, at, 'followUpAt', t.followUpAt, 'createdAt', c);
  },
} as const satisfies TableDef<ServiceTicket>;

/** Offered phone calls. */
export const callTable = {
  table: 'calls',
  fields: {
    id: required(text('the call id')),
    startedAt: required(instant('when the call was offered')),
    answered: required(flag('whether an agent answered')),
    agentId: text('the agent who answered'),
    teamId: text('the agent’s team'),
    waitSeconds: seconds('time in the queue'),
    talkSeconds: seconds('talk time (answered calls)'),
    holdSeconds: seconds('hold time'),
    wrapSeconds: seconds('after-call work'),
    resolved: flag('solved on this call'),
    csat: csat('post-call satisfaction score'),
    attributes: attributes('other fields, for breakdowns'),
  },
  check: () => {},
} as const satisfies TableDef<ServiceCall>;

/** One agent in one period. */
export const agentTable = {
  table: 'agents',
  fields: {
    agentId: required(text('the agent')),
    period: required(period('the period this row covers')),
    teamId: text('the agent’s team'),
    trainingHours: amount('hours of training in the period'),
    trained: flag('took part in training'),
    examTaken: flag('sat the skills exam'),
    examPassed: flag('passed the skills exam'),
    goalsSet: count('goals set'),
    goalsMet: count('goals met (≤ goalsSet)'),
    plansSet: count('improvement plans set'),
    plansDone: count('improvement plans done (≤ plansSet)'),
    satisfied: flag('job-satisfaction answer; absent = did not answer'),
    assessmentStart: amount('assessment score at the start of the period'),
    assessmentEnd: amount('assessment score at the end of the period'),
    availableSeconds: seconds('time available to work'),
    busySeconds: seconds('time busy serving (may exceed available: overtime)'),
    attributes: attributes('other fields, for breakdowns'),
  },
  check: (a: AgentRecord, issues: RecordIssue[]) => {
    notMore(issues, 'goalsMet', a.goalsMet, 'goalsSet', a.goalsSet);
    notMore(issues, 'plansDone', a.plansDone, 'plansSet', a.plansSet);
    if (a.examPassed === true && a.examTaken === false) {
      issues.push({ path: ['examPassed'], reason: 'examPassed is true but examTaken is false' });
    }
  },
} as const satisfies TableDef<AgentRecord>;

/** One customer in one period. */
export const customerTable = {
  table: 'customers',
  fields: {
    customerId: required(text('the customer')),
    period: required(period('the period this row covers')),
    activeAtStart: flag('a customer at the start of the period'),
    activeAtEnd: flag('still a customer at the end of the period'),
    orders: count('orders in the period'),
    revenue: amount('revenue in the period'),
    repeatRevenue: amount('revenue from repeat purchases (≤ revenue)'),
    careContacts: count('proactive care contacts'),
    attributes: attributes('segment fields: industry, size, tenure, …'),
  },
  check: (c: CustomerRecord, issues: RecordIssue[]) =>
    notMore(issues, 'repeatRevenue', c.repeatRevenue, 'revenue', c.revenue),
} as const satisfies TableDef<CustomerRecord>;

/** Every record table, by name. */
export const recordTables = {
  tickets: ticketTable,
  calls: callTable,
  agents: agentTable,
  customers: customerTable,
} as const;

type Fields<D> = D extends { readonly fields: infer F } ? F : never;
type OutOf<F> = F extends FieldDef<infer O, Presence> ? O : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * The parsed record a table declaration describes: required and defaulted fields always present,
 * the others optional. A type test pins it to the hand-written record types.
 */
export type RecordOf<D> = Simplify<
  {
    -readonly [K in keyof Fields<D> as Fields<D>[K] extends FieldDef<unknown, 'optional'>
      ? never
      : K]: OutOf<Fields<D>[K]>;
  } & {
    -readonly [K in keyof Fields<D> as Fields<D>[K] extends FieldDef<unknown, 'optional'>
      ? K
      : never]?: OutOf<Fields<D>[K]> | undefined;
  }
>;

/** Attribute values, re-exported for the field reference. */
export type { Attributes };
