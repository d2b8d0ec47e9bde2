/**
 * fast-check arbitraries for the SQL property test (test/sql/fuzz.test.ts): small, VALID service
 * datasets with adversarial values, and evaluation options.
 *
 * A case is generated as a *spec* (instants as "an anchor ± an offset" or "another instant + a
 * delta", strings picked from pools) and turned into a host input by {@link materialize}. Specs
 * shrink well and read well in a counterexample; the materialized dataset is what both engines get.
 *
 * What the values aim at:
 * - instants (whole epoch ms, millisecond precision) around the 2026 New York DST changes
 *   (8 March, 1 November), New York, Shanghai and UTC midnights, month, quarter and year ends,
 *   ISO week starts;
 * - equal instants (deltas of 0), the SLA targets (2 h, 24 h) ± 1 ms, the repeat-fault window ± 1
 *   ms (same customer, product and category; or unknown ones), the follow-up window ± 1 ms, and an
 *   `asOf` on such a boundary;
 * - every status, resolved/closed with and without `resolvedAt`, an open ticket with an old
 *   `resolvedAt`, excluded tickets, priorities, explicit due instants (also before creation),
 *   first responses after resolution, follow-ups before and after resolution;
 * - hostile strings in ids, agent ids, categories, customers, products and attribute values
 *   (quotes, backslashes, SQL, JSON, control characters, unicode; NUL only where the engine can
 *   store it: PostgreSQL text cannot);
 * - calls, agent and customer period records with day, ISO week, month, quarter and year keys;
 * - options: every catalogue metric or a subset, groupBy (none, agentId, category, attributes with
 *   hostile names), every period, three zones, `asOf` inside or after the data, repeat and
 *   follow-up windows (also ones that are not whole milliseconds, e.g. 0.7 days = 60479999.99999999
 *   ms), the service level, host SLA policies (also `hours(1.15)`) and `where` filters.
 */
import fc from 'fast-check';
import {
  type EvaluateOptions,
  expr,
  hours,
  metrics,
  parseDataset,
  type RejectedRecord,
  type ServiceDataset,
  type SlaPolicy,
  slaPolicy,
} from '@servicescore/core';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// ── Instants ────────────────────────────────────────────────────────────────────────────────────

/** Boundaries worth straddling (UTC instants, with what they are). */
export const anchors = [
  '2026-03-08T05:00:00.000Z', // New York midnight of 8 March (EST)
  '2026-03-08T07:00:00.000Z', // New York 02:00 EST → 03:00 EDT
  '2026-03-09T04:00:00.000Z', // New York midnight of Monday 9 March (EDT)
  '2026-11-01T04:00:00.000Z', // New York midnight of 1 November (EDT)
  '2026-11-01T05:00:00.000Z', // New York first 01:00 (EDT)
  '2026-11-01T06:00:00.000Z', // New York 02:00 EDT → 01:00 EST
  '2026-11-02T05:00:00.000Z', // New York midnight of Monday 2 November (EST)
  '2025-12-31T16:00:00.000Z', // Shanghai 2026-01-01 00:00
  '2026-02-28T16:00:00.000Z', // Shanghai 1 March 00:00 (end of February)
  '2026-03-08T16:00:00.000Z', // Shanghai Monday 9 March 00:00
  '2026-03-31T16:00:00.000Z', // Shanghai 1 April 00:00 (quarter)
  '2026-06-30T16:00:00.000Z', // Shanghai 1 July 00:00 (quarter)
  '2026-12-31T16:00:00.000Z', // Shanghai 2027-01-01 00:00
  '2026-01-01T00:00:00.000Z', // UTC year
  '2026-03-01T00:00:00.000Z', // UTC month
  '2026-03-09T00:00:00.000Z', // UTC Monday
  '2026-12-28T00:00:00.000Z', // UTC Monday of ISO week 2026-W53
  '2027-01-01T00:00:00.000Z', // UTC year
] as const;

/** An absolute instant: an anchor plus an offset in ms. */
export interface AtSpec {
  anchor: (typeof anchors)[number];
  offset: number;
}

const offset = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      0,
      1,
      -1,
      999,
      -999,
      1000,
      -1000,
      59_999,
      -60_000,
      1_800_000,
      -1_800_000,
      3_599_999,
      -3_600_000,
      DAY - 1,
      -DAY,
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: -3 * DAY, max: 3 * DAY }) },
);

