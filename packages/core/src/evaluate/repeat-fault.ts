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

/**
 * Repeat-fault pre-pass (KPIS.md `repeatFaultRate`). For every resolved ticket with a customer:
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
 * already sorted and only checked).
 */
export function detectRepeatFaults(cols: RepeatColumns, windowMs: number, asOf: number): Int8Array {
  const n = cols.length;
  const out = new Int8Array(n).fill(-1);
  const customers = cols.customerCount;
  if (customers === 0) return out;
  const { customer, product, category, created, resolved } = cols;

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
    for (let k = 0; k < bucket.length; k++) {
      const i = bucket[k] as number;
      const from = resolved[i] as number;
      if (Number.isNaN(from)) continue;
      const until = from + windowMs;
      // First ticket of this customer created strictly after the resolution.
      let a = 0;
      let b = bucket.length;
      while (a < b) {
        const mid = (a + b) >>> 1;
        if ((created[bucket[mid] as number] as number) <= from) a = mid + 1;
        else b = mid;
      }
      const p = product[i] as number;
      const g = category[i] as number;
      let repeated = false;
      for (let j = a; j < bucket.length; j++) {
        const u = bucket[j] as number;
        if ((created[u] as number) > until) break;
        const up = product[u] as number;
        if (up >= 0 && p >= 0 && up !== p) continue;
        const ug = category[u] as number;
        if (ug >= 0 && g >= 0 && ug !== g) continue;
        repeated = true;
        break;
      }
      out[i] = repeated ? 1 : until <= asOf ? 0 : -1;
    }
  }
  return out;
}
