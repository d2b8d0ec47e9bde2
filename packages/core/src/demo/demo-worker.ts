// The worker script of `evaluateDemoInWorker`: serves evaluations that make the demo dataset in
// the worker. Kept apart from the production `evaluation-worker`, which carries no generator.
// Bundlers find it through `new URL('./demo-worker.ts', import.meta.url)` in
// evaluate-demo-in-worker.ts and bundle it as a worker.
import { type EvaluationScope, serveEvaluations } from '../worker/serve-evaluations';
import { demoDatasetSteps } from './generate';

serveEvaluations(globalThis as unknown as EvaluationScope, { generate: demoDatasetSteps });
