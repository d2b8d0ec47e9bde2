/**
 * The warehouse page's tables and demo rows, as SQL (also used by `pnpm bench`'s SQL figures,
 * test/bench/sql, to make 10,000,000 tickets in DuckDB). The layout is the canonical one of
 * `test/sql/load.ts` (`ddl('duckdb', …)`): one column per canonical field, instants TIMESTAMPTZ,
 * `qa` and `attributes` JSON text. Only `tickets` gets rows; `calls`, `agents` and `customers`
 * exist empty, so their metrics read "no data" rather than "no table".
 */

const V = 'VARCHAR';
const T = 'TIMESTAMPTZ';
const D = 'DOUBLE';
const B = 'BOOLEAN';

/** Column name → DuckDB type, per table, in canonical field order. */
export const tableColumns: Record<
  'tickets' | 'calls' | 'agents' | 'customers',
  [string, string][]
> = {
  tickets: [
    ['id', V],
    ['createdAt', T],
    ['status', V],
    ['firstResponseAt', T],
    ['resolvedAt', T],
    ['closedAt', T],
    ['surveyedAt', T],
    ['excluded', V],
    ['kind', V],
    ['channel', V],
    ['priority', V],
    ['category', V],
    ['agentId', V],
    ['teamId', V],
    ['customerId', V],
    ['productId', V],
    ['region', V],
    ['contacts', D],
    ['reopens', D],
    ['responseDueAt', T],
    ['resolutionDueAt', T],
    ['csat', D],
    ['nps', D],
    ['review', V],
    ['diagnosisCorrect', B],
    ['errors', D],
    ['followUpAt', T],
    ['opportunities', D],
    ['qa', V],
    ['attributes', V],
  ],
  calls: [
    ['id', V],
    ['startedAt', T],
    ['answered', B],
    ['agentId', V],
    ['teamId', V],
    ['waitSeconds', D],
    ['talkSeconds', D],
    ['holdSeconds', D],
    ['wrapSeconds', D],
    ['resolved', B],
    ['csat', D],
    ['attributes', V],
  ],
  agents: [
    ['agentId', V],
    ['period', V],
    ['teamId', V],
    ['trainingHours', D],
    ['trained', B],
    ['examTaken', B],
    ['examPassed', B],
    ['goalsSet', D],
    ['goalsMet', D],
    ['plansSet', D],
    ['plansDone', D],
    ['satisfied', B],
    ['assessmentStart', D],
    ['assessmentEnd', D],
    ['availableSeconds', D],
    ['busySeconds', D],
    ['attributes', V],
  ],
  customers: [
    ['customerId', V],
    ['period', V],
    ['activeAtStart', B],
    ['activeAtEnd', B],
    ['orders', D],
    ['revenue', D],
    ['repeatRevenue', D],
    ['careContacts', D],
    ['attributes', V],
  ],
};

const q = (id: string) => `"${id.replaceAll('"', '""')}"`;
const text = (s: string) => `'${s.replaceAll("'", "''")}'`;
const list = (items: readonly string[]) => `[${items.map(text).join(', ')}]`;

/** `CREATE TABLE` of the four canonical tables. */
export function createTablesSql(): string[] {
  return Object.entries(tableColumns).map(
    ([table, columns]) =>
      `CREATE TABLE ${q(table)} (${columns.map(([name, type]) => `${q(name)} ${type}`).join(', ')})`,
  );
}

/** What the generated tickets look like. */
export interface TicketSpec {
  tickets: number;
  /** Agent ids and their teams (names come from the demo directory). */
  agents: readonly { id: string; teamId: string }[];
  products: readonly string[];
  channels: readonly string[];
  /** Complaint and fault causes, most frequent first. */
  categories: readonly string[];
  /** First and last instant of the data (epoch ms): tickets are created in between. */
  from: number;
  asOf: number;
}

