// Shared arbitraries and invariant checks for the fuzz suite (test/fuzz).
import fc from 'fast-check';
import { DatasetError, TemplateError } from '@servicescore/core';
import { expect } from 'vitest';

/** Runs per entry point: `FUZZ_RUNS` (the `test:fuzz` profile sets 100 000), else 200. */
export const RUNS = (() => {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : 200;
})();

/** Runs a property `RUNS` times and prints `fuzz <name>: <n> cases`. */
export function fuzz<Ts extends [unknown, ...unknown[]]>(
  name: string,
  arbs: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  predicate: (...args: Ts) => void,
  runs: number = RUNS,
): void {
  let cases = 0;
  fc.assert(
    fc.property(...(arbs as unknown as [fc.Arbitrary<Ts[0]>]), (...args: unknown[]) => {
      cases++;
      (predicate as (...a: unknown[]) => void)(...args);
    }),
    { numRuns: runs },
  );
  console.log(`fuzz ${name}: ${cases} cases`);
}

/** Freezes an object graph in place (Dates are left alone: freezing them does not stop setters). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) {
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    }
  }
  return value;
}

/** Fails when any number reachable from `value` is NaN or ±Infinity; names the path. */
export function expectFinite(value: unknown, path = '$', seen = new Set<object>()): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) expect.fail(`${path} is ${value}`);
    return;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  for (const [k, v] of Object.entries(value)) expectFinite(v, `${path}.${k}`, seen);
}

type ErrorClass = new (...args: never[]) => Error;
const allowed: readonly ErrorClass[] = [DatasetError, TemplateError, RangeError, TypeError];
/** What a crash of the engine itself (not a validation) looks like. */
const raw =
  /Cannot read propert|Cannot set propert|is not a function|is not iterable|undefined is not|null is not|Cannot convert|Maximum call stack|Invalid time value|Invalid array length/;

/**
 * Runs `fn`; when it throws, the error must be one of the documented classes with a readable
 * message (a sentence of more than a few words, not an engine crash) — and, given `names`, a
 * message that matches it (the function and what it names). Returns the result or `undefined`
 * when it threw.
 */
export function tolerant<T>(
  fn: () => T,
  classes: readonly ErrorClass[] = allowed,
  names?: RegExp,
): T | undefined {
  try {
    return fn();
  } catch (error) {
    if (!classes.some((c) => error instanceof c)) throw error;
    const message = (error as Error).message;
    if (message.trim().length < 12 || raw.test(message) || !/[A-Za-z]{3}/.test(message)) {
      throw error;
    }
    if (names !== undefined && !names.test(message)) throw error;
    return undefined;
  }
}

// ── Adversarial values ──────────────────────────────────────────────────────────────────────────

/** Numbers that break naive arithmetic. */
export const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER,
    Number.EPSILON,
    8.64e15,
    -8.64e15,
    8.64e15 + 1,
    1e300,
    1e-300,
  ),
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
);

/** Anything a host might put in a field by mistake. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyNumber,
  fc.string({ maxLength: 12 }),
  fc.constantFrom(null, undefined, true, false, '', ' ', 'NaN', 'Infinity', '1e999', '2026-02-30'),
  fc.constant({}),
  fc.constant([]),
  fc.date({ noInvalidDate: false }),
);

/** Epoch ms around 2026, with far-past/far-future and invalid instants mixed in. */
export const instant: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1_767_225_600_000, max: 1_798_761_600_000 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      0,
      -1,
      8.64e15,
      8.64e15 + 1,
      -8.64e15,
      253_402_300_800_000,
      Number.NaN,
      Number.POSITIVE_INFINITY,
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '2026-03-01T08:00:00Z',
      '2026-03-01T08:00:00+08:00',
      '2026-03-01T08:00:00',
      '2026-02-30T00:00:00Z',
      'yesterday',
      '',
    ),
  },
  { weight: 1, arbitrary: anyValue },
);

