import { parsePeriodKey } from '../time/period-key';
import { beijingMonths, type DemoMonths } from './calendar';

/** Options of {@link generateDemoDataset}. Every option is optional. */
export interface DemoOptions {
  /**
   * Seed of the pseudo-random generator; the same seed gives the same dataset on every machine.
   * A safe integer.
   * @default 42
   */
  seed?: number;
  /**
   * Number of tickets (work orders), 0–5,000,000.
   * @default 6000
   */
  tickets?: number;
  /**
   * Number of agents, 1–5,000, at least one per team.
   * @default 24
   */
  agents?: number;
  /**
   * Number of teams, 1–100. Teams are named by region: 华东一组 East 1, 华南一组 South 1 …
   * @default 4
   */
  teams?: number;
  /**
   * Number of calendar months (Asia/Shanghai) covered, 1–60.
   * @default 6
   */
  months?: number;
  /**
   * First month, a month key `YYYY-MM`.
   * @default '2026-05'
   */
  start?: string;
  /**
   * Number of offered phone calls, 0–10,000,000.
   * @default Math.round(1.5 × tickets)
   */
  calls?: number;
  /**
   * Number of distinct customers, 1–5,000,000. Each has one record per month it is a customer,
   * so the default is capped at 100,000: a million-ticket benchmark set then carries about a
   * million customer records rather than four million. Pass a number to lift the cap.
   * @default min(100_000, max(1, Math.round(tickets / 3)))
   */
  customers?: number;
  /**
   * Month (`YYYY-MM`, inside the range) in which an improvement cycle (PDCA) starts: its effect
   * ramps up through that month and holds afterwards (faster responses, higher first-contact
   * resolution, fewer complaints about the top cause).
   * @default the 4th month (the last one when there are fewer than 4)
   */
  pdcaMonth?: string;
}

/**
 * Tickets or calls made between two steps of the generator (`demoDatasetSteps`): a few tens of
 * milliseconds of work, so a caller that pauses between steps stays responsive and cancellable.
 */
export const DEMO_SLICE = 20_000;

/** Options with every default applied, plus the month table. */
export interface ResolvedDemoOptions {
  seed: number;
  tickets: number;
  agents: number;
  teams: number;
  calls: number;
  customers: number;
  months: DemoMonths;
  pdcaIndex: number;
}

function integerOption(
  name: string,
  value: number | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(
      `generateDemoDataset: option \`${name}\` must be an integer from ${min} to ${max}; got ${String(value)}.`,
    );
  }
  return value;
}

/** Applies the defaults and checks every option; throws a `RangeError` naming the bad option. */
export function resolveDemoOptions(options: DemoOptions = {}): ResolvedDemoOptions {
  const seed = integerOption(
    'seed',
    options.seed,
    42,
    Number.MIN_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER,
  );
  const tickets = integerOption('tickets', options.tickets, 6000, 0, 5_000_000);
  const teams = integerOption('teams', options.teams, 4, 1, 100);
  const agents = integerOption('agents', options.agents, 24, 1, 5000);
  if (agents < teams) {
    throw new RangeError(
      `generateDemoDataset: option \`agents\` (${agents}) must be at least \`teams\` (${teams}), so every team has an agent.`,
    );
  }
  const monthCount = integerOption('months', options.months, 6, 1, 60);
  const calls = integerOption('calls', options.calls, Math.round(1.5 * tickets), 0, 10_000_000);
  const customers = integerOption(
    'customers',
    options.customers,
    Math.min(100_000, Math.max(1, Math.round(tickets / 3))),
    1,
    5_000_000,
  );

  const startKey = options.start ?? '2026-05';
  const parsed = typeof startKey === 'string' ? parsePeriodKey(startKey) : undefined;
  if (parsed?.granularity !== 'month') {
    throw new RangeError(
      `generateDemoDataset: option \`start\` must be a month key like '2026-05'; got ${JSON.stringify(startKey)}.`,
    );
  }
  const months = beijingMonths(parsed.year, parsed.month, monthCount);

  let pdcaIndex = Math.min(3, monthCount - 1);
  if (options.pdcaMonth !== undefined) {
    pdcaIndex = months.keys.indexOf(options.pdcaMonth);
    if (pdcaIndex < 0) {
      throw new RangeError(
        `generateDemoDataset: option \`pdcaMonth\` must be one of the generated months ${months.keys[0]} … ${months.keys[monthCount - 1]}; got ${JSON.stringify(options.pdcaMonth)}.`,
      );
    }
  }
  return { seed, tickets, agents, teams, calls, customers, months, pdcaIndex };
}
