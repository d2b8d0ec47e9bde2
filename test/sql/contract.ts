/**
 * The data contract in SQL: rows that break `parseDataset`'s rules, stored in a real engine, are
 * left out of `evaluateSql`'s figures and counted per table and field exactly as `evaluateRecords`
 * counts them on the same rows — and the figures of the rows kept are the same.
 */
import { evaluateRecords, type RejectedRecord, type ServiceDataset } from '@servicescore/core';
import {
  evaluateSql,
  SqlDuplicateKeyError,
  sampleRejectedRows,
  type SqlEvaluation,
} from '@servicescore/core/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allMetrics, asOf, calendars, differentialDataset } from './cases';
import type { OpenEngine } from './engines/runners';
import { evaluationDifferences } from './same-evaluation';

type Row = Record<string, unknown>;

/** Rows that break one rule each (or two: the first one in field order is the one counted). */
export function dirtyRows(nonFinite: boolean) {
  const clean = differentialDataset(false);
  const tickets = clean.tickets.slice(0, 400) as unknown as Row[];
  const calls = clean.calls.slice(0, 200) as unknown as Row[];
  const agents = clean.agents.slice(0, 30) as unknown as Row[];
  const customers = clean.customers.slice(0, 60) as unknown as Row[];
  const base = tickets.find(
    (t) => t.resolvedAt !== undefined && t.firstResponseAt !== undefined && t.csat !== undefined,
  ) as Row;
  const created = base.createdAt as number;
  const t = (id: string, change: Row): Row => ({ ...base, id, ...change });
  const badTickets: Row[] = [
    t('bad-1', { createdAt: null }), // createdAt:required
    t('bad-2', { id: '   ' }), // id:blank
    t('bad-3', { id: '\u3000\t' }), // id:blank (ideographic space: JS trim's white space)
    t('bad-4', { status: 'bogus' }), // status:member
    t('bad-5', { priority: 'URGENT' }), // priority:member (case-sensitive)
    t('bad-6', { csat: 7 }), // csat:range
    t('bad-7', { nps: 7.5 }), // nps:whole
    t('bad-8', { nps: 11 }), // nps:range
    t('bad-9', { contacts: -1 }), // contacts:range
    t('bad-10', { contacts: 1.5 }), // contacts:whole
    t('bad-11', { resolvedAt: created - 60_000, firstResponseAt: null }), // resolvedAt:notBefore
    t('bad-12', { firstResponseAt: (base.resolvedAt as number) + 1000 }), // firstResponseAt:notAfter
    t('bad-13', { resolvedAt: Date.UTC(9999, 11, 31, 23, 59, 59) }), // resolvedAt:domain
    t('bad-14', { createdAt: Date.UTC(1800, 0, 1) }), // createdAt:domain (before 1900)
    t('bad-15', { id: ' ', csat: 9 }), // id:blank first, csat second
    t('bad-16', { closedAt: (base.resolvedAt as number) - 1 }), // closedAt:notBefore resolvedAt
    ...(nonFinite ? [t('bad-17', { csat: Number.NaN }), t('bad-18', { errors: Infinity })] : []),
    t('fine-1', { csat: 2.5, status: 'closed' }), // a valid edge: csat need not be whole
  ];
  const call = calls[0] as Row;
  const badCalls: Row[] = [
    { ...call, id: 'bad-c1', startedAt: null }, // startedAt:required
    { ...call, id: 'bad-c2', answered: null }, // answered:required
    { ...call, id: 'bad-c3', waitSeconds: -5 }, // waitSeconds:range
    { ...call, id: 'bad-c4', csat: 0 }, // csat:range
  ];
  const agent = agents[0] as Row;
  const badAgents: Row[] = [
    { ...agent, period: '2026-13' }, // period: not a key's shape
    { ...agent, period: '2026-02-30' }, // period: the shape, but no such day
    { ...agent, period: '2025-W53' }, // period: 2025 has 52 ISO weeks
    { ...agent, period: '2027-01', agentId: null }, // agentId:required
    { ...agent, period: '2027-02', goalsSet: 2, goalsMet: 3 }, // goalsMet:notMore
    { ...agent, period: '2027-03', examTaken: false, examPassed: true }, // examPassed:impliedBy
  ];
  const customer = customers[0] as Row;
  const badCustomers: Row[] = [
    { ...customer, period: '2027-04', revenue: 100, repeatRevenue: 150 }, // repeatRevenue:notMore
    { ...customer, period: '2027-05', orders: -2 }, // orders:range
    { ...customer, period: 'Q1-2026' }, // period: not a key's shape
  ];
  return {
    tickets: [...tickets, ...badTickets],
    calls: [...calls, ...badCalls],
    agents: [...agents, ...badAgents],
    customers: [...customers, ...badCustomers],
  };
}

