// The calling side of an evaluation in a worker, shared by `evaluateInWorker` and
// `evaluateDemoInWorker`: start the worker, post the chunks, follow the progress, collect the result.
// It names no worker script: each entry passes its own (a shared chunk must not carry one).
import type { RejectedRecord } from '../data/parse-dataset';
import type { TableName } from '../data/types';
import type { EvaluateRecordsResult } from '../evaluate/evaluate-records';
import type { EvaluationGroup } from '../evaluate/types';
import { checkChunkSize, checkControls } from './check-options';
import type { FromWorker, ToWorker, WorkerSource } from './protocol';
import type {
  EvaluateInWorkerControls,
  WorkerEvaluateOptions,
  WorkerLike,
  WorkerListener,
  WorkerProgress,
} from './types';

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

/** Checks the controls; returns the chunk size. */
export function checkedControls(controls: EvaluateInWorkerControls): number {
  checkControls(controls);
  const { chunkSize = DEFAULT_CHUNK_SIZE } = controls;
  checkChunkSize(chunkSize);
  return chunkSize;
}

/** The worker an evaluation runs in when the host does not make one (`createWorker`). */
export interface DefaultWorker {
  /** A module worker running the serving script. */
  module: () => WorkerLike;
  /** The calling-thread stand-in, where `Worker` does not exist. */
  inThread: () => Promise<WorkerLike>;
}

/**
 * Starts an evaluation of `source` (with the caller's `lists` for a records source) in the
 * host's worker, else the default one; shared by `evaluateInWorker` and `evaluateDemoInWorker`.
 * The controls and options are checked by the caller.
 */
export async function startInWorker(
  source: WorkerSource,
  lists: ReadonlyArray<[TableName, readonly unknown[]]>,
  options: WorkerEvaluateOptions,
  controls: EvaluateInWorkerControls,
  fallback: DefaultWorker,
): Promise<EvaluateRecordsResult> {
  const { onProgress, signal, chunkSize = DEFAULT_CHUNK_SIZE, createWorker } = controls;
  if (signal?.aborted) throw abortError();
  const worker = createWorker
    ? createWorker()
    : typeof Worker === 'function'
      ? fallback.module()
      : await fallback.inThread();
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
