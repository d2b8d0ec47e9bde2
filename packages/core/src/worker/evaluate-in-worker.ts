import type { EvaluateRecordsResult, NoMapping } from '../evaluate/evaluate-records';
import { checkWorkerOptions, sourceOf } from './check-options';
import { checkedControls, startInWorker } from './run-in-worker';
import type {
  EvaluateInWorkerControls,
  WorkerEvaluateOptions,
  WorkerInput,
  WorkerMappings,
} from './types';
import { moduleWorker } from './worker-channel';

/**
 * Evaluates a large dataset off the main thread, in chunks, with progress and cancellation — the
 * figures of `evaluateRecords(input, options)` without freezing the page.
 *
 * The host's records are posted to a Web Worker a chunk at a time (`chunkSize` records, at most two
 * chunks ahead of the worker), so no single copy blocks the page for long; the worker feeds them
 * to `createEvaluationStream(options)` and sends the result back in small parts. (The demo
 * dataset, made and evaluated inside a worker of its own, is `evaluateDemoInWorker`'s, in
 * `@servicescore/core/demo`.)
 *
 * Where `Worker` does not exist (SSR, Node, tests) the same chunked evaluation runs on the calling
 * thread, yielding to the event loop (`setTimeout(0)`) between chunks, so progress and cancellation
 * still work — but each chunk's work then blocks that thread. It
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
  checkedControls(controls);
  checkWorkerOptions(options);
  const { source, lists } = sourceOf(input as WorkerInput);
  return startInWorker(source, lists, options, controls, {
    module: moduleWorker,
    // Loaded only here, so a browser bundle does not carry the engine on its main thread.
    inThread: async () => (await import('./in-thread-worker')).inThreadWorker(),
  });
}
