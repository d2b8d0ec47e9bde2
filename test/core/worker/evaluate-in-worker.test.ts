// evaluateInWorker: the in-thread fallback (Node has no `Worker`) and the worker protocol over a
// MessageChannel (`createWorker`). The real module worker runs in Chromium: test/browser/big-data.test.ts.
import {
  businessCalendar,
  type DatasetInput,
  evaluateRecords,
  getMetric,
  metrics,
  weekdayHours,
} from '@servicescore/core';
import {
  demoDatasetSteps,
  evaluateDemoInWorker,
  generateDemoDataset,
} from '@servicescore/core/demo';
import {
  evaluateInWorker,
  type WorkerEvaluateOptions,
  type WorkerProgress,
} from '@servicescore/core/worker';
import { describe, expect, it } from 'vitest';
import { brokenWorker, channelWorker } from './channel-worker';

const H = 3_600_000;
const t0 = Date.UTC(2026, 2, 2, 9);
const asOf = Date.UTC(2026, 5, 1);

/** Four tickets: agent A rated 5 and 3 (CSAT 1 of 2 = 0.5), agent B rated 4 and 4 (2 of 2 = 1). */
const fourTickets: DatasetInput = {
  tickets: [
    { id: 'T1', createdAt: t0, status: 'closed', resolvedAt: t0 + H, agentId: 'A', csat: 5 },
    { id: 'T2', createdAt: t0, status: 'closed', resolvedAt: t0 + H, agentId: 'A', csat: 3 },
    { id: 'T3', createdAt: t0, status: 'closed', resolvedAt: t0 + H, agentId: 'B', csat: 4 },
    { id: 'T4', createdAt: t0, status: 'closed', resolvedAt: t0 + H, agentId: 'B', csat: 4 },
  ],
};

const demoOptions = { tickets: 400, agents: 6, teams: 2, months: 2 };
const demo = generateDemoDataset(demoOptions);
// The demo's records are canonical records, which are valid input (interfaces lack the index signature).
const demoTables = {
  tickets: demo.tickets,
  calls: demo.calls,
  agents: demo.agents,
  customers: demo.customers,
} as unknown as DatasetInput;
const ticketMetricIds = Object.values(metrics)
  .filter((m) => m.table === 'tickets')
  .map((m) => m.id);
const byAgentMonth = {
  metrics: [...ticketMetricIds, 'serviceLevel', 'callAnswerRate'],
  groupBy: 'agentId',
  period: 'month' as const,
  timeZone: demo.meta.timeZone,
  asOf: demo.meta.asOf,
} satisfies WorkerEvaluateOptions;

/**
 * Records every progress report: `seen` the fractions, `steps` the progress objects (neither is
 * enumerable: controls reject unknown keys).
 */
function progressLog(): {
  seen: number[];
  steps: WorkerProgress[];
  onProgress: (fraction: number, progress: WorkerProgress) => void;
} {
  const seen: number[] = [];
  const steps: WorkerProgress[] = [];
  const log = {
    onProgress: (fraction: number, progress: WorkerProgress) => {
      seen.push(fraction);
      steps.push(progress);
    },
  };
  Object.defineProperty(log, 'seen', { value: seen, enumerable: false });
  Object.defineProperty(log, 'steps', { value: steps, enumerable: false });
  return log as typeof log & { seen: number[]; steps: WorkerProgress[] };
}

/** From exactly 0 to exactly 1, never back; the same fraction twice only for a new phase. */
function expectMonotonicToOne(seen: readonly number[], steps?: readonly WorkerProgress[]) {
  expect(seen.length).toBeGreaterThan(1);
  expect(seen[0]).toBe(0);
  expect(seen.at(-1)).toBe(1);
  for (let i = 1; i < seen.length; i++) {
    expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1] as number);
    if (steps !== undefined && seen[i] === seen[i - 1])
      expect(steps[i]?.phase).not.toBe(steps[i - 1]?.phase);
  }
  if (steps !== undefined) expect(steps.at(-1)?.phase).toBe('done');
}

/** Lets every pending timer task run (the in-thread channel delivers messages in timer tasks). */
async function drainTasks(turns = 50) {
  for (let i = 0; i < turns; i++) await new Promise((ok) => setTimeout(ok, 0));
}

