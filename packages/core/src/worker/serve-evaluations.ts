import type { DatasetInput } from '../data/schemas';
import type { TableName } from '../data/types';
import type { DemoOptions } from '../demo/options';
import {
  createEvaluationStream,
  type EvaluateRecordsResult,
  type EvaluationStream,
} from '../evaluate/evaluate-records';
import { businessCalendar } from '../time/calendar';
import {
  DEMO_GENERATION_SHARE,
  FINISH_SHARE,
  type FromWorker,
  type ToWorker,
  type WorkerSource,
} from './protocol';
import type { WorkerEvaluateOptions } from './types';

/**
 * A dataset a worker makes itself, one step at a time: each step yields its progress (`done` of
 * `total` units), the end returns the tables. The demo worker serves `demoDatasetSteps`.
 */
export type DatasetSteps = (
  options: DemoOptions,
) => Iterator<{ done: number; total: number }, Partial<Record<TableName, readonly unknown[]>>>;

/** How {@link serveEvaluations} serves: what it awaits between steps, and what it can generate. */
export interface ServeOptions {
  /**
   * Awaited between the steps and chunks of a generated dataset (the in-thread fallback yields to
   * the event loop there, so an abort lands between steps). @default none (a worker needs none)
   */
  pause?: (() => Promise<void>) | undefined;
  /**
   * Makes the dataset of a `{ demo }` request. Without it (the production worker) such a request
   * is refused with an error naming `evaluateDemoInWorker`. @default none
   */
  generate?: DatasetSteps | undefined;
}

/** The side of a channel the worker serves: a worker's global scope fits. */
export interface EvaluationScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: { data: ToWorker }) => void): void;
}

const tables: readonly TableName[] = ['tickets', 'calls', 'agents', 'customers'];
/**
 * Metric values per result part: a thousand small objects, a few milliseconds to read on the
 * calling thread (each message is its own task there, so the page stays responsive).
 */
const VALUES_PER_PART = 1000;
const REJECTED_PER_PART = 1000;

function streamOf(options: WorkerEvaluateOptions): EvaluationStream {
  const { calendar, ...rest } = options;
  return createEvaluationStream({
    ...rest,
    calendar: calendar === undefined ? undefined : businessCalendar(calendar),
  });
}

function errorMessage(error: unknown): FromWorker {
  if (error instanceof Error) {
    const report = error as Error & { rejected?: unknown; counts?: unknown; missing?: unknown };
    return {
      type: 'error',
      name: error.name,
      message: error.message,
      ...(Array.isArray(report.rejected) && typeof report.counts === 'object'
        ? { rejected: report.rejected, counts: report.counts as never }
        : {}),
      ...(Array.isArray(report.missing) ? { missing: report.missing } : {}),
    };
  }
  return { type: 'error', name: 'Error', message: String(error) };
}

/** Posts the result's long lists in parts, then the rest. */
function postResult(scope: EvaluationScope, result: EvaluateRecordsResult): void {
  const { evaluation, rejected } = result;
  const groupsPerPart = Math.max(1, Math.floor(VALUES_PER_PART / evaluation.metrics.length));
  for (let i = 0; i < evaluation.groups.length; i += groupsPerPart)
    scope.postMessage({
      type: 'part',
      list: 'groups',
      items: evaluation.groups.slice(i, i + groupsPerPart),
    });
  for (let i = 0; i < rejected.length; i += REJECTED_PER_PART)
    scope.postMessage({
      type: 'part',
      list: 'rejected',
      items: rejected.slice(i, i + REJECTED_PER_PART),
    });
  scope.postMessage({
    type: 'done',
    result: { ...result, evaluation: { ...evaluation, groups: [] }, rejected: [] },
  });
}

