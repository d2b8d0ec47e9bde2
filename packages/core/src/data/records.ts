/**
 * The record readers behind the schemas and `parseDataset`: one hand-written pass per record that
 * validates every field, collects every issue and builds the canonical record with the same
 * properties in the same order (absent optional fields `undefined`), so the evaluation's hot loop
 * stays monomorphic. Valid records cost no per-issue work and one allocation (two with attributes).
 */
import { fieldKinds } from './field-kinds';
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

function report(issues: RecordIssue[], field: string, bad: InvalidValue): undefined {
  issues.push({ path: [field, ...bad.subPath], reason: bad.reason });
  return undefined;
}

/** A required field: `undefined` or `null` is "`field` is required". */
function need<T>(raw: unknown, field: string, read: Reader<T>, issues: RecordIssue[]): T {
  const value =
    raw === undefined || raw === null
      ? new InvalidValue(`${field} is required`)
      : raw instanceof InvalidValue
        ? raw
        : read(field, raw);
  return (value instanceof InvalidValue ? report(issues, field, value) : value) as T;
}

/** An optional field: `undefined` and `null` both mean absent. */
function may<T>(
  raw: unknown,
  field: string,
  read: Reader<T>,
  issues: RecordIssue[],
): T | undefined {
  if (raw === undefined || raw === null) return undefined;
  const value = raw instanceof InvalidValue ? raw : read(field, raw);
  return value instanceof InvalidValue ? report(issues, field, value) : value;
}

const known = (table: TableName) => new Set([...Object.keys(fieldKinds[table]), 'attributes']);
const knownFields: Record<TableName, ReadonlySet<string>> = {
  tickets: known('tickets'),
  calls: known('calls'),
  agents: known('agents'),
  customers: known('customers'),
};