const at: fc.Arbitrary<AtSpec> = fc.record({ anchor: fc.constantFrom(...anchors), offset });

/** A non-negative duration in ms: 0 (equal instants), ± 1 ms around SLA targets, or anything. */
const delta = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      0,
      1,
      999,
      1000,
      60_000,
      HOUR,
      2 * HOUR - 1,
      2 * HOUR,
      2 * HOUR + 1,
      DAY - 1,
      DAY,
      DAY + 1,
      4 * HOUR,
      3_960_000, // hours(1.1) = 3960000.0000000005
      4_139_999,
      4_140_000, // hours(1.15) = 4139999.9999999995
    ),
  },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 12 * DAY }) },
);

/** A signed shift (due instants may lie before creation). */
const shift = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(0, 1, -1, 2 * HOUR, DAY, DAY + 1, -HOUR, -DAY) },
  { weight: 1, arbitrary: fc.integer({ min: -2 * DAY, max: 12 * DAY }) },
);

/** An instant after another: a delta after it, or an absolute instant (no earlier than it). */
export type LaterSpec = { delta: number } | { at: AtSpec };
const later: fc.Arbitrary<LaterSpec> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ delta }) },
  { weight: 1, arbitrary: fc.record({ at }) },
);

/** Explicit due instants: creation + a signed shift, or absolute. */
export type DueSpec = { shift: number } | { at: AtSpec };
const due: fc.Arbitrary<DueSpec> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ shift }) },
  { weight: 1, arbitrary: fc.record({ at }) },
);

/** Follow-up: after creation, or relative to the resolution (± 1 ms around the window's end). */
export type FollowUpSpec =
  | { from: 'created'; delta: number }
  | { from: 'resolved'; shift: number }
  | { from: 'windowEnd'; k: -1 | 0 | 1 };
const followUp: fc.Arbitrary<FollowUpSpec> = fc.oneof(
  fc.record({ from: fc.constant('created' as const), delta }),
  fc.record({ from: fc.constant('resolved' as const), shift: fc.constantFrom(0, -1, 1, -HOUR) }),
  fc.record({ from: fc.constant('windowEnd' as const), k: fc.constantFrom(-1 as const, 0, 1) }),
);

// ── Strings ─────────────────────────────────────────────────────────────────────────────────────

/** Values that break naive SQL, JSON or string handling; none is blank (parseDataset rejects it). */
export const hostileStrings = [
  "'); drop table tickets; --",
  'O\'Brien "quoted" \\ back\\slash',
  '`select` $1 ?',
  "it's",
  '\\',
  "\\'",
  '"',
  '{"segment":"x"}',
  'null',
  'NULL',
  '0',
  '007',
  '1e3',
  '%_*',
  'ünïcödé',
  '工单·售后',
  '🚀 rocket',
  'e\u0301',
  'é',
  'ß',
  'tab\there',
  'line\nbreak',
  'cr\r',
  '\u0001ctl\u007f',
  '\u200b',
  ' lead',
  'trail ',
] as const;

const NUL = 'nul\u0000inside';

/** A string from a pool (mostly) or a random non-blank one (graphemes: no lone surrogates). */
function text(pool: readonly string[], withNul: boolean): fc.Arbitrary<string> {
  const all = withNul ? [...pool, NUL] : pool;
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...all) },
    {
      weight: 1,
      arbitrary: fc
        .string({ unit: 'grapheme', minLength: 1, maxLength: 5 })
        .filter((s) => s.trim() !== '' && (withNul || !s.includes('\u0000'))),
    },
  );
}

/** A few values (so that groups, customers and repeats recur) with hostile ones among them. */
const few = (plain: readonly string[], withNul: boolean) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...plain) },
    { weight: 1, arbitrary: text(hostileStrings, withNul) },
  );

/** Attribute names the options may group by (`segment` mostly; `category` also on calls etc.). */
export const attributeNames = ['segment', 'category', 'agentId', 'région', 'a"b', 'x/y~z'] as const;

/**
 * What an engine can hold and give back as JS does: text with NUL (PostgreSQL: no), and a JSON
 * number ≥ 1e21 read back as JS's String(x) (DuckDB prints `1e21` for `1e+21`: a documented
 * limitation, pinned in fuzz-regressions.test.ts).
 */
