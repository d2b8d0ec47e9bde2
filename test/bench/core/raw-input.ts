/**
 * The host's raw records the core benchmark starts from: the demo generator's tickets written out
 * the way a CRM export arrives — only the fields it has, timestamps either as ISO-8601 strings
 * (`2026-03-05T08:12:44.000Z`) or as epoch milliseconds — and read back with `JSON.parse`, as a
 * host receiving them from an API has them (objects built by JSON.parse, every string its own).
 */
import type { ServiceTicket } from '../../../packages/core/src/data/types';
import { type DemoDataset, generateDemoDataset } from '../../../packages/core/src/demo/index';

export type TimestampForm = 'iso' | 'epoch';

const timeFields = [
  'createdAt',
  'firstResponseAt',
  'resolvedAt',
  'closedAt',
  'surveyedAt',
  'responseDueAt',
  'resolutionDueAt',
  'followUpAt',
] as const;

/** One raw record per demo ticket: present fields only, timestamps in `form`. */
export function rawTickets(
  tickets: readonly ServiceTicket[],
  form: TimestampForm,
): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = new Array(tickets.length);
  for (let i = 0; i < tickets.length; i++) {
    const t = tickets[i] as unknown as Record<string, unknown>;
    const row: Record<string, unknown> = {};
    for (const key in t) {
      const v = t[key];
      if (v !== undefined) row[key] = v;
    }
    if (form === 'iso') {
      for (const f of timeFields) {
        const v = row[f];
        if (typeof v === 'number') row[f] = new Date(v).toISOString();
      }
    }
    out[i] = row;
  }
  // Through JSON in slices of 10,000, as a paged API delivers them.
  const parsed: Record<string, unknown>[] = [];
  for (let at = 0; at < out.length; at += 10_000) {
    const page = JSON.parse(JSON.stringify(out.slice(at, at + 10_000))) as Record<
      string,
      unknown
    >[];
    for (const row of page) parsed.push(row);
  }
  return parsed;
}

/** The demo dataset used by every core figure: `n` tickets, 200 agents, 12 months. */
export function benchDataset(n: number): DemoDataset {
  return generateDemoDataset({ tickets: n, agents: 200, months: 12, calls: 0 });
}
