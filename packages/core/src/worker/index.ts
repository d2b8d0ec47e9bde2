/**
 * `@servicescore/core/worker` — big evaluations off the main thread: {@link evaluateInWorker} runs
 * `evaluateRecords` in a Web Worker, in chunks, with progress and cancellation. A separate entry,
 * so the main entry stays free of workers.
 */
export { evaluateInWorker } from './evaluate-in-worker';
export {
  type DatasetSteps,
  type EvaluationScope,
  type ServeOptions,
  serveEvaluations,
} from './serve-evaluations';
export type {
  EvaluateInWorkerControls,
  WorkerEvaluateOptions,
  WorkerInput,
  WorkerLike,
  WorkerListener,
  WorkerMappings,
  WorkerProgress,
} from './types';
