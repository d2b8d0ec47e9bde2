import {
  DatasetError,
  type ParseDatasetOptions,
  type RejectedRecord,
  type TableCounts,
} from '../data/parse-dataset';
import { boundsOption, type InstantBounds } from '../data/instant';
import { newReading } from '../data/read-row';
import { fieldsOfMask, tableReaders } from '../data/records';
import { checkGroupBy, checkRecordedOption, withRecorded } from './recorded';
import type { TableInputs } from '../data/schemas';
import { tableNames, TableReader, tableRows } from '../data/table-reader';
import type { TableMappings } from '../data/map-records';
import type { ServiceRecord, ServiceTicket, TableName } from '../data/types';
import { EvaluationEngine } from './engine';
import { compileTableMappings, type MappedTable } from './mapped-tables';
import { detectRepeatFaults, RepeatColumns } from './repeat-fault';
import { stageMetrics } from './staged';
import type { Evaluation, EvaluateOptions } from './types';

/** No table mapped: every table holds canonical records. */
export type NoMapping = Record<never, never>;

/**
 * What a one-pass evaluation reads, per table: canonical input records (as `parseDataset` takes
 * them), or the host's own rows (any objects, e.g. a CSV parser's) for a table the `mapping`
 * option maps.
 */
export type RecordsInput<M = NoMapping> = {
  [T in TableName]?:
    | (T extends keyof M ? readonly object[] : readonly TableInputs[T][])
    | undefined;
};

/** Options of {@link evaluateRecords} and {@link createEvaluationStream}. */
export interface EvaluateRecordsOptions extends EvaluateOptions {
  /**
   * `'throw'`: when any record is invalid, `finish` throws a `DatasetError` listing them (after
   * reading everything, so the report is complete). `'collect'`: invalid records are left out and
   * listed in `rejected`.
   * @default 'throw'
   */
  onInvalid?: ParseDatasetOptions['onInvalid'];
  /**
   * The host's rows as they are (a CSV's text columns), mapped per table the way `mapRecords`
   * maps them — the same `fields`, `values`, `dateFormat(s)`, `timeZone`, `nullValues`,
   * `ambiguousTime` and `attributes`, the table being the key — and evaluated in the same pass:
   * each row is mapped into one reused record and read at once, with no mapped copy of the table.
   * Rejections keep the host's row indexes. Tables without a mapping are read as canonical records.
   *
   * A named column that no row carries is a `MappingError`, as in `mapRecords`; the stream can only
   * know it at the end, so `finish()` throws it (before any `DatasetError`), having looked at each
   * row only while a named column was still unseen. An accessor function is called with the host's
   * row index; when a host metric needs repeat faults it is called again in the second pass.
   * Order-rule reasons quote the host's text of mapped dates (see `mapRecords`).
   * @default none: every table holds canonical records
   * @example
   * { tickets: { fields: { id: 'Ticket', createdAt: 'Opened', status: 'State' }, dateFormat: 'M/D/YYYY h:mm:ss A', timeZone: 'America/Los_Angeles' } }
   */
  mapping?: TableMappings | undefined;
}

/** What {@link evaluateRecords} returns: the evaluation and the validation report. */
export interface EvaluateRecordsResult {
  evaluation: Evaluation;
  /** Records left out, table by table (tickets, calls, agents, customers), in index order. */
  rejected: RejectedRecord[];
  /** Per table: `input = accepted + rejected`. */
  counts: Record<TableName, TableCounts>;
}

/** An evaluation fed chunk by chunk (see {@link createEvaluationStream}). */
export interface EvaluationStream<M = NoMapping> {
  /** Validates (and maps) a chunk of the host's raw records (any tables) and feeds the evaluation. */
  add(chunk: RecordsInput<M>): void;
  /** Records added so far, all tables. */
  readonly added: number;
  /** Ends the stream: the evaluation and the validation report. Call it once. */
  finish(): EvaluateRecordsResult;
}

