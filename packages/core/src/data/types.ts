/**
 * The canonical service records. Hosts map their own columns onto these fields (`mapRecords`),
 * `parseDataset` validates them once at the boundary, and everything downstream trusts them.
 *
 * Parsed records carry every instant as **epoch milliseconds** (a plain number), so that the
 * evaluation's hot loop never parses a date or allocates one.
 */

/** A point in time as a host may give it: a `Date`, an ISO-8601 string with an offset or `Z`, or epoch milliseconds. */
export type Instant = Date | string | number;

/** The four record tables. */
export type TableName = 'tickets' | 'calls' | 'agents' | 'customers';

/** Lifecycle of a ticket. `pending` means waiting on the customer or a third party: still open. */
export type TicketStatus = 'open' | 'pending' | 'resolved' | 'closed';

/** Why a ticket is left out of every figure. */
export type ExclusionReason = 'duplicate' | 'spam' | 'merged' | 'test';

/** What the customer asked for. */
export type TicketKind = 'inquiry' | 'repair' | 'installation' | 'return' | 'complaint' | 'other';

/** Ticket priority; the SLA policy keys its targets on it. */
export type Priority = 'urgent' | 'high' | 'normal' | 'low';

/** A customer's review of the service. */
export type Review = 'positive' | 'neutral' | 'negative';

/** Unknown extra fields of a host record, kept for breakdowns (`groupBy: 'region'` or an attribute name). */
export type Attributes = Record<string, string | number | boolean | null>;

/** One service request / work order (工单), as parsed. */
export interface ServiceTicket {
  id: string;
  /** Epoch ms. */
  createdAt: number;
  status: TicketStatus;
  firstResponseAt?: number | undefined;
  resolvedAt?: number | undefined;
  closedAt?: number | undefined;
  surveyedAt?: number | undefined;
  excluded?: ExclusionReason | undefined;
  kind?: TicketKind | undefined;
  channel?: string | undefined;
  /** @default 'normal' */
  priority: Priority;
  /** Fault or complaint cause; the Pareto analysis counts it. */
  category?: string | undefined;
  agentId?: string | undefined;
  teamId?: string | undefined;
  customerId?: string | undefined;
  productId?: string | undefined;
  region?: string | undefined;
  /** Customer contacts until resolved (1 = solved at the first contact). */
  contacts?: number | undefined;
  reopens?: number | undefined;
  /** Explicit due instants win over the SLA policy. */
  responseDueAt?: number | undefined;
  resolutionDueAt?: number | undefined;
  /** 1–5. */
  csat?: number | undefined;
  /** 0–10. */
  nps?: number | undefined;
  review?: Review | undefined;
  diagnosisCorrect?: boolean | undefined;
  /** Errors found by quality inspection. */
  errors?: number | undefined;
  followUpAt?: number | undefined;
  /** Customer needs discovered while serving. */
  opportunities?: number | undefined;
  /** Quality-inspection scores 0–100 by item, e.g. `etiquette`, `empathy`, `knowledgeBase`. */
  qa?: Readonly<Record<string, number>> | undefined;
  attributes?: Attributes | undefined;
}

/** One offered phone call, as parsed. */
export interface ServiceCall {
  id: string;
  /** Epoch ms. */
  startedAt: number;
  answered: boolean;
  agentId?: string | undefined;
  teamId?: string | undefined;
  waitSeconds?: number | undefined;
  talkSeconds?: number | undefined;
  holdSeconds?: number | undefined;
  wrapSeconds?: number | undefined;
  resolved?: boolean | undefined;
  /** 1–5. */
  csat?: number | undefined;
  attributes?: Attributes | undefined;
}

/**
 * One agent in one period. `period` is a period key: `2026`, `2026-Q1`, `2026-03`, `2026-W09`
 * or `2026-03-05`.
 */
export interface AgentRecord {
  agentId: string;
  period: string;
  teamId?: string | undefined;
  trainingHours?: number | undefined;
  trained?: boolean | undefined;
  examTaken?: boolean | undefined;
  examPassed?: boolean | undefined;
  goalsSet?: number | undefined;
  goalsMet?: number | undefined;
  plansSet?: number | undefined;
  plansDone?: number | undefined;
  /** Job satisfaction answer; `undefined` = did not answer. */
  satisfied?: boolean | undefined;
  assessmentStart?: number | undefined;
  assessmentEnd?: number | undefined;
  availableSeconds?: number | undefined;
  busySeconds?: number | undefined;
  attributes?: Attributes | undefined;
}

/** One customer in one period (same period keys as {@link AgentRecord}). */
export interface CustomerRecord {
  customerId: string;
  period: string;
  activeAtStart?: boolean | undefined;
  activeAtEnd?: boolean | undefined;
  orders?: number | undefined;
  revenue?: number | undefined;
  repeatRevenue?: number | undefined;
  careContacts?: number | undefined;
  /** Segment attributes (industry, size, tenure …) live here. */
  attributes?: Attributes | undefined;
}

/** A validated dataset. Every table is present (possibly empty). */
export interface ServiceDataset {
  tickets: readonly ServiceTicket[];
  calls: readonly ServiceCall[];
  agents: readonly AgentRecord[];
  customers: readonly CustomerRecord[];
}

/** Any record of any table. */
export type ServiceRecord = ServiceTicket | ServiceCall | AgentRecord | CustomerRecord;

/** The record type of each table. */
export interface TableRecords {
  tickets: ServiceTicket;
  calls: ServiceCall;
  agents: AgentRecord;
  customers: CustomerRecord;
}

/**
 * "res." [RULES.md#res]: status `resolved` or `closed` **and** a `resolvedAt`. A ticket closed
 * without a resolution time (cancelled, abandoned) is not resolved; an open ticket that carries an
 * old
 * `resolvedAt` was reopened and is not resolved either.
 *
 * @example
 * isResolved({ id: 't1', createdAt: 0, priority: 'normal', status: 'closed', resolvedAt: 3_600_000 }); // true
 * isResolved({ id: 't2', createdAt: 0, priority: 'normal', status: 'closed' }); // false: cancelled
 */
export function isResolved(ticket: ServiceTicket): boolean {
  return (
    (ticket.status === 'resolved' || ticket.status === 'closed') && ticket.resolvedAt !== undefined
  );
}

/**
 * Open for SLA purposes: not resolved (see {@link isResolved}) and not closed.
 *
 * @example
 * isOpen({ id: 't1', createdAt: 0, priority: 'normal', status: 'pending' }); // true
 * isOpen({ id: 't2', createdAt: 0, priority: 'normal', status: 'closed' }); // false
 */
export function isOpen(ticket: ServiceTicket): boolean {
  return ticket.status === 'open' || ticket.status === 'pending';
}
