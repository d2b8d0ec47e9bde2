import { fieldKinds } from '../data/field-kinds';
import type { TableName, TableRecords } from '../data/types';
import type { LocalizedText } from '../i18n/locale';
import { accumulatorOf, needsOf } from './expr/accumulator';
import { and, measureExprs, walk } from './expr/build';
import { compilePredicate } from './expr/compile-js';
import type { Expr, Measure } from './expr/types';
import type { AnyMetric, EvalContext, MetricDefinition, PeriodTimestamp } from './types';

/** Thrown for a malformed metric definition; the message names the metric and the field. */
export class MetricDefinitionError extends TypeError {
  override name = 'MetricDefinitionError';
}

const units = ['ratio', 'duration', 'points', 'count', 'score', 'number'];
const directions = ['higher', 'lower'];
const categories = ['satisfaction', 'quality', 'efficiency', 'people', 'business', 'custom'];
const timestampsByTable: Record<TableName, readonly PeriodTimestamp[]> = {
  tickets: ['createdAt', 'resolvedAt', 'surveyedAt'],
  calls: ['startedAt'],
  agents: ['period'],
  customers: ['period'],
};
const idPattern = /^[A-Za-z][\w.:-]*$/;

function fail(id: unknown, field: string, value: unknown, rule: string): never {
  throw new MetricDefinitionError(
    `Invalid metric definition ${JSON.stringify(id)}: \`${field}\` is ${JSON.stringify(value)}; ${rule}.`,
  );
}

function checkText(id: unknown, field: string, text: unknown): void {
  const t = text as Partial<Record<string, unknown>> | undefined;
  if (
    typeof t !== 'object' ||
    t === null ||
    typeof t['zh-CN'] !== 'string' ||
    typeof t['en-US'] !== 'string'
  ) {
    fail(id, field, text, 'it must give a string for both "zh-CN" and "en-US"');
  }
}

/**
 * Checks a metric definition and returns it unchanged (typed). Use it for a host's own metrics;
 * the catalogue's metrics go through it too.
 *
 * @throws MetricDefinitionError naming the metric, the field, the value and the rule.
 * @example
 * const escalationRate = defineMetric({
 *   id: 'escalationRate', table: 'tickets', timestamp: 'createdAt', unit: 'ratio', direction: 'lower',
 *   category: 'custom', minSample: 1,
 *   label: { 'zh-CN': '升级率', 'en-US': 'Escalation rate' },
 *   formula: { 'zh-CN': '升级工单 ÷ 工单', 'en-US': 'escalated ÷ tickets' },
 *   accumulator: ratioAccumulator((t) => (t.attributes?.escalated ? Outcome.Hit : Outcome.Miss)),
 * });
 */
export function defineMetric<T extends TableName>(
  definition: DeclarativeMetric<T>,
  // biome-ignore lint/suspicious/noExplicitAny: the state follows from the measure's kind.
): MetricDefinition<T, any>;
export function defineMetric<T extends TableName, S>(
  definition: MetricDefinition<T, S>,
): MetricDefinition<T, S>;
export function defineMetric<T extends TableName, S>(
  input: MetricDefinition<T, S> | DeclarativeMetric<T>,
): MetricDefinition<T, S> {
  const definition = withAccumulator(input);
  const d = definition as Partial<MetricDefinition<T, S>>;
  const id = d.id;
  if (typeof id !== 'string' || !idPattern.test(id))
    fail(id, 'id', id, 'it must start with a letter and use letters, digits, ".", ":", "_" or "-"');
  checkText(id, 'label', d.label);
  checkText(id, 'formula', d.formula);
  if (!units.includes(d.unit as string))
    fail(id, 'unit', d.unit, `it must be one of ${units.join(', ')}`);
  if (!directions.includes(d.direction as string))
    fail(id, 'direction', d.direction, 'it must be "higher" or "lower"');
  if (!categories.includes(d.category as string))
    fail(id, 'category', d.category, `it must be one of ${categories.join(', ')}`);
  const allowed = timestampsByTable[d.table as TableName];
  if (!allowed) fail(id, 'table', d.table, 'it must be tickets, calls, agents or customers');
  if (!allowed.includes(d.timestamp as PeriodTimestamp))
    fail(
      id,
      'timestamp',
      d.timestamp,
      `records of ${d.table} are put into periods by ${allowed.join(' or ')}`,
    );
  if (typeof d.minSample !== 'number' || !Number.isInteger(d.minSample) || d.minSample < 0)
    fail(id, 'minSample', d.minSample, 'it must be a whole number ≥ 0');
  const acc = d.accumulator as unknown as Record<string, unknown> | undefined;
  for (const fn of ['init', 'add', 'merge', 'result']) {
    if (typeof acc?.[fn] !== 'function')
      fail(
        id,
        `accumulator.${fn}`,
        typeof acc?.[fn],
        'an accumulator needs init, add, merge and result functions',
      );
  }
  return definition;
}

/**
 * A metric stated as data: metadata plus a {@link Measure} (population, classification, value)
 * over the table's canonical fields. The JS accumulator and the SQL are both derived from it.
 */
export type DeclarativeMetric<T extends TableName = TableName> = Omit<
  MetricDefinition<T>,
  'accumulator' | 'measure' | 'needs'
