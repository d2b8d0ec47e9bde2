// What a host computes before rendering: the demo desk evaluated and scored, the complaint causes
// through `pareto`, and a few of "its own" CRM rows through `mapRecords` + `parseDataset` (the
// README's embedding path). Pure: the same on the server and in the browser.
import {
  afterSalesTemplate,
  type Evaluation,
  evaluate,
  mapRecords,
  type ParetoResult,
  pareto,
  parseDataset,
  type ScorecardResult,
  scoreScorecard,
  templateMetrics,
} from '@servicescore/core';
import { generateDemoDataset } from '@servicescore/core/demo';

/** The leaderboard's metric columns (the template adds the total and the grade). */
export const leaderboardMetrics = ['csat', 'fcr', 'responseTimelinessRate'] as const;

/** Everything the page draws. */
export interface ConsumerData {
  result: ScorecardResult;
  byAgent: Evaluation;
  overall: Evaluation['overall'];
  causes: ParetoResult;
  names: Record<string, string>;
  causeLabels: Record<string, string>;
  /** Rows of the host's own table: accepted and rejected by `parseDataset`. */
  crm: { accepted: number; rejected: number };
}

/** A CRM export as a host has it: its own column names, statuses and date format. */
const crmRows = [
  { ticket_no: 'C-1', opened: '2026-10-08 09:15', solved: '2026-10-08 11:40', state: 'Solved' },
  { ticket_no: 'C-2', opened: '2026-10-09 14:02', solved: '', state: 'New' },
  { ticket_no: 'C-3', opened: '2026-02-31 10:00', solved: '', state: 'New' }, // no 31 February
];

/** Computes the page's data from the demo dataset (deterministic). */
export function consumerData(): ConsumerData {
  const demo = generateDemoDataset();
  const { timeZone, asOf } = demo.meta;
  const metrics = [...new Set([...templateMetrics(afterSalesTemplate), ...leaderboardMetrics])];
  const byAgent = evaluate(demo, { metrics, groupBy: 'agentId', timeZone, asOf });
  const result = scoreScorecard(afterSalesTemplate, byAgent);

  const counts = new Map<string, number>();
  for (const t of demo.tickets) {
    if (t.kind !== 'complaint' || t.category === undefined || t.excluded !== undefined) continue;
    counts.set(t.category, (counts.get(t.category) ?? 0) + 1);
  }
  const causes = pareto(
    [...counts].map(([category, count]) => ({ category, count })),
    { other: { maxBars: 6 } },
  );

  const tickets = mapRecords(crmRows, {
    table: 'tickets',
    fields: { id: 'ticket_no', createdAt: 'opened', resolvedAt: 'solved', status: 'state' },
    values: { status: { New: 'open', Solved: 'resolved' } },
    dateFormat: 'YYYY-MM-DD HH:mm',
    timeZone: 'Asia/Shanghai',
  });
  const parsed = parseDataset({ tickets }, { onInvalid: 'collect' });

  return {
    result,
    byAgent,
    overall: byAgent.overall,
    causes,
    names: Object.fromEntries(demo.meta.agents.map((a) => [a.id, a.name['zh-CN']])),
    causeLabels: Object.fromEntries(demo.meta.categories.map((c) => [c.id, c.label['zh-CN']])),
    crm: { accepted: parsed.dataset.tickets.length, rejected: parsed.rejected.length },
  };
}
