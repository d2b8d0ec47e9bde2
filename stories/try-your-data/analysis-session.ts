// Runs the page's analyses one at a time: in a module worker where there is one, else with the
// same runner on this thread. Starting a run cancels the one before; a cancelled run's messages
// (already posted, or posted later) never reach the page.
import type { AnalysisRequest, FromAnalysis, ToAnalysis } from './analysis-protocol';
import { type AnalysisRunner, createAnalysisRunner, withText } from './analysis-run';

/** The part of a `Worker` the session uses (a fake one in tests). */
export interface WorkerLike {
  postMessage(message: ToAnalysis): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromAnalysis>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** How the session runs requests: a worker per session (re-created after a cancel), or in-thread. */
export type AnalysisHost =
  | { readonly kind: 'worker'; readonly create: () => WorkerLike }
  | {
      readonly kind: 'thread';
      readonly runner: AnalysisRunner;
      /** Runs a task later (default `setTimeout(task, 0)`), so a run can be cancelled before it starts. */
      readonly schedule: (task: () => void) => void;
    };

/** The page's analyses. */
export interface AnalysisSession {
  /** Starts a run (cancelling the current one); `listener` hears only this run's messages. */
  start(request: AnalysisRequest, listener: (message: FromAnalysis) => void): void;
  /** Cancels the current run, if any: a worker is terminated; nothing more is delivered. */
  cancel(): void;
  /** True while a run has neither finished nor been cancelled. */
  readonly running: boolean;
}

function moduleWorker(): WorkerLike {
  return new Worker(new URL('./analyse-worker.ts', import.meta.url), {
    type: 'module',
  }) as unknown as WorkerLike;
}

/**
 * The default host: a module worker where `Worker` exists (browsers), the same runner on this
 * thread otherwise (server rendering, tests in happy-dom/jsdom).
 */
export function defaultHost(): AnalysisHost {
  if (typeof Worker === 'function') return { kind: 'worker', create: moduleWorker };
  return threadHost();
}

function threadHost(): Extract<AnalysisHost, { kind: 'thread' }> {
  return { kind: 'thread', runner: createAnalysisRunner(), schedule: later };
}

function later(task: () => void): void {
  setTimeout(task, 0);
}

/**
 * A session that runs one analysis at a time on `host`.
 *
 * @example
 * const session = createAnalysisSession();
 * session.start({ text, textKey: 1, columns: null, dateFormat: '', timeZone: 'UTC' }, (m) => {
 *   if (m.type === 'progress') bar.value = m.fraction ?? 0;
 *   if (m.type === 'result') show(m.result);
 * });
 * cancelButton.onclick = () => session.cancel();
 */
export function createAnalysisSession(initialHost: AnalysisHost = defaultHost()): AnalysisSession {
  let host = initialHost;
  let current: { run: number; listener: (message: FromAnalysis) => void } | null = null;
  let worker: WorkerLike | null = null;
  let runs = 0;

  const deliver = (message: FromAnalysis) => {
    if (current === null || message.run !== current.run) return;
    const { listener } = current;
    if (message.type !== 'progress') current = null;
    listener(message);
  };

  const workerFor = (create: () => WorkerLike): WorkerLike => {
    if (worker !== null) return worker;
    const created = create();
    created.onmessage = (event) => {
      if (worker === created) deliver(event.data);
    };
    created.onerror = (event) => {
      if (worker !== created || current === null) return;
      event.preventDefault();
      deliver({ type: 'failed', run: current.run, message: event.message || 'worker error' });
    };
    worker = created;
    return created;
  };

  const session: AnalysisSession = {
    start(request, listener) {
      session.cancel();
      runs += 1;
      const message: ToAnalysis = { type: 'run', run: runs, request };
      current = { run: runs, listener };
      if (host.kind === 'worker') {
        try {
          workerFor(host.create).postMessage(message);
          return;
        } catch {
          // No module workers here (an old browser, a strict CSP): run on this thread instead.
          host = threadHost();
        }
      }
      const { runner, schedule } = host;
      schedule(() => {
        if (current?.run !== message.run) return;
        const { text } = message.request;
        if (typeof text === 'string')
          runner({ ...message, request: { ...request, text } }, deliver);
        else
          withText(message).then(
            (ready) => {
              if (current?.run === message.run) runner(ready, deliver);
            },
            (e: unknown) => deliver({ type: 'failed', run: message.run, message: String(e) }),
          );
      });
    },
    cancel() {
      if (current === null) return;
      current = null;
      // A worker busy with the cancelled run would finish it first: stop it, start afresh next time.
      if (worker !== null) {
        worker.terminate();
        worker = null;
      }
    },
    get running() {
      return current !== null;
    },
  };
  return session;
}