export interface Capabilities {
  readonly withNul: boolean;
  readonly hugeNumbers: boolean;
}

const attributeValue = (caps: Capabilities): fc.Arbitrary<string | number | boolean | null> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('retail', 'industry', 'residential', '') },
    { weight: 2, arbitrary: text(hostileStrings, caps.withNul) },
    {
      weight: 2,
      arbitrary: fc.constantFrom<number | boolean | null>(
        0,
        1,
        -1,
        1.5,
        0.1,
        -0,
        42,
        ...(caps.hugeNumbers ? [1e21] : []),
        1e-7,
        2 ** 53 + 2,
        0.30000000000000004,
        true,
        false,
      ),
    },
    { weight: 1, arbitrary: fc.constant(null) },
  );

const attributes = (caps: Capabilities) =>
  fc.dictionary(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...attributeNames) },
      { weight: 1, arbitrary: fc.constantFrom('size', 'tier') },
    ),
    attributeValue(caps),
    { maxKeys: 3 },
  );

// ── Records ─────────────────────────────────────────────────────────────────────────────────────

const statuses = ['open', 'pending', 'resolved', 'closed'] as const;
const priorities = ['urgent', 'high', 'normal', 'low'] as const;
const kinds = ['inquiry', 'repair', 'installation', 'return', 'complaint', 'other'] as const;
const excludedReasons = ['duplicate', 'spam', 'merged', 'test'] as const;
const qaItems = ['etiquette', 'empathy', 'knowledgeBase', 'tone'] as const;

/** Creation linked to an earlier ticket's resolution: how far after it, for the repeat window. */
export type LinkSpec = {
  /** Index of the earlier ticket (mod the tickets before). */
  to: number;
  /** `window`: the window's length + k ms (floor/ceil for a fractional window); else ms after. */
  after: { window: -1 | 0 | 1 } | { ms: number };
  /** Same customer (else the ticket's own); product and category: same, unknown or own. */
  product: 'same' | 'unknown' | 'own';
  category: 'same' | 'unknown' | 'own';
};

const link: fc.Arbitrary<LinkSpec> = fc.record({
  to: fc.nat({ max: 20 }),
  after: fc.oneof(
    fc.record({ window: fc.constantFrom(-1 as const, 0, 1) }),
    fc.record({ ms: fc.constantFrom(0, 1, -1, HOUR, DAY) }),
    fc.record({ ms: fc.integer({ min: 0, max: 40 * DAY }) }),
  ),
  product: fc.constantFrom('same' as const, 'unknown' as const, 'own' as const),
  category: fc.constantFrom('same' as const, 'unknown' as const, 'own' as const),
});

const maybe = <T>(arb: fc.Arbitrary<T>, weight = 1) =>
  fc.oneof({ weight, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });

function ticketSpec(caps: Capabilities) {
  const { withNul } = caps;
  return fc.record(
    {
      id: few(['T-1', 'T-2', 'T-3', 'T-4'], withNul),
      created: at,
      link: maybe(link, 1),
      status: fc.constantFrom(...statuses),
      firstResponseAt: later,
      resolvedAt: later,
      closedAt: later,
      surveyedAt: later,
      followUpAt: followUp,
      responseDueAt: due,
      resolutionDueAt: due,
      excluded: maybe(fc.constantFrom(...excludedReasons), 7),
      kind: fc.constantFrom(...kinds),
      channel: few(['phone', 'email', 'chat'], withNul),
      priority: fc.constantFrom(...priorities),
      category: few(['slow', 'broken', 'rude'], withNul),
      agentId: few(['A-1', 'A-2', 'A-3'], withNul),
      teamId: few(['team-a', 'team-b'], withNul),
      customerId: few(['C-1', 'C-2'], withNul),
      productId: few(['P-1', 'P-2'], withNul),
      region: few(['north', 'south'], withNul),
      contacts: fc.integer({ min: 0, max: 3 }),
      reopens: fc.integer({ min: 0, max: 2 }),
      csat: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.constantFrom(1.5, 4.5, 4.75)),
      nps: fc.integer({ min: 0, max: 10 }),
      review: fc.constantFrom('positive' as const, 'neutral' as const, 'negative' as const),
      diagnosisCorrect: fc.boolean(),
      errors: fc.integer({ min: 0, max: 3 }),
      opportunities: fc.integer({ min: 0, max: 3 }),
      qa: fc.dictionary(
        fc.constantFrom(...qaItems),
        fc.oneof(
          fc.integer({ min: 0, max: 100 }),
          fc.constantFrom(0.1, 99.5, 33.3, 1e-7, 0.30000000000000004, 99.99999999999999),
        ),
        { maxKeys: 3 },
      ),
      attributes: attributes(caps),
    },
    { requiredKeys: ['id', 'created', 'status'] },
  );
}
export type TicketSpec = ReturnType<typeof ticketSpec> extends fc.Arbitrary<infer T> ? T : never;