export const statuses = ['open', 'pending', 'resolved', 'closed'] as const;
export const metricIds = [
  'csat',
  'csatMean',
  'nps',
  'fcr',
  'resolutionRate',
  'reopenRate',
  'complaintRate',
  'avgFirstResponseTime',
  'avgResolutionTime',
  'avgHandlingTime',
  'onTimeResolutionRate',
  'responseTimelinessRate',
  'requestVolume',
  'repeatFaultRate',
  'followUpRate',
  'callAnswerRate',
  'serviceLevel',
  'avgSpeedOfAnswer',
  'avgTalkTime',
  'utilization',
  'examPassRate',
  'employeeSatisfaction',
  'goalCompletionRate',
  'retentionRate',
  'churnRate',
  'repeatPurchaseRate',
  'surveyCoverage',
  'positiveReviewRate',
] as const;

const smallId = fc.constantFrom('T-1', 'T-2', 'T-3', 'A-1', 'A-2', 'C-1', ' ', '', '7');
const periodKey = fc.constantFrom(
  '2026',
  '2026-Q1',
  '2026-03',
  '2026-W09',
  '2026-03-05',
  '2026-13',
  'x',
);

const laterFields = [
  'firstResponseAt',
  'resolvedAt',
  'closedAt',
  'surveyedAt',
  'followUpAt',
  'responseDueAt',
  'resolutionDueAt',
] as const;

/** Mirrors a ticket's instants that fall before `createdAt` to after it, so most tickets parse. */
function inOrder<T extends Partial<Record<string, unknown>>>(t: T): T {
  const created = t.createdAt;
  if (typeof created !== 'number') return t;
  const out: Record<string, unknown> = { ...t };
  for (const f of laterFields) {
    const v = out[f];
    if (typeof v === 'number' && v < created) out[f] = created + (created - v) / 50;
  }
  return out as T;
}

/**
 * Record rows whose fields are sensible `good` times in `good + 1`, otherwise garbage; optional
 * keys are absent half the time. `good = 6` stresses validation; a large `good` feeds `evaluate`
 * enough accepted records to exercise the metrics.
 */
