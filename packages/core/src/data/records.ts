/**
 * The record readers behind the schemas and `parseDataset`: one hand-written pass per record that
 * validates every field, collects every issue and builds the canonical record with the same
 * properties in the same order (absent optional fields `undefined`), so the evaluation's hot loop
 * stays monomorphic. Each reader writes into a record it is given (`read…Into`), so a one-pass
 * evaluation reuses one record object for a whole table: valid records cost no allocation at all
 * unless they carry unknown fields (attributes), `qa` scores or numeric ids.
 */
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
  readScalar,
  readScale,
  readText,
  readTime,
} from './fields';
import { FIRST_INSTANT, fastIsoInstant, LAST_INSTANT } from './instant';
import { InvalidValue, showInstant } from './invalid-value';
import type {
  AgentRecord,
  Attributes,
  CustomerRecord,
  ServiceCall,
  ServiceTicket,
  TableName,
  TableRecords,
} from './types';

/** One problem of a record: the field path inside the record and a readable reason. */
export interface RecordIssue {
  /** Path inside the record, e.g. `['resolvedAt']` or `['qa', 'empathy']`; `[]` for the whole record. */
  path: (string | number)[];
  /** An English sentence naming the field, the value and the rule. */
  reason: string;
}

type Row = Readonly<Record<string, unknown>>;

/**
 * Scratch state of one table reader, reused from record to record: the issues found (with the
 * canonical position of their field, to report them in field order whatever the row's key order)
 * and the values read so far, by field position.
 */
export interface RecordReading {
  issues: RecordIssue[];
  /** Field position of each issue (unknown fields after every known one). */
  orders: number[];
  values: unknown[];
}

/** A fresh reading for {@link readInto}. */
export function newReading(): RecordReading {
  // Packed from the start (32 ≥ any table's field count): writes in any order stay fast.
  return { issues: [], orders: [], values: new Array(32).fill(undefined) };
}

/** One table's fields: positions, readers, which are required, and how values become a record. */
interface TableSpec<T> {
  readonly table: TableName;
  readonly names: readonly string[];
  readonly position: ReadonlyMap<string, number>;
  readonly readers: readonly Reader<unknown>[];
  /** How each field is read on the fast path (see {@link readInto}). */
  readonly kinds: Uint8Array;
  /** The members of each enum field (`undefined` for other kinds). */
  readonly members: readonly (ReadonlySet<unknown> | undefined)[];
  readonly required: readonly number[];
  /** Position of the `attributes` field. */
  readonly attributes: number;
  /** Writes every property of `out` from `values` (by position) and clears `values`. */
  readonly assign: (out: T, values: unknown[], attributes: Attributes | undefined) => void;
  /** Rules across fields, run when every field read cleanly. */
  readonly check: (out: T, issues: RecordIssue[]) => void;
}

/** Fast-path kinds: the common valid values are recognised inline, anything else goes to the reader. */
const K_OTHER = 0;
const K_TEXT = 1;
const K_TIME = 2;
const K_COUNT = 3;
const K_ENUM = 4;
const K_BOOLEAN = 5;
/** A value `mapRecords` could not convert: its reason is reported as is. */
const K_INVALID = 6;

function kindOfReader(read: Reader<unknown>, members: ReadonlySet<unknown> | undefined): number {
  if (members !== undefined) return K_ENUM;
  if (read === readText) return K_TEXT;
  if (read === readTime) return K_TIME;
  if (read === readCount) return K_COUNT;
  if (read === readBoolean) return K_BOOLEAN;
  return K_OTHER;
}

function spec<T>(
  table: TableName,
  fields: readonly (readonly [name: string, read: Reader<unknown>, required?: boolean])[],
  assign: TableSpec<T>['assign'],
  check: TableSpec<T>['check'],
): TableSpec<T> {
  const names = fields.map((f) => f[0]);
  const members = fields.map((f) => enumSets.get(f[1]));
  return {
    table,
    names,
    position: new Map(names.map((n, i) => [n, i])),
    readers: fields.map((f) => f[1]),
    kinds: Uint8Array.from(fields, (f, i) => kindOfReader(f[1], members[i])),
    members,
    required: fields.flatMap((f, i) => (f[2] === true ? [i] : [])),
    attributes: names.indexOf('attributes'),
    assign,
    check,
  };
}

const UNKNOWN_FIELD = 1_000;

/** A character that makes a string non-blank at once (printable ASCII, not a space). */
const isVisibleAscii = (code: number): boolean => code > 32 && code < 127;

