import {
  type EventLogSpec,
  type Evaluation,
  evaluate,
  type FoldEventsResult,
  foldEvents,
  type ParseDatasetResult,
  parseDataset,
} from '@servicescore/core';
import Papa from 'papaparse';

/**
 * A small synthetic help-desk event log written for this story (not real data): 8 incidents, one
 * row per event, Beijing wall times in `YYYY-MM-DD HH:mm`, in the order a system might export them —
 * INC-104's Resolved row comes before its Opened row. Three rows are wrong on purpose: INC-109 has
 * hour 25, one row has no case id, and INC-103 has an activity the spec does not know.
 */
export const eventLogCsv = `case,time,activity,agent,category,channel
INC-101,2026-03-02 09:00,Opened,,network,phone
INC-101,2026-03-02 09:10,Assigned,wang,network,phone
INC-102,2026-03-02 09:20,Opened,,billing,web
INC-102,2026-03-02 09:50,Assigned,li,billing,web
INC-102,2026-03-02 10:00,Waiting for customer,li,billing,web
INC-103,2026-03-02 10:00,Opened,,hardware,phone
INC-101,2026-03-02 10:30,Resolved,wang,network,phone
INC-103,2026-03-02 11:30,Assigned,zhao,hardware,phone
INC-103,2026-03-02 12:00,Waiting for customer,zhao,hardware,phone
INC-104,2026-03-02 13:10,Resolved,wang,network,web
INC-104,2026-03-02 12:40,Opened,,network,web
INC-104,2026-03-02 12:45,Assigned,wang,network,web
INC-102,2026-03-02 15:00,Customer replied,,billing,web
INC-102,2026-03-02 16:00,Resolved,li,billing,web
INC-103,2026-03-02 16:30,Escalated,zhao,hardware,phone
INC-105,2026-03-03 08:30,Opened,,software,chat
INC-105,2026-03-03 08:35,Assigned,li,software,chat
INC-105,2026-03-03 08:35,Resolved,li,software,chat
INC-102,2026-03-03 09:00,Reopened,,billing,web
INC-102,2026-03-03 09:00,Customer replied,,billing,web
INC-106,2026-03-03 09:00,Opened,,billing,chat
INC-106,2026-03-03 09:05,Note,,billing,chat
INC-101,2026-03-03 10:30,Closed,,network,phone
INC-102,2026-03-03 11:00,Resolved,zhao,billing,web
INC-104,2026-03-03 13:10,Closed,,network,web
INC-107,2026-03-03 14:00,Opened,,hardware,web
INC-107,2026-03-03 14:20,Assigned,zhao,hardware,web
,2026-03-03 15:00,Note,li,,
INC-108,2026-03-04 09:00,Opened,,network,phone
INC-105,2026-03-04 09:00,Closed,,software,chat
INC-108,2026-03-04 09:40,Assigned,wang,network,phone
INC-107,2026-03-04 10:00,Resolved,zhao,hardware,web
INC-108,2026-03-04 11:00,Resolved,wang,network,phone
INC-102,2026-03-04 11:00,Closed,,billing,web
INC-109,2026-03-04 25:10,Opened,,software,web
INC-108,2026-03-04 15:00,Reopened,,network,phone
INC-108,2026-03-04 15:10,Assigned,li,network,phone
INC-107,2026-03-05 10:00,Closed,,hardware,web
`;

/** How the log becomes tickets: the spec shown on the page, exactly as it is passed. */
export const eventLogSpec = {
  caseId: 'case',
  timestamp: 'time',
  activity: 'activity',
  resource: 'agent',
  dateFormat: 'YYYY-MM-DD HH:mm',
  timeZone: 'Asia/Shanghai',
  status: {
    Opened: 'open',
    Assigned: 'open',
    'Waiting for customer': 'pending',
    'Customer replied': 'open',
    Note: null,
    Resolved: 'resolved',
    Reopened: 'open',
    Closed: 'closed',
  },
  firstResponse: ['Assigned', 'Waiting for customer', 'Resolved'],
  resolve: ['Resolved'],
  close: ['Closed'],
  contacts: ['Opened', 'Customer replied'],
  agent: { activities: ['Resolved'], pick: 'last' },
  caseFields: { from: 'first', fields: { category: 'category', channel: 'channel' } },
} satisfies EventLogSpec;

/** The metrics the page shows as cards and in the leaderboard. */
export const cardMetrics = [
  'resolutionRate',
  'fcr',
  'reopenRate',
  'avgFirstResponseTime',
  'avgResolutionTime',
] as const;
export const leaderboardMetrics = ['requestVolume', 'fcr', 'avgResolutionTime'] as const;

/** Everything the page shows, computed once (the log is fixed). */
export interface EventLogAnalysis {
  rows: Record<string, string>[];
  folded: FoldEventsResult;
  parsed: ParseDatasetResult;
  overall: Evaluation;
  byAgent: Evaluation;
}

/** The evaluation's clock: Friday 6 March 2026, 00:00 in Shanghai (fixed, so the page never changes). */
export const asOf = Date.UTC(2026, 2, 5, 16);

let cached: EventLogAnalysis | undefined;

/** Parses the CSV, folds it, validates the tickets and evaluates them (overall and by agent). */
export function analyseEventLog(): EventLogAnalysis {
  if (cached !== undefined) return cached;
  const rows = Papa.parse<Record<string, string>>(eventLogCsv, {
    header: true,
    skipEmptyLines: true,
  }).data;
  const folded = foldEvents(rows, eventLogSpec);
  const parsed = parseDataset({ tickets: folded.tickets }, { onInvalid: 'collect' });
  const common = { asOf, timeZone: 'Asia/Shanghai' };
  const overall = evaluate(parsed.dataset, { ...common, metrics: [...cardMetrics] });
  const byAgent = evaluate(parsed.dataset, {
    ...common,
    metrics: [...leaderboardMetrics],
    groupBy: 'agentId',
  });
  cached = { rows, folded, parsed, overall, byAgent };
  return cached;
}
