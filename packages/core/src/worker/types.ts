import type { CanonicalField, TableMapping } from '../data/map-records';
import type { TableName } from '../data/types';
import type { EvaluateRecordsOptions, NoMapping, RecordsInput } from '../evaluate/evaluate-records';
import type { BusinessCalendarSpec } from '../time/calendar';

/**
 * Options of {@link evaluateInWorker}: those of `evaluateRecords`, restricted to plain data,
 * because functions and class instances cannot be copied to a worker.
 *
 * - `metrics`: catalogue ids only (`'csat'`, `'qaScore.empathy'`); a definition of your own
 *   (`defineMetric`, `scopeMetric`) runs on the calling thread with `evaluateRecords`.
 * - `groupBy`: a field or attribute name, not a function (write the key into each record first).
 * - `calendar`: the `BusinessCalendarSpec` you would give `businessCalendar`; the worker builds the
 *   calendar from it.
 * - `mapping`: as in `evaluateRecords`, with host column names only (no accessor functions); the
 *   worker maps each chunk's rows as it reads them.
 * - no `where`: filter the records before passing them.
 *
 * Anything else that holds a function or a class instance is rejected with a `TypeError` naming
 * the option, before any work starts.
 */
export interface WorkerEvaluateOptions
  extends Omit<EvaluateRecordsOptions, 'metrics' | 'groupBy' | 'calendar' | 'where' | 'mapping'> {
  /** Catalogue metric ids, e.g. `['csat', 'fcr']`. */
  metrics: readonly string[];
  /** A canonical field (`'agentId'`, `'teamId'`, `'channel'` …) or an attribute name. */
  groupBy?: string | undefined;
  /** Business hours as data: `{ timeZone, hours, holidays?, workdays? }` (see `businessCalendar`). */
  calendar?: BusinessCalendarSpec | undefined;
  /** Not supported in a worker (filters are functions): filter the records before passing them. */
  where?: undefined;
  /**
   * Per-table mappings of the host's rows, as `evaluateRecords`' `mapping`, as data: each field
   * names a host column.
   * @example { tickets: { fields: { id: 'Ticket', createdAt: 'Opened', status: 'State' }, dateFormat: 'DD/MM/YYYY HH:mm', timeZone: 'Europe/Paris' } }
   */
  mapping?: WorkerMappings | undefined;
}

/** `evaluateInWorker`'s mappings: those of `evaluateRecords` with host column names only. */
export type WorkerMappings = {
  [T in TableName]?: Omit<TableMapping<T>, 'fields'> & {
    /** Canonical field → host column name. */
    fields: { [K in CanonicalField<T>]?: string };
  };
};

/**
 * What {@link evaluateInWorker} evaluates: the host's raw records (any tables, as for
 * `evaluateRecords`; the host's own rows for a table the `mapping` option maps), sent to the
 * worker chunk by chunk. (The demo dataset, made inside a worker of its own, is
 * `evaluateDemoInWorker`'s, in `@servicescore/core/demo`.)
 */
export type WorkerInput<M = NoMapping> = RecordsInput<M>;

/** Where an evaluation in a worker stands: the second argument of `onProgress`. */
export interface WorkerProgress {
  /**
   * `generating`: the demo dataset is being made inside the worker (`evaluateDemoInWorker`):
   * `done` of `total` units made (a ticket or a call is one unit); `evaluating`: records are being
   * validated and evaluated, `done` of `total`; `finishing`: every record is in and the figures are
   * being assembled and sent back (no finer progress); `done`: the result is here.
   */
  readonly phase: 'generating' | 'evaluating' | 'finishing' | 'done';
  /** Records evaluated so far, all tables (while generating: units made). */
  readonly done: number;
  /** Records to evaluate, all tables (while generating: units to make); `null` while not known. */
  readonly total: number | null;
}

/** Progress, cancellation and tuning of {@link evaluateInWorker}. Every field is optional. */
export interface EvaluateInWorkerControls {
  /**
   * Called with the fraction done, 0 to 1, and where the work stands (its phase, records done of
   * how many; see {@link WorkerProgress}): first with exactly 0, then with ever larger fractions (a
   * new phase may come at the same fraction), last with exactly 1 and phase `done` just before the
   * promise resolves. Never called after the promise settles (so never after a cancellation).
   * While the phase is `generating` or `finishing` the fraction does not move: show an
   * indeterminate bar then, not a stalled one.
   */
  onProgress?: ((fraction: number, progress: WorkerProgress) => void) | undefined;
  /** Aborting it stops the work (the worker is terminated) and rejects with an `AbortError`. */
  signal?: AbortSignal | undefined;
  /**
   * Records per message to the worker (and per step of the evaluation). Smaller chunks keep each
   * main-thread task shorter (every chunk is copied to the worker by a structured clone); larger
   * ones cost fewer messages. An integer ≥ 1.
   * @default 2000
   */
  chunkSize?: number | undefined;
  /**
   * Makes the worker. Use it when your bundler needs the worker spelled out in your own code, to
   * pool workers, or in tests; the worker must run `@servicescore/core`'s `evaluation-worker`
   * script (or call `serveEvaluations(self)` itself).
   * @default `new Worker(new URL('./evaluation-worker.ts', import.meta.url), { type: 'module' })`,
   * or the calling thread where `Worker` does not exist
   */
  createWorker?: (() => WorkerLike) | undefined;
}

/**
 * The part of a `Worker` that {@link evaluateInWorker} uses: a real `Worker` fits, and so does a
 * test double. Listeners get a `MessageEvent` (`data`) for `message`, an `ErrorEvent` (`message`)
 * for `error`.
 */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message' | 'messageerror' | 'error', listener: WorkerListener): void;
  removeEventListener(type: 'message' | 'messageerror' | 'error', listener: WorkerListener): void;
  terminate(): void;
}

/** A listener of {@link WorkerLike} events. */
export type WorkerListener = (event: {
  readonly data?: unknown;
  readonly message?: unknown;
  preventDefault?(): void;
}) => void;
