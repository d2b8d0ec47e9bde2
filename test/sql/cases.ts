/**
 * The differential matrix: every catalogue metric (plus an inspection item, a scoped metric and a
 * host's declarative metric) × {no grouping, agentId, an attribute} × {no period, day, ISO week,
 * month} × {UTC, Asia/Shanghai, America/New_York}, and cases for `where`, settings and an SLA
 * policy — on demo data that spans both 2026 New York DST changes (8 March, 1 November) and
 * carries hostile ids, categories and attribute values.
 */
import {
  businessCalendar,
  defineMetric,
  type EvaluateOptions,
  expr,
  getMetric,
  hours,
  metrics,
  parseDataset,
  qaScore,
  scopeMetric,
  type ServiceDataset,
  type SlaPolicy,
  slaPolicy,
  weekdayHours,
} from '@servicescore/core';
import { generateDemoDataset } from '@servicescore/core/demo';

const { eq, field, attr, ratio, present } = expr;

/** Values that break naive SQL: quotes, comment markers, a statement separator, backslashes. */
export const hostile = [
  "'); drop table tickets; --",
  'O\'Brien "quoted" \\ back\\slash',
  '`select` $1 ?',
];

/**
 * Demo tickets with a `segment` attribute (the customer's industry), a few hostile ids,
 * categories and segments. `withNul` adds a NUL character to one of each (PostgreSQL text
 * cannot hold NUL, so its dataset leaves it out).
 */
export function differentialDataset(withNul: boolean): ServiceDataset {
  const demo = generateDemoDataset({ seed: 7, tickets: 1500, months: 10, start: '2026-02' });
  const industry = new Map(
    demo.customers.map((c) => [c.customerId, String(c.attributes?.industry ?? '')]),
  );
  const odd = withNul ? [...hostile, 'nul\u0000inside'] : hostile;
  const tickets = demo.tickets.map((t, i) => {
    const segment = i % 97 === 5 ? odd[i % odd.length] : industry.get(t.customerId ?? '');
    return {
      ...t,
      id: i % 211 === 3 ? `${odd[i % odd.length]}#${i}` : t.id,
      category: i % 53 === 7 ? odd[(i + 1) % odd.length] : t.category,
      ...(segment ? { attributes: { segment } } : {}),
    };
  });
  const { meta: _meta, ...tables } = { ...demo, tickets };
  return parseDataset(tables as never).dataset;
}

export const asOf = Date.parse('2026-11-20T00:00:00Z');

const complaintTimeliness = scopeMetric(getMetric('responseTimelinessRate'), {
  id: 'complaintResponseTimeliness',
  where: eq(field('kind'), 'complaint'),
});
const residentialShare = defineMetric({
  id: 'residentialShare',
  label: { 'zh-CN': '住宅客户占比', 'en-US': 'Residential share' },
  formula: { 'zh-CN': '—', 'en-US': '—' },
  unit: 'ratio',
  direction: 'higher',
  category: 'custom',
  table: 'tickets',
  timestamp: 'createdAt',
  minSample: 1,
  measure: ratio({ population: present(attr('segment')), hit: eq(attr('segment'), 'residential') }),
});

export const allMetrics: EvaluateOptions['metrics'] = [
  ...Object.keys(metrics),
  qaScore('tone').id,
  complaintTimeliness,
  residentialShare,
];

export interface DifferentialCase {
  name: string;
  options: EvaluateOptions;
}

/**
 * Business calendars: Shanghai 09:00–18:00 with a lunch break, Labour Day holidays and a make-up
 * Sunday (调休); New York 08:00–17:00 across both DST changes with Independence Day off.
 */
export const calendars = {
  shanghai: businessCalendar({
    timeZone: 'Asia/Shanghai',
    hours: {
      1: [
        ['09:00', '12:00'],
        ['13:00', '18:00'],
      ],
      2: [
        ['09:00', '12:00'],
        ['13:00', '18:00'],
      ],
      3: [
        ['09:00', '12:00'],
        ['13:00', '18:00'],
      ],
      4: [
        ['09:00', '12:00'],
        ['13:00', '18:00'],
      ],
      5: [
        ['09:00', '12:00'],
        ['13:00', '18:00'],
      ],
    },
    holidays: ['2026-05-01', '2026-05-04', '2026-05-05', '2026-10-01', '2026-10-02'],
    workdays: { '2026-04-26': [['09:00', '18:00']] },
  }),
  newYork: businessCalendar({
    timeZone: 'America/New_York',
    hours: weekdayHours('08:00', '17:00'),
    holidays: ['2026-07-03'],
  }),
};

export function differentialCases(): DifferentialCase[] {
  const out: DifferentialCase[] = [];
  for (const groupBy of [undefined, 'agentId', 'segment'])
    for (const period of [undefined, 'month'] as const)
      for (const [name, calendar] of Object.entries(calendars))
        out.push({
          name: `business time (${name}) · group ${groupBy ?? '—'} · period ${period ?? '—'}`,
          options: {
            metrics: allMetrics,
            groupBy,
            period,
            timeZone: calendar.timeZone,
            calendar,
            asOf,
          },
        });
  for (const groupBy of [undefined, 'agentId', 'segment'])
    for (const period of [undefined, 'day', 'week', 'month'] as const)
      for (const timeZone of ['UTC', 'Asia/Shanghai', 'America/New_York'])
        out.push({
          name: `group ${groupBy ?? '—'} · period ${period ?? '—'} · ${timeZone}`,
          options: { metrics: allMetrics, groupBy, period, timeZone, asOf },
        });
  out.push(
    {
      name: 'where channel = phone, by team and quarter',
      options: {
        metrics: allMetrics,
        groupBy: 'teamId',
        period: 'quarter',
        timeZone: 'Asia/Shanghai',
        asOf,
        where: { tickets: eq(field('channel'), 'phone') },
      },
    },
    {
      name: 'other windows and service level, by channel and year',
      options: {
        metrics: allMetrics,
        groupBy: 'channel',
        period: 'year',
        asOf,
        repeatWindowDays: 7,
        followUpWindowHours: 24,
        serviceLevelSeconds: 30,
      },
    },
    {
      name: 'a host SLA policy (4 h response, no target for low), by priority',
      options: {
        metrics: allMetrics,
        groupBy: 'priority',
        period: 'month',
        timeZone: 'America/New_York',
        asOf,
        sla: slaPolicy({ response: { default: hours(4) }, resolution: { low: null } }),
      },
    },
    {
      // evaluate reads a spec written by hand through slaPolicy (resolveSlaOption); so must SQL.
      name: 'a hand-written SLA spec (8 h resolution for every priority), not built by slaPolicy',
      options: {
        metrics: allMetrics,
        groupBy: 'priority',
        asOf,
        sla: { resolution: { default: hours(8) } } as unknown as SlaPolicy,
      },
    },
    {
      name: 'by a hostile category',
      options: { metrics: allMetrics, groupBy: 'category', asOf },
    },
  );
  return out;
}
