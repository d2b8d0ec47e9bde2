import {
  compileFormat,
  readFormatted,
  readIsoInZone,
  WallTimeResolver,
  zoneOf,
} from './date-format';
import { closest, type EventLogSpec, EventLogSpecError, specColumns } from './fold-events-spec';
import { readInstant } from './instant';
import { InvalidValue, show } from './invalid-value';
import type { RecordIssue, RejectedRecord } from './parse-dataset';

/**
 * An event row that `foldEvents` left out, and why — the shape of `parseDataset`'s
 * {@link RejectedRecord}, with `table: 'events'` and `index` = the row's index in the host's array.
 */
export interface RejectedEvent extends Omit<RejectedRecord, 'table'> {
  table: 'events';
}

/** One accepted event (internal). */
export interface Event {
  index: number;
  /** `''` only on a rejected row whose case id could not be read. */
  caseId: string;
  at: number;
  sequence: number;
  activity: string;
  resource: string | undefined;
}

const defaultNulls = ['', 'NA', 'N/A', 'null', 'NULL'];

function fail(problem: string): never {
  throw new EventLogSpecError([problem]);
}

/**
 * A spec column that no row carries is an error naming it and the closest real names. With no
 * object rows there is nothing to check against.
 *
 * @throws EventLogSpecError
 * @example checkColumns([{ case: 'A' }], spec) // throws: spec.timestamp: no row has a column "time"; closest: "case"
 */
export function checkColumns(rows: readonly unknown[], spec: EventLogSpec): void {
  const seen = new Set<string>();
  for (const row of rows) {
    if (typeof row === 'object' && row !== null && !Array.isArray(row))
      for (const key of Object.keys(row)) seen.add(key);
  }
  if (seen.size === 0) return; // no row to check against (no rows, or none is an object)
  const problems = specColumns(spec)
    .filter(([, col]) => !seen.has(col))
    .map(
      ([where, col]) =>
        `spec.${where}: no row has a column ${JSON.stringify(col)}${closest(col, seen)}`,
    );
  if (problems.length > 0) throw new EventLogSpecError(problems);
}

type TimeReader = (column: string, value: unknown) => number | InvalidValue;

/** The timestamp parser: the spec's format and zone, exactly as `mapRecords` reads dates. */
function timeReader(spec: EventLogSpec): TimeReader {
  let zone: ReturnType<typeof zoneOf>;
  let format: ReturnType<typeof compileFormat> | undefined;
  try {
    zone = zoneOf(spec.timeZone);
    if (spec.dateFormat !== undefined) format = compileFormat(spec.dateFormat, 'dateFormat');
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    fail(`spec.${message.replace(/^mapRecords: /, '')}`);
  }
  if (format !== undefined && !format.hasOffset && zone === undefined) {
    fail(
      `spec.dateFormat: ${JSON.stringify(spec.dateFormat)} has no offset, so timestamps are wall times: give timeZone (e.g. 'Asia/Shanghai')`,
    );
  }
  const resolver =
    zone === undefined ? undefined : new WallTimeResolver(zone, spec.ambiguousTime ?? 'reject');
  return (column, value) => {
    if (typeof value !== 'string') return readInstant(column, value);
    const read =
      format === undefined
        ? readIsoInZone(column, value, resolver, zone)
        : readFormatted(column, value, format, resolver, zone);
    return typeof read === 'string' ? readInstant(column, read) : read;
  };
}

/** What {@link text} returns for a cell that is neither text nor a finite number. */
const NOT_TEXT: unique symbol = Symbol('not text');

/** Reads a text cell: trimmed string, `undefined` when null/blank, finite numbers as their string. */
function text(value: unknown, nulls: ReadonlySet<string>): string | undefined | typeof NOT_TEXT {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : NOT_TEXT;
  if (typeof value !== 'string') return NOT_TEXT;
  const v = value.trim();
  return nulls.has(v) ? undefined : v;
}