function rows(good: number, instant: fc.Arbitrary<unknown>, ordered: boolean) {
  const maybe = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
    fc.oneof({ weight: good, arbitrary: arb }, { weight: 1, arbitrary: anyValue });
  // Few ids (many duplicates) when adversarial; plenty when plausible.
  const ids = ordered ? fc.nat({ max: 999 }).map((n) => `T-${n}`) : smallId;

  /** A ticket-shaped row: mostly plausible, with adversarial fields and duplicate ids. */
  const ticketRow = fc
    .record(
      {
        id: maybe(ids),
        createdAt: instant,
        status: maybe(fc.constantFrom(...statuses)),
        firstResponseAt: instant,
        resolvedAt: instant,
        closedAt: instant,
        surveyedAt: instant,
        excluded: maybe(fc.constantFrom('duplicate', 'spam', 'merged', 'test')),
        kind: maybe(fc.constantFrom('inquiry', 'repair', 'complaint', 'other')),
        priority: maybe(fc.constantFrom('urgent', 'high', 'normal', 'low')),
        category: maybe(fc.constantFrom('slow', 'rude', 'broken')),
        agentId: maybe(fc.constantFrom('A-1', 'A-2')),
        customerId: maybe(fc.constantFrom('C-1', 'C-2')),
        contacts: maybe(fc.integer({ min: 0, max: 5 })),
        reopens: maybe(fc.integer({ min: 0, max: 3 })),
        responseDueAt: instant,
        resolutionDueAt: instant,
        csat: maybe(fc.integer({ min: 1, max: 5 })),
        nps: maybe(fc.integer({ min: 0, max: 10 })),
        review: maybe(fc.constantFrom('positive', 'neutral', 'negative')),
        diagnosisCorrect: maybe(fc.boolean()),
        errors: maybe(fc.integer({ min: 0, max: 3 })),
        followUpAt: instant,
        qa: maybe(
          fc.dictionary(fc.constantFrom('empathy', 'etiquette'), fc.integer({ min: 0, max: 100 })),
        ),
        attributes: maybe(
          fc.dictionary(fc.constantFrom('region', 'size'), fc.constantFrom('N', 'S', 1, null)),
        ),
      },
      { requiredKeys: ordered ? ['id', 'createdAt', 'status'] : [] },
    )
    .map((t) => (ordered ? inOrder(t) : t));

  const callRow = fc.record(
    {
      id: maybe(ids),
      startedAt: instant,
      answered: maybe(fc.boolean()),
      agentId: maybe(fc.constantFrom('A-1', 'A-2')),
      waitSeconds: maybe(fc.integer({ min: 0, max: 600 })),
      talkSeconds: maybe(fc.integer({ min: 0, max: 3600 })),
      holdSeconds: maybe(fc.integer({ min: 0, max: 600 })),
      resolved: maybe(fc.boolean()),
      csat: maybe(fc.integer({ min: 1, max: 5 })),
    },
    { requiredKeys: ordered ? ['id', 'startedAt', 'answered'] : [] },
  );

  const agentRow = fc.record(
    {
      agentId: maybe(fc.constantFrom('A-1', 'A-2')),
      period: maybe(periodKey),
      trainingHours: maybe(fc.integer({ min: 0, max: 100 })),
      trained: maybe(fc.boolean()),
      examTaken: maybe(fc.boolean()),
      examPassed: maybe(fc.boolean()),
      goalsSet: maybe(fc.integer({ min: 0, max: 10 })),
      goalsMet: maybe(fc.integer({ min: 0, max: 10 })),
      satisfied: maybe(fc.boolean()),
      availableSeconds: maybe(fc.integer({ min: 0, max: 100_000 })),
      busySeconds: maybe(fc.integer({ min: 0, max: 100_000 })),
    },
    { requiredKeys: ordered ? ['agentId', 'period'] : [] },
  );

  const customerRow = fc.record(
    {
      customerId: maybe(fc.constantFrom('C-1', 'C-2')),
      period: maybe(periodKey),
      activeAtStart: maybe(fc.boolean()),
      activeAtEnd: maybe(fc.boolean()),
      orders: maybe(fc.integer({ min: 0, max: 10 })),
      revenue: maybe(fc.integer({ min: 0, max: 1_000_000 })),
      repeatRevenue: maybe(fc.integer({ min: 0, max: 1_000_000 })),
    },
    { requiredKeys: ordered ? ['customerId', 'period'] : [] },
  );

  /** A table: often 0 or 1 rows, sometimes a few, sometimes a non-record in the list. */
  function table(row: fc.Arbitrary<unknown>): fc.Arbitrary<unknown[]> {
    return fc.array(fc.oneof({ weight: 12, arbitrary: row }, { weight: 1, arbitrary: anyValue }), {
      maxLength: 8,
    });
  }

  const datasetInput = fc.record(
    {
      tickets: table(ticketRow),
      calls: table(callRow),
      agents: table(agentRow),
      customers: table(customerRow),
    },
    { requiredKeys: [] },
  );

  return { ticketRow, callRow, agentRow, customerRow, datasetInput };
}

/** Cleaner instants: valid epoch ms around 2026 nearly always. */
const plausibleInstant: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 30, arbitrary: fc.integer({ min: 1_767_225_600_000, max: 1_798_761_600_000 }) },
  { weight: 1, arbitrary: instant },
);

/** Adversarial datasets: about one field in seven is garbage, so most records are rejected. */
export const { ticketRow, callRow, agentRow, customerRow, datasetInput } = rows(6, instant, false);
/** Mostly valid datasets (about one field in a hundred is garbage), for `evaluate`. */
export const plausibleDataset = rows(100, plausibleInstant, true).datasetInput;

/** A MetricValue-like object with adversarial counts and values. */
export const metricValue = fc.record(
  {
    metricId: fc.constantFrom(...metricIds),
    value: fc.oneof(nastyNumber, fc.constant(null), fc.double({ min: 0, max: 1, noNaN: true })),
    unit: fc.constantFrom('ratio', 'duration', 'points', 'count', 'score', 'number'),
    numerator: fc.oneof(fc.nat({ max: 100 }), nastyNumber),
    denominator: fc.oneof(fc.nat({ max: 100 }), nastyNumber),
    sum: nastyNumber,
    count: fc.oneof(fc.nat({ max: 100 }), nastyNumber),
    sumSquares: nastyNumber,
    promoters: fc.nat({ max: 50 }),
    passives: fc.nat({ max: 50 }),
    detractors: fc.nat({ max: 50 }),
    sampleSize: fc.oneof(fc.nat({ max: 100 }), nastyNumber),
    sufficient: fc.boolean(),
  },
  { requiredKeys: ['metricId', 'value', 'unit', 'sampleSize', 'sufficient'] },
);
