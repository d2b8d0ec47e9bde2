/**
 * Field presence: a figure never rests on a field the host never gave.
 * An evaluation knows which canonical fields any record of each table carried; a metric whose
 * input fields no record carries gets `value: null` with `reason: 'notRecorded'` naming them,
 * instead of the 0 % or 100 % that absence would otherwise produce (no `followUpAt` anywhere is not
 * "no ticket was followed up in time"). A host that really records "none" by leaving a field out
 * says so with the `recorded` option.
 */
import { recordTables } from '../data/tables';
import type { TableName } from '../data/types';
import { measureExprs } from '../metrics/expr/build';
import type { DerivedValue, Expr, Measure } from '../metrics/expr/types';
import type { AnyMetric, MetricValue } from '../metrics/types';
import type { Evaluation, MetricValues } from './types';

/** The canonical fields any record of each table carried, in declaration order. */
export type RecordedFields = Readonly<Record<TableName, readonly string[]>>;

/**
 * The optional fields behind each derived ticket value: `essential` ones the value cannot exist
 * without; `fallback` ones whose absence the value's own rule handles per ticket (a response
 * outcome falls back on the resolution; a ticket without a customer has no repeat). Due instants
 * are not listed: the SLA policy supplies a due when a ticket has none.
 */
const derivedInputs: Readonly<
  Record<DerivedValue, { essential: readonly string[]; fallback: readonly string[] }>
> = {
  resolved: { essential: ['resolvedAt'], fallback: [] },
  open: { essential: [], fallback: [] },
  firstResponseMs: { essential: ['firstResponseAt'], fallback: [] },
  resolutionMs: { essential: ['resolvedAt'], fallback: [] },
  handlingMs: { essential: ['firstResponseAt', 'resolvedAt'], fallback: [] },
  // A resolution without a recorded response counts as the response (responseTimelinessRate).
  responseOutcome: { essential: [], fallback: ['firstResponseAt', 'resolvedAt'] },
  resolutionOutcome: { essential: ['resolvedAt'], fallback: [] },
  repeatFault: { essential: [], fallback: ['customerId'] },
};

/** The optional fields a metric reads: those it cannot do without, and those of its outcome. */
export interface MetricInputs {
  /**
   * Read outside `coalesce` and outside a derived value's fallback (populations, scopes, plain
   * comparisons): one missing field makes the metric not recorded.
   */
  readonly essential: readonly string[];
  /**
   * Every field the outcome reads (hit, value, numerator, score), fallbacks included: when none of
   * them is recorded, the outcome would be its defaults alone (`coalesce(opportunities, 0)` on a
   * table without `opportunities` is "none found" everywhere), so the metric is not recorded.
   */
  readonly outcome: readonly string[];
}

/**
 * The optional canonical fields a declarative metric reads (required and defaulted fields are
 * always there); none for a hand-written accumulator, whose inputs are unknown.
 */
export function metricInputs(metric: AnyMetric): MetricInputs {
  const measure = metric.measure;
  if (measure === undefined) return { essential: [], outcome: [] };
  const table = metric.table as TableName;
  const fields = recordTables[table].fields as Readonly<Record<string, { presence: string }>>;
  const optional = (name: string) => fields[name]?.presence === 'optional';
  const essential = new Set<string>();
  const outcome = new Set<string>();
  const visit = (e: Expr, fallback: boolean, inOutcome: boolean) => {
    const add = (name: string, isFallback: boolean) => {
      if (!optional(name)) return;
      if (!isFallback) essential.add(name);
      if (inOutcome) outcome.add(name);
    };
    switch (e.op) {
      case 'field':
        return add(e.name, fallback);
      case 'qa':
        return add('qa', fallback);
      case 'derived': {
        const inputs = derivedInputs[e.name];
        for (const f of inputs.essential) add(f, fallback);
        for (const f of inputs.fallback) add(f, true);
        return;
      }
      case 'coalesce':
        // Every argument but the last may be missing on a record: the last one stands in.
        for (let i = 0; i < e.args.length; i++)
          visit(e.args[i] as Expr, fallback || i < e.args.length - 1, inOutcome);
        return;
      default:
        walkChildren(e, (child) => visit(child, fallback, inOutcome));
    }
  };
  const [scopes, outcomes] = measureParts(measure);
  for (const e of scopes) visit(e, false, false);
  for (const e of outcomes) visit(e, false, true);
  return { essential: [...essential].sort(), outcome: [...outcome].sort() };
}

/** A measure's scope expressions (population, where) and outcome expressions. */
function measureParts(m: Measure): [Expr[], Expr[]] {
  const scopes = [m.population, m.where].filter((e): e is Expr => e !== undefined);
  const all = measureExprs(m);
  return [scopes, all.filter((e) => !scopes.includes(e))];
}

