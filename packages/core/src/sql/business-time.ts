import type { BusinessCalendar } from '../time/calendar';
import type { Dialect, Params } from './dialect';

const DAY = 86_400_000;
/** How far past the data a due instant may fall (as `addWorkingTime`'s own limit). */
const MAX_HORIZON_DAYS = 3660;

/**
 * The working intervals of a business calendar over the data's range, with the working time before
 * each one: W(x), the working time up to instant x, is `before[i] + clamp(x − start[i])` for the
 * last interval starting at or before x. Then `elapsed(a, b) = W(b) − W(a)` and
 * `addWorkingTime(a, ms)` is the instant where W reaches W(a) + ms — the calendar's own rules,
 * as a table a database can use.
 */
export interface WorkTable {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly before: readonly number[];
}

/**
 * The work table for instants in `[from, to]`, extended past `to` until it holds `horizonMs` of
 * working time (so every due instant `addWorkingTime(x ≤ to, target ≤ horizonMs)` lies inside).
 */
export function workTable(
  calendar: BusinessCalendar,
  from: number,
  to: number,
  horizonMs: number,
): WorkTable {
  if (typeof calendar.workingIntervals !== 'function')
    throw new TypeError(
      'compileEvaluation: option `calendar` must be made with businessCalendar() to run in SQL (it needs workingIntervals).',
    );
  let end = to + DAY;
  let bounds = calendar.workingIntervals(from - DAY, end);
  const after = () => {
    let sum = 0;
    for (let i = 0; i < bounds.length; i += 2)
      sum += Math.max(0, (bounds[i + 1] as number) - Math.max(bounds[i] as number, to));
    return sum;
  };
  while (after() <= horizonMs && end < to + MAX_HORIZON_DAYS * DAY) {
    end += 31 * DAY;
    bounds = calendar.workingIntervals(from - DAY, end);
  }
  const starts: number[] = [];
  const ends: number[] = [];
  const before: number[] = [];
  let sum = 0;
  for (let i = 0; i < bounds.length; i += 2) {
    const s = bounds[i] as number;
    const e = bounds[i + 1] as number;
    starts.push(s);
    ends.push(e);
    before.push(sum);
    sum += e - s;
  }
  return { starts, ends, before };
}

/** Business time in one statement: W(x) and its inverse, per dialect. */
export class BusinessTimeSql {
  private uses = 0;
  /** PostgreSQL: the bound arrays (starts, ends, before, cumulative ends), added on first use. */
  private arrays: { s: string; e: string; b: string; ce: string } | undefined;
  constructor(
    private readonly d: Dialect,
    private readonly params: Params,
    private readonly table: WorkTable,
  ) {}

  private pgArrays(): { s: string; e: string; b: string; ce: string } {
    if (this.arrays === undefined) {
      const { starts, ends, before } = this.table;
      this.arrays = {
        s: this.params.addBigintArray(starts),
        e: this.params.addBigintArray(ends),
        b: this.params.addBigintArray(before),
        ce: this.params.addBigintArray(
          starts.map((x, i) => (before[i] as number) + (ends[i] as number) - x),
        ),
      };
    }
    return this.arrays;
  }

  /** DuckDB / PostgreSQL: the `_work` CTE (`"_ws"`, `"_we"`, `"_wb"`). */
  cte(): string {
    const q = (id: string) => this.d.quote(id);
    const { starts, ends, before } = this.table;
    const cols = `${q('_ws')}, ${q('_we')}, ${q('_wb')}`;
    if (starts.length === 0)
      return `${q('_work')}(${cols}) AS (SELECT ${this.d.nullOf('bigint')}, ${this.d.nullOf('bigint')}, ${this.d.nullOf('bigint')} WHERE FALSE)`;
    const rows = starts.map(
      (s, i) =>
        `(${this.params.add(s, 'bigint')}, ${this.params.add(ends[i] as number, 'bigint')}, ${this.params.add(before[i] as number, 'bigint')})`,
    );
    return `${q('_work')}(${cols}) AS (VALUES ${rows.join(', ')})`;
  }

