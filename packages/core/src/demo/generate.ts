// The demo dataset generator: `generateDemoDataset` and its step-by-step form `demoDatasetSteps`.
import type { ServiceDataset } from '../data/types';
import type { LocalizedText } from '../i18n/locale';
import { createAgentRecords, createStaff } from './agents';
import { callSteps } from './calls';
import { createCustomerProfiles, createCustomerRecords } from './customers';
import {
  type DemoEntry,
  demoCategories,
  demoChannels,
  demoIndustries,
  demoProducts,
  demoRegions,
} from './directory';
import { DEMO_SLICE, type DemoOptions, resolveDemoOptions } from './options';
import { Random } from './random';
import { assignInstallers } from './installers';
import { ticketSteps } from './tickets';

/** What the demo dataset knows about itself: range, staff and code lists with labels. */
export interface DemoMeta {
  seed: number;
  /** Start of the first month, epoch ms (Beijing midnight). */
  start: number;
  /** End of the last month (start of the next one), epoch ms, exclusive. */
  end: number;
  /** The instant the data describes: the end of the last month. Every instant in the data is before it. */
  asOf: number;
  timeZone: 'Asia/Shanghai';
  /** Month keys `YYYY-MM` in order. */
  months: string[];
  /** Month in which the improvement cycle starts. */
  pdcaMonth: string;
  teams: { id: string; name: LocalizedText }[];
  agents: { id: string; name: LocalizedText; teamId: string }[];
  /** Complaint and fault causes (`ticket.category`), Pareto order. */
  categories: { id: string; label: LocalizedText }[];
  /** Products (`ticket.productId`). */
  products: DemoEntry[];
  /** Regions (`ticket.region`, `customer.attributes.region`). */
  regions: DemoEntry[];
  /** Channels (`ticket.channel`). */
  channels: DemoEntry[];
  /** Industries (`customer.attributes.industry`). */
  industries: DemoEntry[];
}

/** A generated demo dataset: parsed records plus {@link DemoMeta}. */
export interface DemoDataset extends ServiceDataset {
  meta: DemoMeta;
}

/** Independent random streams, so e.g. changing `calls` leaves the tickets unchanged. */
const Stream = {
  staff: 1,
  customers: 2,
  tickets: 3,
  calls: 4,
  agentRecords: 5,
  customerRecords: 6,
  installers: 7,
} as const;

const entry = (e: DemoEntry): DemoEntry => ({ id: e.id, label: e.label });

/**
 * Generates a deterministic, realistic after-sales service desk dataset (records already parsed:
 * instants are epoch ms). Same options → deep-equal output on every machine and time zone; no
 * clock is read. Months are calendar months in Asia/Shanghai (UTC+8, no DST).
 *
 * What it looks like with the defaults (6000 tickets, 24 agents in 4 teams, May–Oct 2026):
 * CSAT ≈ 83 %, FCR ≈ 77 %, response timeliness ≈ 93 %, complaint rate ≈ 5 %, NPS ≈ +30;
 * arrivals peak 09–11 and 14–16 Beijing time with fewer at weekends and +2 % a month; three weak
 * agents and two excellent ones; complaint causes Pareto-shaped (top three ≈ 81 %); from the PDCA
 * month on, responses get faster, first-contact resolution rises and complaints about the top
 * cause (安装不规范 poor installation) fall. Tickets still open at `asOf` are mostly recent.
 * Scored with `afterSalesTemplate`, the desk totals ≈ 81.5 (良好 good): resolution rate, complaint
 * closure, diagnosis accuracy and service etiquette score 10/10; follow-up timeliness, care
 * frequency and opportunity discovery 5/10; the rest 8/10. Per agent: two 优秀 excellent and two
 * 待改进 needs improvement among the 24.
 *
 * Throws a `RangeError` naming the option when an option is out of range.
 *
 * @example
 * const demo = generateDemoDataset(); // 6000 tickets, 9000 calls, 2000 customers
 * const big = generateDemoDataset({ tickets: 1_000_000, agents: 200, months: 12 }); // benchmarks
 */
export function generateDemoDataset(options?: DemoOptions): DemoDataset {
  const steps = demoDatasetSteps(options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How far {@link demoDatasetSteps} is: `done` of `total` work units (a ticket or call is one). */
export interface DemoProgress {
  done: number;
  total: number;
}

/** Steps yielding record counts, as progress: `done` grows by each count. */
function* counted<T>(
  steps: Generator<number, T, void>,
  progress: DemoProgress,
): Generator<DemoProgress, T, void> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    progress.done += step.value;
    yield { ...progress };
  }
}

/**
 * {@link generateDemoDataset} one step at a time, for a caller that must stay responsive: it
 * yields its progress after every 20,000 tickets or calls (and after each smaller part) and
 * returns the same dataset, deep-equal to `generateDemoDataset(options)`. The demo worker pauses
 * between steps, so a cancelled run stops within one step even on the page's own thread.
 *
 * Throws a `RangeError` naming the option when an option is out of range (on the first `next()`).
 *
 * @example
 * const steps = demoDatasetSteps({ tickets: 1_000_000 });
 * let step = steps.next();
 * while (!step.done) { bar.value = step.value.done / step.value.total; step = steps.next(); }
 * const dataset = step.value;
 */
export function* demoDatasetSteps(
  options?: DemoOptions,
): Generator<DemoProgress, DemoDataset, void> {
  const resolved = resolveDemoOptions(options);
  const { seed, months } = resolved;
  // Tickets and calls one unit each; staff with customer profiles, installers, agent records
  // and customer records one unit per 20,000 customers (at least one each).
  const part = Math.max(1, Math.ceil(resolved.customers / DEMO_SLICE));
  const progress: DemoProgress = { done: 0, total: resolved.tickets + resolved.calls + 4 * part };
  const made = (units: number): DemoProgress => {
    progress.done += units;
    return { ...progress };
  };
  const staff = createStaff(resolved, new Random(seed, Stream.staff));
  const profiles = createCustomerProfiles(resolved, staff, new Random(seed, Stream.customers));
  yield made(part);
  const tickets = yield* counted(
    ticketSteps(resolved, staff, profiles, new Random(seed, Stream.tickets)),
    progress,
  );
  assignInstallers(profiles, tickets, new Random(seed, Stream.installers));
  yield made(part + (resolved.tickets % DEMO_SLICE));
  const calls = yield* counted(
    callSteps(resolved, staff, new Random(seed, Stream.calls)),
    progress,
  );
  const agents = createAgentRecords(resolved, staff, new Random(seed, Stream.agentRecords));
  yield made(part + (resolved.calls % DEMO_SLICE));
  const customers = createCustomerRecords(
    resolved,
    profiles,
    new Random(seed, Stream.customerRecords),
  );
  progress.done += part;
  const start = months.starts[0] as number;
  const end = months.starts[months.starts.length - 1] as number;
  return {
    tickets,
    calls,
    agents,
    customers,
    meta: {
      seed,
      start,
      end,
      asOf: end,
      timeZone: 'Asia/Shanghai',
      months: months.keys.slice(),
      pdcaMonth: months.keys[resolved.pdcaIndex] as string,
      teams: staff.teams.map((t) => ({ id: t.id, name: t.name })),
      agents: staff.agents.map((a) => ({ id: a.id, name: a.name, teamId: a.teamId })),
      categories: demoCategories.map((c) => ({ id: c.id, label: c.label })),
      products: demoProducts.map(entry),
      regions: demoRegions.slice(0, Math.min(resolved.teams, demoRegions.length)).map(entry),
      channels: demoChannels.map(entry),
      industries: demoIndustries.map(entry),
    },
  };
}
