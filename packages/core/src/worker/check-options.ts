import type { TableName } from '../data/types';
import type { DemoOptions } from '../demo/options';
import { engineOptionKeys } from '../evaluate/options';
import { rejectUnknownKeys } from '../option-keys';
import type { WorkerSource } from './protocol';
import type { WorkerEvaluateOptions, WorkerInput } from './types';

const tables: readonly TableName[] = ['tickets', 'calls', 'agents', 'customers'];

/** What to do instead, per option that cannot cross to a worker. */
const hints: Readonly<Record<string, string>> = {
  metrics:
    "pass catalogue ids such as 'csat'; evaluate metrics of your own on the calling thread with evaluateRecords",
  groupBy: 'pass a field or attribute name (write the group key into each record first)',
  where: 'filter the records before passing them',
  mapping:
    "a mapping crosses to the worker as data, so name the host column (e.g. 'Agent') instead of an accessor, or map the rows with mapRecords on the calling thread",
  calendar:
    'pass the BusinessCalendarSpec ({ timeZone, hours, holidays, workdays }) instead; the worker builds the calendar from it',
};

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The first value in `value` that a structured clone would break or lose: where and what. */
function notPlainData(
  value: unknown,
  path: string,
  seen: Set<object>,
): { path: string; what: string } | undefined {
  if (typeof value === 'function') return { path, what: 'a function' };
  if (typeof value !== 'object' || value === null || value instanceof Date) return undefined;
  if (seen.has(value)) return undefined;
  seen.add(value);
  if (!Array.isArray(value) && !isPlainObject(value)) {
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    const what = typeof name === 'string' && name !== '' ? `an instance of ${name}` : 'an object';
    return { path, what };
  }
  for (const [key, item] of Object.entries(value)) {
    const found = notPlainData(
      item,
      Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`,
      seen,
    );
    if (found) return found;
  }
  return undefined;
}

/** A metric definition (an object with an id) in `metrics`, named by its index and id. */
function metricDefinition(metrics: unknown): { path: string; what: string } | undefined {
  if (!Array.isArray(metrics)) return undefined;
  const i = metrics.findIndex((entry) => typeof entry === 'object' && entry !== null);
  if (i < 0) return undefined;
  const id = (metrics[i] as { id?: unknown }).id;
  return {
    path: `metrics[${i}]`,
    what: `a metric definition${typeof id === 'string' ? ` (${JSON.stringify(id)})` : ''}`,
  };
}

/**
 * Throws a `TypeError` naming the first option that cannot be sent to a worker (a function, a
 * metric definition, a class instance such as a built calendar, an accessor in `mapping`, named
 * by its path: `mapping.tickets.fields.agentId`) and what to pass instead.
 */
export function checkWorkerOptions(options: WorkerEvaluateOptions): void {
  if (typeof options !== 'object' || options === null)
    throw new TypeError(
      `evaluateInWorker: options must be an object like { metrics: ['csat'] }; got ${String(options)}.`,
    );
  rejectUnknownKeys('evaluateInWorker', 'option', options, [...engineOptionKeys, 'mapping']);
  const seen = new Set<object>();
  for (const [key, value] of Object.entries(options)) {
    const found =
      (key === 'metrics' ? metricDefinition(value) : undefined) ?? notPlainData(value, key, seen);
    if (found === undefined) continue;
    const hint = hints[key] ?? 'pass plain data (strings, numbers, arrays, plain objects, Dates)';
    throw new TypeError(
      `evaluateInWorker: option \`${found.path}\` is ${found.what}; functions and class instances cannot be sent to a worker: ${hint}.`,
    );
  }
}

/** Rejects an unknown key of the controls (`onprogress`, `abortSignal`), naming the closest. */
export function checkControls(controls: unknown): void {
  if (controls !== undefined && (typeof controls !== 'object' || controls === null)) {
    throw new TypeError(
      `evaluateInWorker: controls must be an object like { onProgress, signal }; got ${String(controls)}.`,
    );
  }
  rejectUnknownKeys('evaluateInWorker', 'control', controls, [
    'onProgress',
    'signal',
    'chunkSize',
    'createWorker',
  ]);
}

/** Checks `chunkSize`: an integer ≥ 1. */
export function checkChunkSize(chunkSize: number): void {
  if (typeof chunkSize !== 'number' || !Number.isInteger(chunkSize) || chunkSize < 1)
    throw new RangeError(
      `evaluateInWorker: \`chunkSize\` must be an integer ≥ 1 (records per message); got ${String(chunkSize)}.`,
    );
}

/** The demo source of `evaluateDemoInWorker`: its options must be plain data (a `TypeError` otherwise). */
export function demoSourceOf(demo: DemoOptions | undefined, chunkSize: number): WorkerSource {
  const found = notPlainData(demo, 'demo', new Set());
  if (found !== undefined)
    throw new TypeError(
      `evaluateDemoInWorker: \`${found.path}\` is ${found.what}; demo options are plain data (numbers and strings).`,
    );
  return { kind: 'demo', demo: demo ?? {}, chunkSize };
}

/** The input's tables as arrays (records source); a `TypeError` otherwise. */
export function sourceOf(input: WorkerInput): {
  source: WorkerSource;
  lists: Array<[TableName, readonly unknown[]]>;
} {
  if (typeof input !== 'object' || input === null)
    throw new TypeError(
      `evaluateInWorker: input must be { tickets?, calls?, agents?, customers? } (arrays of records); got ${String(input)}.`,
    );
  if ('demo' in input)
    throw new TypeError(
      'evaluateInWorker: input.demo is not served by the evaluation worker (it carries no demo generator); use evaluateDemoInWorker(demo, options) from @servicescore/core/demo.',
    );
  const lists: Array<[TableName, readonly unknown[]]> = [];
  for (const table of tables) {
    const list: unknown = input[table];
    if (list === undefined) continue;
    if (!Array.isArray(list))
      throw new TypeError(
        `evaluateInWorker: input.${table} must be an array of records; got ${list === null ? 'null' : typeof list}.`,
      );
    lists.push([table, list]);
  }
  const total = lists.reduce((n, [, list]) => n + list.length, 0);
  return { source: { kind: 'records', total }, lists };
}