function issue(r: RecordReading, order: number, field: string, bad: InvalidValue): void {
  r.issues.push({ path: [field, ...bad.subPath], reason: bad.reason });
  r.orders.push(order);
}

/**
 * Reads one row into `out` by `spec`, visiting the row's own keys once (`for…in`: one pass over
 * the keys the row has, fast whatever shape each row has), each known field through its reader,
 * unknown scalar fields into `attributes`. Absent and `null` optional fields become `undefined`;
 * a missing required field is "`field` is required". Issues are reported in canonical field order.
 */
function readInto<T>(spec: TableSpec<T>, row: Row, r: RecordReading, out: T): T {
  const values = r.values;
  const before = r.issues.length;
  let extras: Attributes | undefined;
  let bad = 0;
  for (const key in row) {
    const raw = row[key];
    if (raw === undefined) continue;
    const f = spec.position.get(key);
    if (f === undefined) {
      const value = readScalar(key, raw);
      if (value instanceof InvalidValue) issue(r, UNKNOWN_FIELD, key, value);
      else if (value !== undefined) {
        if (extras === undefined) extras = {};
        if (key === '__proto__') Object.defineProperty(extras, key, { value, enumerable: true });
        else extras[key] = value;
      }
      continue;
    }
    if (raw === null) continue;
    // Fast paths accept only what the reader would accept unchanged; the rest goes to the reader,
    // which also explains what is wrong.
    let value: unknown;
    switch (raw instanceof InvalidValue ? K_INVALID : spec.kinds[f]) {
      case K_INVALID:
        value = raw;
        break;
      case K_TEXT:
        value =
          typeof raw === 'string' && raw.length > 0 && isVisibleAscii(raw.charCodeAt(0))
            ? raw
            : readText(key, raw);
        break;
      case K_TIME:
        if (typeof raw === 'number' && raw >= FIRST_INSTANT && raw <= LAST_INSTANT) value = raw;
        else {
          const ms = typeof raw === 'string' ? fastIsoInstant(raw) : Number.NaN;
          value = Number.isNaN(ms) ? readTime(key, raw) : ms;
        }
        break;
      case K_COUNT:
        value =
          typeof raw === 'number' && raw >= 0 && Number.isInteger(raw) ? raw : readCount(key, raw);
        break;
      case K_ENUM:
        value = (spec.members[f] as ReadonlySet<unknown>).has(raw)
          ? raw
          : (spec.readers[f] as Reader<unknown>)(key, raw);
        break;
      case K_BOOLEAN:
        value = typeof raw === 'boolean' ? raw : readBoolean(key, raw);
        break;
      default:
        value = (spec.readers[f] as Reader<unknown>)(key, raw);
    }
    if (value instanceof InvalidValue) {
      issue(r, f, key, value);
      bad |= 1 << f;
    } else values[f] = value;
  }
  for (const f of spec.required) {
    if (values[f] === undefined && (bad & (1 << f)) === 0) {
      const name = spec.names[f] as string;
      issue(r, f, name, new InvalidValue(`${name} is required`));
    }
  }
  const explicit = values[spec.attributes] as Attributes | undefined;
  const attributes =
    extras === undefined ? explicit : explicit === undefined ? extras : { ...explicit, ...extras };
  spec.assign(out, values, attributes);
  const issues = r.issues;
  if (issues.length === before) spec.check(out, issues);
  else if (issues.length > before + 1) sortIssues(r, before);
  if (r.orders.length > 0) r.orders.length = 0;
  return out;
}

/** Puts the issues found from `from` on in canonical field order (stable). */
function sortIssues(r: RecordReading, from: number): void {
  const found = r.issues.slice(from).map((issue, k) => ({ issue, order: r.orders[k] ?? 0, k }));
  found.sort((a, b) => a.order - b.order || a.k - b.k);
  for (let k = 0; k < found.length; k++)
    r.issues[from + k] = (found[k] as { issue: RecordIssue }).issue;
}

function notBefore(
  issues: RecordIssue[],
  field: string,
  at: number | undefined,
  refField: string,
  ref: number | undefined,
): void {
  if (at !== undefined && ref !== undefined && at < ref) {
    const reason = `${field} ${showInstant(at)} is before ${refField} ${showInstant(ref)}`;
    issues.push({ path: [field], reason });
  }
}