  /** ClickHouse: `WITH` expression aliases for the arrays (18.16 has no table CTEs). */
  clickhouseWith(): string {
    const { starts, ends, before } = this.table;
    const arr = (xs: readonly number[]) => `CAST([${xs.join(', ')}] AS Array(Int64))`;
    const cumEnds = starts.map((s, i) => (before[i] as number) + (ends[i] as number) - s);
    return `WITH ${arr(starts)} AS _ws, ${arr(ends)} AS _we, ${arr(before)} AS _wb, ${arr(cumEnds)} AS _wce `;
  }

  /** W(x): working time up to instant `x` (NULL when `x` is NULL). */
  upTo(x: string): string {
    const q = (id: string) => this.d.quote(id);
    if (this.d.name === 'clickhouse') {
      const k = `_wk${this.uses++}`;
      const i = `if((arrayFirstIndex(s -> s > ifNull(${x}, 0), _ws) AS ${k}) = 0, toInt64(length(_ws)), toInt64(${k}) - 1)`;
      const at = (arr: string) => `arrayElement(${arr}, ${i})`;
      // Both branches nullable: 18.16 does not widen `if(c, NULL, x)`.
      return `if(${x} IS NULL, CAST(NULL AS Nullable(Int64)), toNullable(toInt64(if(${i} = 0, 0, ${at('_wb')} + least(greatest(${x} - ${at('_ws')}, 0), ${at('_we')} - ${at('_ws')})))))`;
    }
    if (this.d.name === 'postgres') {
      // width_bucket: a binary search for the last interval starting at or before x (0: none).
      const a = this.pgArrays();
      const i = `width_bucket(${x}, ${a.s})`;
      const at = (arr: string) => `(${arr})[${i}]`;
      return `CASE WHEN ${x} IS NULL THEN NULL ELSE COALESCE(${at(a.b)} + LEAST(GREATEST(${x} - ${at(a.s)}, 0), ${at(a.e)} - ${at(a.s)}), 0) END`;
    }
    const sub = `SELECT w.${q('_wb')} + LEAST(GREATEST(${x} - w.${q('_ws')}, 0), w.${q('_we')} - w.${q('_ws')}) FROM ${q('_work')} AS w WHERE w.${q('_ws')} <= ${x} ORDER BY w.${q('_ws')} DESC LIMIT 1`;
    return `CASE WHEN ${x} IS NULL THEN NULL ELSE COALESCE((${sub}), 0) END`;
  }

  /**
   * The first instant where W reaches `t` (`addWorkingTime`): inside the first interval whose
   * cumulative end is ≥ t; with `strict` (a zero amount), > t, so that an instant at the end of an
   * interval moves to the start of the next one, as the calendar does.
   */
  reach(t: string, strict: boolean): string {
    const q = (id: string) => this.d.quote(id);
    const op = strict ? '>' : '>=';
    if (this.d.name === 'clickhouse') {
      const k = `_wk${this.uses++}`;
      return `if((arrayFirstIndex(ce -> ce ${op} ifNull(${t}, 0), _wce) AS ${k}) = 0 OR ${t} IS NULL, CAST(NULL AS Nullable(Int64)), toNullable(toInt64(arrayElement(_ws, ${k}) + (${t} - arrayElement(_wb, ${k})))))`;
    }
    if (this.d.name === 'postgres') {
      // The number of cumulative ends ≤ t; the interval wanted is the next one, or this one when
      // its end is exactly t and the amount is not zero (cumulative ends strictly increase).
      const a = this.pgArrays();
      const j = `width_bucket(${t}, ${a.ce})`;
      const k = strict
        ? `(${j} + 1)`
        : `(CASE WHEN (${a.ce})[${j}] = ${t} THEN ${j} ELSE ${j} + 1 END)`;
      return `((${a.s})[${k}] + (${t} - (${a.b})[${k}]))`;
    }
    return `(SELECT w.${q('_ws')} + (${t} - w.${q('_wb')}) FROM ${q('_work')} AS w WHERE w.${q('_wb')} + (w.${q('_we')} - w.${q('_ws')}) ${op} ${t} ORDER BY w.${q('_ws')} LIMIT 1)`;
  }
}
