// A host's server, tested: the README's "Serving KPIs from your database" handler (a `pg` Pool →
// `evaluateSql` → JSON over HTTP) runs against a throwaway PostgreSQL 15 holding the demo desk; the
// JSON it serves must equal `evaluate` on the same records, and the README's client side must draw
// the widgets from it. The README's code blocks must be exactly the code run here
// (server/kpi-handler.ts and server/kpi-page.tsx, between their region markers).
//
// Unlike consumer.test.ts this uses the workspace packages as they are (no build, no tarballs).
// Needs PostgreSQL 15's initdb / pg_ctl (see test/sql/engines/postgres.ts).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  afterSalesTemplate,
  type Evaluation,
  evaluate,
  parseDataset,
  type ServiceDataset,
  templateMetrics,
} from '@servicescore/core';
import { generateDemoDataset } from '@servicescore/core/demo';
import { Pool } from 'pg';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type PostgresServer, startPostgres } from '../sql/engines/postgres';
import { loadSql } from '../sql/load';
import { evaluationDifferences } from '../sql/same-evaluation';
import { kpiHandler } from './server/kpi-handler';
import { fetchKpis, KpiPage } from './server/kpi-page';

const agents = 12; // fewer than the 20 rows the leaderboard renders on the server
const demo = generateDemoDataset({ tickets: 2000, agents });
const { meta, ...tables } = demo;
const asOf = new Date(meta.asOf).toISOString();

/** The evaluation the handler asks the database for, here in JS. */
const sameOptions = {
  metrics: templateMetrics(afterSalesTemplate),
  groupBy: 'agentId',
  period: 'month',
  timeZone: 'Asia/Shanghai',
  asOf,
} as const;

let postgres: PostgresServer | undefined;
let pool: Pool | undefined;
let server: Server | undefined;
let base = '';
let dataset: ServiceDataset;

beforeAll(async () => {
  // The demo's records are typed as parsed ones (no index signature), hence the cast.
  dataset = parseDataset(tables as Parameters<typeof parseDataset>[0]).dataset;
  postgres = await startPostgres();
  pool = new Pool({ connectionString: postgres.connectionString, max: 4 });
  const db = pool;
  await loadSql('postgres', (sql, params) => db.query(sql, params), dataset);
  const http = createServer(kpiHandler(db));
  server = http;
  await new Promise<void>((ok, fail) => {
    http.once('error', fail);
    http.listen(0, '127.0.0.1', () => ok());
  });
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});

afterAll(async () => {
  if (server !== undefined) {
    const http = server;
    http.closeAllConnections();
    await new Promise<void>((ok) => http.close(() => ok()));
  }
  await pool?.end();
  await postgres?.stop();
});

/** The lines between `// #region readme` and `// #endregion readme` of a file next to this one. */
function region(file: string): string {
  const text = readFileSync(new URL(file, import.meta.url), 'utf8');
  const match = /^\/\/ #region readme\n([\s\S]*?)^\/\/ #endregion readme$/m.exec(text);
  if (match === null)
    throw new Error(`${file} has no "// #region readme" … "// #endregion readme"`);
  return (match[1] as string).trimEnd();
}

/** The fenced code blocks of the README section with this heading. */
function readmeBlocks(heading: string): string[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README.md has no "## ${heading}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^```[a-z]*\n([\s\S]*?)^```$/gm)].map((m) =>
    (m[1] as string).trimEnd(),
  );
}

describe('the README\'s "Serving KPIs from your database"', () => {
  it('shows exactly the handler and the page that this test runs', () => {
    const blocks = readmeBlocks('Serving KPIs from your database');
    expect(blocks).toContain(region('./server/kpi-handler.ts'));
    expect(blocks).toContain(region('./server/kpi-page.tsx'));
  });
});

describe('a host server: pg Pool → evaluateSql → JSON over HTTP', () => {
  it('serves JSON equal to evaluate on the same records', async () => {
    const response = await fetch(`${base}/kpis?asOf=${encodeURIComponent(asOf)}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const served = (await response.json()) as Evaluation;
    const expected = evaluate(dataset, sameOptions);
    expect(evaluationDifferences(served, expected)).toEqual([]);
    // Over real figures: every agent, several months, the template's metrics.
    expect(expected.records.tickets).toBeGreaterThan(1500);
    expect(new Set(expected.groups.map((g) => g.key)).size).toBe(agents);
    expect(expected.periods.length).toBeGreaterThanOrEqual(6);
    expect(expected.overall.fcr?.denominator).toBeGreaterThan(100);
  });

  it('renders the widgets from the fetched JSON', async () => {
    const evaluation = await fetchKpis(`${base}/kpis?asOf=${encodeURIComponent(asOf)}`);
    expect(typeof window).toBe('undefined');
    const html = renderToString(createElement(KpiPage, { evaluation }));
    // ScorecardTable: the template's caption and a grade for the total.
    expect(html).toContain('售后服务质量评价指标表');
    expect(html).toMatch(/优秀|良好|合格|待改进/);
    // KpiLeaderboard: one row per agent (plus the header row), each with its total's grade.
    const keys = [...new Set(evaluation.groups.map((g) => g.key))];
    expect(keys).toHaveLength(agents);
    expect(html).toContain(`aria-rowcount="${agents + 1}"`);
    expect(html.match(/class="ss-kpi-leaderboard__row"/g)).toHaveLength(agents);
    for (const key of keys) expect(html).toContain(`>${key}<`);
    const leaderboard = html.slice(html.indexOf('ss-kpi-leaderboard'));
    expect(leaderboard.match(/优秀|良好|合格|待改进/g)?.length).toBeGreaterThanOrEqual(agents);
  });

  it('answers a bad asOf with 400 and its reason, without logging it', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await fetch(`${base}/kpis?asOf=yesterday`);
      expect(response.status).toBe(400);
      const body = (await response.json()) as { error: string };
      expect(body.error).toContain('asOf');
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });
});
