/**
 * The hand-written DuckDB query for the six figures (csat, fcr, avgFirstResponseTime,
 * responseTimelinessRate, avgResolutionTime, complaintRate) per agent × month in Asia/Shanghai
 * (UTC+8, no DST: a month starts at its local midnight = UTC − 8 h), with the catalogue's rules as
 * the hand loop (test/bench/core/hand-loop.ts) states them: what a DuckDB user would write for
 * these six, trusting the data (no contract checks, no intervals, no medians).
 */
const SHANGHAI_MS = 8 * 3_600_000;

/** The query; its rows are `{ agent, month: 'YYYY-MM', figure, num, den }`. */
export function handSixSql(asOf: number): string {
  const month = (ms: string) =>
    `strftime(make_timestamp(CAST((${ms} + ${SHANGHAI_MS}) * 1000 AS BIGINT)), '%Y-%m')`;
  return `WITH t AS (
  SELECT "agentId" AS agent, "kind" AS kind, "csat" AS csat, "contacts" AS contacts,
    "reopens" AS reopens,
    epoch_ms("createdAt") AS c,
    epoch_ms("resolvedAt") AS r,
    epoch_ms("surveyedAt") AS s,
    epoch_ms("closedAt") AS cl,
    coalesce(epoch_ms("responseDueAt"), epoch_ms("createdAt") + 86400000) AS due,
    "status" IN ('resolved', 'closed') AND "resolvedAt" IS NOT NULL AS resolved,
    "status" IN ('open', 'pending') AS open,
    coalesce(epoch_ms("firstResponseAt"),
      CASE WHEN "status" IN ('resolved', 'closed') THEN epoch_ms("resolvedAt") END) AS responded
  FROM "tickets"
  WHERE "excluded" IS NULL AND "agentId" IS NOT NULL
), created AS (
  SELECT agent, ${month('c')} AS month,
    count(*) FILTER (WHERE kind = 'complaint') AS complaints, count(*) AS tickets,
    sum(responded - c) AS frt_sum, count(responded) AS frt_n,
    count(*) FILTER (WHERE responded IS NOT NULL AND responded <= due) AS rt_hit,
    count(*) FILTER (WHERE responded IS NOT NULL
      OR (open AND ${asOf} > due)
      OR (NOT open AND coalesce(cl, ${asOf}) > due)) AS rt_n
  FROM t GROUP BY ALL
), solved AS (
  SELECT agent, ${month('r')} AS month,
    sum(r - c) AS res_sum, count(*) AS res_n,
    count(contacts) AS fcr_n,
    count(*) FILTER (WHERE contacts <= 1 AND coalesce(reopens, 0) = 0) AS fcr_hit
  FROM t WHERE resolved GROUP BY ALL
), rated AS (
  SELECT agent,
    ${month('coalesce(s, CASE WHEN resolved THEN r END, c)')} AS month,
    count(*) FILTER (WHERE csat >= 4) AS csat_hit, count(*) AS csat_n
  FROM t WHERE csat IS NOT NULL GROUP BY ALL
)
SELECT agent, month, 'complaintRate' AS figure, complaints AS num, tickets AS den FROM created
UNION ALL SELECT agent, month, 'avgFirstResponseTime', frt_sum, frt_n FROM created
UNION ALL SELECT agent, month, 'responseTimelinessRate', rt_hit, rt_n FROM created
UNION ALL SELECT agent, month, 'avgResolutionTime', res_sum, res_n FROM solved
UNION ALL SELECT agent, month, 'fcr', fcr_hit, fcr_n FROM solved
UNION ALL SELECT agent, month, 'csat', csat_hit, csat_n FROM rated`;
}
