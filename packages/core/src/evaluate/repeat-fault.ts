import type { ServiceTicket } from '../data/types';
import { isResolved } from '../data/types';

/**
 * What the repeat-fault pre-pass needs of each ticket, column by column (typed arrays, strings
 * turned into small integer codes): a one-pass evaluation keeps these ~30 bytes per ticket instead
 * of the tickets themselves. Row `i` is the `i`-th ticket given to {@link RepeatColumns.push}.
 */
export class RepeatColumns {
  length = 0;
  /** Customer code, `-1` for none or an excluded ticket (neither counts nor acts as a repeat). */
  customer = new Int32Array(1024);
  /** Product and category codes, `-1` when unknown. */
  product = new Int32Array(1024);
  category = new Int32Array(1024);
  created = new Float64Array(1024);
  /** Resolution instant of a resolved ticket (`isResolved`), else `NaN`. */
  resolved = new Float64Array(1024);
  private readonly customers = new Map<string, number>();
  private readonly products = new Map<string, number>();
  private readonly categories = new Map<string, number>();

  /** Adds the next ticket (every accepted ticket, excluded ones too, in order). */
  push(t: ServiceTicket): void {
    const i = this.length;
    if (i === this.customer.length) this.grow();
    this.length = i + 1;
    if (t.excluded !== undefined || t.customerId === undefined) {
      this.customer[i] = -1;
      return;
    }
    this.customer[i] = code(this.customers, t.customerId);
    this.product[i] = t.productId === undefined ? -1 : code(this.products, t.productId);
    this.category[i] = t.category === undefined ? -1 : code(this.categories, t.category);
    this.created[i] = t.createdAt;
    this.resolved[i] = isResolved(t) ? (t.resolvedAt as number) : Number.NaN;
  }

  /** Number of distinct customers seen. */
  get customerCount(): number {
    return this.customers.size;
  }

  /** Number of distinct categories seen. */
  get categoryCount(): number {
    return this.categories.size;
  }

  private grow(): void {
    const size = this.customer.length * 2;
    const int = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    const float = (a: Float64Array) => {
      const b = new Float64Array(size);
      b.set(a);
      return b;
    };
    this.customer = int(this.customer);
    this.product = int(this.product);
    this.category = int(this.category);
    this.created = float(this.created);
    this.resolved = float(this.resolved);
  }
}

function code(map: Map<string, number>, key: string): number {
  let c = map.get(key);
  if (c === undefined) {
    c = map.size;
    map.set(key, c);
  }
  return c;
}

/** Buckets up to this size are scanned directly (at most this many candidates per ticket). */
const SMALL_BUCKET = 32;

/** Whether a sorted list holds a value in `(from, until]` (binary search). */
function anyIn(list: readonly number[] | undefined, from: number, until: number): boolean {
  if (list === undefined) return false;
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if ((list[mid] as number) <= from) a = mid + 1;
    else b = mid;
  }
  return a < list.length && (list[a] as number) <= until;
}

/** The outcome of ticket `i` given whether a matching follow-up exists. */
function outcome(repeated: boolean, until: number, asOf: number): number {
  return repeated ? 1 : until <= asOf ? 0 : -1;
}

/** A small bucket (sorted by creation): each resolved ticket scans its window directly. */
function scanSmall(
  cols: RepeatColumns,
  bucket: Int32Array,
  windowMs: number,
  asOf: number,
  out: Int8Array,
): void {
  const { product, category, created, resolved } = cols;
  for (let k = 0; k < bucket.length; k++) {
    const i = bucket[k] as number;
    const from = resolved[i] as number;
    if (Number.isNaN(from)) continue;
    const until = from + windowMs;
    const p = product[i] as number;
    const g = category[i] as number;
    let repeated = false;
    for (let j = 0; j < bucket.length; j++) {
      const u = bucket[j] as number;
      const t = created[u] as number;
      if (t <= from) continue;
      if (t > until) break;
      const up = product[u] as number;
      if (up >= 0 && p >= 0 && up !== p) continue;
      const ug = category[u] as number;
      if (ug >= 0 && g >= 0 && ug !== g) continue;
      repeated = true;
      break;
    }
    out[i] = outcome(repeated, until, asOf);
  }
}

/**
 * A large bucket: creation times listed per product, per category and per (product, category)
 * (unknown = -1 is a key of its own), each list sorted because the bucket is. A ticket's follow-up
 * is compatible when each known key matches or the follow-up's is unknown, so it is a binary search
 * in at most four lists: O(log n) per ticket whatever the mix of products (the plain scan was
 * O(n) per ticket, O(n²) for one customer with many distinct products).
 */
