import type { ServiceDataset, ServiceTicket, TableName } from '../data/types';
import { EvaluationEngine } from './engine';
import {
  anyFinished,
  attributeNamesOf,
  carriedFields,
  checkGroupBy,
  checkRecordedOption,
  withRecorded,
} from './recorded';
import { detectRepeatFaults, RepeatColumns } from './repeat-fault';
import type { Evaluation, EvaluateOptions } from './types';

const otherTables = ['calls', 'agents', 'customers'] as const satisfies readonly TableName[];

/**
 * Evaluates metrics over a parsed dataset: one pass over each table, feeding every requested
 * metric's accumulator for the cell (group × period) the record belongs to; totals, group totals
 * and period totals are exact pooled merges of those cells, never averages of averages.
 *
 * - Excluded tickets count nowhere; `excluded` reports how many and why.
 * - Records failing `where` count nowhere (not even in `excluded`).
 * - Each metric puts a record into a period by its own timestamp [RULES.md#rule-9]; periods are
 *   calendar periods in `timeZone` (default UTC), never the machine's zone.
 * - Open tickets are judged at `asOf` (default: the clock, read once).
 * - A metric whose input fields no record carries is `null` with `reason: 'notRecorded'` (see the
 *   `recorded` option); `evaluation.recorded` lists the fields each table carried.
 *
 * To go from the host's raw records to figures in one pass, without keeping a parsed copy, use
 * `evaluateRecords`.
 *
 * @throws RangeError for a bad option, naming it (a `groupBy` name no record has a value for
 *   included, with the closest names); the dataset is trusted (validate it with
 * `parseDataset` first).
 * @example
 * const evaluation = evaluate(dataset, {
 *   metrics: ['csat', 'fcr', 'avgResolutionTime'],
 *   groupBy: 'agentId',
 *   period: 'month',
 *   timeZone: 'Asia/Shanghai',
 * });
 * evaluation.overall.csat?.value; // 0.912
 */
export function evaluate(dataset: ServiceDataset, options: EvaluateOptions): Evaluation {
  const engine = new EvaluationEngine(options);
  const declared = checkRecordedOption(options.recorded);
  const tickets = dataset.tickets ?? [];
  // Repeat-fault outcomes are computed from the whole table on first use.
  engine.ticketCtx.repeats = () => {
    const columns = new RepeatColumns();
    for (let i = 0; i < tickets.length; i++) columns.push(tickets[i] as ServiceTicket);
    return detectRepeatFaults(columns, engine.ticketCtx.settings.repeatWindowMs, engine.asOf);
  };
  for (let i = 0; i < tickets.length; i++) engine.addTicket(tickets[i] as ServiceTicket, i, i);
  for (const table of otherTables) {
    const rows = dataset[table] ?? [];
    for (let i = 0; i < rows.length; i++) engine.addRecord(table, rows[i] as never, i);
  }
  const carried = {
    tickets: carriedFields('tickets', tickets),
    calls: carriedFields('calls', dataset.calls ?? []),
    agents: carriedFields('agents', dataset.agents ?? []),
    customers: carriedFields('customers', dataset.customers ?? []),
  };
  const evaluation = engine.finish();
  checkGroupBy(evaluation, options.groupBy, function* () {
    yield* attributeNamesOf(tickets);
    for (const table of otherTables) yield* attributeNamesOf(dataset[table] ?? []);
  });
  return withRecorded(evaluation, engine.metrics, carried, declared, anyFinished(tickets));
}
