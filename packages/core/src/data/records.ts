/**
 * The record readers behind the schemas and `parseDataset`: one hand-written pass per record that
 * validates every field, collects every issue and builds the canonical record with the same
 * properties in the same order (absent optional fields `undefined`), so the evaluation's hot loop
 * stays monomorphic. Each reader writes into a record it is given (`read…Into`), so a one-pass
 * evaluation reuses one record object for a whole table: valid records cost no allocation at all
 * unless they carry unknown fields (attributes), `qa` scores or numeric ids.
 *
 * Here is each table's part (its assign, spec, readers and blank record); the pass itself, shared by
 * every table, is `readInto` in `read-row.ts`.
 */
import {
  newReading,
  type RecordIssue,
  type RecordReading,
  readInto,
  type Row,
  tableSpec,
} from './read-row';
import { recordTables } from './tables';
import type {
  AgentRecord,
  CustomerRecord,
  ServiceCall,
  ServiceTicket,
  TableName,
  TableRecords,
} from './types';

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

const ticketSpec = tableSpec<ServiceTicket>(recordTables.tickets, assignTicket);
const callSpec = tableSpec<ServiceCall>(recordTables.calls, assignCall);
const agentSpec = tableSpec<AgentRecord>(recordTables.agents, assignAgent);
const customerSpec = tableSpec<CustomerRecord>(recordTables.customers, assignCustomer);

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
