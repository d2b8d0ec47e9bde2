import type { RejectedRecord } from '../data/parse-dataset';
import type { TableName } from '../data/types';
import type { EvaluateRecordsResult, NoMapping } from '../evaluate/evaluate-records';
import type { EvaluationGroup } from '../evaluate/types';
import { checkChunkSize, checkControls, checkWorkerOptions, sourceOf } from './check-options';
import type { FromWorker, ToWorker, WorkerSource } from './protocol';
import type {
  EvaluateInWorkerControls,
  WorkerEvaluateOptions,
  WorkerInput,
  WorkerLike,
  WorkerListener,
  WorkerMappings,
  WorkerProgress,
} from './types';
import { moduleWorker } from './worker-channel';

const DEFAULT_CHUNK_SIZE = 2000;
/** Chunks posted ahead of the worker's acknowledgements: one being evaluated, one waiting. */
const IN_FLIGHT = 2;

const builtInErrors: Readonly<Record<string, new (message: string) => Error>> = {
  RangeError,
  TypeError,
  SyntaxError,
  ReferenceError,
  EvalError,
  URIError,
  // A mapped column in no row: a TypeError named MappingError, with its `missing` list.
  MappingError: TypeError,
};

function abortError(): DOMException {
  return new DOMException('evaluateInWorker: the evaluation was cancelled.', 'AbortError');
}

/** The worker's error as an error of the same name and message (a `DatasetError` keeps its report). */
function errorFrom(message: Extract<FromWorker, { type: 'error' }>): Error {
  const Kind = builtInErrors[message.name] ?? Error;
  const error = new Kind(message.message);
  if (error.name !== message.name) error.name = message.name;
  if (message.rejected !== undefined)
    Object.assign(error, { rejected: message.rejected, counts: message.counts });
  if (message.missing !== undefined) Object.assign(error, { missing: message.missing });
  return error;
}

/**
 * Evaluates a large dataset off the main thread, in chunks, with progress and cancellation — the
 * figures of `evaluateRecords(input, options)` without freezing the page.
 *
 * The host's records are posted to a Web Worker a chunk at a time (`chunkSize` records, at most two
 * chunks ahead of the worker), so no single copy blocks the page for long; the worker feeds them
 * to `createEvaluationStream(options)` and sends the result back in small parts. With
 * `{ demo: DemoOptions }` the worker generates the demo dataset itself (every table) and evaluates
 * it in chunks: nothing large crosses threads.
 *
 * Where `Worker` does not exist (SSR, Node, tests) the same chunked evaluation runs on the calling
 * thread, yielding to the event loop (`setTimeout(0)`) between chunks, so progress and cancellation
 * still work — but each chunk's work (and generating a demo dataset) then blocks that thread. It
 * reads the records by reference: do not change them until the promise settles.
 *
 * Rejects, before any work starts, with a `TypeError` naming an option that cannot be sent to a
 * worker (a function, a metric definition, a built calendar: see {@link WorkerEvaluateOptions}),
 * an input that is not arrays of records, or a `RangeError` for a bad `chunkSize`. Errors in the
 * worker reject with an error of the same name and message: a `RangeError` for a bad option, a
 * `DatasetError` (with its `rejected` and `counts`) for invalid records in `onInvalid: 'throw'`
 * mode. Aborting `signal` terminates the worker and rejects with a `DOMException` named
 * `AbortError`; `onProgress` is not called after that.
 *
 * @example
 * const controller = new AbortController();
 * const { evaluation } = await evaluateInWorker(
 *   { tickets },
 *   { metrics: ['csat', 'fcr'], groupBy: 'agentId', period: 'month', timeZone: 'Asia/Shanghai' },
 *   { onProgress: (f) => (bar.value = f), signal: controller.signal },
 * );
 */
export async function evaluateInWorker<M extends WorkerMappings = NoMapping>(
  input: WorkerInput<M>,
  options: WorkerEvaluateOptions & { mapping?: M | undefined },
  controls: EvaluateInWorkerControls = {},
): Promise<EvaluateRecordsResult> {
  checkControls(controls);
  const { onProgress, signal, chunkSize = DEFAULT_CHUNK_SIZE, createWorker } = controls;
  checkChunkSize(chunkSize);
  checkWorkerOptions(options);
  const { source, lists } = sourceOf(input as WorkerInput, chunkSize);
  if (signal?.aborted) throw abortError();
  const worker = createWorker
    ? createWorker()
    : typeof Worker === 'function'
      ? moduleWorker()
      : // Loaded only here, so a browser bundle does not carry the engine on its main thread.
        (await import('./in-thread-worker')).inThreadWorker();
  return run(worker, options, source, lists, { onProgress, signal, chunkSize });
}

