import type { EvaluateRecordsResult } from '../evaluate/evaluate-records';
import { checkWorkerOptions, demoSourceOf } from '../worker/check-options';
import { checkedControls, startInWorker } from '../worker/run-in-worker';
import type { EvaluateInWorkerControls, WorkerEvaluateOptions, WorkerLike } from '../worker/types';
import type { DemoOptions } from './options';

/**
 * Makes the demo dataset (`generateDemoDataset(demo)`, every table) inside a worker of its own and
 * evaluates it there in chunks, with progress and cancellation: nothing large crosses threads. For
 * docs, stories and load tests; the production `evaluateInWorker` worker carries no generator.
 *
 * Progress: `generating` while the dataset is made (`done` of `total` units, a ticket or a call
 * each, reported every 20,000), then `evaluating`, `finishing` and `done` as in `evaluateInWorker`.
 * Where `Worker` does not exist (SSR, Node, tests) it runs on the calling thread, yielding to the
 * event loop between steps, so an abort lands within one step (20,000 tickets or calls).
 *
 * Rejects, before any work starts, with a `TypeError` for demo options or evaluation options that
 * are not plain data, a `RangeError` for a bad `chunkSize`; a demo option out of range rejects
 * with the generator's `RangeError` naming it. Aborting `signal` terminates the worker and
 * rejects with a `DOMException` named `AbortError`.
 *
 * @example
 * const { evaluation } = await evaluateDemoInWorker(
 *   { tickets: 1_000_000, agents: 200, months: 12 },
 *   { metrics: ['csat', 'fcr'], groupBy: 'agentId', period: 'month', timeZone: 'Asia/Shanghai' },
 *   { onProgress: (f) => (bar.value = f), signal },
 * );
 */
export async function evaluateDemoInWorker(
  demo: DemoOptions | undefined,
  options: WorkerEvaluateOptions,
  controls: EvaluateInWorkerControls = {},
): Promise<EvaluateRecordsResult> {
  const chunkSize = checkedControls(controls);
  checkWorkerOptions(options);
  const source = demoSourceOf(demo, chunkSize);
  return startInWorker(source, [], options, controls, {
    module: demoWorker,
    inThread: async () => {
      // Loaded only here, so a browser bundle does not carry the engine on its main thread.
      const [{ inThreadWorker }, { demoDatasetSteps }] = await Promise.all([
        import('../worker/in-thread-worker'),
        import('./generate'),
      ]);
      return inThreadWorker(demoDatasetSteps);
    },
  });
}

/**
 * The demo worker as a module worker. Written out in full (`new Worker(new URL(…,
 * import.meta.url), { type: 'module' })`) so Vite and webpack 5 see it and bundle the script.
 */
function demoWorker(): WorkerLike {
  return new Worker(new URL('./demo-worker.ts', import.meta.url), { type: 'module' });
}
