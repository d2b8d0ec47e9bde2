// Validation rules of KPIS.md, checked directly on parsed demo records (the library's own
// validator is written by another engineer). Each function returns the broken rules as sentences.
import type { DemoDataset } from '@servicescore/core/demo';

const statuses = new Set(['open', 'pending', 'resolved', 'closed']);
const kinds = new Set(['inquiry', 'repair', 'installation', 'return', 'complaint', 'other']);
const priorities = new Set(['urgent', 'high', 'normal', 'low']);
const reviews = new Set(['positive', 'neutral', 'negative']);
const exclusions = new Set(['duplicate', 'spam', 'merged', 'test']);

const isCount = (x: unknown): boolean => typeof x === 'number' && Number.isInteger(x) && x >= 0;
const isInstant = (x: unknown): boolean => typeof x === 'number' && Number.isInteger(x);
const optional = (x: unknown, check: (x: unknown) => boolean): boolean =>
  x === undefined || check(x);
const inRange = (x: unknown, min: number, max: number): boolean =>
  typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;

/** Every rule a ticket, call, agent or customer record of the demo must satisfy. */
export function brokenRules(data: DemoDataset): string[] {
  const problems: string[] = [];
  const { start, asOf } = data.meta;
  const months = new Set(data.meta.months);
  const inData = (t: number | undefined): boolean => t === undefined || (t >= start && t < asOf);
  const ids = new Set<string>();

  for (const t of data.tickets) {
    const where = `ticket ${t.id}`;
    if (ids.has(t.id)) problems.push(`${where}: duplicate id`);
    ids.add(t.id);
    if (!isInstant(t.createdAt) || !inData(t.createdAt))
      problems.push(`${where}: createdAt outside the range`);
    if (!statuses.has(t.status)) problems.push(`${where}: status ${t.status}`);
    if (!priorities.has(t.priority)) problems.push(`${where}: priority ${t.priority}`);
    if (!optional(t.kind, (k) => kinds.has(k as string))) problems.push(`${where}: kind ${t.kind}`);
    if (!optional(t.review, (r) => reviews.has(r as string)))
      problems.push(`${where}: review ${t.review}`);
    if (!optional(t.excluded, (e) => exclusions.has(e as string)))
      problems.push(`${where}: excluded ${t.excluded}`);
    for (const field of [
      'firstResponseAt',
      'resolvedAt',
      'closedAt',
      'surveyedAt',
      'followUpAt',
    ] as const) {
      const v = t[field];
      if (!optional(v, isInstant) || !inData(v))
        problems.push(`${where}: ${field} not an instant before asOf`);
      if (v !== undefined && v < t.createdAt) problems.push(`${where}: ${field} before createdAt`);
    }
    for (const field of ['responseDueAt', 'resolutionDueAt'] as const) {
      const v = t[field];
      if (v !== undefined && !(isInstant(v) && v > t.createdAt))
        problems.push(`${where}: ${field} not after createdAt`);
    }
    if (t.closedAt !== undefined && t.resolvedAt !== undefined && t.closedAt < t.resolvedAt)
      problems.push(`${where}: closedAt before resolvedAt`);
    if (t.resolvedAt !== undefined && t.firstResponseAt === undefined)
      problems.push(`${where}: resolved without a first response`);
    if (t.resolvedAt !== undefined && t.status !== 'resolved' && t.status !== 'closed')
      problems.push(`${where}: resolvedAt on an open ticket`);
    if (
      (t.status === 'resolved' || t.status === 'open' || t.status === 'pending') &&
      t.closedAt !== undefined
    )
      problems.push(`${where}: closedAt on a ticket that is not closed`);
    if (t.surveyedAt !== undefined && (t.resolvedAt === undefined || t.surveyedAt < t.resolvedAt))
      problems.push(`${where}: surveyed before resolution`);
    if (t.followUpAt !== undefined && (t.resolvedAt === undefined || t.followUpAt < t.resolvedAt))
      problems.push(`${where}: followed up before resolution`);
    if (!optional(t.csat, (x) => inRange(x, 1, 5))) problems.push(`${where}: csat ${t.csat}`);
    if (!optional(t.nps, (x) => inRange(x, 0, 10))) problems.push(`${where}: nps ${t.nps}`);
    for (const field of ['contacts', 'reopens', 'errors', 'opportunities'] as const) {
      if (!optional(t[field], isCount))
        problems.push(`${where}: ${field} ${t[field]} is not a count`);
    }
    if (t.contacts === 0) problems.push(`${where}: zero contacts`);
    if (t.qa !== undefined) {
      for (const [item, score] of Object.entries(t.qa)) {
        if (!(score >= 0 && score <= 100)) problems.push(`${where}: qa.${item} ${score}`);
      }
    }
    if (t.excluded === undefined && (t.agentId === undefined || t.customerId === undefined))
      problems.push(`${where}: missing agent or customer`);
  }

  ids.clear();
  for (const c of data.calls) {
    const where = `call ${c.id}`;
    if (ids.has(c.id)) problems.push(`${where}: duplicate id`);
    ids.add(c.id);
    if (!isInstant(c.startedAt) || !inData(c.startedAt))
      problems.push(`${where}: startedAt outside the range`);
    if (typeof c.answered !== 'boolean') problems.push(`${where}: answered not a boolean`);
    for (const field of ['waitSeconds', 'talkSeconds', 'holdSeconds', 'wrapSeconds'] as const) {
      if (!optional(c[field], isCount)) problems.push(`${where}: ${field} ${c[field]}`);
    }
    if (
      !c.answered &&
      (c.talkSeconds !== undefined || c.agentId !== undefined || c.csat !== undefined)
    )
      problems.push(`${where}: unanswered call with talk time, agent or csat`);
    if (c.answered && (c.agentId === undefined || c.talkSeconds === undefined))
      problems.push(`${where}: answered call without agent or talk time`);
    if (!optional(c.csat, (x) => inRange(x, 1, 5))) problems.push(`${where}: csat ${c.csat}`);
  }

  for (const a of data.agents) {
    const where = `agent ${a.agentId} ${a.period}`;
    if (!months.has(a.period)) problems.push(`${where}: period not a demo month`);
    if (!(typeof a.trainingHours === 'number' && a.trainingHours >= 0))
      problems.push(`${where}: trainingHours`);
    if (a.trained !== (a.trainingHours as number) > 0)
      problems.push(`${where}: trained disagrees with hours`);
    if (a.examPassed !== undefined && a.examTaken !== true)
      problems.push(`${where}: passed an exam not taken`);
    for (const field of [
      'goalsSet',
      'goalsMet',
      'plansSet',
      'plansDone',
      'availableSeconds',
      'busySeconds',
    ] as const) {
      if (!isCount(a[field])) problems.push(`${where}: ${field} ${a[field]} is not a count`);
    }
    if ((a.goalsMet as number) > (a.goalsSet as number))
      problems.push(`${where}: goalsMet > goalsSet`);
    if ((a.plansDone as number) > (a.plansSet as number))
      problems.push(`${where}: plansDone > plansSet`);
    if ((a.busySeconds as number) > (a.availableSeconds as number))
      problems.push(`${where}: busy > available`);
    for (const field of ['assessmentStart', 'assessmentEnd'] as const) {
      const v = a[field];
      if (!(typeof v === 'number' && v >= 0 && v <= 100)) problems.push(`${where}: ${field} ${v}`);
    }
  }

  for (const c of data.customers) {
    const where = `customer ${c.customerId} ${c.period}`;
    if (!months.has(c.period)) problems.push(`${where}: period not a demo month`);
    for (const field of ['orders', 'careContacts'] as const) {
      if (!isCount(c[field])) problems.push(`${where}: ${field} ${c[field]} is not a count`);
    }
    if (!(typeof c.revenue === 'number' && c.revenue >= 0))
      problems.push(`${where}: revenue ${c.revenue}`);
    if (
      !(
        typeof c.repeatRevenue === 'number' &&
        c.repeatRevenue >= 0 &&
        c.repeatRevenue <= (c.revenue as number)
      )
    )
      problems.push(`${where}: repeatRevenue ${c.repeatRevenue} outside 0…revenue`);
    if ((c.orders as number) === 0 && c.revenue !== 0)
      problems.push(`${where}: revenue without orders`);
    if (typeof c.activeAtStart !== 'boolean' || typeof c.activeAtEnd !== 'boolean')
      problems.push(`${where}: activity flags not booleans`);
  }
  return problems;
}