describe('evaluateInWorker on the calling thread (no Worker: SSR, Node)', () => {
  it('gives the figures of evaluateRecords: CSAT 0.5 for agent A and 1 for agent B', async () => {
    const result = await evaluateInWorker(
      fourTickets,
      { metrics: ['csat'], groupBy: 'agentId', asOf },
      { chunkSize: 1 },
    );
    const csat = Object.fromEntries(
      result.evaluation.groups.map((g) => [g.key, g.values.csat?.value]),
    );
    expect(csat).toEqual({ A: 0.5, B: 1 });
    expect(result.evaluation.overall.csat?.value).toBe(0.75);
    expect(result.counts.tickets).toMatchObject({ input: 4, accepted: 4, rejected: 0 });
    expect(result).toEqual(
      evaluateRecords(fourTickets, { metrics: ['csat'], groupBy: 'agentId', asOf }),
    );
  });

  it('reports progress from exactly 0 up to exactly 1, once per chunk, with its phase and records', async () => {
    const log = progressLog();
    // 4 tickets in chunks of 1: 0, one report per acknowledged chunk (0.95 × n / 4), the
    // finishing phase at the last fraction (the remaining 5 % is finish()), then 1.
    await evaluateInWorker(fourTickets, { metrics: ['csat'], asOf }, { chunkSize: 1, ...log });
    // 0.95 × n / 4 as the worker computes it: 0.2375, 0.475, 0.7125, 0.95.
    expect(log.seen).toEqual([0, ...[1, 2, 3, 4].map((n) => (0.95 * n) / 4), 0.95, 1]);
    expect(log.steps).toEqual([
      { phase: 'evaluating', done: 0, total: 4 },
      { phase: 'evaluating', done: 1, total: 4 },
      { phase: 'evaluating', done: 2, total: 4 },
      { phase: 'evaluating', done: 3, total: 4 },
      { phase: 'evaluating', done: 4, total: 4 },
      { phase: 'finishing', done: 4, total: 4 },
      { phase: 'done', done: 4, total: 4 },
    ]);
    expectMonotonicToOne(log.seen, log.steps);
  });

  it('evaluates every table of a dataset in chunks exactly as evaluateRecords does', async () => {
    const log = progressLog();
    const result = await evaluateInWorker(demoTables, byAgentMonth, { chunkSize: 97, ...log });
    expect(result).toEqual(evaluateRecords(demoTables, byAgentMonth));
    expect(result.evaluation.groups.length).toBeGreaterThan(6);
    expectMonotonicToOne(log.seen);
  });

  it('evaluateDemoInWorker generates the demo dataset itself and evaluates all of it', async () => {
    const log = progressLog();
    const result = await evaluateDemoInWorker(demoOptions, byAgentMonth, {
      chunkSize: 150,
      ...log,
    });
    expect(result).toEqual(evaluateRecords(demoTables, byAgentMonth));
    expect(result.counts.tickets.accepted).toBe(400);
    expectMonotonicToOne(log.seen, log.steps);
    // Generation, then one report per chunk: 400 tickets (3), 600 calls (4), agent and customer
    // records in chunks of 150 — more than the first and last reports alone.
    expect(log.seen.length).toBeGreaterThan(2 + 3 + 4);
    // Generating first with no total (indeterminate), then its steps: 400 tickets, 600 calls
    // (1.5 × tickets) and 4 parts of one unit each (133 customers: ⌈133 / 20,000⌉ = 1), 1,004
    // units; staff (1), tickets with the installers (402), calls with the agent records (1,003).
    // Then evaluating with every record counted, finishing and done; the records are the
    // dataset's, all tables.
    const records = Object.values(result.counts).reduce((n, c) => n + c.input, 0);
    expect(log.steps.slice(0, 4)).toEqual([
      { phase: 'generating', done: 0, total: null },
      { phase: 'generating', done: 1, total: 1004 },
      { phase: 'generating', done: 402, total: 1004 },
      { phase: 'generating', done: 1003, total: 1004 },
    ]);
    expect(log.steps[4]).toEqual({ phase: 'evaluating', done: 0, total: records });
    expect(log.steps.at(-2)).toEqual({ phase: 'finishing', done: records, total: records });
    expect(log.steps.at(-1)).toEqual({ phase: 'done', done: records, total: records });
    expect(new Set(log.steps.map((s) => s.phase))).toEqual(
      new Set(['generating', 'evaluating', 'finishing', 'done']),
    );
  });

  it('evaluates an empty input: progress 0, finishing, then 1, every count 0', async () => {
    const log = progressLog();
    const result = await evaluateInWorker({}, { metrics: ['csat'], asOf }, log);
    // Nothing to evaluate is all of it evaluated: straight to finishing (the last 5 %), then done.
    expect(log.seen).toEqual([0, 0.95, 1]);
    expect(log.steps.map((s) => s.phase)).toEqual(['evaluating', 'finishing', 'done']);
    expect(result.evaluation.records.tickets).toBe(0);
  });

  it('takes a business calendar as its spec and counts working time like businessCalendar', async () => {
    const spec = { timeZone: 'Asia/Shanghai', hours: weekdayHours('09:00', '18:00') };
    const options = { metrics: ['avgResolutionTime', 'onTimeResolutionRate'], asOf };
    const result = await evaluateInWorker(demoTables, { ...options, calendar: spec });
    expect(result).toEqual(
      evaluateRecords(demoTables, { ...options, calendar: businessCalendar(spec) }),
    );
  });

  it('cancels between chunks: rejects with an AbortError and reports no progress after it', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const running = evaluateInWorker(demoTables, byAgentMonth, {
      chunkSize: 50,
      signal: controller.signal,
      onProgress: (fraction) => {
        seen.push(fraction);
        if (fraction > 0) controller.abort(); // after the first chunk
      },
    });
    await expect(running).rejects.toSatisfy(
      (e: unknown) => e instanceof DOMException && e.name === 'AbortError',
    );
    const reports = seen.length;
    expect(reports).toBe(2); // 0, then the first chunk's report, which aborted
    await drainTasks();
    expect(seen).toHaveLength(reports);
  });

  it('cancels the demo source while it is being evaluated', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const running = evaluateDemoInWorker(demoOptions, byAgentMonth, {
      chunkSize: 100,
      signal: controller.signal,
      onProgress: (fraction) => {
        seen.push(fraction);
        if (seen.length === 3) controller.abort();
      },
    });
    await expect(running).rejects.toHaveProperty('name', 'AbortError');
    await drainTasks();
    expect(seen).toHaveLength(3);
  });

  it('rejects at once with an AbortError when the signal is already aborted', async () => {
    const log = progressLog();
    let created = 0;
    const running = evaluateInWorker(
      fourTickets,
      { metrics: ['csat'] },
      {
        signal: AbortSignal.abort(),
        createWorker: () => {
          created += 1;
          return channelWorker();
        },
        ...log,
      },
    );
    await expect(running).rejects.toHaveProperty('name', 'AbortError');
    expect(log.seen).toEqual([]);
    expect(created).toBe(0);
  });
});