/** Rejected records per `table.field` (the first issue's field), as `evaluateRecords` reports them. */
function byField(rejected: readonly { table: string; field: string; rows: number }[]) {
  const out: Record<string, number> = {};
  for (const r of rejected)
    out[`${r.table}.${r.field}`] = (out[`${r.table}.${r.field}`] ?? 0) + r.rows;
  return out;
}

const jsByField = (rejected: readonly RejectedRecord[]) =>
  byField(rejected.map((r) => ({ table: r.table, field: String(r.path[0]), rows: 1 })));

/**
 * Clean rows plus accepted rows that repeat a record key: ticket 0's id twice, ticket 1's three
 * times (2 + 1 rows beyond the first of each key: 3), and agent 0's (id, period) twice (1); a
 * repeat of ticket 2 that breaks a rule (csat 9) is rejected, so it claims no key.
 */
export function duplicateRows() {
  const clean = differentialDataset(false);
  const tickets = clean.tickets.slice(0, 20) as unknown as Row[];
  const agents = clean.agents.slice(0, 5) as unknown as Row[];
  const [t0, t1, t2] = tickets as [Row, Row, Row];
  const a0 = agents[0] as Row;
  return {
    rows: {
      tickets: [...tickets, { ...t0 }, { ...t1 }, { ...t1 }, { ...t2, csat: 9 }],
      calls: [],
      agents: [...agents, { ...a0 }],
      customers: [],
    },
    ids: { t0: String(t0.id), t1: String(t1.id), a0: String(a0.agentId), p0: String(a0.period) },
  };
}

