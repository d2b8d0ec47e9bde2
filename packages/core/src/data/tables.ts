/**
 * The four record tables, each declared once: every canonical field with its reader (the rule a
 * value must meet), how `mapRecords` converts a host's text for it and how the SQL layer checks a
 * column for it (`kind`), whether it is required, its default and a one-line meaning. The fast
 * readers and blank records (`records.ts`, `read-row.ts`), `mapRecords`' field kinds
 * (`field-kinds.ts`), the SQL column checks, the zod schemas (which wrap the readers) and the field
 * reference (`docs/REFERENCE.md`, rendered by `test/core/docs/reference.ts`) are all derived from
 * these declarations; a type test pins the hand-written record types in `types.ts` (which carry the
 * TSDoc a host's editor shows) to them.
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
import type { RecordIssue } from './read-row';
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
  /** The range of a numeric field (its reader's rule, for the SQL data contract). */
  readonly range?: NumberRange;
}

/** A numeric field's range: `min` ≤ value (≤ `max`), a whole number when `whole`. */
export interface NumberRange {
  readonly min: number;
  readonly max?: number;
  readonly whole: boolean;
}

/** One record table: its fields in canonical order and the rules across fields. */
export interface TableDef<R = unknown> {
  readonly table: TableName;
  readonly fields: { readonly [name: string]: FieldDef };
  /** Rules across fields, as data (the SQL data contract is derived from them too). */
  readonly rules: readonly CrossRule[];
  /**
   * The rules across fields as a JS check (built by {@link checkAcross}), run on a record whose every field read cleanly. A reason shows an
   * instant field's value with `at(source, field, ms)`, where `source` is the row the record was
   * read from (the readers pass `showFieldInstant`, which quotes a mapped date's host text: see
   * `host-text.ts`; given by the caller so that code stays out of bundles that never read rows).
   */
  readonly check: (record: R, issues: RecordIssue[], source: object, at: ShowAt) => void;
}

function field<Out>(kind: FieldKind, read: Reader<Out>, rule: string, range?: NumberRange) {
  return (doc: string): FieldDef<Out, 'optional'> => ({
    kind,
    read,
    presence: 'optional',
    fallback: undefined,
    rule,
    doc,
    ...(range === undefined ? {} : { range }),
  });
}

/**
 * A numeric field whose reader follows from its range (the declaration the SQL data contract
 * reads too): a scale when it has a maximum, else a count (whole) or an amount, from 0.
 */
function numeric(
  kind: 'number' | 'seconds',
  rule: string,
  range: { min: 0; whole: boolean } | { min: number; max: number; whole: boolean },
) {
  const read =
    'max' in range
      ? readScale(range.min, range.max, range.whole, 'scale')
      : range.whole
        ? readCount
        : readAmount;
  return field(kind, read, rule, range);
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
const count = numeric('number', 'a whole number ≥ 0', { min: 0, whole: true });
const amount = numeric('number', 'a number ≥ 0', { min: 0, whole: false });
const seconds = numeric('seconds', 'seconds, a number ≥ 0', { min: 0, whole: false });
const flag = field('boolean', readBoolean, 'true or false');
const period = field(
  'period',
  readPeriod,
  'a period key: 2026, 2026-Q1, 2026-03, 2026-W09 or 2026-03-05',
);
const csat = numeric('number', '1–5', { min: 1, max: 5, whole: false });
const nps = numeric('number', 'a whole number 0–10', { min: 0, max: 10, whole: true });
const qa = field('qa', readQa, 'an object of item scores, each 0–100');
const attributes = field(
  'text',
  readAttributes,
  'an object of strings, numbers, booleans or null; unknown fields land here too',
);

/**
 * A rule across two fields of one record, declared as data so that the JS reader (`check`, built
 * from the list by {@link checkAcross}) and the SQL data contract (`sql/contract.ts`) are derived
 * from the same declaration. Each rule holds only when both fields are present.
 *
 * - `notBefore`: instant `field` is not before instant `ref`.
 * - `notAfter`: instant `field` is not after instant `ref`.
 * - `notMore`: number `field` is not more than number `ref`.
 * - `impliedBy`: flag `field` true needs flag `ref` not false (a pass needs the exam taken).
 */
export interface CrossRule {
  readonly kind: 'notBefore' | 'notAfter' | 'notMore' | 'impliedBy';
  readonly field: string;
  readonly ref: string;
}

const across =
  (kind: CrossRule['kind']) =>
  (field: string, ref: string): CrossRule => ({ kind, field, ref });
const notBefore = across('notBefore');
const notAfter = across('notAfter');
const notMore = across('notMore');
const impliedBy = across('impliedBy');

/** Whether a present pair of values breaks `rule`. */
function breaks(rule: CrossRule, value: unknown, ref: unknown): boolean {
  if (value === undefined || ref === undefined) return false;
  switch (rule.kind) {
    case 'notBefore':
      return (value as number) < (ref as number);
    case 'notAfter':
    case 'notMore':
      return (value as number) > (ref as number);
    case 'impliedBy':
      return value === true && ref === false;
  }
}

/** The reason of a broken rule; instants are shown with `show` (a mapped date's host text too). */
function reasonOf(rule: CrossRule, value: unknown, ref: unknown, source: object, show: ShowAt) {
  const { field, ref: refName } = rule;
  switch (rule.kind) {
    case 'notBefore':
    case 'notAfter': {
      const word = rule.kind === 'notBefore' ? 'before' : 'after';
      return `${field} ${show(source, field, value as number)} is ${word} ${refName} ${show(source, refName, ref as number)}`;
    }
    case 'notMore':
      return `${field} ${String(value)} is more than ${refName} ${String(ref)}`;
    case 'impliedBy':
      return `${field} is true but ${refName} is false`;
  }
}

/** The `check` of a table: every broken rule in `rules`, in their order. */
export function checkAcross<R>(rules: readonly CrossRule[]): TableDef<R>['check'] {
  return (record, issues, source, show) => {
    const r = record as Readonly<Record<string, unknown>>;
    for (const rule of rules) {
      const value = r[rule.field];
      const ref = r[rule.ref];
      if (breaks(rule, value, ref))
        issues.push({ path: [rule.field], reason: reasonOf(rule, value, ref, source, show) });
    }
  };
}

// A reply after the fix would count a 1 h fix as a 72 h response: the record contradicts itself.
const ticketRules: readonly CrossRule[] = [
  notBefore('firstResponseAt', 'createdAt'),
  notBefore('resolvedAt', 'createdAt'),
  notBefore('closedAt', 'createdAt'),
  notBefore('closedAt', 'resolvedAt'),
  notAfter('firstResponseAt', 'resolvedAt'),
  notBefore('surveyedAt', 'createdAt'),
  notBefore('followUpAt', 'createdAt'),
];

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
  rules: ticketRules,
  check: checkAcross<ServiceTicket>(ticketRules),
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
  rules: [],
  check: checkAcross<ServiceCall>([]),
} as const satisfies TableDef<ServiceCall>;

const agentRules: readonly CrossRule[] = [
  notMore('goalsMet', 'goalsSet'),
  notMore('plansDone', 'plansSet'),
  impliedBy('examPassed', 'examTaken'),
];

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
  rules: agentRules,
  check: checkAcross<AgentRecord>(agentRules),
} as const satisfies TableDef<AgentRecord>;

const customerRules: readonly CrossRule[] = [notMore('repeatRevenue', 'revenue')];

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
  rules: customerRules,
  check: checkAcross<CustomerRecord>(customerRules),
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
