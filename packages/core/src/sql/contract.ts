/**
 * The data contract in SQL: `parseDataset`'s rules, derived from the same table declarations
 * (`data/tables.ts`: each field's kind, presence and members, and the rules across fields), as one
 * `CASE` that names the first rule a row breaks — in the order the JS reader reports issues
 * (fields in canonical order, then the rules across fields). Rows that break one are left out of
 * every figure and counted per table, field and rule (`SqlEvaluation.rejected`).
 *
 * Duplicate ids are not a rule of the `CASE`: a table has no row order to say which of two rows is
 * the later one (the JS rule keeps the first in the host's order), so the presence query counts
 * the distinct keys and `evaluateSql` refuses duplicates (`SqlDuplicateKeyError`). Not checked in
 * SQL: the items of the JSON columns `qa` and `attributes` [RULES.md#sql-contract].
 */
import { DEFAULT_INSTANT_BOUNDS, type InstantBounds } from '../data/instant';
import { type CrossRule, type FieldDef, recordTables } from '../data/tables';
import type { TableName } from '../data/types';
import type { Dialect, Params } from './dialect';

/** Which rule a rejected row broke. */
export type SqlContractRule =
  /** A required field is NULL. */
  | 'required'
  /** Text that is empty or only white space. */
  | 'blank'
  /** A value that is not one of the field's members (after the mapping's `values`). */
  | 'member'
  /** NaN or ±Infinity in a number column. */
  | 'finite'
  /** A number outside its range (negative count or amount, csat outside 1–5, nps outside 0–10). */
  | 'range'
  /** A count or nps that is not a whole number. */
  | 'whole'
  /** An instant outside the instant domain (years 1900–2199). */
  | 'domain'
  /** A period key that is not `2026`, `2026-Q1`, `2026-03`, `2026-W09` or `2026-03-05`. */
  | 'period'
  /** A rule across fields broken (`resolvedAt` before `createdAt`, `goalsMet` over `goalsSet` …). */
  | CrossRule['kind'];

/** How many rows of a table broke one rule of one field. */
export interface SqlRejectedReason {
  table: TableName;
  field: string;
  rule: SqlContractRule;
  rows: number;
}

/** Rows read, accepted and rejected per table. `input = accepted + rejected` always. */
export interface SqlTableCounts {
  input: number;
  accepted: number;
  rejected: number;
}

/** The rows the data contract left out (see {@link SqlRejectedReason}). */
export interface SqlRejected {
  counts: Record<TableName, SqlTableCounts>;
  /** Per table, field and rule, the most frequent first (ties: table, field and rule order). */
  reasons: SqlRejectedReason[];
}

/** The name of the column that holds a row's first broken rule (`field:rule`), NULL when valid. */
export const REJECT_COLUMN = '_reject';

/** JS's `String.prototype.trim` white space: a text made only of these is blank. */
const WHITE_SPACE =
  '\t\n\u000b\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** The code points of {@link WHITE_SPACE}, for the first-character test of {@link blank}. */
const WHITE_SPACE_CODES = [...WHITE_SPACE].map((ch) => ch.codePointAt(0)).join(', ');

/**
 * The shape of a period key (`parsePeriodKey`'s patterns in one). Impossible dates that fit it
 * (`2026-02-30`, week 53 of a 52-week year) are found by `evaluateSql`, which reads the distinct
 * keys and checks each with `parsePeriodKey` (`CompileTarget.badPeriods`).
 */
const PERIOD_PATTERN =
  '^[0-9]{4}(-Q[1-4]|-W(0[1-9]|[1-4][0-9]|5[0-3])|-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$';

/**
 * Whether text `c` is blank. The pattern alone costs a regular-expression match per text field
 * and row (most of an evaluation's time on DuckDB); a text that is not empty and does not begin
 * with white space is not blank, so DuckDB and PostgreSQL (whose `AND` in a `CASE` condition skips
 * the rest once a row is decided) match the pattern only on texts that begin with white space.
 * ClickHouse 18.16 evaluates every operand of `and` on every row (its dialect has no
 * `firstCodePoint`): the pattern alone there.
 */
function blank(d: Dialect, c: string): string {
  const pattern = d.matches(c, `^[${WHITE_SPACE}]*$`);
  if (d.firstCodePoint === undefined) return pattern;
  return `(${c} = '' OR (${d.firstCodePoint(c)} IN (${WHITE_SPACE_CODES}) AND ${pattern}))`;
}

/** One check: the rule's label and a predicate (over canonical columns) true when it is broken. */
interface Check {
  label: string;
  broken: string;
}

/**
 * The checks of one table, in the order the JS reader reports issues. `badPeriods`: period keys
 * of the right shape that are no real period (see {@link PERIOD_PATTERN}).
 */
