import { defineMetric, expr, getMetric, Outcome, scopeMetric } from '@servicescore/core';
import { ratioAccumulator } from '@servicescore/core/advanced';
import {
  compileEvaluation,
  compileRejectedRowsQuery,
  SqlCompileError,
} from '@servicescore/core/sql';
import { describe, expect, it } from 'vitest';

const { eq, field } = expr;
const asOf = Date.UTC(2026, 5, 1);
const hostile = "'); drop table tickets; --";

const handWritten = defineMetric({
  id: 'escalationRate',
  label: { 'zh-CN': '升级率', 'en-US': 'Escalation rate' },
  formula: { 'zh-CN': '—', 'en-US': '—' },
  unit: 'ratio',
  direction: 'lower',
  category: 'custom',
  table: 'tickets',
  timestamp: 'createdAt',
  minSample: 1,
  accumulator: ratioAccumulator(() => Outcome.Hit),
});

describe('compileEvaluation refuses what SQL cannot express, naming it', () => {
  it('refuses a metric with a hand-written accumulator', () => {
    const run = () =>
      compileEvaluation({ metrics: ['csat', handWritten], asOf }, { dialect: 'duckdb' });
    expect(run).toThrow(SqlCompileError);
    expect(run).toThrow(
      /Metric "escalationRate" cannot run in SQL: its meaning is a hand-written JS accumulator/,
    );
  });

  it('refuses a metric scoped with a function, and compiles one scoped with an expression', () => {
    const base = getMetric('responseTimelinessRate');
    const byFunction = scopeMetric(base, {
      id: 'viaFunction',
      where: (t) => 'kind' in t && t.kind === 'complaint',
    });
    const byExpression = scopeMetric(base, {
      id: 'viaExpression',
      where: eq(field('kind'), 'complaint'),
    });
    expect(() =>
      compileEvaluation({ metrics: [byFunction], asOf }, { dialect: 'postgres' }),
    ).toThrow(/Metric "viaFunction" cannot run in SQL/);
    const { queries } = compileEvaluation(
      { metrics: [byExpression], asOf },
      { dialect: 'postgres' },
    );
    expect(queries.filter((q) => q.purpose === 'states').map((q) => q.table)).toEqual(['tickets']);
  });

  it('refuses a groupBy function and a where function', () => {
    expect(() =>
      compileEvaluation(
        { metrics: ['csat'], groupBy: (() => 'x') as never, asOf },
        { dialect: 'duckdb' },
      ),
    ).toThrow(
      /`groupBy` must be a field or attribute name; a function of the record cannot run in SQL/,
    );
    expect(() =>
      compileEvaluation(
        { metrics: ['csat'], where: { tickets: (() => true) as never }, asOf },
        { dialect: 'duckdb' },
      ),
    ).toThrow(/`where.tickets` must be an expression/);
  });

  it('refuses a numeric groupBy field and an unknown dialect', () => {
    expect(() =>
      compileEvaluation({ metrics: ['csat'], groupBy: 'csat', asOf }, { dialect: 'duckdb' }),
    ).toThrow(/groupBy "csat" is a number field of tickets/);
    expect(() =>
      compileEvaluation({ metrics: ['csat'], asOf }, { dialect: 'mysql' as never }),
    ).toThrow(/dialect "mysql" is not one of duckdb, postgres, clickhouse/);
  });

  it('refuses metrics of a table the database does not have', () => {
    expect(() =>
      compileEvaluation(
        { metrics: ['callAnswerRate'], asOf },
        { dialect: 'duckdb', present: ['tickets'] },
      ),
    ).toThrow(/asks for calls metrics \(callAnswerRate\) but the database has no calls table/);
  });
});