type RowReader = (row: Record<string, unknown>, index: number, issues: RecordIssue[]) => Event;

/** Reads one event row; problems go to `issues` (field = the host column). */
function rowReader(spec: EventLogSpec): RowReader {
  const nulls = new Set(spec.nullValues ?? defaultNulls);
  const time = timeReader(spec);
  const statusOf = new Map(Object.entries(spec.status));
  const known = [...statusOf.keys()];
  const required = (
    row: Record<string, unknown>,
    col: string,
    what: string,
    issues: RecordIssue[],
  ): string | undefined => {
    if (!Object.hasOwn(row, col)) {
      issues.push({
        path: [col],
        reason: `${col} is missing: this row has no column ${JSON.stringify(col)} (${what})`,
      });
      return undefined;
    }
    const v = text(row[col], nulls);
    if (v === NOT_TEXT) {
      issues.push({
        path: [col],
        reason: `${col} ${show(row[col])} is not text or a number (${what})`,
      });
      return undefined;
    }
    if (v === undefined) issues.push({ path: [col], reason: `${col} is required (${what})` });
    return v;
  };
  return (row, index, issues) => {
    const id = required(row, spec.caseId, 'the case id', issues);
    let at = Number.NaN;
    const raw = row[spec.timestamp];
    // A Date or epoch ms is read as it is; text is trimmed and may be a null value first.
    const stamp =
      raw instanceof Date || typeof raw === 'number'
        ? raw
        : required(row, spec.timestamp, 'the event time', issues);
    if (stamp !== undefined) {
      const t = time(spec.timestamp, stamp);
      if (t instanceof InvalidValue) issues.push({ path: [spec.timestamp], reason: t.reason });
      else at = t;
    }
    const activity = required(row, spec.activity, 'the activity', issues) ?? '';
    if (activity !== '' && !statusOf.has(activity)) {
      issues.push({
        path: [spec.activity],
        reason: `${spec.activity} ${show(activity)} is not an activity of spec.status${closest(activity, known)}`,
      });
    }
    let sequence = 0;
    if (spec.sequence !== undefined) {
      const s = required(row, spec.sequence, 'the sequence', issues);
      if (s !== undefined) {
        sequence = Number(s);
        if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(s) || !Number.isFinite(sequence))
          issues.push({
            path: [spec.sequence],
            reason: `${spec.sequence} ${show(s)} is not a number (the sequence)`,
          });
      }
    }
    let resource: string | undefined;
    if (spec.resource !== undefined) {
      const r = text(row[spec.resource], nulls);
      if (r === NOT_TEXT)
        issues.push({
          path: [spec.resource],
          reason: `${spec.resource} ${show(row[spec.resource])} is not text or a number (the resource)`,
        });
      else resource = r;
    }
    return { index, caseId: id ?? '', at, sequence, activity, resource };
  };
}

/**
 * Reads every row: accepted events grouped by case (first-appearance order), rejections in row order.
 *
 * @example const { cases, rejected } = readEvents(rows, checkSpec(spec));
 */
export function readEvents(rows: readonly unknown[], spec: EventLogSpec) {
  const read = rowReader(spec);
  const cases = new Map<string, Event[]>();
  const rejected: RejectedEvent[] = [];
  rows.forEach((row, index) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      const reason = `an event must be an object of columns, not ${show(row)}`;
      rejected.push({ table: 'events', index, path: [], reason, issues: [{ path: [], reason }] });
      return;
    }
    const issues: RecordIssue[] = [];
    const event = read(row as Record<string, unknown>, index, issues);
    const first = issues[0];
    if (first !== undefined) {
      const id = event.caseId === '' ? undefined : event.caseId;
      rejected.push({ table: 'events', index, id, path: first.path, reason: first.reason, issues });
      return;
    }
    const list = cases.get(event.caseId);
    if (list === undefined) cases.set(event.caseId, [event]);
    else list.push(event);
  });
  return { cases, rejected };
}