function notMore(
  issues: RecordIssue[],
  field: string,
  value: number | undefined,
  refField: string,
  ref: number | undefined,
): void {
  if (value !== undefined && ref !== undefined && value > ref) {
    issues.push({ path: [field], reason: `${field} ${value} is more than ${refField} ${ref}` });
  }
}

const readStatus = readEnum(enumMembers.status);
const readExcluded = readEnum(enumMembers.excluded);
const readKind = readEnum(enumMembers.kind);
const readPriority = readEnum(enumMembers.priority);
const readReview = readEnum(enumMembers.review);
/** The members behind each enum reader, for the fast path. */
const enumSets = new Map<Reader<unknown>, ReadonlySet<unknown>>([
  [readStatus, new Set(enumMembers.status)],
  [readExcluded, new Set(enumMembers.excluded)],
  [readKind, new Set(enumMembers.kind)],
  [readPriority, new Set(enumMembers.priority)],
  [readReview, new Set(enumMembers.review)],
]);
const readCsat = readScale(1, 5, false, 'scale');
const readNps = readScale(0, 10, true, 'scale');

const ticketSpec = spec<ServiceTicket>(
  'tickets',
  [
    ['id', readText, true],
    ['createdAt', readTime, true],
    ['status', readStatus, true],
    ['firstResponseAt', readTime],
    ['resolvedAt', readTime],
    ['closedAt', readTime],
    ['surveyedAt', readTime],
    ['excluded', readExcluded],
    ['kind', readKind],
    ['channel', readText],
    ['priority', readPriority],
    ['category', readText],
    ['agentId', readText],
    ['teamId', readText],
    ['customerId', readText],
    ['productId', readText],
    ['region', readText],
    ['contacts', readCount],
    ['reopens', readCount],
    ['responseDueAt', readTime],
    ['resolutionDueAt', readTime],
    ['csat', readCsat],
    ['nps', readNps],
    ['review', readReview],
    ['diagnosisCorrect', readBoolean],
    ['errors', readCount],
    ['followUpAt', readTime],
    ['opportunities', readCount],
    ['qa', readQa],
    ['attributes', readAttributes],
  ],
  (t, v, attributes) => {
    t.id = v[0] as string;
    t.createdAt = v[1] as number;
    t.status = v[2] as ServiceTicket['status'];
    t.firstResponseAt = v[3] as number | undefined;
    t.resolvedAt = v[4] as number | undefined;
    t.closedAt = v[5] as number | undefined;
    t.surveyedAt = v[6] as number | undefined;
    t.excluded = v[7] as ServiceTicket['excluded'];
    t.kind = v[8] as ServiceTicket['kind'];
    t.channel = v[9] as string | undefined;
    t.priority = (v[10] as ServiceTicket['priority'] | undefined) ?? 'normal';
    t.category = v[11] as string | undefined;
    t.agentId = v[12] as string | undefined;
    t.teamId = v[13] as string | undefined;
    t.customerId = v[14] as string | undefined;
    t.productId = v[15] as string | undefined;
    t.region = v[16] as string | undefined;
    t.contacts = v[17] as number | undefined;
    t.reopens = v[18] as number | undefined;
    t.responseDueAt = v[19] as number | undefined;
    t.resolutionDueAt = v[20] as number | undefined;
    t.csat = v[21] as number | undefined;
    t.nps = v[22] as number | undefined;
    t.review = v[23] as ServiceTicket['review'];
    t.diagnosisCorrect = v[24] as boolean | undefined;
    t.errors = v[25] as number | undefined;
    t.followUpAt = v[26] as number | undefined;
    t.opportunities = v[27] as number | undefined;
    t.qa = v[28] as ServiceTicket['qa'];
    t.attributes = attributes;
    v.fill(undefined, 0, 30);
  },
  (t, issues) => {
    const c = t.createdAt;
    notBefore(issues, 'firstResponseAt', t.firstResponseAt, 'createdAt', c);
    notBefore(issues, 'resolvedAt', t.resolvedAt, 'createdAt', c);
    notBefore(issues, 'closedAt', t.closedAt, 'createdAt', c);
    notBefore(issues, 'closedAt', t.closedAt, 'resolvedAt', t.resolvedAt);
    notBefore(issues, 'surveyedAt', t.surveyedAt, 'createdAt', c);
    notBefore(issues, 'followUpAt', t.followUpAt, 'createdAt', c);
  },
);

