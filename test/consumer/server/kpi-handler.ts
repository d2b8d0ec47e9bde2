// The README's "Serving KPIs from your database" server, verbatim between the region markers
// (server.test.ts checks that the README's code block is exactly this region, then runs it against
// a real PostgreSQL).
// #region readme
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterSalesTemplate, templateMetrics } from '@servicescore/core';
import { evaluateSql, pgRunner } from '@servicescore/core/sql';
import type { Pool } from 'pg';

// GET /kpis?asOf=2026-11-01T00:00:00Z → every agent's KPIs by month, as JSON.
export function kpiHandler(pool: Pool) {
  const runner = pgRunner(pool);
  const metrics = templateMetrics(afterSalesTemplate);
  return async (req: IncomingMessage, res: ServerResponse) => {
    const asOf = new URL(req.url ?? '/', 'http://host').searchParams.get('asOf') ?? undefined;
    try {
      const evaluation = await evaluateSql(runner, {
        metrics,
        groupBy: 'agentId',
        period: 'month',
        timeZone: 'Asia/Shanghai',
        asOf, // undefined: now
      });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(evaluation));
    } catch (error) {
      // RangeError: a bad `asOf`; anything else is the server's own business.
      const bad = error instanceof RangeError;
      if (!bad) console.error(error);
      res.writeHead(bad ? 400 : 500, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ error: bad ? error.message : 'internal error' }));
    }
  };
}

// createServer(kpiHandler(new Pool({ connectionString: process.env.DATABASE_URL }))).listen(8080);
// #endregion readme