/** The demo directory's part that shapes the tickets (`generateDemoDataset(…).meta`). */
export interface DemoDirectory {
  agents: readonly { id: string; teamId: string }[];
  products: readonly { id: string }[];
  channels: readonly { id: string }[];
  categories: readonly { id: string }[];
  start: number;
  asOf: number;
}

/** The spec of `tickets` demo tickets over the demo directory's agents, products and year. */
export function demoTicketSpec(meta: DemoDirectory, tickets: number): TicketSpec {
  return {
    tickets,
    agents: meta.agents,
    products: meta.products.map((p) => p.id),
    channels: meta.channels.map((c) => c.id),
    categories: meta.categories.map((c) => c.id),
    from: meta.start,
    asOf: meta.asOf,
  };
}

function whole(name: string, n: number): number {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`${name} must be a whole number ≥ 0; got ${n}.`);
  return n;
}

/**
 * One `INSERT … SELECT … FROM range(n)` that makes every ticket in the database: each column is a
 * deterministic function of the row number through `hash(i, k)` (the same rows on every run), so
 * there is no network, no file and no row crosses from JavaScript. Each agent has a skill drawn
 * from its number that moves its response delays, first-contact resolution, satisfaction and
 * quality scores, so the leaderboard has a spread.
 */
export function insertTicketsSql(spec: TicketSpec): string {
  const n = whole('tickets', spec.tickets);
  const agents = spec.agents.length;
  if (agents === 0) throw new RangeError('At least one agent is needed.');
  const start = Math.floor(whole('from', spec.from) / 1000);
  const end = Math.floor(whole('asOf', spec.asOf) / 1000);
  const customers = Math.max(50, Math.floor(n / 2));
  // Zero-padded ids, at least 7 digits (the Warehouse story's 1M) and as many as the count needs
  // (the bench's 10M): a shorter pad would truncate and repeat ids.
  const idWidth = Math.max(7, String(n).length);
  const customerWidth = Math.max(7, String(customers).length);
  // u(k): a uniform number in [0, 1) per row and stream k.
  const u = (k: number) => `(hash(i, ${k}) % 1000003) / 1000003.0`;
  const pick = (items: readonly string[], k: number, skew = 1) =>
    `${list(items)}[1 + CAST(floor(pow(${u(k)}, ${skew}) * ${items.length}) AS INTEGER)]`;
  const exp = (k: number) => `-ln(1 - ${u(k)})`;
  const columns = tableColumns.tickets.map(([name]) => q(name)).join(', ');
  return `INSERT INTO "tickets" (${columns})
WITH base AS (
  SELECT i,
    CAST(floor(${u(1)} * ${agents}) AS INTEGER) AS ag,
    ${start} + floor(${u(2)} * ${end - start}) AS created,
    CASE WHEN ${u(3)} < 0.35 THEN 'inquiry' WHEN ${u(3)} < 0.60 THEN 'repair'
      WHEN ${u(3)} < 0.75 THEN 'installation' WHEN ${u(3)} < 0.83 THEN 'return'
      WHEN ${u(3)} < 0.89 THEN 'complaint' ELSE 'other' END AS kind,
    CASE WHEN ${u(4)} < 0.05 THEN 'urgent' WHEN ${u(4)} < 0.20 THEN 'high'
      WHEN ${u(4)} < 0.80 THEN 'normal' ELSE 'low' END AS priority
  FROM range(${n}) AS r(i)
), skilled AS (
  SELECT *, (hash(ag, 77) % 1000) / 1000.0 AS skill FROM base
), timed AS (
  SELECT *,
    created + floor(3600 * CASE WHEN ${u(5)} < 0.02 + 0.12 * (1 - skill)
      THEN 24 + 48 * ${u(6)} ELSE ${exp(6)} * (0.3 + 4 * (1 - skill)) END) AS responded,
    floor(3600 * ${exp(7)} * (1 + 14 * (1 - skill)) * CASE WHEN priority = 'urgent' THEN 0.1 ELSE 1 END) AS handling
  FROM skilled
), staged AS (
  SELECT *, responded + handling AS resolved,
    responded + handling + floor(86400 * (1 + 3 * ${u(8)})) AS closed,
    responded + handling < ${end} AS done
  FROM timed
), rated AS (
  SELECT *,
    done AND ${u(9)} < 0.35 AND resolved + 172800 < ${end} AS surveyed,
    greatest(1, least(5, 5 - floor(${exp(10)} * (0.3 + 1.3 * (1 - skill))))) AS score
  FROM staged
)
SELECT
  'T' || lpad(CAST(i + 1 AS VARCHAR), ${idWidth}, '0'),
  to_timestamp(created),
  CASE WHEN NOT done THEN (CASE WHEN ${u(11)} < 0.3 THEN 'pending' ELSE 'open' END)
    WHEN closed < ${end} THEN 'closed' ELSE 'resolved' END,
  CASE WHEN responded < ${end} THEN to_timestamp(responded) END,
  CASE WHEN done THEN to_timestamp(resolved) END,
  CASE WHEN done AND closed < ${end} THEN to_timestamp(closed) END,
  CASE WHEN surveyed THEN to_timestamp(resolved + floor(3600 * (2 + 40 * ${u(12)}))) END,
  CASE WHEN ${u(13)} < 0.01 THEN ${pick(['duplicate', 'spam', 'merged', 'test'], 14)} END,
  kind,
  ${pick(spec.channels, 15)},
  priority,
  CASE WHEN kind IN ('repair', 'complaint', 'installation') THEN ${pick(spec.categories, 16, 2)} END,
  ${list(spec.agents.map((a) => a.id))}[ag + 1],
  ${list(spec.agents.map((a) => a.teamId))}[ag + 1],
  'C' || lpad(CAST(CAST(floor(${u(17)} * ${customers}) AS INTEGER) AS VARCHAR), ${customerWidth}, '0'),
  ${pick(spec.products, 18)},
  split_part(${list(spec.agents.map((a) => a.teamId))}[ag + 1], '-', 1),
  CASE WHEN NOT done THEN NULL WHEN ${u(19)} < 0.62 + 0.33 * skill THEN 1 ELSE 2 + floor(3 * ${u(20)}) END,
  CASE WHEN ${u(21)} < 0.05 * (1.3 - skill) THEN 1 ELSE 0 END,
  NULL,
  NULL,
  CASE WHEN surveyed THEN score END,
  CASE WHEN surveyed THEN greatest(0, least(10, 10 - floor(${exp(22)} * (0.8 + 3 * (1 - skill))))) END,
  CASE WHEN surveyed THEN (CASE WHEN score >= 4 THEN 'positive' WHEN score = 3 THEN 'neutral' ELSE 'negative' END) END,
  CASE WHEN kind IN ('repair', 'installation') AND done THEN ${u(23)} < 0.82 + 0.17 * skill END,
  CASE WHEN done AND ${u(24)} < 0.15 THEN floor(${exp(25)} * 0.4 * (1.5 - skill)) END,
  CASE WHEN done AND ${u(26)} < 0.70 + 0.29 * skill AND resolved + floor(3600 * (1 + 44 * ${u(27)})) < ${end}
    THEN to_timestamp(resolved + floor(3600 * (1 + 44 * ${u(27)}))) END,
  CASE WHEN NOT done THEN NULL WHEN ${u(28)} < 0.01 + 0.05 * skill THEN 1 ELSE 0 END,
  CASE WHEN done AND ${u(29)} < 0.12 THEN '{"etiquette":' || CAST(least(100, round(74 + 24 * skill + 8 * ${u(30)})) AS INTEGER)
    || ',"empathy":' || CAST(least(100, round(66 + 28 * skill + 10 * ${u(31)})) AS INTEGER)
    || ',"knowledgeBase":' || CAST(least(100, round(70 + 26 * skill + 8 * ${u(32)})) AS INTEGER) || '}' END,
  NULL
FROM rated`;
}
