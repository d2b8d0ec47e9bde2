// The demo dataset written out the way a CSV export arrives: every value text, dates as US wall
// times in Los Angeles (`12/30/2017 5:16:06 PM`), states and yes/no in the host's words, blanks for
// absent values, plus a few broken rows. Shared by the one-pass mapping tests (evaluate, worker).
import type { ServiceCall, ServiceTicket, TableMapping } from '@servicescore/core';

export const zone = 'America/Los_Angeles';

const wall = new Intl.DateTimeFormat('en-US', {
  timeZone: zone,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
  hour12: true,
});

/** An instant as the host's text: `M/D/YYYY h:mm:ss A` in Los Angeles; blank when absent. */
export function usWall(ms: number | undefined): string {
  return ms === undefined ? '' : wall.format(new Date(ms)).replace(',', '');
}

const text = (v: unknown) => (v === undefined ? '' : String(v));
const stateWords = { open: 'Open', pending: 'Waiting', resolved: 'Solved', closed: 'Done' };

export type CsvRow = Record<string, string>;

/** One CSV row per ticket. */
export function ticketRows(tickets: readonly ServiceTicket[]): CsvRow[] {
  return tickets.map((t) => ({
    Ticket: t.id,
    Opened: usWall(t.createdAt),
    State: stateWords[t.status],
    'First reply': usWall(t.firstResponseAt),
    Solved: usWall(t.resolvedAt),
    Closed: usWall(t.closedAt),
    Excluded: text(t.excluded),
    Kind: text(t.kind),
    Channel: text(t.channel),
    Priority: text(t.priority).toUpperCase(),
    Category: text(t.category),
    Agent: text(t.agentId),
    Team: text(t.teamId),
    Customer: text(t.customerId),
    Product: text(t.productId),
    Region: text(t.region),
    Contacts: text(t.contacts),
    Reopens: text(t.reopens),
    Score: text(t.csat),
    Review: text(t.review),
    'Follow-up': usWall(t.followUpAt),
    Site: t.agentId === undefined ? 'N/A' : `site-${t.agentId.length % 3}`,
  }));
}

/** One CSV row per call: yes/no answers, waits as `m:ss`. */
export function callRows(calls: readonly ServiceCall[]): CsvRow[] {
  const clock = (s: number | undefined) =>
    s === undefined ? '' : `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;
  return calls.map((c) => ({
    Call: c.id,
    Offered: usWall(c.startedAt),
    Answered: c.answered ? 'Yes' : 'No',
    Agent: text(c.agentId),
    Wait: clock(c.waitSeconds),
    Talk: text(c.talkSeconds),
    Solved: c.resolved === undefined ? '' : c.resolved ? 'Y' : 'N',
  }));
}

export const ticketMapping = {
  fields: {
    id: 'Ticket',
    createdAt: 'Opened',
    status: 'State',
    firstResponseAt: 'First reply',
    resolvedAt: 'Solved',
    closedAt: 'Closed',
    excluded: 'Excluded',
    kind: 'Kind',
    channel: 'Channel',
    priority: 'Priority',
    category: 'Category',
    agentId: 'Agent',
    teamId: 'Team',
    customerId: 'Customer',
    productId: 'Product',
    region: 'Region',
    contacts: 'Contacts',
    reopens: 'Reopens',
    csat: 'Score',
    review: 'Review',
    followUpAt: 'Follow-up',
  },
  values: { status: { Open: 'open', Waiting: 'pending', Solved: 'resolved', Done: 'closed' } },
  dateFormat: 'M/D/YYYY h:mm:ss A',
  timeZone: zone,
  ambiguousTime: 'earlier',
  attributes: ['Site'],
} satisfies TableMapping<'tickets'>;

export const callMapping = {
  fields: {
    id: 'Call',
    startedAt: 'Offered',
    answered: 'Answered',
    agentId: 'Agent',
    waitSeconds: 'Wait',
    talkSeconds: 'Talk',
    resolved: 'Solved',
  },
  dateFormat: 'M/D/YYYY h:mm:ss A',
  timeZone: zone,
  ambiguousTime: 'earlier',
} satisfies TableMapping<'calls'>;

/**
 * Rows a real export also has, each rejected for one reason: an unparsable date, a resolution
 * before the creation, a score that is no number, a duplicate ticket number, a row that is no
 * object (a parser's `null`).
 */
export function brokenTicketRows(first: CsvRow): unknown[] {
  return [
    { ...first, Ticket: 'BAD-DATE', Opened: '31/12/2026 10:00:00 AM' },
    {
      ...first,
      Ticket: 'BAD-ORDER',
      Opened: '12/30/2017 5:16:06 PM',
      'First reply': '',
      State: 'Solved',
      Solved: '12/30/2017 12:00:00 AM',
      Closed: '',
      'Follow-up': '',
    },
    { ...first, Ticket: 'BAD-SCORE', Score: 'five' },
    { ...first },
    null,
  ];
}
