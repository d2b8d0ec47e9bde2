import type { ServiceTicket } from '../data/types';
import { isResolved } from '../data/types';

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
 * Runs in O(n log n) with typed arrays: customers get small integer ids, tickets are bucketed by
 * customer (counting sort) and each bucket is sorted by creation time.
 */
export function detectRepeatFaults(
  tickets: readonly ServiceTicket[],
  windowMs: number,
  asOf: number,
): Int8Array {
  const n = tickets.length;
  const out = new Int8Array(n).fill(-1);
  const customerIds = new Map<string, number>();
  const customerOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const t = tickets[i] as ServiceTicket;
    if (t.excluded !== undefined || t.customerId === undefined) continue;
    let c = customerIds.get(t.customerId);
    if (c === undefined) {
      c = customerIds.size;
      customerIds.set(t.customerId, c);
    }
    customerOf[i] = c;
  }
  const customers = customerIds.size;
  if (customers === 0) return out;

  // Counting sort of ticket indices by customer.
  const start = new Int32Array(customers + 1);
  for (let i = 0; i < n; i++) {
    const c = customerOf[i] as number;
    if (c >= 0) start[c + 1] = (start[c + 1] as number) + 1;
  }
  for (let c = 0; c < customers; c++)
    start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  const order = new Int32Array(start[customers] as number);
  const fill = start.slice(0, customers);
  for (let i = 0; i < n; i++) {
    const c = customerOf[i] as number;
    if (c >= 0) {
      const at = fill[c] as number;
      order[at] = i;
      fill[c] = at + 1;
    }
  }
  const byCreated = (a: number, b: number) =>
    (tickets[a] as ServiceTicket).createdAt - (tickets[b] as ServiceTicket).createdAt || a - b;
  const isSortedByCreated = (bucket: Int32Array): boolean => {
    for (let k = 1; k < bucket.length; k++) {
      if (byCreated(bucket[k - 1] as number, bucket[k] as number) > 0) return false;
    }
    return true;
  };

  for (let c = 0; c < customers; c++) {
    const lo = start[c] as number;
    const hi = start[c + 1] as number;
    const bucket = order.subarray(lo, hi);
    // Host data usually arrives in creation order: then the bucket is already sorted.
    if (bucket.length > 1 && !isSortedByCreated(bucket)) bucket.sort(byCreated);
    for (let k = 0; k < bucket.length; k++) {
      const i = bucket[k] as number;
      const t = tickets[i] as ServiceTicket;
      if (!isResolved(t)) continue;
      const from = t.resolvedAt as number;
      const until = from + windowMs;
      // First ticket of this customer created strictly after the resolution.
      let a = 0;
      let b = bucket.length;
      while (a < b) {
        const mid = (a + b) >>> 1;
        if ((tickets[bucket[mid] as number] as ServiceTicket).createdAt <= from) a = mid + 1;
        else b = mid;
      }
      let repeated = false;
      for (let j = a; j < bucket.length; j++) {
        const u = tickets[bucket[j] as number] as ServiceTicket;
        if (u.createdAt > until) break;
        if (u.productId !== undefined && t.productId !== undefined && u.productId !== t.productId)
          continue;
        if (u.category !== undefined && t.category !== undefined && u.category !== t.category)
          continue;
        repeated = true;
        break;
      }
      out[i] = repeated ? 1 : until <= asOf ? 0 : -1;
    }
  }
  return out;
}