function scanIndexed(
  cols: RepeatColumns,
  bucket: Int32Array,
  windowMs: number,
  asOf: number,
  out: Int8Array,
): void {
  const { product, category, created, resolved } = cols;
  const all: number[] = [];
  const byProduct = new Map<number, number[]>();
  const byCategory = new Map<number, number[]>();
  const byPair = new Map<number, number[]>();
  // (p + 1, g + 1) as one exact number: codes are below the ticket count, so the product stays < 2^53.
  const stride = cols.categoryCount + 1;
  const pair = (p: number, g: number) => (p + 1) * stride + (g + 1);
  const add = (map: Map<number, number[]>, key: number, t: number) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [t]);
    else list.push(t);
  };
  for (let k = 0; k < bucket.length; k++) {
    const u = bucket[k] as number;
    const t = created[u] as number;
    const up = product[u] as number;
    const ug = category[u] as number;
    all.push(t);
    add(byProduct, up, t);
    add(byCategory, ug, t);
    add(byPair, pair(up, ug), t);
  }
  for (let k = 0; k < bucket.length; k++) {
    const i = bucket[k] as number;
    const from = resolved[i] as number;
    if (Number.isNaN(from)) continue;
    const until = from + windowMs;
    const p = product[i] as number;
    const g = category[i] as number;
    let repeated: boolean;
    if (p < 0 && g < 0) repeated = anyIn(all, from, until);
    else if (g < 0) {
      repeated = anyIn(byProduct.get(p), from, until) || anyIn(byProduct.get(-1), from, until);
    } else if (p < 0) {
      repeated = anyIn(byCategory.get(g), from, until) || anyIn(byCategory.get(-1), from, until);
    } else {
      repeated =
        anyIn(byPair.get(pair(p, g)), from, until) ||
        anyIn(byPair.get(pair(p, -1)), from, until) ||
        anyIn(byPair.get(pair(-1, g)), from, until) ||
        anyIn(byPair.get(pair(-1, -1)), from, until);
    }
    out[i] = outcome(repeated, until, asOf);
  }
}

/**
 * Repeat-fault pre-pass [RULES.md#metric-repeatFaultRate]. For every resolved ticket with a
 * customer:
 * `1` when a NEW ticket of the same customer was created after its resolution and at most
 * `windowMs` later (inclusive), for the same product and the same category wherever both tickets
 * know them; `0` when no such ticket exists and the window has closed by `asOf`; `-1` when the
 * window is still open at `asOf` (not observable yet) or the ticket has no customer / is unresolved.
 *
 * Follow-up tickets are looked for among all non-excluded tickets, whatever the evaluation's
 * `where` filter: a customer coming back to another team is still a repeat of this resolution.
 *
 * Runs in O(n log n) on typed arrays: tickets are bucketed by customer (counting sort) and each
 * bucket is sorted by creation time (host data usually arrives in creation order: then it is
 * already sorted and only checked); a customer's tickets are then looked up by binary search in
 * per-product / per-category lists (small buckets, ≤ 32 tickets, are scanned directly).
 *
 * @example
 * const cols = new RepeatColumns();
 * for (const t of tickets) cols.push(t);
 * const outcomes = detectRepeatFaults(cols, 7 * 86_400_000, asOf); // 1 / 0 / -1 per ticket
 */
export function detectRepeatFaults(cols: RepeatColumns, windowMs: number, asOf: number): Int8Array {
  const n = cols.length;
  const out = new Int8Array(n).fill(-1);
  const customers = cols.customerCount;
  if (customers === 0) return out;
  const { customer, created } = cols;

  // Counting sort of ticket rows by customer.
  const start = new Int32Array(customers + 1);
  for (let i = 0; i < n; i++) {
    const c = customer[i] as number;
    if (c >= 0) start[c + 1] = (start[c + 1] as number) + 1;
  }
  for (let c = 0; c < customers; c++)
    start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const order = new Int32Array(start[customers] as number);
  const fill = start.slice(0, customers);
  for (let i = 0; i < n; i++) {
    const c = customer[i] as number;
    if (c >= 0) {
      const at = fill[c] as number;
      order[at] = i;
      fill[c] = at + 1;
    }
  }
  const byCreated = (a: number, b: number) =>
    (created[a] as number) - (created[b] as number) || a - b;
  const isSortedByCreated = (bucket: Int32Array): boolean => {
    for (let k = 1; k < bucket.length; k++) {
      if (byCreated(bucket[k - 1] as number, bucket[k] as number) > 0) return false;
    }
    return true;
  };

  for (let c = 0; c < customers; c++) {
    const bucket = order.subarray(start[c] as number, start[c + 1] as number);
    if (bucket.length > 1 && !isSortedByCreated(bucket)) bucket.sort(byCreated);
    if (bucket.length <= SMALL_BUCKET) scanSmall(cols, bucket, windowMs, asOf, out);
    else scanIndexed(cols, bucket, windowMs, asOf, out);
  }
  return out;
}