/** Unknown fields (scalars only) merged over the explicit `attributes`; `undefined` when none. */
function attributesOf(row: Row, table: TableName, issues: RecordIssue[]): Attributes | undefined {
  const explicit = may(row.attributes, 'attributes', readAttributes, issues);
  const isKnown = knownFields[table];
  let out = explicit;
  for (const key in row) {
    if (isKnown.has(key)) continue;
    const value = readScalar(key, row[key]);
    if (value === undefined) continue;
    if (value instanceof InvalidValue) {
      report(issues, key, value);
      continue;
    }
    if (out === explicit) out = { ...explicit };
    (out as Attributes)[key] = value;
  }
  return out;
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
const readCsat = readScale(1, 5, false, 'scale');
const readNps = readScale(0, 10, true, 'scale');

/** Reads a ticket. Issues go to `issues`; the result is meaningful only when none were added. */
export function readTicket(row: Row, issues: RecordIssue[]): ServiceTicket {
  const before = issues.length;
  const t: ServiceTicket = {
    id: need(row.id, 'id', readText, issues),
    createdAt: need(row.createdAt, 'createdAt', readTime, issues),
    status: need(row.status, 'status', readStatus, issues),
    firstResponseAt: may(row.firstResponseAt, 'firstResponseAt', readTime, issues),
    resolvedAt: may(row.resolvedAt, 'resolvedAt', readTime, issues),
    closedAt: may(row.closedAt, 'closedAt', readTime, issues),
    surveyedAt: may(row.surveyedAt, 'surveyedAt', readTime, issues),
    excluded: may(row.excluded, 'excluded', readExcluded, issues),
    kind: may(row.kind, 'kind', readKind, issues),
    channel: may(row.channel, 'channel', readText, issues),
    priority: may(row.priority, 'priority', readPriority, issues) ?? 'normal',
    category: may(row.category, 'category', readText, issues),
    agentId: may(row.agentId, 'agentId', readText, issues),
    teamId: may(row.teamId, 'teamId', readText, issues),
    customerId: may(row.customerId, 'customerId', readText, issues),
    productId: may(row.productId, 'productId', readText, issues),
    region: may(row.region, 'region', readText, issues),
    contacts: may(row.contacts, 'contacts', readCount, issues),
    reopens: may(row.reopens, 'reopens', readCount, issues),
    responseDueAt: may(row.responseDueAt, 'responseDueAt', readTime, issues),
    resolutionDueAt: may(row.resolutionDueAt, 'resolutionDueAt', readTime, issues),
    csat: may(row.csat, 'csat', readCsat, issues),
    nps: may(row.nps, 'nps', readNps, issues),
    review: may(row.review, 'review', readReview, issues),
    diagnosisCorrect: may(row.diagnosisCorrect, 'diagnosisCorrect', readBoolean, issues),
    errors: may(row.errors, 'errors', readCount, issues),
    followUpAt: may(row.followUpAt, 'followUpAt', readTime, issues),
    opportunities: may(row.opportunities, 'opportunities', readCount, issues),
    qa: may(row.qa, 'qa', readQa, issues),
    attributes: attributesOf(row, 'tickets', issues),
  };
  if (issues.length === before) {
    const c = t.createdAt;
    notBefore(issues, 'firstResponseAt', t.firstResponseAt, 'createdAt', c);
    notBefore(issues, 'resolvedAt', t.resolvedAt, 'createdAt', c);
    notBefore(issues, 'closedAt', t.closedAt, 'createdAt', c);
    notBefore(issues, 'closedAt', t.closedAt, 'resolvedAt', t.resolvedAt);
    notBefore(issues, 'surveyedAt', t.surveyedAt, 'createdAt', c);
    notBefore(issues, 'followUpAt', t.followUpAt, 'createdAt', c);
  }
  return t;
}

/** Reads a call (see {@link readTicket}). */
export function readCall(row: Row, issues: RecordIssue[]): ServiceCall {
  return {
    id: need(row.id, 'id', readText, issues),
    startedAt: need(row.startedAt, 'startedAt', readTime, issues),
    answered: need(row.answered, 'answered', readBoolean, issues),
    agentId: may(row.agentId, 'agentId', readText, issues),
    teamId: may(row.teamId, 'teamId', readText, issues),
    waitSeconds: may(row.waitSeconds, 'waitSeconds', readAmount, issues),
    talkSeconds: may(row.talkSeconds, 'talkSeconds', readAmount, issues),
    holdSeconds: may(row.holdSeconds, 'holdSeconds', readAmount, issues),
    wrapSeconds: may(row.wrapSeconds, 'wrapSeconds', readAmount, issues),
    resolved: may(row.resolved, 'resolved', readBoolean, issues),
    csat: may(row.csat, 'csat', readCsat, issues),
    attributes: attributesOf(row, 'calls', issues),
  };
}

/** Reads an agent-period row (see {@link readTicket}). */
export function readAgent(row: Row, issues: RecordIssue[]): AgentRecord {
  const before = issues.length;
  const a: AgentRecord = {
    agentId: need(row.agentId, 'agentId', readText, issues),
    period: need(row.period, 'period', readPeriod, issues),
    teamId: may(row.teamId, 'teamId', readText, issues),
    trainingHours: may(row.trainingHours, 'trainingHours', readAmount, issues),
    trained: may(row.trained, 'trained', readBoolean, issues),
    examTaken: may(row.examTaken, 'examTaken', readBoolean, issues),
    examPassed: may(row.examPassed, 'examPassed', readBoolean, issues),
    goalsSet: may(row.goalsSet, 'goalsSet', readCount, issues),
    goalsMet: may(row.goalsMet, 'goalsMet', readCount, issues),
    plansSet: may(row.plansSet, 'plansSet', readCount, issues),
    plansDone: may(row.plansDone, 'plansDone', readCount, issues),
    satisfied: may(row.satisfied, 'satisfied', readBoolean, issues),
    assessmentStart: may(row.assessmentStart, 'assessmentStart', readAmount, issues),
    assessmentEnd: may(row.assessmentEnd, 'assessmentEnd', readAmount, issues),
    availableSeconds: may(row.availableSeconds, 'availableSeconds', readAmount, issues),
    busySeconds: may(row.busySeconds, 'busySeconds', readAmount, issues),
    attributes: attributesOf(row, 'agents', issues),
  };
  if (issues.length === before) {
    notMore(issues, 'goalsMet', a.goalsMet, 'goalsSet', a.goalsSet);
    notMore(issues, 'plansDone', a.plansDone, 'plansSet', a.plansSet);
    if (a.examPassed === true && a.examTaken === false) {
      issues.push({ path: ['examPassed'], reason: 'examPassed is true but examTaken is false' });
    }
  }
  return a;
}

/** Reads a customer-period row (see {@link readTicket}). */
export function readCustomer(row: Row, issues: RecordIssue[]): CustomerRecord {
  const before = issues.length;
  const c: CustomerRecord = {
    customerId: need(row.customerId, 'customerId', readText, issues),
    period: need(row.period, 'period', readPeriod, issues),
    activeAtStart: may(row.activeAtStart, 'activeAtStart', readBoolean, issues),
    activeAtEnd: may(row.activeAtEnd, 'activeAtEnd', readBoolean, issues),
    orders: may(row.orders, 'orders', readCount, issues),
    revenue: may(row.revenue, 'revenue', readAmount, issues),
    repeatRevenue: may(row.repeatRevenue, 'repeatRevenue', readAmount, issues),
    careContacts: may(row.careContacts, 'careContacts', readCount, issues),
    attributes: attributesOf(row, 'customers', issues),
  };
  if (issues.length === before)
    notMore(issues, 'repeatRevenue', c.repeatRevenue, 'revenue', c.revenue);
  return c;
}

/** The reader of each table. */
export const readers: {
  readonly [T in TableName]: (row: Row, issues: RecordIssue[]) => TableRecords[T];
} = {
  tickets: readTicket,
  calls: readCall,
  agents: readAgent,
  customers: readCustomer,
};

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
