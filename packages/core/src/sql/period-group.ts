// Which period and which group a row falls in, in SQL: the period ordinal of an instant (numbered
// as `createPeriodIndexer` numbers periods) and the group key as `evaluate` reads `groupBy`.
import type { TableName } from '../data/types';
import { type EvaluationPlan, SqlCompileError } from './compile-types';
import type { Dialect, Params } from './dialect';
import { canonicalFields } from './source';

/** The period ordinal of an epoch-ms instant, as `createPeriodIndexer` numbers periods. */
export function periodOrdinal(
  ms: string,
  plan: EvaluationPlan,
  d: Dialect,
  params: Params,
): string {
  const { day, year, month } = d.localParts(ms, plan.timeZone, params);
  switch (plan.period) {
    case 'day':
      return day;
    case 'week':
      return d.floorDiv(`${day} + 3`, 7);
    case 'month':
      return `(${year} * 12 + ${month} - 1)`;
    case 'quarter':
      return `(${year} * 4 + ${d.floorDiv(`${month} - 1`, 3)})`;
    default:
      return year;
  }
}

/**
 * The group key as `evaluate` reads it: the record's own field when it has one (text), else the
 * attribute of that name; blank is no group.
 */
export function groupKey(table: TableName, name: string, d: Dialect, params: Params): string {
  const q = (id: string) => d.quote(id);
  const attribute = `nullIf(${d.jsonText(q('attributes'), name, params)}, '')`;
  const field = canonicalFields(table).find((f) => f.name === name);
  if (field === undefined || name === 'attributes') return attribute;
  const kind = field.kind;
  if (kind !== 'text' && kind !== 'enum')
    throw new SqlCompileError(
      `compileEvaluation: groupBy "${name}" is a ${kind} field of ${table}; SQL groups by text fields (ids, channel, region, enums) or attributes.`,
    );
  return `CASE WHEN ${q(name)} IS NOT NULL THEN nullIf(${q(name)}, '') ELSE ${attribute} END`;
}
