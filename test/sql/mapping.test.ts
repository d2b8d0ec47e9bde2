import { DuckDBInstance } from '@duckdb/node-api';
import { evaluate, parseDataset } from '@servicescore/core';
import { duckdbRunner, evaluateSql, SqlCompileError } from '@servicescore/core/sql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluationDifferences } from './same-evaluation';

/**
 * A host's own table, as a CRM keeps it: its own column names and status codes, instants as
 * epoch seconds, a column named `select`, no `csat` column at all.
 */
const hostRows: [string, number, string, number | null, string, string | null][] = [
  // ticket_no, opened (epoch s), state, solved (epoch s), select (= channel), kind
  ['T-1', 1_767_261_600, 'Solved', 1_767_265_200, 'phone', 'complaint'], // 2026-01-01 10:00 → 11:00 UTC
  ['T-2', 1_767_261_600, 'Solved', 1_767_348_000, 'email', null], // resolved 24 h later
  ['T-3', 1_767_348_000, 'Open', null, 'phone', 'complaint'],
  ['T-4', 1_767_434_400, 'Closed', 1_767_438_000, 'web', 'repair'],
];
const statusCodes = { Solved: 'resolved', Open: 'open', Closed: 'closed' } as const;
const tables = {
  tickets: {
    from: 'crm.tickets',
    columns: {
      id: 'ticket_no',
      createdAt: 'opened',
      status: 'state',
      resolvedAt: 'solved',
      channel: 'select',
    },
    values: { status: statusCodes },
    instants: 'epochSeconds' as const,
  },
};
const asOf = Date.UTC(2026, 1, 1);

let instance: DuckDBInstance;
let connection: Awaited<ReturnType<DuckDBInstance['connect']>>;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  await connection.run('CREATE SCHEMA crm');
  await connection.run(
    'CREATE TABLE crm.tickets (ticket_no VARCHAR, opened BIGINT, state VARCHAR, solved BIGINT, "select" VARCHAR, kind VARCHAR)',
  );
  for (const row of hostRows)
    await connection.run('INSERT INTO crm.tickets VALUES ($1, $2, $3, $4, $5, $6)', row as never);
});
afterAll(() => {
  connection?.closeSync();
  instance?.closeSync();
});

describe('table mappings (DuckDB)', () => {
  it('reads a host table through its mapping exactly as evaluate reads the mapped records', async () => {
    const { dataset } = parseDataset({
      tickets: hostRows.map(([id, opened, state, solved, channel, kind]) => ({
        id,
        createdAt: opened * 1000,
        status: statusCodes[state as keyof typeof statusCodes],
        ...(solved === null ? {} : { resolvedAt: solved * 1000 }),
        channel,
        ...(kind === null ? {} : { kind }),
      })) as never,
    });
    const options = {
      metrics: ['resolutionRate', 'avgResolutionTime', 'complaintRate', 'csat'],
      groupBy: 'channel',
      asOf,
    };
    const actual = await evaluateSql(duckdbRunner(connection), { ...options, tables });
    expect(evaluationDifferences(actual, evaluate(dataset, options))).toEqual([]);
    // By hand: T-1, T-2 and T-4 resolved of 4 → 3/4; MTTR (1 h + 24 h + 1 h) / 3 = 8 h 40 min.
    expect(actual.overall.resolutionRate?.numerator).toBe(3);
    expect(actual.overall.avgResolutionTime?.value).toBe(31_200_000);
    expect(actual.groups.map((g) => g.key)).toEqual(['email', 'phone', 'web']);
  });

  it('reads a field the table lacks as not recorded, never as a made-up value', async () => {
    const e = await evaluateSql(duckdbRunner(connection), { metrics: ['csat'], asOf, tables });
    expect(e.overall.csat).toMatchObject({ value: null, reason: 'noData', denominator: 0 });
  });

  it('names a misspelt column and the closest real ones', async () => {
    const run = evaluateSql(duckdbRunner(connection), {
      metrics: ['csat'],
      asOf,
      tables: {
        tickets: {
          ...tables.tickets,
          columns: { ...tables.tickets.columns, createdAt: 'openned' },
        },
      },
    });
    await expect(run).rejects.toThrow(SqlCompileError);
    await expect(
      evaluateSql(duckdbRunner(connection), {
        metrics: ['csat'],
        asOf,
        tables: {
          tickets: {
            ...tables.tickets,
            columns: { ...tables.tickets.columns, createdAt: 'openned' },
          },
        },
      }),
    ).rejects.toThrow(/column "openned" does not exist in crm.tickets; closest: "opened"/);
  });

  it('names a mapped field that is no canonical field', async () => {
    await expect(
      evaluateSql(duckdbRunner(connection), {
        metrics: ['csat'],
        asOf,
        tables: {
          tickets: {
            ...tables.tickets,
            columns: { ...tables.tickets.columns, createAt: 'opened' },
          },
        },
      }),
    ).rejects.toThrow(/"createAt" is not a canonical tickets field; closest: "createdAt"/);
  });

  it('treats a table the database does not have as empty, and its metrics as an error', async () => {
    const e = await evaluateSql(duckdbRunner(connection), { metrics: ['csat'], asOf, tables });
    expect(e.records).toEqual({ tickets: 4, calls: 0, agents: 0, customers: 0 });
    await expect(
      evaluateSql(duckdbRunner(connection), { metrics: ['callAnswerRate'], asOf, tables }),
    ).rejects.toThrow(/the database has no calls table/);
  });
});