const callSpec = spec<ServiceCall>(
  'calls',
  [
    ['id', readText, true],
    ['startedAt', readTime, true],
    ['answered', readBoolean, true],
    ['agentId', readText],
    ['teamId', readText],
    ['waitSeconds', readAmount],
    ['talkSeconds', readAmount],
    ['holdSeconds', readAmount],
    ['wrapSeconds', readAmount],
    ['resolved', readBoolean],
    ['csat', readCsat],
    ['attributes', readAttributes],
  ],
  (c, v, attributes) => {
    c.id = v[0] as string;
    c.startedAt = v[1] as number;
    c.answered = v[2] as boolean;
    c.agentId = v[3] as string | undefined;
    c.teamId = v[4] as string | undefined;
    c.waitSeconds = v[5] as number | undefined;
    c.talkSeconds = v[6] as number | undefined;
    c.holdSeconds = v[7] as number | undefined;
    c.wrapSeconds = v[8] as number | undefined;
    c.resolved = v[9] as boolean | undefined;
    c.csat = v[10] as number | undefined;
    c.attributes = attributes;
    v.fill(undefined, 0, 12);
  },
  () => {},
);

const agentSpec = spec<AgentRecord>(
  'agents',
  [
    ['agentId', readText, true],
    ['period', readPeriod, true],
    ['teamId', readText],
    ['trainingHours', readAmount],
    ['trained', readBoolean],
    ['examTaken', readBoolean],
    ['examPassed', readBoolean],
    ['goalsSet', readCount],
    ['goalsMet', readCount],
    ['plansSet', readCount],
    ['plansDone', readCount],
    ['satisfied', readBoolean],
    ['assessmentStart', readAmount],
    ['assessmentEnd', readAmount],
    ['availableSeconds', readAmount],
    ['busySeconds', readAmount],
    ['attributes', readAttributes],
  ],
  (a, v, attributes) => {
    a.agentId = v[0] as string;
    a.period = v[1] as string;
    a.teamId = v[2] as string | undefined;
    a.trainingHours = v[3] as number | undefined;
    a.trained = v[4] as boolean | undefined;
    a.examTaken = v[5] as boolean | undefined;
    a.examPassed = v[6] as boolean | undefined;
    a.goalsSet = v[7] as number | undefined;
    a.goalsMet = v[8] as number | undefined;
    a.plansSet = v[9] as number | undefined;
    a.plansDone = v[10] as number | undefined;
    a.satisfied = v[11] as boolean | undefined;
    a.assessmentStart = v[12] as number | undefined;
    a.assessmentEnd = v[13] as number | undefined;
    a.availableSeconds = v[14] as number | undefined;
    a.busySeconds = v[15] as number | undefined;
    a.attributes = attributes;
    v.fill(undefined, 0, 17);
  },
  (a, issues) => {
    notMore(issues, 'goalsMet', a.goalsMet, 'goalsSet', a.goalsSet);
    notMore(issues, 'plansDone', a.plansDone, 'plansSet', a.plansSet);
    if (a.examPassed === true && a.examTaken === false) {
      issues.push({ path: ['examPassed'], reason: 'examPassed is true but examTaken is false' });
    }
  },
);

const customerSpec = spec<CustomerRecord>(
  'customers',
  [
    ['customerId', readText, true],
    ['period', readPeriod, true],
    ['activeAtStart', readBoolean],
    ['activeAtEnd', readBoolean],
    ['orders', readCount],
    ['revenue', readAmount],
    ['repeatRevenue', readAmount],
    ['careContacts', readCount],
    ['attributes', readAttributes],
  ],
  (c, v, attributes) => {
    c.customerId = v[0] as string;
    c.period = v[1] as string;
    c.activeAtStart = v[2] as boolean | undefined;
    c.activeAtEnd = v[3] as boolean | undefined;
    c.orders = v[4] as number | undefined;
    c.revenue = v[5] as number | undefined;
    c.repeatRevenue = v[6] as number | undefined;
    c.careContacts = v[7] as number | undefined;
    c.attributes = attributes;
    v.fill(undefined, 0, 9);
  },
  (c, issues) => notMore(issues, 'repeatRevenue', c.repeatRevenue, 'revenue', c.revenue),
);

/**
 * Reads a ticket into `t`, overwriting every property. Issues go to `r.issues`; the result is
 * meaningful only when none were added.
 */
export function readTicketInto(row: Row, r: RecordReading, t: ServiceTicket): ServiceTicket {
  return readInto(ticketSpec, row, r, t);
}

/** Reads a call into `c` (see {@link readTicketInto}). */
export function readCallInto(row: Row, r: RecordReading, c: ServiceCall): ServiceCall {
  return readInto(callSpec, row, r, c);
}

