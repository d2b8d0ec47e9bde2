import type { WorkerLike } from './types';

/**
 * The evaluation worker as a module worker. Written out in full (`new Worker(new URL(…,
 * import.meta.url), { type: 'module' })`) so Vite and webpack 5 see it and bundle the worker script.
 */
export function moduleWorker(): WorkerLike {
  return new Worker(new URL('./evaluation-worker.ts', import.meta.url), { type: 'module' });
}