describe('evaluateInWorker rejects what cannot cross to a worker, before starting', () => {
  const cases: Array<[string, WorkerEvaluateOptions, RegExp]> = [
    [
      'a where filter',
      { metrics: ['csat'], where: { tickets: () => true } } as unknown as WorkerEvaluateOptions,
      /option `where\.tickets` is a function; .*filter the records before passing them/,
    ],
    [
      'a groupBy function',
      { metrics: ['csat'], groupBy: (() => 'x') as unknown as string },
      /option `groupBy` is a function; .*pass a field or attribute name/,
    ],
    [
      'a metric definition, even from the catalogue',
      { metrics: ['fcr', getMetric('csat')] as unknown as string[] },
      /option `metrics\[1\]` is a metric definition \("csat"\); .*pass catalogue ids such as 'csat'/,
    ],
    [
      'a built business calendar',
      {
        metrics: ['csat'],
        calendar: businessCalendar({ timeZone: 'UTC', hours: weekdayHours() }),
      } as unknown as WorkerEvaluateOptions,
      /option `calendar` is an instance of Calendar; .*pass the BusinessCalendarSpec/,
    ],
  ];

  it.each(cases)('%s: a TypeError naming the option', async (_name, options, message) => {
    let created = 0;
    const log = progressLog();
    const running = evaluateInWorker(fourTickets, options, {
      createWorker: () => {
        created += 1;
        return channelWorker();
      },
      ...log,
    });
    await expect(running).rejects.toThrow(TypeError);
    await expect(running).rejects.toThrow(message);
    expect(created).toBe(0);
    expect(log.seen).toEqual([]);
  });

  it('rejects a table that is not an array and a chunkSize that is not a whole number ≥ 1', async () => {
    await expect(
      evaluateInWorker({ tickets: 'T1,T2' } as unknown as DatasetInput, { metrics: ['csat'] }),
    ).rejects.toThrow(
      new TypeError('evaluateInWorker: input.tickets must be an array of records; got string.'),
    );
    await expect(
      evaluateInWorker(fourTickets, { metrics: ['csat'] }, { chunkSize: 0 }),
    ).rejects.toThrow(RangeError);
    await expect(
      evaluateInWorker(fourTickets, { metrics: ['csat'] }, { chunkSize: 2.5 }),
    ).rejects.toThrow(/`chunkSize` must be an integer ≥ 1 .*got 2\.5/);
  });
});