export function contractSuite(
  name: string,
  open: (dataset: ServiceDataset) => Promise<OpenEngine>,
  options: { nonFinite: boolean },
): void {
  describe(`${name}: a configurable instant domain`, () => {
    // 20 clean tickets, and one created and resolved in the year 2500 (2500-03-01T00:00Z, epoch
    // ms 16,730,323,200,000): outside the default 1900–2199, inside 1900–2999.
    const clean = differentialDataset(false).tickets.slice(0, 20) as unknown as Row[];
    const y2500 = Date.UTC(2500, 2, 1);
    const future = {
      ...(clean[0] as Row),
      id: 'future',
      createdAt: y2500,
      resolvedAt: y2500 + 3_600_000,
      firstResponseAt: y2500 + 60_000,
      closedAt: undefined,
      surveyedAt: undefined,
      followUpAt: undefined,
    };
    const rows = { tickets: [...clean, future], calls: [], agents: [], customers: [] };
    let engine: OpenEngine;
    beforeAll(async () => {
      engine = await open(rows as unknown as ServiceDataset);
    }, 180_000);
    afterAll(async () => engine?.close());

    it('rejects the year 2500 by default and reads it in a wider domain, as evaluateRecords does', async () => {
      for (const instantDomain of [undefined, { fromYear: 1900, toYear: 2999 }]) {
        const c = { metrics: allMetrics, asOf, instantDomain };
        const expected = evaluateRecords(rows as never, { ...c, onInvalid: 'collect' });
        const actual = await evaluateSql(engine.runner, { ...c, tables: engine.tables });
        expect(evaluationDifferences(actual, expected.evaluation)).toEqual([]);
        expect(actual.rejected.counts).toEqual(expected.counts);
        expect(actual.rejected.counts.tickets.rejected).toBe(instantDomain === undefined ? 1 : 0);
      }
    });
  });

  describe(`${name}: duplicate record keys`, () => {
    const { rows, ids } = duplicateRows();
    let engine: OpenEngine;
    beforeAll(async () => {
      engine = await open(rows as unknown as ServiceDataset);
    }, 180_000);
    afterAll(async () => engine?.close());

    it('are refused by name, as many as parseDataset would reject as duplicates', async () => {
      const js = evaluateRecords(rows as never, { metrics: ['csat'], asOf, onInvalid: 'collect' });
      const jsDuplicates = (table: string) =>
        js.rejected.filter((r) => r.table === table && /^duplicate /.test(r.reason)).length;
      expect([jsDuplicates('tickets'), jsDuplicates('agents')]).toEqual([3, 1]);
      let thrown: unknown;
      try {
        await evaluateSql(engine.runner, { metrics: ['csat'], asOf, tables: engine.tables });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(SqlDuplicateKeyError);
      const error = thrown as SqlDuplicateKeyError;
      expect(error.duplicates).toEqual([
        {
          table: 'tickets',
          rows: 3,
          sample: [
            { key: [ids.t1], rows: 3 },
            { key: [ids.t0], rows: 2 },
          ],
        },
        { table: 'agents', rows: 1, sample: [{ key: [ids.a0, ids.p0], rows: 2 }] },
      ]);
      expect(error.message).toBe(
        `evaluateSql: tickets has 3 rows whose key an earlier row already has ("${ids.t1}" ×3, "${ids.t0}" ×2); agents has 1 row whose key an earlier row already has ("${ids.a0}" for period "${ids.p0}" ×2). A table has no row order to say which duplicate is the later one (parseDataset keeps the first and rejects the later), so evaluateSql refuses rather than count both: remove the duplicates, declare a primary key, or map the table to a query that keeps one row per key (tables.<table>.from).`,
      );
    });
  });

  describe(`${name}: the data contract in SQL`, () => {
    const rows = dirtyRows(options.nonFinite);
    let engine: OpenEngine;
    beforeAll(async () => {
      engine = await open(rows as unknown as ServiceDataset);
    }, 180_000);
    afterAll(async () => engine?.close());

    const cases = [
      { metrics: allMetrics, groupBy: 'agentId', period: 'month' as const, asOf },
      // A rejected "never" placeholder (year 9999) must not stretch the business calendar.
      { metrics: allMetrics, calendar: calendars.shanghai, timeZone: 'Asia/Shanghai', asOf },
    ];
    for (const [i, c] of cases.entries()) {
      it(`leaves out and counts what evaluateRecords leaves out (case ${i + 1})`, async () => {
        const expected = evaluateRecords(rows as never, { ...c, onInvalid: 'collect' });
        const actual: SqlEvaluation = await evaluateSql(engine.runner, {
          ...c,
          tables: engine.tables,
        });
        expect(evaluationDifferences(actual, expected.evaluation)).toEqual([]);
        expect(actual.rejected.counts).toEqual(expected.counts);
        expect(byField(actual.rejected.reasons)).toEqual(jsByField(expected.rejected));
      });
    }

    it('counts each rule, as written beside the rows', async () => {
      const actual = await evaluateSql(engine.runner, {
        metrics: ['csat'],
        asOf,
        tables: engine.tables,
      });
      const rules = Object.fromEntries(
        actual.rejected.reasons.map((r) => [`${r.table}.${r.field}:${r.rule}`, r.rows]),
      );
      expect(rules).toEqual({
        'tickets.createdAt:required': 1,
        'tickets.id:blank': 3,
        'tickets.status:member': 1,
        'tickets.priority:member': 1,
        'tickets.csat:range': 1,
        'tickets.nps:whole': 1,
        'tickets.nps:range': 1,
        'tickets.contacts:range': 1,
        'tickets.contacts:whole': 1,
        'tickets.resolvedAt:notBefore': 1,
        'tickets.firstResponseAt:notAfter': 1,
        'tickets.resolvedAt:domain': 1,
        'tickets.createdAt:domain': 1,
        'tickets.closedAt:notBefore': 1,
        ...(options.nonFinite ? { 'tickets.csat:finite': 1, 'tickets.errors:finite': 1 } : {}),
        'calls.startedAt:required': 1,
        'calls.answered:required': 1,
        'calls.waitSeconds:range': 1,
        'calls.csat:range': 1,
        'agents.period:period': 3,
        'agents.agentId:required': 1,
        'agents.goalsMet:notMore': 1,
        'agents.examPassed:impliedBy': 1,
        'customers.repeatRevenue:notMore': 1,
        'customers.orders:range': 1,
        'customers.period:period': 1,
      });
      expect(actual.rejected.counts.tickets).toEqual({
        input: 400 + (options.nonFinite ? 19 : 17),
        accepted: 401,
        rejected: options.nonFinite ? 18 : 16,
      });
    });

    it('returns sample rows of what it left out, with the rule each broke', async () => {
      const sample = await sampleRejectedRows(engine.runner, {
        table: 'agents',
        tables: engine.tables,
        limit: 50,
      });
      expect(sample.map((s) => `${s.field}:${s.rule}:${String(s.row.period)}`).sort()).toEqual([
        'agentId:required:2027-01',
        'examPassed:impliedBy:2027-03',
        'goalsMet:notMore:2027-02',
        'period:period:2025-W53',
        'period:period:2026-02-30',
        'period:period:2026-13',
      ]);
      const two = await sampleRejectedRows(engine.runner, {
        table: 'tickets',
        tables: engine.tables,
        limit: 2,
      });
      expect(two).toHaveLength(2);
    });
  });
}
