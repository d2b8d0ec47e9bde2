import { type CanonicalField, type FieldKind, fieldKinds } from '../data/field-kinds';
import type { TableName } from '../data/types';
import type { Dialect, InstantEncoding, Params, SqlType } from './dialect';

/**
 * Where one record table lives and how its columns map onto the canonical fields — the SQL side of
 * `mapRecords`.
 *
 * @example
 * { from: 'crm.tickets', columns: { id: 'ticket_no', createdAt: 'opened_at' },
 *   values: { status: { Closed: 'closed', Open: 'open' } }, instants: 'timestamp' }
 */
export interface TableMapping {
  /**
   * A table name (`'tickets'`, `'crm.tickets'`: each dotted part is quoted) or a subquery in
   * parentheses (`'(SELECT … FROM …)'`, used as it is). @default the table's canonical name
   */
  from?: string | undefined;
  /** Canonical field → host column. A field not listed is read from the column of its own name. */
  columns?: Readonly<Record<string, string>> | undefined;
  /** Host value → canonical value, per enum field (e.g. `status`, `kind`, `priority`). */
  values?: Readonly<Record<string, Readonly<Record<string, string>>>> | undefined;
  /**
   * How instants are stored: `timestamp` (timestamptz; a zone-less timestamp is read as UTC),
   * `epochMs` or `epochSeconds` (integers). @default 'timestamp'
   */
  instants?: InstantEncoding | undefined;
}

/** Per-table mappings. Tables not named are read by their canonical names. */
export type TableMappings = { readonly [T in TableName]?: TableMapping };

/** Nested fields stored as JSON text columns. */
const jsonFields = new Set(['qa', 'attributes']);

export function sqlTypeOfKind(kind: FieldKind | 'json'): SqlType {
  switch (kind) {
    case 'instant':
      return 'bigint';
    case 'boolean':
      return 'boolean';
    case 'number':
    case 'seconds':
      return 'double';
    default:
      return 'text';
  }
}

/** The canonical fields of a table, JSON columns (`qa`, `attributes`) included. */
export function canonicalFields(table: TableName): { name: string; kind: FieldKind | 'json' }[] {
  const kinds = fieldKinds[table] as Record<CanonicalField<typeof table>, FieldKind>;
  const out: { name: string; kind: FieldKind | 'json' }[] = Object.entries(kinds).map(
    ([name, kind]) => ({ name, kind: kind as FieldKind }),
  );
  if (table === 'tickets') {
    const qa = out.find((f) => f.name === 'qa');
    if (qa) qa.kind = 'json';
  }
  out.push({ name: 'attributes', kind: 'json' });
  return out;
}

/** Quoted `from` of a mapping: a dotted table name, or a parenthesised subquery as it is. */
export function fromSql(table: TableName, mapping: TableMapping | undefined, d: Dialect): string {
  const from = mapping?.from ?? table;
  if (from.trimStart().startsWith('(')) return `${from} AS ${d.quote('_host')}`;
  return from
    .split('.')
    .map((part) => d.quote(part))
    .join('.');
}

/**
 * The host table as canonical columns: instants as epoch ms, mapped enum values, and a typed NULL
 * for every field the host's table does not have (`available`, when known: a metric reading it then
 * sees "not recorded", never a made-up value). Host columns are first renamed (`_h0`, `_h1` …), so
 * that no canonical alias shadows a host column of the same name (ClickHouse resolves aliases
 * before columns).
 */
export function canonicalQuery(
  table: TableName,
  mapping: TableMapping | undefined,
  available: ReadonlySet<string> | undefined,
  d: Dialect,
  params: Params,
): string {
  const encoding = mapping?.instants ?? 'timestamp';
  const columns = mapping?.columns ?? {};
  const inner: string[] = [];
  const outer: string[] = [];
  for (const { name, kind } of canonicalFields(table)) {
    const host = columns[name] ?? name;
    const type = sqlTypeOfKind(kind);
    let sql: string;
    if (available !== undefined && !available.has(host)) {
      sql = d.nullOf(type);
    } else {
      const ref = d.quote(`_h${inner.length}`);
      inner.push(`${d.quote(host)} AS ${ref}`);
      if (kind === 'instant') sql = d.epochMs(ref, encoding);
      else if (jsonFields.has(name)) sql = d.text(ref);
      else if (type === 'text') sql = mapValues(d.text(ref), mapping?.values?.[name], params);
      else if (type === 'double') sql = d.castDouble(ref);
      else sql = ref;
    }
    outer.push(`${sql} AS ${d.quote(name)}`);
  }
  const from = fromSql(table, mapping, d);
  const host =
    inner.length === 0
      ? `SELECT 1 AS ${d.quote('_h')} FROM ${from}`
      : `SELECT ${inner.join(', ')} FROM ${from}`;
  return `SELECT ${outer.join(', ')} FROM (${host}) AS ${d.quote('_host_cols')}`;
}

function mapValues(
  sql: string,
  values: Readonly<Record<string, string>> | undefined,
  params: Params,
): string {
  if (values === undefined || Object.keys(values).length === 0) return sql;
  const cases = Object.entries(values)
    .map(([from, to]) => `WHEN ${sql} = ${params.add(from, 'text')} THEN ${params.add(to, 'text')}`)
    .join(' ');
  return `CASE ${cases} ELSE ${sql} END`;
}