/** Reads an agent-period row into `a` (see {@link readTicketInto}). */
export function readAgentInto(row: Row, r: RecordReading, a: AgentRecord): AgentRecord {
  return readInto(agentSpec, row, r, a);
}

/** Reads a customer-period row into `c` (see {@link readTicketInto}). */
export function readCustomerInto(row: Row, r: RecordReading, c: CustomerRecord): CustomerRecord {
  return readInto(customerSpec, row, r, c);
}

/**
 * A blank ticket with every canonical property, in canonical order (one hidden class for all
 * tickets, whether built here or by a reader writing into a reused one).
 */
export function blankTicket(): ServiceTicket {
  return {
    id: '',
    createdAt: 0,
    status: 'open',
    firstResponseAt: undefined,
    resolvedAt: undefined,
    closedAt: undefined,
    surveyedAt: undefined,
    excluded: undefined,
    kind: undefined,
    channel: undefined,
    priority: 'normal',
    category: undefined,
    agentId: undefined,
    teamId: undefined,
    customerId: undefined,
    productId: undefined,
    region: undefined,
    contacts: undefined,
    reopens: undefined,
    responseDueAt: undefined,
    resolutionDueAt: undefined,
    csat: undefined,
    nps: undefined,
    review: undefined,
    diagnosisCorrect: undefined,
    errors: undefined,
    followUpAt: undefined,
    opportunities: undefined,
    qa: undefined,
    attributes: undefined,
  };
}

/** A blank call (see {@link blankTicket}). */
export function blankCall(): ServiceCall {
  return {
    id: '',
    startedAt: 0,
    answered: false,
    agentId: undefined,
    teamId: undefined,
    waitSeconds: undefined,
    talkSeconds: undefined,
    holdSeconds: undefined,
    wrapSeconds: undefined,
    resolved: undefined,
    csat: undefined,
    attributes: undefined,
  };
}

/** A blank agent-period record (see {@link blankTicket}). */
export function blankAgent(): AgentRecord {
  return {
    agentId: '',
    period: '',
    teamId: undefined,
    trainingHours: undefined,
    trained: undefined,
    examTaken: undefined,
    examPassed: undefined,
    goalsSet: undefined,
    goalsMet: undefined,
    plansSet: undefined,
    plansDone: undefined,
    satisfied: undefined,
    assessmentStart: undefined,
    assessmentEnd: undefined,
    availableSeconds: undefined,
    busySeconds: undefined,
    attributes: undefined,
  };
}

/** A blank customer-period record (see {@link blankTicket}). */
export function blankCustomer(): CustomerRecord {
  return {
    customerId: '',
    period: '',
    activeAtStart: undefined,
    activeAtEnd: undefined,
    orders: undefined,
    revenue: undefined,
    repeatRevenue: undefined,
    careContacts: undefined,
    attributes: undefined,
  };
}

/** How each table's records are read: into a given record, and a blank one to read into. */
export const tableReaders: {
  readonly [T in TableName]: {
    readonly into: (row: Row, r: RecordReading, out: TableRecords[T]) => TableRecords[T];
    readonly blank: () => TableRecords[T];
  };
} = {
  tickets: { into: readTicketInto, blank: blankTicket },
  calls: { into: readCallInto, blank: blankCall },
  agents: { into: readAgentInto, blank: blankAgent },
  customers: { into: readCustomerInto, blank: blankCustomer },
};

/** Reads a ticket. Issues go to `issues`; the result is meaningful only when none were added. */
export function readTicket(row: Row, issues: RecordIssue[]): ServiceTicket {
  return readTicketInto(row, { ...newReading(), issues }, blankTicket());
}

/** Reads a call (see {@link readTicket}). */
export function readCall(row: Row, issues: RecordIssue[]): ServiceCall {
  return readCallInto(row, { ...newReading(), issues }, blankCall());
}

/** Reads an agent-period row (see {@link readTicket}). */
export function readAgent(row: Row, issues: RecordIssue[]): AgentRecord {
  return readAgentInto(row, { ...newReading(), issues }, blankAgent());
}

/** Reads a customer-period row (see {@link readTicket}). */
export function readCustomer(row: Row, issues: RecordIssue[]): CustomerRecord {
  return readCustomerInto(row, { ...newReading(), issues }, blankCustomer());
}

/** What a row that is not a record object is called in a reason. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return type === 'undefined' ? 'undefined' : `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

/** Whether a row can be read as a record (a non-array object). */
export function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
