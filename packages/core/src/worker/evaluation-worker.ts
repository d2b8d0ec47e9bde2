// The worker script of `evaluateInWorker`: serves evaluations on the worker's global scope.
// Bundlers (Vite, webpack 5) find it through `new Worker(new URL('./evaluation-worker.ts',
// import.meta.url), { type: 'module' })` in worker-channel.ts and bundle it as a worker.
import { type EvaluationScope, serveEvaluations } from './serve-evaluations';

serveEvaluations(globalThis as unknown as EvaluationScope);
