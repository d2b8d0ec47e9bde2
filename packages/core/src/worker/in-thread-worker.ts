import type { ToWorker } from './protocol';
import { type DatasetSteps, type EvaluationScope, serveEvaluations } from './serve-evaluations';
import type { WorkerLike } from './types';

type Listener = (event: { data: unknown }) => void;

/**
 * A stand-in for the worker where `Worker` does not exist (SSR, Node, tests): the same protocol and
 * the same evaluation, on the calling thread. Every message is delivered in its own `setTimeout(0)`
 * task and a generated source (`generate`: the demo's) pauses the same way between its steps and
 * chunks, so progress is reported and a cancellation lands between steps; each step's work itself
 * still runs on this thread. Nothing is copied: records are passed by reference.
 */
export function inThreadWorker(generate?: DatasetSteps): WorkerLike {
  let closed = false;
  const mainListeners = new Set<Listener>();
  const workerListeners: Listener[] = [];
  const later = (task: () => void) =>
    setTimeout(() => {
      if (!closed) task();
    }, 0);
  const scope: EvaluationScope = {
    postMessage: (message) =>
      later(() => {
        for (const listener of [...mainListeners]) listener({ data: message });
      }),
    addEventListener: (_type, listener) => {
      workerListeners.push(listener as Listener);
    },
  };
  // After `terminate`, a pause never ends: a generated run stops where it is.
  serveEvaluations(scope, { pause: () => new Promise((resolve) => later(resolve)), generate });
  return {
    postMessage: (message) =>
      later(() => {
        for (const listener of workerListeners) listener({ data: message as ToWorker });
      }),
    addEventListener: (type, listener) => {
      if (type === 'message') mainListeners.add(listener as Listener);
    },
    removeEventListener: (type, listener) => {
      if (type === 'message') mainListeners.delete(listener as Listener);
    },
    terminate: () => {
      closed = true;
    },
  };
}