/** The fields of `metric` that make it not recorded, given the fields recorded; `[]` when none. */
export function unrecordedInputs(metric: AnyMetric, recorded: ReadonlySet<string>): string[] {
  const { essential, outcome } = metricInputs(metric);
  const missing = new Set(essential.filter((f) => !recorded.has(f)));
  if (outcome.length > 0 && outcome.every((f) => !recorded.has(f)))
    for (const f of outcome) missing.add(f);
  return [...missing].sort();
}

/** Visits the direct children of an expression. */
function walkChildren(e: Expr, visit: (child: Expr) => void): void {
  switch (e.op) {
    case 'present':
    case 'not':
    case 'oneOf':
      visit(e.arg);
      break;
    case 'cmp':
    case 'arith':
      visit(e.left);
      visit(e.right);
      break;
    case 'and':
    case 'or':
    case 'coalesce':
      for (const a of e.args) visit(a);
      break;
    default:
      break;
  }
}

/** Whether any ticket has status `resolved` or `closed` (see {@link withRecorded}). */
export function anyFinished(tickets: ArrayLike<{ readonly status: string }>): boolean {
  for (let i = 0; i < tickets.length; i++) {
    const status = (tickets[i] as { status: string }).status;
    if (status === 'resolved' || status === 'closed') return true;
  }
  return false;
}

/** The optional fields of `table` that at least one of `records` carries (a value, not `undefined`). */
export function carriedFields(table: TableName, records: ArrayLike<object>): string[] {
  const names = Object.keys(recordTables[table].fields);
  return names.filter((name) => {
    for (let i = 0; i < records.length; i++) {
      if ((records[i] as Record<string, unknown>)[name] !== undefined) return true;
    }
    return false;
  });
}

/**
 * Checks the `recorded` option: canonical field names a host declares recorded although no record
 * may carry them (an absent value then means "none", e.g. no opportunity found).
 * @throws RangeError naming an entry that is no optional field of any table.
 */
export function checkRecordedOption(recorded: unknown): readonly string[] {
  if (recorded === undefined) return [];
  if (!Array.isArray(recorded)) {
    throw new RangeError(
      `Invalid option \`recorded\`: it must be an array of field names, e.g. ['opportunities', 'followUpAt'], not ${typeof recorded}.`,
    );
  }
  const known = new Set(
    Object.values(recordTables).flatMap((t) =>
      Object.keys(t.fields).filter((n) => n !== 'attributes'),
    ),
  );
  for (const name of recorded) {
    if (typeof name !== 'string' || !known.has(name)) {
      throw new RangeError(
        `Invalid option \`recorded\`: ${JSON.stringify(name)} is not a canonical field. Fields: ${[...known].join(', ')}.`,
      );
    }
  }
  return recorded as string[];
}

function notRecordedValue(value: MetricValue, missing: readonly string[]): MetricValue {
  return {
    metricId: value.metricId,
    value: null,
    unit: value.unit,
    sampleSize: 0,
    sufficient: false,
    reason: 'notRecorded',
    notRecorded: missing,
    ...(value.censored === undefined ? {} : { censored: value.censored }),
  };
}

/**
 * The evaluation with the fields carried stated, and every value of a metric whose inputs no
 * record carries (and the host did not declare recorded) replaced by a `notRecorded` value.
 * `finishedTickets`: whether any accepted ticket has status `resolved` or `closed`.
 */
export function withRecorded(
  evaluation: Evaluation,
  metrics: readonly AnyMetric[],
  carried: RecordedFields,
  declared: readonly string[],
  finishedTickets: boolean,
): Evaluation {
  const missingBy = new Map<string, readonly string[]>();
  for (const metric of metrics) {
    const table = metric.table as TableName;
    const fields = carried[table];
    // A table without records, or a metric without a value overall, has no data (`noData`):
    // `notRecorded` is for a figure that absence would otherwise produce.
    if (fields.length === 0 || (evaluation.overall[metric.id]?.value ?? null) === null) continue;
    const have = new Set([...fields, ...declared]);
    // Without a resolved or closed ticket there is no resolution to record: "nothing resolved"
    // is then a true answer (0 resolved), not a missing field.
    if (table === 'tickets' && !finishedTickets) have.add('resolvedAt');
    const missing = unrecordedInputs(metric, have);
    if (missing.length > 0) missingBy.set(metric.id, missing);
  }
  if (missingBy.size === 0) return { ...evaluation, recorded: carried };
  const fix = (values: MetricValues): MetricValues => {
    const out: Record<string, MetricValue> = { ...values };
    for (const [id, missing] of missingBy) {
      const v = values[id];
      if (v !== undefined) out[id] = notRecordedValue(v, missing);
    }
    return out;
  };
  return {
    ...evaluation,
    overall: fix(evaluation.overall),
    groups: evaluation.groups.map((g) => ({ ...g, values: fix(g.values) })),
    periods: evaluation.periods.map((p) => ({ ...p, values: fix(p.values) })),
    recorded: carried,
  };
}