/** Makes the dataset step by step, then feeds it to the stream in chunks, reporting progress. */
async function runGenerated(
  scope: EvaluationScope,
  stream: EvaluationStream,
  source: Extract<WorkerSource, { kind: 'demo' }>,
  generate: DatasetSteps,
  pause: () => Promise<void>,
): Promise<void> {
  scope.postMessage({
    type: 'progress',
    fraction: 0,
    progress: { phase: 'generating', done: 0, total: null },
  });
  await pause();
  const steps = generate(source.demo);
  let step = steps.next();
  while (!step.done) {
    const { done, total: units } = step.value;
    scope.postMessage({
      type: 'progress',
      fraction: (DEMO_GENERATION_SHARE * done) / Math.max(units, 1),
      progress: { phase: 'generating', done, total: units },
    });
    await pause();
    step = steps.next();
  }
  const dataset: Partial<Record<TableName, readonly unknown[]>> = step.value;
  const total = tables.reduce((n, t) => n + (dataset[t]?.length ?? 0), 0);
  scope.postMessage({
    type: 'progress',
    fraction: DEMO_GENERATION_SHARE,
    progress: { phase: 'evaluating', done: 0, total },
  });
  await pause();
  const share = 1 - DEMO_GENERATION_SHARE - FINISH_SHARE;
  let fed = 0;
  for (const table of tables) {
    const list = dataset[table] ?? [];
    for (let i = 0; i < list.length; i += source.chunkSize) {
      const chunk = list.slice(i, i + source.chunkSize);
      stream.add({ [table]: chunk } as DatasetInput);
      fed += chunk.length;
      scope.postMessage({
        type: 'progress',
        fraction: DEMO_GENERATION_SHARE + (share * fed) / total,
        progress: { phase: 'evaluating', done: fed, total },
      });
      await pause();
    }
    // The stream has what it needs: let the table's records go.
    dataset[table] = undefined;
  }
  scope.postMessage({
    type: 'progress',
    fraction: 1 - FINISH_SHARE,
    progress: { phase: 'finishing', done: total, total },
  });
  await pause();
  postResult(scope, stream.finish());
}

/**
 * Serves `evaluateInWorker` requests on `scope`: call it once in a worker (`serveEvaluations(self)`,
 * what the `evaluation-worker` script does). One evaluation per worker: after the result or an
 * error it ignores further messages. With `generate` it also serves `evaluateDemoInWorker`'s
 * requests, making the dataset in the worker (the demo worker passes `demoDatasetSteps`).
 *
 * @example
 * // my-evaluation-worker.ts, a worker script of the host's own (e.g. to add a CSP nonce):
 * import { type EvaluationScope, serveEvaluations } from '@servicescore/core/worker';
 * serveEvaluations(self as unknown as EvaluationScope);
 * // on the page:
 * evaluateInWorker({ tickets }, options, {
 *   createWorker: () => new Worker(new URL('./my-evaluation-worker.ts', import.meta.url), { type: 'module' }),
 * });
 */
export function serveEvaluations(scope: EvaluationScope, serve: ServeOptions = {}): void {
  const { pause = () => Promise.resolve(), generate } = serve;
  let stream: EvaluationStream | undefined;
  let total = 0;
  let over = false;
  const fail = (error: unknown) => {
    over = true;
    scope.postMessage(errorMessage(error));
  };
  scope.addEventListener('message', ({ data }) => {
    if (over) return;
    try {
      if (data.type === 'start') {
        stream = streamOf(data.options);
        if (data.source.kind === 'demo') {
          if (generate === undefined)
            throw new TypeError(
              'evaluation worker: this worker does not make demo data (the production worker carries no generator); use evaluateDemoInWorker from @servicescore/core/demo.',
            );
          const running = stream;
          over = true; // the generated run takes no further messages
          runGenerated(scope, running, data.source, generate, pause).catch((error: unknown) => {
            scope.postMessage(errorMessage(error));
          });
        } else total = data.source.total;
        return;
      }
      if (stream === undefined)
        throw new Error(`evaluation worker: got a "${data.type}" message before "start".`);
      if (data.type === 'chunk') {
        stream.add(data.chunk);
        const fraction = total === 0 ? 0 : ((1 - FINISH_SHARE) * stream.added) / total;
        scope.postMessage({
          type: 'ack',
          fraction: Math.min(fraction, 1 - FINISH_SHARE),
          progress: { phase: 'evaluating', done: stream.added, total },
        });
      } else if (data.type === 'finish') {
        over = true;
        // Every chunk is in (messages arrive in order): what remains is finish().
        scope.postMessage({
          type: 'progress',
          fraction: 1 - FINISH_SHARE,
          progress: { phase: 'finishing', done: stream.added, total },
        });
        postResult(scope, stream.finish());
      }
    } catch (error) {
      fail(error);
    }
  });
}