/**
 * From the host's raw records to figures in one pass: every record is validated by the same rules
 * as `parseDataset` (its schema, then the duplicate check) and fed straight to the evaluation
 * (the same rules and result as `evaluate`), without building a parsed copy of the dataset — the
 * way to evaluate a million tickets in little time and memory. Use `parseDataset` + `evaluate`
 * instead when you evaluate the same records several times.
 *
 * - `where` filters and a `groupBy` function receive a record object that is reused from one
 *   record to the next: read it, do not keep it.
 * - Metrics that need every ticket first (`repeatFaultRate`, `solutionEffectiveness`: a repeat is
 *   a later ticket) are classified during the pass under each possible repeat-fault status and
 *   tallied once repeat faults are known; a host's own accumulator that needs them is fed in a
 *   second pass over the accepted tickets, so `input` must not change until the call returns.
 *
 * @throws TypeError for an input that is not a dataset object (as `parseDataset`), RangeError for
 * a bad option, DatasetError in `'throw'` mode when any record is invalid.
 * @example
 * const { evaluation, rejected } = evaluateRecords(
 *   { tickets: rowsFromMyCrm },
 *   { metrics: ['csat', 'fcr'], groupBy: 'agentId', period: 'month', timeZone: 'Asia/Shanghai', onInvalid: 'collect' },
 * );
 * // A CSV's rows as they are: mapped and evaluated in the same pass (see the `mapping` option).
 * const fromCsv = evaluateRecords(
 *   { tickets: csvRows },
 *   {
 *     metrics: ['csat', 'avgResolutionTime'],
 *     mapping: {
 *       tickets: {
 *         fields: { id: 'Ticket', createdAt: 'Opened', resolvedAt: 'Solved', status: 'State', csat: 'Score' },
 *         dateFormat: 'M/D/YYYY h:mm:ss A',
 *         timeZone: 'America/Los_Angeles',
 *         values: { status: { Solved: 'resolved', New: 'open' } },
 *       },
 *     },
 *     onInvalid: 'collect',
 *   },
 * );
 */
export function evaluateRecords<M extends TableMappings = NoMapping>(
  input: RecordsInput<M>,
  options: EvaluateRecordsOptions & { mapping?: M | undefined },
): EvaluateRecordsResult {
  const stream = createEvaluationStream<M>(options);
  stream.add(input);
  return stream.finish();
}

/** The options the engine takes: those of `evaluate` (`mapping` is read here). */
function engineOptions(options: EvaluateRecordsOptions): EvaluateRecordsOptions {
  if (typeof options !== 'object' || options === null || !('mapping' in options)) return options;
  const { mapping: _, ...rest } = options;
  return rest;
}

/** Ticket rows kept for the second pass: the chunk's array and which of its rows were accepted. */
interface KeptTickets {
  rows: readonly unknown[];
  accepted: Uint8Array;
  /** Index of `rows[0]` in the host's ticket table. */
  first: number;
}

/** Re-reads every accepted ticket (known valid) in order, with its index and row. */
function replayKept(
  kept: readonly KeptTickets[],
  mapped: MappedTable | undefined,
  ticket: ServiceTicket,
  visit: (t: ServiceTicket, index: number, row: number) => void,
  bounds: InstantBounds,
): void {
  const reading = newReading(bounds);
  let row = 0;
  for (const chunk of kept) {
    for (let i = 0; i < chunk.rows.length; i++) {
      if (chunk.accepted[i] !== 1) continue;
      const index = chunk.first + i;
      const source = mapped === undefined ? chunk.rows[i] : mapped.row(chunk.rows[i], index);
      tableReaders.tickets.into(source as Record<string, unknown>, reading, ticket);
      visit(ticket, index, row++);
    }
  }
}

/** Per table: rows in, accepted, rejected. */
function countsOf(
  readers: {
    readonly [T in TableName]: TableReader<T>;
  },
): Record<TableName, TableCounts> {
  const counts = {} as Record<TableName, TableCounts>;
  for (const table of tableNames) {
    const reader = readers[table];
    counts[table] = {
      input: reader.input,
      accepted: reader.accepted,
      rejected: reader.rejectedCount,
    };
  }
  return counts;
}

/** The names the ticket rows carry (for `checkGroupBy`'s message); a mapping's attributes. */
function* namesOf(kept: readonly KeptTickets[], mapped: MappedTable | undefined) {
  if (mapped !== undefined) {
    yield* mapped.compiled.attributes;
    return;
  }
  for (const chunk of kept)
    for (const row of chunk.rows) {
      if (typeof row !== 'object' || row === null) continue;
      yield* Object.keys(row);
      const attributes = (row as { attributes?: unknown }).attributes;
      if (typeof attributes === 'object' && attributes !== null) yield* Object.keys(attributes);
    }
}

/**
 * {@link evaluateRecords} fed chunk by chunk — for records arriving in pages, or a worker that
 * reports progress between chunks. Indexes in `rejected` and the duplicate check run across
 * chunks (the second chunk's first ticket is `tickets[chunk1.length]`). The chunks' arrays must
 * not change until `finish` returns.
 *
 * @throws RangeError for a bad option (at creation); see {@link evaluateRecords} for the rest.
 * @example
 * const stream = createEvaluationStream({ metrics: ['csat'], groupBy: 'agentId' });
 * for await (const page of fetchPages()) stream.add({ tickets: page });
 * const { evaluation } = stream.finish();
 */