const seconds = fc.oneof(
  fc.constantFrom(0, 19.999, 20, 20.001, 30, 5.5, 0.25),
  fc.integer({ min: 0, max: 3600 }),
);

function callSpec(caps: Capabilities) {
  const { withNul } = caps;
  return fc.record(
    {
      id: few(['K-1', 'K-2', 'K-3'], withNul),
      startedAt: at,
      answered: fc.boolean(),
      agentId: few(['A-1', 'A-2', 'A-3'], withNul),
      teamId: few(['team-a', 'team-b'], withNul),
      waitSeconds: seconds,
      talkSeconds: seconds,
      holdSeconds: seconds,
      wrapSeconds: seconds,
      resolved: fc.boolean(),
      csat: fc.integer({ min: 1, max: 5 }),
      attributes: attributes(caps),
    },
    { requiredKeys: ['id', 'startedAt', 'answered'] },
  );
}

/** Period keys of agent and customer records: every granularity, around the anchors. */
export const periodKeys = [
  '2026',
  '2027',
  '2026-Q1',
  '2026-Q4',
  '2026-03',
  '2026-11',
  '2026-12',
  '2026-W01',
  '2026-W10',
  '2026-W45',
  '2026-W53',
  '2026-01-01',
  '2026-03-05',
  '2026-03-08',
  '2026-11-01',
  '2026-12-31',
  '2025-12-29',
] as const;

const amount = fc.oneof(
  fc.integer({ min: 0, max: 200 }),
  fc.constantFrom(0, 0.5, 1e-3, 12.25, 0.1, 0.30000000000000004, 1e-7, 123456.789),
);
const small = fc.integer({ min: 0, max: 4 });

function agentSpec(caps: Capabilities) {
  const { withNul } = caps;
  return fc.record(
    {
      agentId: few(['A-1', 'A-2', 'A-3'], withNul),
      period: fc.constantFrom(...periodKeys),
      teamId: few(['team-a', 'team-b'], withNul),
      trainingHours: amount,
      trained: fc.boolean(),
      examTaken: fc.boolean(),
      examPassed: fc.boolean(),
      goalsSet: small,
      goalsMet: small,
      plansSet: small,
      plansDone: small,
      satisfied: fc.boolean(),
      assessmentStart: amount,
      assessmentEnd: amount,
      availableSeconds: amount,
      busySeconds: amount,
      attributes: attributes(caps),
    },
    { requiredKeys: ['agentId', 'period'] },
  );
}

function customerSpec(caps: Capabilities) {
  const { withNul } = caps;
  return fc.record(
    {
      customerId: few(['C-1', 'C-2', 'C-3'], withNul),
      period: fc.constantFrom(...periodKeys),
      activeAtStart: fc.boolean(),
      activeAtEnd: fc.boolean(),
      orders: small,
      revenue: amount,
      repeatRevenue: amount,
      careContacts: small,
      attributes: attributes(caps),
    },
    { requiredKeys: ['customerId', 'period'] },
  );
}

// ── Options ─────────────────────────────────────────────────────────────────────────────────────

/** Every catalogue metric id. */
export const allMetricIds: readonly string[] = Object.keys(metrics);

/** `asOf`: absolute, after every instant, or on a boundary of some ticket. */
export type AsOfSpec =
  | { at: AtSpec }
  | { afterAll: number }
  | {
      ticket: number;
      from:
        | 'createdAt'
        | 'resolvedAt'
        | 'created+2h'
        | 'created+24h'
        | 'repeatWindowEnd'
        | 'followUpWindowEnd'
        | 'resolutionDueAt';
      k: -1 | 0 | 1;
    };

