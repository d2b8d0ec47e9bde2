// The columns a states query derives from each ticket before the metrics read them: resolved and
// open, the SLA due instants and outcomes, the response, resolution and handling durations (in
// working time with a business calendar) and the repeat-fault outcome.
import type { SlaPolicy } from '../sla/policy';
import type { BusinessTimeSql } from './business-time';
import type { Dialect, Params } from './dialect';

/** What the derived ticket columns are written with: the statement's state and the settings. */
export interface TicketColumns {
  readonly d: Dialect;
  /** Bound values of the statement being written. */
  readonly params: Params;
  readonly sla: SlaPolicy;
  /** Business time of the statement being written (with a calendar). */
  readonly business: BusinessTimeSql | undefined;
  readonly asOf: number;
  readonly repeatWindowMs: number;
  /** The ticket rows that keep the data contract, as canonical columns (a new statement each call). */
  readonly canonical: () => string;
}

/** A duration in ms binds as BIGINT when whole (repeatWindowDays 0.7 is not), else as a double. */
const wholeOrDouble = (ms: number): 'bigint' | 'double' =>
  Number.isInteger(ms) ? 'bigint' : 'double';

/** Adds the derived ticket columns (`_resolved`, SLA outcomes, durations, repeat faults). */
export function withTicketColumns(canonical: string, repeats: boolean, c: TicketColumns): string {
  const { d } = c;
  const q = (id: string) => d.quote(id);
  const p = (v: number | string, t: 'bigint' | 'text' | 'double') => c.params.add(v, t);
  const sla = c.sla;
  const bt = c.business;
  // With a calendar, W(x) (working time up to x) is computed once per instant, in layer 0;
  // durations are differences of W and due instants are where W reaches W(created) + target.
  const wCreated = q('_w_created');
  // Targets are bound as BIGINT when every one is whole milliseconds (hours(1.15) is not), as
  // doubles otherwise: one type for every branch of the CASE (ClickHouse requires it).
  const targets = [...Object.values(sla.response), ...Object.values(sla.resolution)];
  const msType = targets.every((t) => t === null || Number.isInteger(t)) ? 'bigint' : 'double';
  const due = (ms: number) =>
    bt === undefined
      ? `${q('createdAt')} + ${p(ms, msType)}`
      : bt.reach(`(${wCreated} + ${p(ms, msType)})`, ms === 0);
  // A searched CASE: ClickHouse 18.16 returns NULL for every row from `CASE x WHEN …` with a
  // NULL branch.
  const dueOf = (section: keyof SlaPolicy) => {
    const priority = `COALESCE(${q('priority')}, ${d.constant('normal')})`;
    const cases = (['urgent', 'high', 'normal', 'low'] as const)
      .map((pr) => {
        const ms = sla[section][pr];
        return `WHEN ${priority} = ${d.constant(pr)} THEN ${ms === null ? d.nullOf(msType) : due(ms)}`;
      })
      .join(' ');
    return `CASE ${cases} ELSE ${d.nullOf(msType)} END`;
  };
  const asOf = p(c.asOf, 'bigint');
  // An explicit due instant, of the targets' type (ClickHouse has no Int64/Float64 supertype).
  const explicit = (column: string) => (msType === 'bigint' ? q(column) : d.castDouble(q(column)));
  const resolvedStatus = `${q('status')} IN (${d.constant('resolved')}, ${d.constant('closed')})`;
  const layer0 =
    bt === undefined
      ? []
      : [
          `${bt.upTo(q('createdAt'))} AS ${wCreated}`,
          `${bt.upTo(q('firstResponseAt'))} AS ${q('_w_first')}`,
          `${bt.upTo(q('resolvedAt'))} AS ${q('_w_resolved')}`,
        ];
  const layer1 = [
    `${d.notNull(`(${resolvedStatus} AND ${q('resolvedAt')} IS NOT NULL)`)} AS ${q('_resolved')}`,
    `${d.notNull(`(${q('status')} IN (${d.constant('open')}, ${d.constant('pending')}))`)} AS ${q('_open')}`,
    `COALESCE(${explicit('responseDueAt')}, ${dueOf('response')}) AS ${q('_response_due')}`,
    `COALESCE(${explicit('resolutionDueAt')}, ${dueOf('resolution')}) AS ${q('_resolution_due')}`,
  ];
  const first = q('_first_response_at');
  const ifResolved = (then: string) =>
    `CASE WHEN ${q('_resolved')} THEN ${then} ELSE ${d.nullOf('bigint')} END`;
  const layer2 = [`COALESCE(${q('firstResponseAt')}, ${ifResolved(q('resolvedAt'))}) AS ${first}`];
  // The instants, or their W, between which durations are measured.
  const at = (column: 'createdAt' | 'firstResponseAt' | 'resolvedAt') =>
    bt === undefined
      ? q(column)
      : q(
          column === 'createdAt'
            ? '_w_created'
            : column === 'resolvedAt'
              ? '_w_resolved'
              : '_w_first',
        );
  const firstAt =
    bt === undefined ? first : `COALESCE(${q('_w_first')}, ${ifResolved(q('_w_resolved'))})`;
  const repeat = repeats
    ? `CASE WHEN NOT ${q('_resolved')} OR ${q('customerId')} IS NULL THEN -1 WHEN ${q('id')} ${d.name === 'clickhouse' ? 'GLOBAL IN' : 'IN'} (${repeatedTicketIds(c)}) THEN 1 WHEN ${q('resolvedAt')} + ${p(c.repeatWindowMs, wholeOrDouble(c.repeatWindowMs))} <= ${asOf} THEN 0 ELSE -1 END`
    : '-1';
  const layer3 = [
    `(${firstAt} - ${at('createdAt')}) AS ${q('_firstResponseMs')}`,
    `${ifResolved(`${at('resolvedAt')} - ${at('createdAt')}`)} AS ${q('_resolutionMs')}`,
    `CASE WHEN ${q('_resolved')} AND ${q('firstResponseAt')} IS NOT NULL THEN ${at('resolvedAt')} - ${at('firstResponseAt')} ELSE ${d.nullOf('bigint')} END AS ${q('_handlingMs')}`,
    `CASE WHEN ${q('_response_due')} IS NULL THEN 0 WHEN ${first} IS NOT NULL THEN (CASE WHEN ${first} <= ${q('_response_due')} THEN 1 ELSE 2 END) WHEN ${q('_open')} THEN (CASE WHEN ${asOf} > ${q('_response_due')} THEN 2 ELSE 3 END) WHEN COALESCE(${q('closedAt')}, ${asOf}) > ${q('_response_due')} THEN 2 ELSE 0 END AS ${q('_responseOutcome')}`,
    `CASE WHEN ${q('_resolution_due')} IS NULL THEN 0 WHEN ${q('_resolved')} THEN (CASE WHEN ${q('resolvedAt')} <= ${q('_resolution_due')} THEN 1 ELSE 2 END) WHEN ${q('_open')} THEN (CASE WHEN ${asOf} > ${q('_resolution_due')} THEN 2 ELSE 3 END) ELSE 0 END AS ${q('_resolutionOutcome')}`,
    `${repeat} AS ${q('_repeatFault')}`,
  ];
  // ClickHouse: the work arrays are `WITH` aliases of the selects that use them.
  const withWork = bt !== undefined && d.name === 'clickhouse' ? bt.clickhouseWith() : '';
  const l0 =
    layer0.length === 0
      ? canonical
      : `${withWork}SELECT *, ${layer0.join(', ')} FROM (${canonical}) AS ${q('_t0')}`;
  const l1 = `${withWork}SELECT *, ${layer1.join(', ')} FROM (${l0}) AS ${q('_t1')}`;
  const l2 = `SELECT *, ${layer2.join(', ')} FROM (${l1}) AS ${q('_t2')}`;
  return `SELECT *, ${layer3.join(', ')} FROM (${l2}) AS ${q('_t3')}`;
}