export function createEvaluationStream<M extends TableMappings = NoMapping>(
  options: EvaluateRecordsOptions & { mapping?: M | undefined },
): EvaluationStream<M> {
  const onInvalid = options?.onInvalid ?? 'throw';
  if (onInvalid !== 'throw' && onInvalid !== 'collect') {
    throw new RangeError(
      `evaluateRecords: option \`onInvalid\` is ${JSON.stringify(onInvalid)}; it must be 'throw' or 'collect'.`,
    );
  }
  const bounds = boundsOption('evaluateRecords', options.instantDomain);
  const mapped = compileTableMappings(options?.mapping as never, bounds);
  const engine = new EvaluationEngine(engineOptions(options));
  const declared = checkRecordedOption(options.recorded);
  const rejected: RejectedRecord[] = [];
  const readers = {
    tickets: new TableReader('tickets', rejected, bounds),
    calls: new TableReader('calls', rejected, bounds),
    agents: new TableReader('agents', rejected, bounds),
    customers: new TableReader('customers', rejected, bounds),
  };
  const ticket = readers.tickets.blank();
  const others = {
    calls: readers.calls.blank(),
    agents: readers.agents.blank(),
    customers: readers.customers.blank(),
  };
  // Metrics that need repeat faults (a repeat is a later ticket) leave the pass: a kit ratio or
  // count is staged during it (staged.ts), any other waits for a second read. What repeat-fault
  // detection needs is collected as the tickets are read.
  const takenOut = engine.takeOut((m) => m.needs?.includes('repeatFaults') === true);
  const staged = stageMetrics(engine, takenOut);
  const replayed = takenOut.filter((m) => !staged?.metrics.includes(m));
  let columns: RepeatColumns | null = takenOut.length > 0 ? new RepeatColumns() : null;
  const kept: KeptTickets[] = [];
  let ticketRows = 0;
  let finishedTickets = false;
  let added = 0;
  let finished = false;

  const mappedTickets = mapped.tickets;
  const addTickets = (rows: readonly unknown[]) => {
    const reader = readers.tickets;
    const accepted = new Uint8Array(rows.length);
    kept.push({ rows, accepted, first: reader.input });
    for (let i = 0; i < rows.length; i++) {
      const row = mappedTickets === undefined ? rows[i] : mappedTickets.row(rows[i], reader.input);
      if (!reader.read(row, ticket)) continue;
      accepted[i] = 1;
      if (ticket.status === 'resolved' || ticket.status === 'closed') finishedTickets = true;
      columns?.push(ticket);
      engine.addTicket(ticket, reader.input - 1, ticketRows++);
    }
  };

  const addOthers = (table: Exclude<TableName, 'tickets'>, rows: readonly unknown[]) => {
    const reader = readers[table];
    const record = others[table] as ServiceRecord;
    const m = mapped[table];
    for (let i = 0; i < rows.length; i++) {
      const row = m === undefined ? rows[i] : m.row(rows[i], reader.input);
      if (reader.read(row, record as never)) engine.addRecord(table, record, reader.input - 1);
    }
  };

  const replay = (visit: (t: ServiceTicket, index: number, row: number) => void) =>
    replayKept(kept, mappedTickets, ticket, visit, bounds);

  return {
    add(chunk) {
      if (finished) throw new Error('evaluateRecords: add() after finish().');
      const source = tableRows(chunk, 'evaluateRecords');
      for (const table of tableNames) {
        const rows = source[table];
        if (rows.length === 0) continue;
        mapped[table]?.columns.add(rows);
        if (table === 'tickets') addTickets(rows);
        else addOthers(table, rows);
        added += rows.length;
      }
    },
    get added() {
      return added;
    },
    finish() {
      if (finished) throw new Error('evaluateRecords: finish() was already called.');
      finished = true;
      for (const table of tableNames) mapped[table]?.columns.finish('evaluateRecords');
      if (takenOut.length > 0) {
        if (columns === null) {
          const all = new RepeatColumns();
          replay((t) => all.push(t));
          columns = all;
        }
        const ctx = engine.ticketCtx;
        const repeats = detectRepeatFaults(columns, ctx.settings.repeatWindowMs, engine.asOf);
        ctx.repeats = repeats;
        staged?.tallyAll(repeats, engine.states);
        if (replayed.length > 0)
          replay((t, index, row) => engine.replayTicket(t, index, row, replayed));
      }
      const counts = countsOf(readers);
      const order = (r: RejectedRecord) => tableNames.indexOf(r.table);
      rejected.sort((a, b) => order(a) - order(b) || a.index - b.index);
      if (onInvalid === 'throw' && rejected.length > 0) throw new DatasetError(rejected, counts);
      const carried = {} as Record<TableName, string[]>;
      for (const table of tableNames) carried[table] = fieldsOfMask(table, readers[table].carried);
      const result = engine.finish();
      checkGroupBy(result, options.groupBy, () => namesOf(kept, mappedTickets));
      const evaluation = withRecorded(result, engine.metrics, carried, declared, finishedTickets);
      return { evaluation, rejected, counts };
    },
  };
}
