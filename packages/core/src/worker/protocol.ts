// The messages between `evaluateInWorker` (the calling thread) and `serveEvaluations` (the
// worker). Everything in them is plain data, copied by structured clone.
import type { MissingColumn } from '../data/map-records';
import type { DatasetInput } from '../data/schemas';
import type { RejectedRecord, TableCounts } from '../data/parse-dataset';
import type { TableName } from '../data/types';
import type { DemoOptions } from '../demo/options';
import type { EvaluateRecordsResult } from '../evaluate/evaluate-records';
import type { WorkerEvaluateOptions, WorkerProgress } from './types';

/** Where the records come from: the caller, chunk by chunk, or the demo generator in the worker. */
export type WorkerSource =
  | { readonly kind: 'records'; readonly total: number }
  | { readonly kind: 'demo'; readonly demo: DemoOptions; readonly chunkSize: number };

/** Calling thread → worker. */
export type ToWorker =
  | {
      readonly type: 'start';
      readonly options: WorkerEvaluateOptions;
      readonly source: WorkerSource;
    }
  | { readonly type: 'chunk'; readonly chunk: DatasetInput }
  | { readonly type: 'finish' };

/** Worker → calling thread. */
export type FromWorker =
  /** A chunk was evaluated (records source): `fraction` done, room for the next chunk. */
  | { readonly type: 'ack'; readonly fraction: number; readonly progress: WorkerProgress }
  /** Progress of the demo source. */
  | { readonly type: 'progress'; readonly fraction: number; readonly progress: WorkerProgress }
  /** A slice of the result's long lists, sent before `done` so no single message is large. */
  | { readonly type: 'part'; readonly list: 'groups' | 'rejected'; readonly items: unknown[] }
  /** The result, with `evaluation.groups` and `rejected` empty: their items came in `part`s. */
  | { readonly type: 'done'; readonly result: EvaluateRecordsResult }
  | {
      readonly type: 'error';
      readonly name: string;
      readonly message: string;
      /** A `DatasetError`'s report. */
      readonly rejected?: readonly RejectedRecord[] | undefined;
      readonly counts?: Readonly<Record<TableName, TableCounts>> | undefined;
      /** A `MappingError`'s columns. */
      readonly missing?: readonly MissingColumn[] | undefined;
    };

/** Share of the progress bar for generating the demo dataset (one step, no finer progress). */
export const DEMO_GENERATION_SHARE = 0.4;
/** Share of the progress bar left for `finish()` (the end of the evaluation). */
export const FINISH_SHARE = 0.05;