const asOfSpec: fc.Arbitrary<AsOfSpec> = fc.oneof(
  fc.record({ at }),
  fc.record({ afterAll: fc.constantFrom(0, 1, DAY, 40 * DAY) }),
  fc.record({
    ticket: fc.nat({ max: 20 }),
    from: fc.constantFrom(
      'createdAt' as const,
      'resolvedAt' as const,
      'created+2h' as const,
      'created+24h' as const,
      'repeatWindowEnd' as const,
      'followUpWindowEnd' as const,
      'resolutionDueAt' as const,
    ),
    k: fc.constantFrom(-1 as const, 0, 1),
  }),
);

/** Host SLA policies (besides the default): shorter targets, a zero target, no target. */
export const slaPolicies: Record<string, SlaPolicy> = {
  short: slaPolicy({ response: { default: hours(4) }, resolution: { low: null } }),
  strict: slaPolicy({ response: { urgent: 0, default: hours(1) }, resolution: { default: null } }),
  // Targets that are not whole milliseconds: 3960000.0000000005 and 4139999.9999999995 ms.
  decimal: slaPolicy({ response: { default: hours(1.1) }, resolution: { default: hours(1.15) } }),
};

const { and, attr, eq, field, not, oneOf, present, resolved } = expr;

/** `where` filters (expressions, as SQL needs them) by name. */
export const whereFilters: Record<string, NonNullable<EvaluateOptions['where']>> = {
  phone: { tickets: eq(field('channel'), 'phone') },
  hostile: {
    tickets: oneOf(field('category'), [...hostileStrings.slice(0, 4), 'slow']),
    calls: eq(field('answered'), true),
  },
  segment: {
    tickets: and(present(attr('segment')), not(eq(attr('segment'), 'retail'))),
    agents: eq(attr('segment'), 'retail'),
  },
  resolved: { tickets: resolved, customers: eq(field('activeAtStart'), true) },
};

const optionsSpec = fc.record(
  {
    metrics: fc.oneof(
      fc.constant('all' as const),
      fc.subarray([...allMetricIds], { minLength: 1, maxLength: 8 }),
    ),
    groupBy: fc.constantFrom(undefined, 'agentId', 'category', ...attributeNames),
    period: fc.constantFrom(undefined, 'day', 'week', 'month', 'quarter', 'year'),
    timeZone: fc.constantFrom('UTC', 'Asia/Shanghai', 'America/New_York'),
    asOf: asOfSpec,
    // 0.35 and 0.7 days are 30239999.999999996 and 60479999.99999999 ms: not whole milliseconds.
    repeatWindowDays: fc.constantFrom(0, 1, 7, 30, 0.5, 0.35, 0.7),
    // 1.1 and 1.15 hours are 3960000.0000000005 and 4139999.9999999995 ms.
    followUpWindowHours: fc.constantFrom(0, 1, 24, 48, 0.5, 1.1, 1.15),
    serviceLevelSeconds: fc.constantFrom(0, 20, 30, 19.999, 0.25),
    sla: fc.constantFrom(...Object.keys(slaPolicies)),
    where: fc.constantFrom(...Object.keys(whereFilters)),
  },
  { requiredKeys: ['metrics', 'timeZone', 'asOf'] },
);
export type OptionsSpec = typeof optionsSpec extends fc.Arbitrary<infer T> ? T : never;

/** One generated case: records of each table (tickets mostly) and the evaluation's options. */
export function caseSpec(caps: Capabilities) {
  return fc.record({
    tickets: fc.array(ticketSpec(caps), { minLength: 0, maxLength: 14 }),
    calls: fc.array(callSpec(caps), { maxLength: 4 }),
    agents: fc.array(agentSpec(caps), { maxLength: 4 }),
    customers: fc.array(customerSpec(caps), { maxLength: 4 }),
    options: optionsSpec,
  });
}
export type CaseSpec = ReturnType<typeof caseSpec> extends fc.Arbitrary<infer T> ? T : never;

// ── Materialization ─────────────────────────────────────────────────────────────────────────────

const atMs = (a: AtSpec): number => Date.parse(a.anchor) + a.offset;

const laterMs = (spec: LaterSpec, from: number): number =>
  'delta' in spec ? from + spec.delta : Math.max(from, atMs(spec.at));