interface RunControls {
  onProgress: EvaluateInWorkerControls['onProgress'];
  signal: AbortSignal | undefined;
  chunkSize: number;
}

function run(
  worker: WorkerLike,
  options: WorkerEvaluateOptions,
  source: WorkerSource,
  lists: ReadonlyArray<[TableName, readonly unknown[]]>,
  { onProgress, signal, chunkSize }: RunControls,
): Promise<EvaluateRecordsResult> {
  return new Promise((resolve, reject) => {
    let settled = false;
    let reported = -1;
    let phase = '';
    // Records the caller sends (the demo source counts its own in the worker).
    const sent = lists.reduce((n, [, list]) => n + list.length, 0);
    const groups: EvaluationGroup[] = [];
    const rejected: RejectedRecord[] = [];
    // Records source: the next chunk to post (table index, offset) and chunks not yet acknowledged.
    let table = 0;
    let offset = 0;
    let inFlight = 0;

    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('messageerror', onMessageError);
      worker.removeEventListener('error', onError);
      worker.terminate();
      outcome();
    };
    const fail = (error: unknown) => settle(() => reject(error));
    const report = (fraction: number, progress: WorkerProgress) => {
      if (settled || onProgress === undefined) return;
      if (fraction < reported || (fraction === reported && progress.phase === phase)) return;
      reported = fraction;
      phase = progress.phase;
      try {
        onProgress(fraction, progress);
      } catch (error) {
        fail(error);
      }
    };
    const post = (message: ToWorker, what: string) => {
      try {
        worker.postMessage(message);
        return true;
      } catch (error) {
        fail(
          new TypeError(
            `evaluateInWorker: ${what} cannot be sent to the worker (${error instanceof Error ? error.message : String(error)}); records must be plain data: strings, numbers, booleans, null, arrays, plain objects, Dates.`,
            { cause: error },
          ),
        );
        return false;
      }
    };
    /** Posts chunks until two are in flight, then `finish` after the last one. */
    const pump = () => {
      while (!settled && inFlight < IN_FLIGHT) {
        const entry = lists[table];
        if (entry === undefined) {
          post({ type: 'finish' }, 'the finish message');
          inFlight = Number.POSITIVE_INFINITY; // nothing more to post
          return;
        }
        const [name, list] = entry;
        if (offset >= list.length) {
          table += 1;
          offset = 0;
          continue;
        }
        const end = Math.min(offset + chunkSize, list.length);
        const chunk = { [name]: list.slice(offset, end) };
        if (!post({ type: 'chunk', chunk }, `input.${name}[${offset}…${end - 1}]`)) return;
        offset = end;
        inFlight += 1;
      }
    };

    function onMessage(event: Parameters<WorkerListener>[0]) {
      if (settled) return;
      const message = event.data as FromWorker;
      switch (message.type) {
        case 'ack':
          inFlight -= 1;
          report(message.fraction, message.progress);
          pump();
          break;
        case 'progress':
          report(message.fraction, message.progress);
          break;
        case 'part':
          if (message.list === 'groups')
            for (const g of message.items) groups.push(g as EvaluationGroup);
          else for (const r of message.items) rejected.push(r as RejectedRecord);
          break;
        case 'done': {
          const { result } = message;
          const records = Object.values(result.counts).reduce((n, c) => n + c.input, 0);
          report(1, { phase: 'done', done: records, total: records });
          settle(() =>
            resolve({ ...result, evaluation: { ...result.evaluation, groups }, rejected }),
          );
          break;
        }
        case 'error':
          fail(errorFrom(message));
          break;
      }
    }
    function onMessageError() {
      fail(
        new Error('evaluateInWorker: a message from the worker could not be read (messageerror).'),
      );
    }
    function onError(event: Parameters<WorkerListener>[0]) {
      event.preventDefault?.();
      const detail =
        typeof event.message === 'string' && event.message !== ''
          ? `: ${event.message}`
          : ' (the worker script could not be loaded or threw while starting)';
      fail(new Error(`evaluateInWorker: the worker failed${detail}.`));
    }
    function onAbort() {
      fail(abortError());
    }

    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('message', onMessage);
    worker.addEventListener('messageerror', onMessageError);
    worker.addEventListener('error', onError);
    report(
      0,
      source.kind === 'demo'
        ? { phase: 'generating', done: 0, total: null }
        : { phase: 'evaluating', done: 0, total: sent },
    );
    if (post({ type: 'start', options, source }, 'the options') && source.kind === 'records')
      pump();
  });
}