> & { readonly measure: Measure };

/** Checks a measure's expressions against the table's fields; derives accumulator and needs. */
function withAccumulator<T extends TableName, S>(
  input: MetricDefinition<T, S> | DeclarativeMetric<T>,
): MetricDefinition<T, S> {
  const measure = (input as { measure?: Measure }).measure;
  const hasOwn = typeof (input as { accumulator?: unknown }).accumulator === 'object';
  if (measure === undefined || hasOwn) return input as MetricDefinition<T, S>;
  const id = input?.id;
  if (typeof measure !== 'object' || measure === null)
    fail(
      id,
      'measure',
      measure,
      'it must be a measure built with ratio, count, mean, sumRatio or npsOf',
    );
  const fields = fieldKinds[input.table as TableName] as Record<string, string> | undefined;
  if (fields !== undefined) {
    for (const e of measureExprs(measure)) checkExpr(id, input.table, fields, e);
  }
  return {
    ...input,
    accumulator: accumulatorOf(measure),
    needs: needsOf(measure),
  } as unknown as MetricDefinition<T, S>;
}

function checkExpr(id: unknown, table: string, fields: Record<string, string>, e: Expr): void {
  walk(e, (node) => {
    if (node.op === 'field' && !Object.hasOwn(fields, node.name))
      fail(
        id,
        'measure',
        node.name,
        `${table} have no field of that name; fields: ${Object.keys(fields).join(', ')} (attributes: attr(name))`,
      );
    if (node.op === 'qa' && table !== 'tickets')
      fail(id, 'measure', `qa(${node.item})`, 'only tickets have quality-inspection scores');
    if (node.op === 'derived' && table !== 'tickets')
      fail(id, 'measure', node.name, 'only tickets have derived values');
  });
}

/** Options of {@link scopeMetric}. */
export interface ScopeOptions<R> {
  /** The new metric's id, e.g. `complaintResponseTimelinessRate`. */
  id: string;
  /**
   * Only records for which this holds are added: an expression (`eq(field('kind'), 'complaint')`),
   * which keeps the metric declarative and runnable in SQL, or a function, which runs in `evaluate`
   * only (the SQL compiler refuses a metric whose meaning is a closure).
   */
  where: Expr | ((record: R, ctx: EvalContext) => boolean);
  /** The new labels. @default the base labels with the id appended */
  label?: LocalizedText;
  /** @default the base formula, with "(scoped)" appended */
  formula?: LocalizedText;
  /** @default the base metric's `minSample` */
  minSample?: number;
}

/**
 * The same definition restricted to the records `where` accepts, under a new id: e.g. complaint
 * response timeliness = `responseTimelinessRate` where `kind === 'complaint'`. The base's formula,
 * unit, direction and period timestamp are kept, so scoped and unscoped values compare.
 *
 * @example
 * const complaintTimeliness = scopeMetric(getMetric('responseTimelinessRate'), {
 *   id: 'complaintResponseTimelinessRate',
 *   where: (t) => t.kind === 'complaint',
 *   label: { 'zh-CN': '投诉响应及时率', 'en-US': 'Complaint response timeliness' },
 * });
 */
export function scopeMetric<T extends TableName, S>(
  base: MetricDefinition<T, S>,
  options: ScopeOptions<TableRecords[T]>,
): MetricDefinition<T, S> {
  const { where } = options;
  const isExpr = typeof where === 'object' && where !== null && typeof where.op === 'string';
  if (typeof where !== 'function' && !isExpr)
    fail(
      options.id,
      'where',
      where,
      'scopeMetric needs a `where` expression (e.g. eq(field("kind"), "complaint")) or a `where(record)` predicate',
    );
  const texts = {
    id: options.id,
    label: options.label ?? {
      'zh-CN': `${base.label['zh-CN']}（${options.id}）`,
      'en-US': `${base.label['en-US']} (${options.id})`,
    },
    formula: options.formula ?? {
      'zh-CN': `${base.formula['zh-CN']}（限定范围）`,
      'en-US': `${base.formula['en-US']} (scoped)`,
    },
    minSample: options.minSample ?? base.minSample,
    category: base.category,
  };
  if (isExpr && base.measure !== undefined) {
    const measure = {
      ...base.measure,
      where: base.measure.where === undefined ? where : and(where, base.measure.where),
    } as Measure;
    const { accumulator: _a, needs: _n, ...rest } = base;
    return defineMetric({ ...rest, ...texts, measure }) as MetricDefinition<T, S>;
  }
  const test =
    typeof where === 'function'
      ? where
      : (compilePredicate(where) as (record: TableRecords[T], ctx: EvalContext) => boolean);
  const add = base.accumulator.add;
  const { measure: _m, ...handWritten } = base;
  return defineMetric<T, S>({
    ...handWritten,
    ...texts,
    accumulator: {
      ...base.accumulator,
      add(state, record, ctx) {
        if (test(record, ctx)) add(state, record, ctx);
      },
    },
  });
}

/** Internal: cast a typed definition into the catalogue's element type. */
export function asAny<T extends TableName, S>(metric: MetricDefinition<T, S>): AnyMetric {
  return metric as unknown as AnyMetric;
}