/**
 * Ids of resolved tickets followed, within the repeat window, by a new ticket of the same
 * customer (same product and category where both tickets know them) — `detectRepeatFaults` in
 * SQL. Follow-ups are looked for among all non-excluded tickets, whatever `where` says.
 */
function repeatedTicketIds(c: TicketColumns): string {
  const { d } = c;
  const q = (id: string) => d.quote(id);
  const p = (v: number | string, t: 'bigint' | 'text' | 'double') => c.params.add(v, t);
  const canonical = c.canonical();
  const resolvedStatus = `${q('status')} IN (${d.constant('resolved')}, ${d.constant('closed')})`;
  const a = `SELECT ${q('id')} AS ${q('_rid')}, ${q('customerId')} AS ${q('_cust')}, ${q('productId')} AS ${q('_ap')}, ${q('category')} AS ${q('_ag')}, ${q('resolvedAt')} AS ${q('_ar')} FROM (${canonical}) AS ${q('_ra')} WHERE ${q('excluded')} IS NULL AND ${q('customerId')} IS NOT NULL AND ${resolvedStatus} AND ${q('resolvedAt')} IS NOT NULL`;
  const b = `SELECT ${q('customerId')} AS ${q('_cust')}, ${q('productId')} AS ${q('_bp')}, ${q('category')} AS ${q('_bg')}, ${q('createdAt')} AS ${q('_bc')} FROM (${canonical}) AS ${q('_rb')} WHERE ${q('excluded')} IS NULL AND ${q('customerId')} IS NOT NULL`;
  const window = p(c.repeatWindowMs, wholeOrDouble(c.repeatWindowMs));
  const conditions = [
    `${q('_bc')} > ${q('_ar')}`,
    `${q('_bc')} <= ${q('_ar')} + ${window}`,
    `(${q('_bp')} IS NULL OR ${q('_ap')} IS NULL OR ${q('_bp')} = ${q('_ap')})`,
    `(${q('_bg')} IS NULL OR ${q('_ag')} IS NULL OR ${q('_bg')} = ${q('_ag')})`,
  ];
  const using = d.name === 'clickhouse' ? `USING ${q('_cust')}` : `USING (${q('_cust')})`;
  return `SELECT ${q('_rid')} FROM (${a}) AS ${q('_ja')} ${d.innerJoin} (${b}) AS ${q('_jb')} ${using} WHERE ${conditions.join(' AND ')}`;
}