describe('values never become SQL text', () => {
  const options = { metrics: ['csat'], asOf, where: { tickets: eq(field('channel'), hostile) } };

  it('binds a hostile value as a parameter in DuckDB and PostgreSQL', () => {
    for (const dialect of ['duckdb', 'postgres'] as const) {
      const [states] = compileEvaluation(options, { dialect }).queries;
      expect(states?.sql).not.toContain('drop table');
      expect(states?.params).toContain(hostile);
    }
  });

  it("escapes a hostile value as a ClickHouse literal (backslash before ' and \\, \\xNN for controls)", () => {
    const nasty = "a'b\\c\u0000d";
    const [states] = compileEvaluation(
      { metrics: ['csat'], asOf, where: { tickets: eq(field('channel'), nasty) } },
      { dialect: 'clickhouse' },
    ).queries;
    expect(states?.params).toEqual([]);
    // a ' b \ c NUL d  →  'a\'b\\c\x00d'
    expect(states?.sql).toContain("'a\\'b\\\\c\\x00d'");
    expect(states?.sql).not.toContain("a'b");
  });

  it('quotes every identifier, a column named select and one with a quote included', () => {
    const tables = {
      tickets: { from: 'crm.tickets', columns: { channel: 'select', id: 'ticket"no' } },
    };
    const duck = compileEvaluation(options, { dialect: 'duckdb', tables }).queries[0]?.sql ?? '';
    expect(duck).toContain('"crm"."tickets"');
    expect(duck).toContain('"select" AS');
    expect(duck).toContain('"ticket""no" AS');
    const ch = compileEvaluation(options, { dialect: 'clickhouse', tables }).queries[0]?.sql ?? '';
    expect(ch).toContain('`crm`.`tickets`');
    expect(ch).toContain('`select` AS');
  });
});

describe('the statements', () => {
  it('are one states query per table and period timestamp, one counts and one presence query per table (which also counts the rows the data contract rejects)', () => {
    // csat: surveyedAt; fcr: resolvedAt; complaintRate: createdAt; callAnswerRate: calls.
    const { queries } = compileEvaluation(
      { metrics: ['csat', 'fcr', 'complaintRate', 'callAnswerRate'], period: 'month', asOf },
      { dialect: 'duckdb' },
    );
    expect(queries.map((q) => `${q.table}:${q.purpose}:${q.metrics.join(',')}`)).toEqual([
      'tickets:states:2',
      'tickets:states:1',
      'tickets:states:0',
      'tickets:counts:',
      'tickets:presence:',
      'calls:states:3',
      'calls:counts:',
      'calls:presence:',
      'agents:counts:',
      'agents:presence:',
      'customers:counts:',
      'customers:presence:',
    ]);
  });

  it('check the data contract in the order parseDataset reports issues', () => {
    const { queries } = compileEvaluation({ metrics: ['csat'], asOf }, { dialect: 'postgres' });
    const rejected = queries.find((q) => q.table === 'tickets' && q.purpose === 'presence');
    // The labels are the library's own constants, written as literals: THEN 'id:required'.
    const labels = [...(rejected?.sql ?? '').matchAll(/THEN '([a-zA-Z]+:[a-zA-Z]+)'/g)].map(
      (m) => m[1],
    );
    // Fields in canonical order (tables.ts), one rule after another, then the rules across fields.
    expect(labels.slice(0, 6)).toEqual([
      'id:required',
      'id:blank',
      'createdAt:required',
      'createdAt:domain',
      'status:required',
      'status:member',
    ]);
    expect(labels.slice(-7)).toEqual([
      'firstResponseAt:notBefore',
      'resolvedAt:notBefore',
      'closedAt:notBefore',
      'closedAt:notBefore',
      'firstResponseAt:notAfter',
      'surveyedAt:notBefore',
      'followUpAt:notBefore',
    ]);
    // Every other statement reads only the rows that keep the contract.
    for (const q of queries.filter((q) => q.purpose !== 'presence'))
      expect(q.sql).toMatch(/WHERE \(CASE WHEN \("(id|agentId|customerId)" IS NULL\) OR /);
  });

  it('refuse a sample of rejected rows of no rows', () => {
    expect(() => compileRejectedRowsQuery({ dialect: 'duckdb' }, 'tickets', 0)).toThrow(
      'compileRejectedRowsQuery: limit 0 must be a whole number ≥ 1.',
    );
    const { sql } = compileRejectedRowsQuery({ dialect: 'clickhouse' }, 'agents', 5);
    expect(sql).toMatch(/WHERE `_reject` IS NOT NULL LIMIT 5$/);
  });
});