/** `window + k` in whole ms, straddling a fractional window: ⌊w⌋ − 1, ⌊w⌋, ⌊w⌋ + 1. */
const around = (window: number, k: -1 | 0 | 1): number => Math.floor(window) + k;

/** A unique value: the value itself the first time, `value#i` after. */
function unique(seen: Set<string>, value: string, i: number): string {
  const out = seen.has(value) ? `${value}#${i}` : value;
  seen.add(out);
  return out;
}

type Row = Record<string, unknown>;

/** What a case materializes to: the host's input, its parsed dataset and the options. */
export interface Materialized {
  input: { tickets: Row[]; calls: Row[]; agents: Row[]; customers: Row[] };
  dataset: ServiceDataset;
  rejected: readonly RejectedRecord[];
  options: EvaluateOptions & { groupBy?: string | undefined };
}

/** Turns a spec into the host's records (parsed by `parseDataset` in collect mode) and options. */
export function materialize(spec: CaseSpec): Materialized {
  const o = spec.options;
  const repeatWindowMs = (o.repeatWindowDays ?? 30) * DAY;
  const followUpWindowMs = (o.followUpWindowHours ?? 48) * HOUR;

  const tickets: Row[] = [];
  const ids = new Set<string>();
  for (const [i, t] of spec.tickets.entries()) {
    let createdAt = atMs(t.created);
    let customerId = t.customerId;
    let productId = t.productId;
    let category = t.category;
    const ref = t.link !== undefined && i > 0 ? tickets[t.link.to % i] : undefined;
    if (t.link !== undefined && ref !== undefined) {
      const base = (ref.resolvedAt as number | undefined) ?? (ref.createdAt as number);
      const after =
        'window' in t.link.after ? around(repeatWindowMs, t.link.after.window) : t.link.after.ms;
      createdAt = base + after;
      customerId = (ref.customerId as string | undefined) ?? customerId;
      if (t.link.product !== 'own')
        productId = t.link.product === 'same' ? (ref.productId as string | undefined) : undefined;
      if (t.link.category !== 'own')
        category = t.link.category === 'same' ? (ref.category as string | undefined) : undefined;
    }
    const resolvedAt = t.resolvedAt === undefined ? undefined : laterMs(t.resolvedAt, createdAt);
    const closedAt =
      t.closedAt === undefined ? undefined : laterMs(t.closedAt, resolvedAt ?? createdAt);
    let followUpAt: number | undefined;
    if (t.followUpAt !== undefined) {
      const f = t.followUpAt;
      const r = resolvedAt ?? createdAt;
      followUpAt =
        f.from === 'created'
          ? createdAt + f.delta
          : f.from === 'resolved'
            ? r + f.shift
            : r + around(followUpWindowMs, f.k);
      followUpAt = Math.max(createdAt, followUpAt);
    }
    const dueMs = (d: DueSpec | undefined) =>
      d === undefined ? undefined : 'shift' in d ? createdAt + d.shift : atMs(d.at);
    const row: Row = {
      id: unique(ids, t.id, i),
      createdAt,
      status: t.status,
      // A response after the resolution is rejected by parseDataset: at most the resolution.
      firstResponseAt:
        t.firstResponseAt === undefined
          ? undefined
          : Math.min(laterMs(t.firstResponseAt, createdAt), resolvedAt ?? Number.POSITIVE_INFINITY),
      resolvedAt,
      closedAt,
      surveyedAt: t.surveyedAt === undefined ? undefined : laterMs(t.surveyedAt, createdAt),
      excluded: t.excluded,
      kind: t.kind,
      channel: t.channel,
      priority: t.priority,
      category,
      agentId: t.agentId,
      teamId: t.teamId,
      customerId,
      productId,
      region: t.region,
      contacts: t.contacts,
      reopens: t.reopens,
      responseDueAt: dueMs(t.responseDueAt),
      resolutionDueAt: dueMs(t.resolutionDueAt),
      csat: t.csat,
      nps: t.nps,
      review: t.review,
      diagnosisCorrect: t.diagnosisCorrect,
      errors: t.errors,
      followUpAt,
      opportunities: t.opportunities,
      qa: t.qa,
      attributes: t.attributes,
    };
    tickets.push(dropUndefined(row));
  }

  const callIds = new Set<string>();
  const calls = spec.calls.map((c, i) =>
    dropUndefined({ ...c, id: unique(callIds, c.id, i), startedAt: atMs(c.startedAt) }),
  );

  // One record per agent (customer) and period key: later duplicates are left out.
  const keyed = <T extends { period: string }>(list: readonly T[], id: (r: T) => string) => {
    const seen = new Set<string>();
    return list.filter((r) => {
      const key = JSON.stringify([id(r), r.period]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  };
  const agents = keyed(spec.agents, (a) => a.agentId).map((a) => {
    const r: Row = { ...a };
    if (a.goalsMet !== undefined && a.goalsSet !== undefined && a.goalsMet > a.goalsSet)
      [r.goalsMet, r.goalsSet] = [a.goalsSet, a.goalsMet];
    if (a.plansDone !== undefined && a.plansSet !== undefined && a.plansDone > a.plansSet)
      [r.plansDone, r.plansSet] = [a.plansSet, a.plansDone];
    if (a.examPassed === true && a.examTaken === false) r.examTaken = true;
    return dropUndefined(r);
  });
  const customers = keyed(spec.customers, (c) => c.customerId).map((c) => {
    const r: Row = { ...c };
    if (c.repeatRevenue !== undefined && c.revenue !== undefined && c.repeatRevenue > c.revenue)
      [r.repeatRevenue, r.revenue] = [c.revenue, c.repeatRevenue];
    return dropUndefined(r);
  });

  const input = { tickets, calls, agents, customers };
  const parsed = parseDataset(input as never, { onInvalid: 'collect' });

  const options: Materialized['options'] = {
    metrics: o.metrics === 'all' ? [...allMetricIds] : [...o.metrics],
    timeZone: o.timeZone,
    asOf: asOfOf(o.asOf, tickets, calls, { repeatWindowMs, followUpWindowMs }),
  };
  if (o.groupBy !== undefined) options.groupBy = o.groupBy;
  if (o.period !== undefined) options.period = o.period as EvaluateOptions['period'];
  if (o.repeatWindowDays !== undefined) options.repeatWindowDays = o.repeatWindowDays;
  if (o.followUpWindowHours !== undefined) options.followUpWindowHours = o.followUpWindowHours;
  if (o.serviceLevelSeconds !== undefined) options.serviceLevelSeconds = o.serviceLevelSeconds;
  if (o.sla !== undefined) options.sla = slaPolicies[o.sla];
  if (o.where !== undefined) options.where = whereFilters[o.where];
  return { input, dataset: parsed.dataset, rejected: parsed.rejected, options };
}

function dropUndefined(row: Row): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) if (v !== undefined) out[k] = v;
  return out;
}

const instantFields = [
  'createdAt',
  'firstResponseAt',
  'resolvedAt',
  'closedAt',
  'surveyedAt',
  'followUpAt',
  'responseDueAt',
  'resolutionDueAt',
];

function asOfOf(
  spec: AsOfSpec,
  tickets: readonly Row[],
  calls: readonly Row[],
  windows: { repeatWindowMs: number; followUpWindowMs: number },
): number {
  const fallback = Date.parse('2026-11-20T00:00:00.000Z');
  if ('at' in spec) return atMs(spec.at);
  if ('afterAll' in spec) {
    let max = Number.NEGATIVE_INFINITY;
    for (const t of tickets)
      for (const f of instantFields) if (typeof t[f] === 'number') max = Math.max(max, t[f]);
    for (const c of calls) max = Math.max(max, c.startedAt as number);
    return Number.isFinite(max) ? max + spec.afterAll : fallback;
  }
  const t = tickets.length === 0 ? undefined : tickets[spec.ticket % tickets.length];
  if (t === undefined) return fallback;
  const created = t.createdAt as number;
  const resolved = t.resolvedAt as number | undefined;
  const k = spec.k;
  switch (spec.from) {
    case 'createdAt':
      return created + k;
    case 'resolvedAt':
      return (resolved ?? created) + k;
    case 'created+2h':
      return created + 2 * HOUR + k;
    case 'created+24h':
      return created + DAY + k;
    case 'repeatWindowEnd':
      return (resolved ?? created) + around(windows.repeatWindowMs, k);
    case 'followUpWindowEnd':
      return (resolved ?? created) + around(windows.followUpWindowMs, k);
    case 'resolutionDueAt':
      return ((t.resolutionDueAt as number | undefined) ?? created + DAY) + k;
  }
}
