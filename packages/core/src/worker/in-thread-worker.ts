import type { ToWorker } from './protocol';
import { type EvaluationScope, serveEvaluations } from './serve-evaluations';
import type { WorkerLike } from './types';

type Listener = (event: { data: unknown }) => void;

/**
 * A stand-in for the worker where `Worker` does not exist (SSR, Node, tests): the same protocol and
 * the same evaluation, on the calling thread. Every message is delivered in its own `setTimeout(0)`
 * task and the demo source pauses the same way between chunks, so progress is reported and a
 * cancellation lands between chunks; each chunk's work itself (and generating the demo dataset)
 * still runs on this thread. Nothing is copied: records are passed by reference.
 */
export function inThreadWorker(): WorkerLike {
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
  // After `terminate`, a pause never ends: the demo loop stops where it is.
  serveEvaluations(scope, () => new Promise((resolve) => later(resolve)));
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
