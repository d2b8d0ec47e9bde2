import {
  afterSalesTemplate,
  type Evaluation,
  evaluate,
  isOpen,
  type MetricValues,
  type ParetoInput,
  periodKey,
  type ServiceTicket,
  serviceStandardTargets,
  templateMetrics,
} from '@servicescore/core';
import { type DemoDataset, generateDemoDataset } from '@servicescore/core/demo';

/** The dashboard's KPI cards (delta vs previous month and a trend each). */
export const cardMetrics = [
  'csat',
  'fcr',
  'responseTimelinessRate',
  'avgHandlingTime',
  'complaintRate',
  'requestVolume',
] as const;

/** The before/after rows of the PDCA comparison. */
export const comparisonMetrics = [
  'avgFirstResponseTime',
  'responseTimelinessRate',
  'fcr',
  'complaintRate',
  'csat',
  'resolutionRate',
] as const;

/** The leaderboard's metric columns (the template adds the total and the grade). */
export const leaderboardMetrics = [
  'csat',
  'fcr',
  'responseTimelinessRate',
  'avgHandlingTime',
] as const;

/** The seed 002 targets drawn as gauges: every absolute one (retention is relative to last year). */
export const gaugeTargets = serviceStandardTargets.filter((t) => t.relativeTo === undefined);

const allMetrics = [
  ...new Set<string>([
    ...templateMetrics(afterSalesTemplate),
    ...gaugeTargets.map((t) => t.metricId),
    ...cardMetrics,
    ...comparisonMetrics,
    ...leaderboardMetrics,
  ]),
];

/** A complaint ticket reduced to what the Pareto filter needs. */
interface ComplaintCause {
  month: string;
  teamId: string | undefined;
  category: string;
}

/** Ticket counts of one scope, for the header. */
export interface ScopeCounts {
  tickets: number;
  excluded: number;
  open: number;
}

/** Everything the dashboard draws from, computed once. */
export interface DashboardData {
  demo: DemoDataset;
  /** By team and month: `overall`/`periods` are the organisation, `groups` the teams. */
  byTeam: Evaluation;
  /** By agent and month (the leaderboard). */
  byAgent: Evaluation;
  complaints: ComplaintCause[];
  /** Per-ticket month (Asia/Shanghai) and team, for the header counts. */
  ticketScopes: { month: string; teamId: string | undefined; excluded: boolean; open: boolean }[];
}

let cache: DashboardData | undefined;

/**
 * The demo dataset and its two evaluations, computed on first use and kept (module-level memo:
 * the options never change, so there is one option set and one entry).
 */
export function dashboardData(): DashboardData {
  if (cache !== undefined) return cache;
  const demo = generateDemoDataset();
  const tz = demo.meta.timeZone;
  const common = {
    metrics: allMetrics,
    period: 'month' as const,
    timeZone: tz,
    asOf: demo.meta.asOf,
  };
  const byTeam = evaluate(demo, { ...common, groupBy: 'teamId' });
  // The leaderboard needs only its columns and the template (no calls pass, no target metrics).
  const agentMetrics = [
    ...new Set([...templateMetrics(afterSalesTemplate), ...leaderboardMetrics]),
  ];
  const byAgent = evaluate(demo, { ...common, metrics: agentMetrics, groupBy: 'agentId' });
  const monthOf = (t: ServiceTicket) => periodKey(t.createdAt, 'month', tz);
  const complaints = demo.tickets
    .filter((t) => t.kind === 'complaint' && t.excluded === undefined && t.category !== undefined)
    .map((t) => ({ month: monthOf(t), teamId: t.teamId, category: t.category as string }));
  const ticketScopes = demo.tickets.map((t) => ({
    month: monthOf(t),
    teamId: t.teamId,
    excluded: t.excluded !== undefined,
    open: t.excluded === undefined && isOpen(t),
  }));
  cache = { demo, byTeam, byAgent, complaints, ticketScopes };
  return cache;
}

/** `''` means every month / every team. */
export interface Scope {
  month: string;
  team: string;
}

const emptyValues: MetricValues = {};

/** The values of a scope: the organisation or a team, over all months or one month. */
export function scopeValues(data: DashboardData, scope: Scope, month = scope.month): MetricValues {
  const ev = data.byTeam;
  if (scope.team === '') {
    if (month === '') return ev.overall;
    return ev.periods.find((p) => p.period === month)?.values ?? emptyValues;
  }
  const group = ev.groups.find(
    (g) => g.key === scope.team && (month === '' ? g.period === undefined : g.period === month),
  );
  return group?.values ?? emptyValues;
}

/** One value per month of the scope's team (or the organisation), for trends. */
export function scopeTrend(data: DashboardData, scope: Scope) {
  return data.demo.meta.months.map((period) => ({
    period,
    values: scopeValues(data, scope, period),
  }));
}

/** The month before `month`, or `''` for the first month. */
export function previousMonth(data: DashboardData, month: string): string {
  const months = data.demo.meta.months;
  const i = months.indexOf(month);
  return i > 0 ? (months[i - 1] as string) : '';
}

/** Complaint causes of the scope, counted for `pareto`. */
export function complaintCauses(data: DashboardData, scope: Scope): ParetoInput[] {
  const counts = new Map<string, number>();
  for (const c of data.complaints) {
    if (scope.month !== '' && c.month !== scope.month) continue;
    if (scope.team !== '' && c.teamId !== scope.team) continue;
    counts.set(c.category, (counts.get(c.category) ?? 0) + 1);
  }
  return [...counts].map(([category, count]) => ({ category, count }));
}

/** Tickets created in the scope: all, excluded, and still open at the data's end. */
export function scopeCounts(data: DashboardData, scope: Scope): ScopeCounts {
  const out: ScopeCounts = { tickets: 0, excluded: 0, open: 0 };
  for (const s of data.ticketScopes) {
    if (scope.month !== '' && s.month !== scope.month) continue;
    if (scope.team !== '' && s.teamId !== scope.team) continue;
    out.tickets += 1;
    if (s.excluded) out.excluded += 1;
    if (s.open) out.open += 1;
  }
  return out;
}

/** The agent evaluation narrowed to one team's agents (the groups are filtered, nothing recomputed). */
export function agentsOfTeam(data: DashboardData, team: string): Evaluation {
  if (team === '') return data.byAgent;
  const members = new Set(data.demo.meta.agents.filter((a) => a.teamId === team).map((a) => a.id));
  return { ...data.byAgent, groups: data.byAgent.groups.filter((g) => members.has(g.key)) };
}
