/**
 * The record readers behind the schemas and `parseDataset`: one hand-written pass per record that
 * validates every field, collects every issue and builds the canonical record with the same
 * properties in the same order (absent optional fields `undefined`), so the evaluation's hot loop
 * stays monomorphic. Each reader writes into a record it is given (`read…Into`), so a one-pass
 * evaluation reuses one record object for a whole table: valid records cost no allocation at all
 * unless they carry unknown fields (attributes), `qa` scores or numeric ids.
 */
import { type Reader, readBoolean, readCount, readScalar, readText, readTime } from './fields';
import { FIRST_INSTANT, fastIsoInstant, LAST_INSTANT } from './instant';
import { showFieldInstant } from './host-text';
import { InvalidValue } from './invalid-value';
import { type FieldDef, recordTables, type TableDef } from './tables';
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
 * Scratch state of one table reader, reused from record to record: the issues found, with the
 * canonical position of their field (to report them in field order whatever the row's key order).
 */
export interface RecordReading {
  issues: RecordIssue[];
  /** Field position of each issue (unknown fields after every known one). */
  orders: number[];
  /** A bit per field (declaration order) that the last row read carried, valid. */
  carried: number;
}

/** A fresh reading for {@link readInto}. */
export function newReading(): RecordReading {
  return { issues: [], orders: [], carried: 0 };
}

/** One table's fields as the reader uses them, derived from its declaration in `tables.ts`. */
interface TableSpec<T> {
  readonly table: TableName;
  readonly names: readonly string[];
  readonly position: ReadonlyMap<string, number>;
  readonly readers: readonly Reader<unknown>[];
  /** How each field is read on the fast path (see {@link readInto}). */
  readonly kinds: Uint8Array;
  /** The members of each enum field (`undefined` for other kinds). */
  readonly members: readonly (ReadonlySet<unknown> | undefined)[];
  /** The value of each field when absent (a default, or `undefined`). */
  readonly fallbacks: readonly unknown[];
  readonly required: readonly number[];
  /** Position of the `attributes` field. */
  readonly attributes: number;
  /** A bit per field: every field set. */
  readonly all: number;
  /** The bits of the required and defaulted fields. */
  readonly always: number;
  /** A record with every property in canonical order, each at its fallback (cloned by `blank`). */
  readonly template: Readonly<T>;
  /**
   * Writes every property but `attributes` from `values` (by field position), each by its own
   * name: named stores on records of one shape stay monomorphic, where `record[name] = value`
   * for thirty names is a megamorphic store per field (it cost the reader ×1.4).
   */
  readonly assign: (out: T, values: readonly unknown[]) => void;
  /** Scratch: the values of the row being read, by field position (all overwritten per row). */
  readonly values: unknown[];
  /** Rules across fields, run when every field read cleanly and {@link mayBreak} finds one broken. */
  readonly check: TableDef<T>['check'];
  /** The rules across fields as triples: rule kind (`RULE_*`), field position, reference position. */
  readonly rules: Int32Array;
  /** 1 at the position of each field a rule across fields reads. */
  readonly ruled: Uint8Array;
  /**
   * Scratch: the number of each ruled field of the row being read (instants and numbers as they
   * are, flags 1/0), NaN when absent; every ruled field is written for every row (read, or its
   * fallback), so nothing of the previous row is left. Typed-array reads let {@link mayBreak} test the rules
   * without reading the record's properties by computed name (megamorphic loads that cost more
   * than the rest of a valid row's checks).
   */
  readonly numbers: Float64Array;
}

const RULE_NOT_BEFORE = 0;
const RULE_NOT_AFTER = 1;
const RULE_IMPLIED_BY = 2;
const ruleCodes = {
  notBefore: RULE_NOT_BEFORE,
  notAfter: RULE_NOT_AFTER,
  notMore: RULE_NOT_AFTER,
  impliedBy: RULE_IMPLIED_BY,
} as const;

/** A ruled field's value as a number (flags 1/0); NaN when absent, so no rule reads it as broken. */
const asNumber = (v: unknown): number =>
  typeof v === 'number' ? v : v === true ? 1 : v === false ? 0 : Number.NaN;

/**
 * Whether the row just read breaks a rule across fields, as the table's `check` would find
 * (`tables.ts`: a rule with an absent side holds; NaN compares false). Only then is `check` run,
 * which finds the same rules and words their reasons.
 */
function mayBreak(spec: TableSpec<unknown>): boolean {
  const rules = spec.rules;
  const n = spec.numbers;
  for (let i = 0; i < rules.length; i += 3) {
    const a = n[rules[i + 1] as number] as number;
    const b = n[rules[i + 2] as number] as number;
    const kind = rules[i];
    if (kind === RULE_NOT_BEFORE ? a < b : kind === RULE_NOT_AFTER ? a > b : a === 1 && b === 0)
      return true;
  }
  return false;
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

function spec<T>(def: TableDef<T>, assign: TableSpec<T>['assign']): TableSpec<T> {
  const entries = Object.entries(def.fields) as [string, FieldDef][];
  // One bit per field in an int32 mask (see readInto).
  if (entries.length > 31) throw new Error(`${def.table} declares more than 31 fields`);
  const names = entries.map(([name]) => name);
  const members = entries.map(([, f]) =>
    f.members === undefined ? undefined : new Set<unknown>(f.members),
  );
  const fallbacks = entries.map(([, f]) => f.fallback);
  return {
    table: def.table,
    names,
    position: new Map(names.map((n, i) => [n, i])),
    readers: entries.map(([, f]) => f.read),
    kinds: Uint8Array.from(entries, ([, f], i) => kindOfReader(f.read, members[i])),
    members,
    fallbacks,
    required: entries.flatMap(([, f], i) => (f.presence === 'required' ? [i] : [])),
    attributes: names.indexOf('attributes'),
    all: entries.length === 31 ? -1 : (1 << entries.length) - 1,
    always: entries.reduce((m, [, f], i) => (f.presence === 'optional' ? m : m | (1 << i)), 0),
    // Object.fromEntries builds a fast-mode object (keyed stores would not past a dozen
    // properties), and a spread of it shares one hidden class: every record of a table, built by
    // `blank` or read into by a reader, keeps the same shape.
    template: Object.fromEntries(names.map((n, i) => [n, fallbacks[i]])) as T,
    check: def.check,
    assign,
    values: new Array(names.length).fill(undefined),
    rules: Int32Array.from(
      def.rules.flatMap((rule) => [
        ruleCodes[rule.kind],
        names.indexOf(rule.field),
        names.indexOf(rule.ref),
      ]),
    ),
    ruled: Uint8Array.from(names, (n) =>
      def.rules.some((rule) => rule.field === n || rule.ref === n) ? 1 : 0,
    ),
    numbers: new Float64Array(names.length).fill(Number.NaN),
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
  const o = out as Record<string, unknown>;
  const before = r.issues.length;
  let extras: Attributes | undefined;
  let explicit: Attributes | undefined;
  // Bits of the fields read cleanly (set) and of those with an issue (bad).
  let set = 0;
  let bad = 0;
  const ruled = spec.ruled;
  const numbers = spec.numbers;
  const values = spec.values;
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
    } else if (f === spec.attributes) {
      explicit = value as Attributes;
      set |= 1 << f;
    } else {
      values[f] = value;
      set |= 1 << f;
      if (ruled[f] === 1) numbers[f] = asNumber(value);
    }
  }
  if (set !== spec.all) {
    // Every field not read cleanly from this row gets its fallback, so nothing of the previous
    // row survives in a reused record.
    for (let missing = spec.all & ~set; missing !== 0; missing &= missing - 1) {
      const f = 31 - Math.clz32(missing & -missing);
      values[f] = spec.fallbacks[f];
      if (ruled[f] === 1) numbers[f] = asNumber(spec.fallbacks[f]);
    }
    for (const f of spec.required) {
      if ((set & (1 << f)) === 0 && (bad & (1 << f)) === 0) {
        const name = spec.names[f] as string;
        issue(r, f, name, new InvalidValue(`${name} is required`));
      }
    }
  }
  spec.assign(out, values);
  o.attributes =
    extras === undefined ? explicit : explicit === undefined ? extras : { ...explicit, ...extras };
  r.carried = extras === undefined ? set : set | (1 << spec.attributes);
  const issues = r.issues;
  if (issues.length === before) {
    if (spec.rules.length > 0 && mayBreak(spec as TableSpec<unknown>))
      spec.check(out, issues, row, showFieldInstant);
  } else if (issues.length > before + 1) sortIssues(r, before);
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

/** Each field's position in its table's declaration, by name (typos are type errors). */
function positions<F extends object>(def: {
  readonly fields: F;
}): { readonly [K in keyof F]: number } {
  return Object.fromEntries(Object.keys(def.fields).map((n, i) => [n, i])) as {
    readonly [K in keyof F]: number;
  };
}

// One assign per table, every field but `attributes` by name; the positions come from tables.ts
// by name, and test/core/data/tables.test.ts reads rows of varying field sets through them, so a
// field left out or written to another's property fails it.
const TICKET = positions(recordTables.tickets);
function assignTicket(t: ServiceTicket, v: readonly unknown[]): void {
  t.id = v[TICKET.id] as ServiceTicket['id'];
  t.createdAt = v[TICKET.createdAt] as ServiceTicket['createdAt'];
  t.status = v[TICKET.status] as ServiceTicket['status'];
  t.firstResponseAt = v[TICKET.firstResponseAt] as ServiceTicket['firstResponseAt'];
  t.resolvedAt = v[TICKET.resolvedAt] as ServiceTicket['resolvedAt'];
  t.closedAt = v[TICKET.closedAt] as ServiceTicket['closedAt'];
  t.surveyedAt = v[TICKET.surveyedAt] as ServiceTicket['surveyedAt'];
  t.excluded = v[TICKET.excluded] as ServiceTicket['excluded'];
  t.kind = v[TICKET.kind] as ServiceTicket['kind'];
  t.channel = v[TICKET.channel] as ServiceTicket['channel'];
  t.priority = v[TICKET.priority] as ServiceTicket['priority'];
  t.category = v[TICKET.category] as ServiceTicket['category'];
  t.agentId = v[TICKET.agentId] as ServiceTicket['agentId'];
  t.teamId = v[TICKET.teamId] as ServiceTicket['teamId'];
  t.customerId = v[TICKET.customerId] as ServiceTicket['customerId'];
  t.productId = v[TICKET.productId] as ServiceTicket['productId'];
  t.region = v[TICKET.region] as ServiceTicket['region'];
  t.contacts = v[TICKET.contacts] as ServiceTicket['contacts'];
  t.reopens = v[TICKET.reopens] as ServiceTicket['reopens'];
  t.responseDueAt = v[TICKET.responseDueAt] as ServiceTicket['responseDueAt'];
  t.resolutionDueAt = v[TICKET.resolutionDueAt] as ServiceTicket['resolutionDueAt'];
  t.csat = v[TICKET.csat] as ServiceTicket['csat'];
  t.nps = v[TICKET.nps] as ServiceTicket['nps'];
  t.review = v[TICKET.review] as ServiceTicket['review'];
  t.diagnosisCorrect = v[TICKET.diagnosisCorrect] as ServiceTicket['diagnosisCorrect'];
  t.errors = v[TICKET.errors] as ServiceTicket['errors'];
  t.followUpAt = v[TICKET.followUpAt] as ServiceTicket['followUpAt'];
  t.opportunities = v[TICKET.opportunities] as ServiceTicket['opportunities'];
  t.qa = v[TICKET.qa] as ServiceTicket['qa'];
}
const CALL = positions(recordTables.calls);
function assignCall(c: ServiceCall, v: readonly unknown[]): void {
  c.id = v[CALL.id] as ServiceCall['id'];
  c.startedAt = v[CALL.startedAt] as ServiceCall['startedAt'];
  c.answered = v[CALL.answered] as ServiceCall['answered'];
  c.agentId = v[CALL.agentId] as ServiceCall['agentId'];
  c.teamId = v[CALL.teamId] as ServiceCall['teamId'];
  c.waitSeconds = v[CALL.waitSeconds] as ServiceCall['waitSeconds'];
  c.talkSeconds = v[CALL.talkSeconds] as ServiceCall['talkSeconds'];
  c.holdSeconds = v[CALL.holdSeconds] as ServiceCall['holdSeconds'];
  c.wrapSeconds = v[CALL.wrapSeconds] as ServiceCall['wrapSeconds'];
  c.resolved = v[CALL.resolved] as ServiceCall['resolved'];
  c.csat = v[CALL.csat] as ServiceCall['csat'];
}
const AGENT = positions(recordTables.agents);
function assignAgent(a: AgentRecord, v: readonly unknown[]): void {
  a.agentId = v[AGENT.agentId] as AgentRecord['agentId'];
  a.period = v[AGENT.period] as AgentRecord['period'];
  a.teamId = v[AGENT.teamId] as AgentRecord['teamId'];
  a.trainingHours = v[AGENT.trainingHours] as AgentRecord['trainingHours'];
  a.trained = v[AGENT.trained] as AgentRecord['trained'];
  a.examTaken = v[AGENT.examTaken] as AgentRecord['examTaken'];
  a.examPassed = v[AGENT.examPassed] as AgentRecord['examPassed'];
  a.goalsSet = v[AGENT.goalsSet] as AgentRecord['goalsSet'];
  a.goalsMet = v[AGENT.goalsMet] as AgentRecord['goalsMet'];
  a.plansSet = v[AGENT.plansSet] as AgentRecord['plansSet'];
  a.plansDone = v[AGENT.plansDone] as AgentRecord['plansDone'];
  a.satisfied = v[AGENT.satisfied] as AgentRecord['satisfied'];
  a.assessmentStart = v[AGENT.assessmentStart] as AgentRecord['assessmentStart'];
  a.assessmentEnd = v[AGENT.assessmentEnd] as AgentRecord['assessmentEnd'];
  a.availableSeconds = v[AGENT.availableSeconds] as AgentRecord['availableSeconds'];
  a.busySeconds = v[AGENT.busySeconds] as AgentRecord['busySeconds'];
}
const CUSTOMER = positions(recordTables.customers);
function assignCustomer(c: CustomerRecord, v: readonly unknown[]): void {
  c.customerId = v[CUSTOMER.customerId] as CustomerRecord['customerId'];
  c.period = v[CUSTOMER.period] as CustomerRecord['period'];
  c.activeAtStart = v[CUSTOMER.activeAtStart] as CustomerRecord['activeAtStart'];
  c.activeAtEnd = v[CUSTOMER.activeAtEnd] as CustomerRecord['activeAtEnd'];
  c.orders = v[CUSTOMER.orders] as CustomerRecord['orders'];
  c.revenue = v[CUSTOMER.revenue] as CustomerRecord['revenue'];
  c.repeatRevenue = v[CUSTOMER.repeatRevenue] as CustomerRecord['repeatRevenue'];
  c.careContacts = v[CUSTOMER.careContacts] as CustomerRecord['careContacts'];
}

const ticketSpec = spec<ServiceTicket>(recordTables.tickets, assignTicket);
const callSpec = spec<ServiceCall>(recordTables.calls, assignCall);
const agentSpec = spec<AgentRecord>(recordTables.agents, assignAgent);
const customerSpec = spec<CustomerRecord>(recordTables.customers, assignCustomer);

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
  return { ...ticketSpec.template };
}

/** A blank call (see {@link blankTicket}). */
export function blankCall(): ServiceCall {
  return { ...callSpec.template };
}

/** A blank agent-period record (see {@link blankTicket}). */
export function blankAgent(): AgentRecord {
  return { ...agentSpec.template };
}

/** A blank customer-period record (see {@link blankTicket}). */
export function blankCustomer(): CustomerRecord {
  return { ...customerSpec.template };
}

/** The names of the fields whose bits are set in `mask` (see {@link RecordReading.carried}). */
export function fieldsOfMask(table: TableName, mask: number): string[] {
  const spec = specs[table];
  // An accepted record always has its required fields and (by default) its defaulted ones.
  const always = mask === 0 ? 0 : spec.always;
  return spec.names.filter((_, f) => ((mask | always) & (1 << f)) !== 0);
}

const specs = { tickets: ticketSpec, calls: callSpec, agents: agentSpec, customers: customerSpec };

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