function checks(
  table: TableName,
  d: Dialect,
  params: Params,
  badPeriods: readonly string[],
  bounds: InstantBounds,
): Check[] {
  const def = recordTables[table];
  const out: Check[] = [];
  const q = (name: string) => d.quote(name);
  const add = (field: string, rule: SqlContractRule, broken: string) =>
    out.push({ label: `${field}:${rule}`, broken });
  const fields: Readonly<Record<string, FieldDef>> = def.fields;
  for (const [name, f] of Object.entries(fields)) {
    if (name === 'attributes' || name === 'qa') continue;
    const c = q(name);
    if (f.presence === 'required') add(name, 'required', `${c} IS NULL`);
    const members = f.members;
    if (members !== undefined) {
      // ClickHouse reads `NULL NOT IN (…)` as true: an absent optional value breaks no rule.
      add(
        name,
        'member',
        `${c} IS NOT NULL AND ${c} NOT IN (${members.map((m) => d.constant(m)).join(', ')})`,
      );
      continue;
    }
    switch (f.kind) {
      case 'text':
        add(name, 'blank', blank(d, c));
        break;
      case 'instant':
        add(
          name,
          'domain',
          `(${c} < ${params.add(bounds.first, 'bigint')} OR ${c} > ${params.add(bounds.last, 'bigint')})`,
        );
        break;
      case 'number':
      case 'seconds': {
        // NaN and ±Infinity minus themselves are NaN, which is not 0 (PostgreSQL's NaN = NaN too).
        add(name, 'finite', `NOT ((${c} - ${c}) = 0)`);
        const range = f.range;
        if (range === undefined) break;
        add(
          name,
          'range',
          `(${c} < ${params.add(range.min, 'double')}${range.max === undefined ? '' : ` OR ${c} > ${params.add(range.max, 'double')}`})`,
        );
        if (range.whole) add(name, 'whole', `${c} <> floor(${c})`);
        break;
      }
      case 'period':
        add(
          name,
          'period',
          badPeriods.length === 0
            ? `${c} IS NOT NULL AND NOT ${d.matches(c, PERIOD_PATTERN)}`
            : `${c} IS NOT NULL AND (NOT ${d.matches(c, PERIOD_PATTERN)} OR ${c} IN (${badPeriods.map((k) => params.add(k, 'text')).join(', ')}))`,
        );
        break;
      default:
        // Flags: the column's type holds true or false only.
        break;
    }
  }
  for (const rule of def.rules) {
    const a = q(rule.field);
    const b = q(rule.ref);
    const broken =
      rule.kind === 'notBefore'
        ? `${a} < ${b}`
        : rule.kind === 'impliedBy'
          ? `${d.isTrue(a)} AND NOT ${d.isTrue(b)} AND ${b} IS NOT NULL`
          : `${a} > ${b}`;
    add(rule.field, rule.kind, broken);
  }
  return out;
}

/**
 * A rule as a `CASE` condition. A NULL condition is not taken, and NULL OR TRUE is TRUE: in DuckDB
 * and PostgreSQL a rule that reads a NULL breaks nothing without a COALESCE around it (which
 * would keep DuckDB from skipping the rest of an `AND` or `OR` for rows already decided).
 * ClickHouse 18.16 needs the 0/1 of `ifNull`.
 */
const when = (d: Dialect, broken: string): string =>
  d.name === 'clickhouse' ? d.notNull(broken) : `(${broken})`;

/**
 * The canonical query with a {@link REJECT_COLUMN} column: the first rule the row breaks
 * (`field:rule`), NULL when the row keeps the contract.
 */
export function checkedQuery(
  table: TableName,
  canonical: string,
  d: Dialect,
  params: Params,
  badPeriods: readonly string[] = [],
  bounds: InstantBounds = DEFAULT_INSTANT_BOUNDS,
): string {
  const list = checks(table, d, params, badPeriods, bounds);
  const reject =
    list.length === 0
      ? d.nullOf('text')
      : `CASE ${list.map((c) => `WHEN ${when(d, c.broken)} THEN ${d.constant(c.label)}`).join(' ')} ELSE ${d.nullOf('text')} END`;
  return `SELECT *, ${reject} AS ${d.quote(REJECT_COLUMN)} FROM (${canonical}) AS ${d.quote('_canonical')}`;
}

/**
 * The canonical query's rows that keep the contract: one boolean filter, lighter for an engine
 * to analyse than the labelled `CASE` of {@link checkedQuery} (ClickHouse 18.16 spends most of a
 * small query's time on a long `multiIf`).
 */
export function acceptedRows(
  table: TableName,
  canonical: string,
  d: Dialect,
  params: Params,
  badPeriods: readonly string[] = [],
  bounds: InstantBounds = DEFAULT_INSTANT_BOUNDS,
): string {
  const list = checks(table, d, params, badPeriods, bounds);
  const from = `SELECT * FROM (${canonical}) AS ${d.quote('_canonical')}`;
  if (list.length === 0) return from;
  // One CASE, not NOT (… OR …): PostgreSQL splits the latter into one condition per rule and
  // multiplies their default selectivities into "1 row", then nests loops over the tickets in
  // the repeat-fault self-join (minutes for 1,500 tickets); a CASE is estimated once.
  const [no, yes] = d.name === 'clickhouse' ? ['0', '1'] : ['FALSE', 'TRUE'];
  return `${from} WHERE (CASE WHEN ${list.map((c) => when(d, c.broken)).join(' OR ')} THEN ${no} ELSE ${yes} END)`;
}

/** Splits a {@link REJECT_COLUMN} label into its field and rule. */
export function parseRejectLabel(label: string): { field: string; rule: SqlContractRule } {
  const at = label.lastIndexOf(':');
  return { field: label.slice(0, at), rule: label.slice(at + 1) as SqlContractRule };
}