describe('evaluateInWorker through a worker (MessageChannel: every message structured-cloned)', () => {
  it('gives the figures of evaluateRecords and terminates the worker when done', async () => {
    const worker = channelWorker();
    const log = progressLog();
    const result = await evaluateInWorker(demoTables, byAgentMonth, {
      chunkSize: 120,
      createWorker: () => worker,
      ...log,
    });
    expect(result).toEqual(evaluateRecords(demoTables, byAgentMonth));
    expectMonotonicToOne(log.seen);
    expect(worker.terminated).toBe(true);
  });

  it('evaluates the demo source in the worker', async () => {
    const result = await evaluateDemoInWorker(demoOptions, byAgentMonth, {
      createWorker: () => channelWorker({ generate: demoDatasetSteps }),
    });
    expect(result).toEqual(evaluateRecords(demoTables, byAgentMonth));
  });

  it("rejects with the worker's RangeError for a bad option, same name and message", async () => {
    const options = { metrics: ['csat'], period: 'fortnight' as 'month' };
    let thrown: unknown;
    try {
      evaluateRecords(fourTickets, options);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RangeError);
    const running = evaluateInWorker(fourTickets, options, { createWorker: channelWorker });
    await expect(running).rejects.toThrow(RangeError);
    await expect(running).rejects.toThrow((thrown as Error).message);
  });

  it("rejects with the worker's DatasetError (and its report) for invalid records in 'throw' mode", async () => {
    const input: DatasetInput = {
      tickets: [
        ...(fourTickets.tickets ?? []),
        { id: 'T5', createdAt: 'yesterday', status: 'open' },
      ],
    };
    let thrown: (Error & { rejected?: unknown }) | undefined;
    try {
      evaluateRecords(input, { metrics: ['csat'], asOf });
    } catch (error) {
      thrown = error as Error;
    }
    expect(thrown?.name).toBe('DatasetError');
    const error = await evaluateInWorker(
      input,
      { metrics: ['csat'], asOf },
      {
        chunkSize: 2,
        createWorker: channelWorker,
      },
    ).then(
      () => undefined,
      (e: unknown) => e as Error & { rejected?: unknown },
    );
    expect(error).toBeInstanceOf(Error);
    expect(error?.name).toBe('DatasetError');
    expect(error?.message).toBe(thrown?.message);
    expect(error?.rejected).toEqual(thrown?.rejected);
  });

  it('cancels: terminates the worker, rejects with an AbortError, reports nothing after', async () => {
    const worker = channelWorker();
    const controller = new AbortController();
    const seen: number[] = [];
    const running = evaluateInWorker(demoTables, byAgentMonth, {
      chunkSize: 50,
      signal: controller.signal,
      createWorker: () => worker,
      onProgress: (fraction) => {
        seen.push(fraction);
        if (fraction > 0) controller.abort();
      },
    });
    await expect(running).rejects.toHaveProperty('name', 'AbortError');
    expect(worker.terminated).toBe(true);
    expect(seen).toHaveLength(2);
  });

  it('rejects naming the chunk when records cannot be copied to the worker', async () => {
    const input = { tickets: [{ id: 'T1', createdAt: t0, status: 'open', note: () => 'hi' }] };
    await expect(
      evaluateInWorker(
        input as unknown as DatasetInput,
        { metrics: ['csat'] },
        {
          createWorker: channelWorker,
        },
      ),
    ).rejects.toThrow(
      /^evaluateInWorker: input\.tickets\[0…0\] cannot be sent to the worker \(.*\); records must be plain data/,
    );
  });

  it('rejects with an Error carrying the message when the worker script fails', async () => {
    const worker = brokenWorker('Failed to fetch evaluation-worker.js');
    await expect(
      evaluateInWorker(fourTickets, { metrics: ['csat'] }, { createWorker: () => worker }),
    ).rejects.toThrow(
      new Error('evaluateInWorker: the worker failed: Failed to fetch evaluation-worker.js.'),
    );
    expect(worker.terminated).toBe(true);
  });
});
