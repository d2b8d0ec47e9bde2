// Test doubles of a Web Worker for evaluateInWorker's `createWorker`: the real worker protocol
// (serveEvaluations) behind a MessageChannel, so every message is structured-cloned as between
// threads; and a worker that fails to start.
import type {
  EvaluationScope,
  ServeOptions,
  WorkerLike,
  WorkerListener,
} from '@servicescore/core/worker';
import { serveEvaluations } from '@servicescore/core/worker';

export interface ChannelWorker extends WorkerLike {
  readonly terminated: boolean;
}

/**
 * A worker whose other end runs `serveEvaluations(…, serve)` in this thread, across a
 * MessageChannel (the production worker by default; with `generate`, the demo worker). Between the
 * steps of a generated dataset it pauses for a `setTimeout(0)` that never ends once terminated, as
 * the in-thread fallback does.
 */
export function channelWorker(serve?: ServeOptions): ChannelWorker {
  const { port1, port2 } = new MessageChannel();
  let terminated = false;
  const pause = () =>
    new Promise<void>((resolve) =>
      setTimeout(() => {
        if (!terminated) resolve();
      }, 0),
    );
  serveEvaluations(port2 as unknown as EvaluationScope, { pause, ...serve });
  port2.start();
  port1.start();
  return {
    get terminated() {
      return terminated;
    },
    postMessage: (message) => port1.postMessage(message),
    addEventListener: (type, listener) =>
      port1.addEventListener(type, listener as unknown as EventListener),
    removeEventListener: (type, listener) =>
      port1.removeEventListener(type, listener as unknown as EventListener),
    terminate: () => {
      terminated = true;
      port1.close();
      port2.close();
    },
  };
}

/** A worker whose script fails to load: it fires one `error` event with `message`. */
export function brokenWorker(message: string): ChannelWorker {
  const listeners = new Set<WorkerListener>();
  let terminated = false;
  return {
    get terminated() {
      return terminated;
    },
    postMessage: () => {
      setTimeout(() => {
        for (const listener of listeners) listener({ message, preventDefault() {} });
      }, 0);
    },
    addEventListener: (type, listener) => {
      if (type === 'error') listeners.add(listener);
    },
    removeEventListener: (type, listener) => {
      if (type === 'error') listeners.delete(listener);
    },
    terminate: () => {
      terminated = true;
    },
  };
}
