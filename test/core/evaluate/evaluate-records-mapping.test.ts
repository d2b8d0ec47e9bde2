// evaluateRecords with `mapping`: the host's rows mapped and evaluated in one pass give exactly what
// mapRecords + evaluateRecords give (every field of the result), and bad mappings fail clearly.
import {
  createEvaluationStream,
  DatasetError,
  defineMetric,
  evaluate,
  evaluateRecords,
  type EvaluateRecordsOptions,
  MappingError,
  mapRecords,
  metrics,
  parseDataset,
  type ServiceTicket,
} from '@servicescore/core';
import { generateDemoDataset } from '@servicescore/core/demo';
import { describe, expect, it } from 'vitest';
import {
  brokenTicketRows,
  callMapping,
  callRows,
  type CsvRow,
  ticketMapping,
  ticketRows,
  zone,
} from './csv-rows';

const demo = generateDemoDataset({ tickets: 600, agents: 8, months: 3, calls: 300 });
const tickets: unknown[] = ticketRows(demo.tickets);
tickets.splice(7, 0, ...brokenTicketRows(tickets[0] as CsvRow));
const calls = callRows(demo.calls);

/** An opaque accumulator that needs repeat faults: the stream re-reads (and re-maps) the tickets. */
const repeatedCount = defineMetric({
  id: 'repeatedCount',
  label: { 'zh-CN': '重复故障数', 'en-US': 'Repeated' },
  formula: { 'zh-CN': '—', 'en-US': '—' },
  unit: 'count',
  direction: 'lower',
  category: 'custom',
  table: 'tickets',
  timestamp: 'resolvedAt',
  minSample: 1,
  needs: ['repeatFaults'],
  accumulator: {
    init: () => [0, 0],
    add(state: number[], t: ServiceTicket, ctx: { repeatFault(): number }) {
      const r = t.resolvedAt === undefined ? -1 : ctx.repeatFault();
      if (r < 0) return;
      state[0] = (state[0] as number) + r;
      state[1] = (state[1] as number) + 1;
    },
    merge: (a: number[], b: number[]) => [
      (a[0] as number) + (b[0] as number),
      (a[1] as number) + (b[1] as number),
    ],
    result: (state: number[], ctx: { metricId: string; minSample: number }) => ({
      metricId: ctx.metricId,
      unit: 'count' as const,
      value: state[0] as number,
      denominator: state[1] as number,
      sampleSize: state[1] as number,
      sufficient: (state[1] as number) >= ctx.minSample,
    }),
  } as never,
});

const options = {
  metrics: [...Object.values(metrics).map((m) => m.id), repeatedCount],
  groupBy: 'Site',
  period: 'month',
  timeZone: zone,
  asOf: demo.meta.asOf,
  onInvalid: 'collect',
} satisfies EvaluateRecordsOptions;

describe('evaluateRecords with a mapping', () => {
  const viaCopy = evaluateRecords(
    {
      tickets: mapRecords(tickets as CsvRow[], { table: 'tickets', ...ticketMapping }),
      calls: mapRecords(calls, { table: 'calls', ...callMapping }),
    },
    options,
  );

  it('gives exactly the result of mapRecords + evaluateRecords, rejections included', () => {
    const oneGo = evaluateRecords(
      { tickets: tickets as CsvRow[], calls },
      { ...options, mapping: { tickets: ticketMapping, calls: callMapping } },
    );
    // The data really went through every path: groups by the mapped attribute, the replayed
    // metric, both tables, and the five broken rows rejected at the host's indexes 7…11.
    expect(viaCopy.evaluation.groups.length).toBeGreaterThan(3);
    expect(viaCopy.evaluation.overall.repeatedCount?.value).toBeGreaterThan(0);
    expect(viaCopy.counts.calls).toEqual({ input: 300, accepted: 300, rejected: 0 });
    expect(viaCopy.rejected.map((r) => [r.index, r.path.join('.')])).toEqual([
      [7, 'createdAt'],
      [8, 'resolvedAt'],
      [9, 'csat'],
      [10, 'id'],
      [11, ''],
    ]);
    expect(oneGo).toEqual(viaCopy);
  });

  it('gives the same result fed in chunks, indexes running across chunks', () => {
    const stream = createEvaluationStream({
      ...options,
      mapping: { tickets: ticketMapping, calls: callMapping },
    });
    for (let at = 0; at < tickets.length; at += 97)
      stream.add({ tickets: tickets.slice(at, at + 97) as CsvRow[] });
    for (let at = 0; at < calls.length; at += 128) stream.add({ calls: calls.slice(at, at + 128) });
    expect(stream.finish()).toEqual(viaCopy);
  });

  it('maps only the tables it names; the others are canonical records', () => {
    const oneGo = evaluateRecords(
      {
        tickets: tickets as CsvRow[],
        calls: mapRecords(calls, { table: 'calls', ...callMapping }),
      },
      { ...options, mapping: { tickets: ticketMapping } },
    );
    expect(oneGo).toEqual(viaCopy);
  });
});

describe('evaluateRecords with a mapping: a small case by hand', () => {
  // Three rows of a CSV, in Shanghai time (UTC+8, no daylight saving).
  const rows = [
    {
      No: 'A-1',
      Opened: '2026-03-02 09:00',
      Fixed: '2026-03-02 11:30',
      State: '已解决',
      Score: '5',
    },
    {
      No: 'A-2',
      Opened: '2026-03-02 10:00',
      Fixed: '2026-03-02 10:30',
      State: '已解决',
      Score: '2',
    },
    {
      No: 'A-3',
      Opened: '2026-03-03 08:00',
      Fixed: '2026-03-02 08:00',
      State: '已解决',
      Score: '4',
    },
  ];
  const mapping = {
    tickets: {
      fields: {
        id: 'No',
        createdAt: 'Opened',
        resolvedAt: 'Fixed',
        status: 'State',
        csat: 'Score',
      },
      dateFormat: 'YYYY-MM-DD HH:mm',
      timeZone: 'Asia/Shanghai',
      values: { status: { 已解决: 'resolved' } },
    },
  };

  it('rejects the third row at its own index and averages the other two', () => {
    const { evaluation, rejected, counts } = evaluateRecords(
      { tickets: rows },
      {
        metrics: ['csat', 'avgResolutionTime'],
        mapping,
        onInvalid: 'collect',
        asOf: Date.UTC(2026, 3, 1),
      },
    );
    expect(counts.tickets).toEqual({ input: 3, accepted: 2, rejected: 1 });
    // A-3 was fixed a day before it was opened: 2026-03-02 08:00 +08 = 2026-03-02T00:00Z,
    // 2026-03-03 08:00 +08 = 2026-03-03T00:00Z.
    expect(rejected).toEqual([
      {
        table: 'tickets',
        index: 2,
        id: 'A-3',
        path: ['resolvedAt'],
        reason:
          'resolvedAt "2026-03-02 08:00" (2026-03-02T00:00Z) is before createdAt "2026-03-03 08:00" (2026-03-03T00:00Z)',
        issues: [
          {
            path: ['resolvedAt'],
            reason:
              'resolvedAt "2026-03-02 08:00" (2026-03-02T00:00Z) is before createdAt "2026-03-03 08:00" (2026-03-03T00:00Z)',
          },
        ],
      },
    ]);
    // CSAT = share of scores 4–5: A-1 (5) yes, A-2 (2) no → 1 / 2.
    expect(evaluation.overall.csat?.value).toBe(0.5);
    expect(evaluation.overall.csat?.sampleSize).toBe(2);
    // Resolution times 2.5 h and 0.5 h → mean 1.5 h = 5,400,000 ms.
    expect(evaluation.overall.avgResolutionTime?.value).toBe(5_400_000);
  });
});

describe('evaluateRecords with a mapping: bad mappings', () => {
  const rows = [{ Ticket: 'T-1', Opened: '2026-03-02T09:00:00Z', State: 'open', ClosedDate: '' }];
  const fields = { id: 'Ticket', createdAt: 'Opened', status: 'State' };

  it('refuses, at finish, a named column that no row of any chunk carries, naming the closest', () => {
    const stream = createEvaluationStream({
      metrics: ['csat'],
      mapping: { tickets: { fields: { ...fields, closedAt: 'Closed Date' } } },
    });
    stream.add({ tickets: rows });
    stream.add({ tickets: rows.map((r) => ({ ...r, Ticket: 'T-2' })) });
    let error: unknown;
    try {
      stream.finish();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MappingError);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as MappingError).message).toBe(
      'evaluateRecords: mapping.tickets.fields.closedAt: column "Closed Date" is in no row; did you mean "ClosedDate"?.',
    );
    // The closest names, closest first, as mapRecords finds them on the same rows.
    const closest = ['ClosedDate', 'State', 'Opened'];
    expect((error as MappingError).missing).toEqual([
      { option: 'mapping.tickets.fields.closedAt', column: 'Closed Date', closest },
    ]);
    expect(() =>
      mapRecords(rows, { table: 'tickets', fields: { ...fields, closedAt: 'Closed Date' } }),
    ).toThrow(
      expect.objectContaining({
        missing: [{ option: 'fields.closedAt', column: 'Closed Date', closest }],
      }),
    );
  });

  it('reports the mapping error before the invalid rows it causes', () => {
    // A misspelt required column would otherwise read as "status is required" on every row.
    const run = () =>
      evaluateRecords(
        { tickets: rows },
        { metrics: ['csat'], mapping: { tickets: { fields: { ...fields, status: 'Sate' } } } },
      );
    expect(run).toThrow(MappingError);
    expect(run).toThrow('mapping.tickets.fields.status: column "Sate" is in no row');
  });

  it('accepts a column that only a later chunk carries', () => {
    const stream = createEvaluationStream({
      metrics: ['csat'],
      mapping: { tickets: { fields: { ...fields, csat: 'Score' } } },
    });
    stream.add({ tickets: rows });
    stream.add({ tickets: [{ ...rows[0], Ticket: 'T-2', Score: '5' }] });
    const { evaluation } = stream.finish();
    expect(evaluation.overall.csat?.sampleSize).toBe(1);
  });

  it('names the table and the option of a bad mapping at creation', () => {
    const create = (mapping: unknown) =>
      createEvaluationStream({ metrics: ['csat'], mapping: mapping as never });
    expect(() => create({ ticket: { fields } })).toThrow(
      'evaluateRecords: unknown table in `mapping` `ticket`; did you mean `tickets`? Valid: tickets, calls, agents, customers.',
    );
    expect(() => create({ tickets: { table: 'calls', fields } })).toThrow(
      'evaluateRecords: mapping.tickets.table is "calls"; a mapping under `tickets` maps tickets (leave `table` out).',
    );
    expect(() => create({ tickets: { fields, dateFormat: 'DD/MM/YYYY HH:mm' } })).toThrow(
      `evaluateRecords: mapping.tickets: dateFormat "DD/MM/YYYY HH:mm" has no offset, so createdAt is a wall time: give timeZone (e.g. 'Asia/Shanghai').`,
    );
    expect(() => create({ tickets: { fields: { id: 'Ticket', status: 'State' } } })).toThrow(
      'evaluateRecords: mapping.tickets: tickets need createdAt; map it in fields (required: id, createdAt, status).',
    );
    expect(() => create({ tickets: { fields, timeZone: 'Mars/Olympus' } })).toThrow(
      'evaluateRecords: timeZone "Mars/Olympus" is not a known IANA time zone',
    );
    expect(() => create([])).toThrow('evaluateRecords: option `mapping` must be an object');
  });

  it('types the input by the mapping: host rows only for a mapped table', () => {
    const run = () => {
      // @ts-expect-error host rows in a table that no mapping maps
      evaluateRecords({ tickets: rows }, { metrics: ['csat'] });
    };
    // Types aside, the same rows without a mapping are rejected row by row.
    expect(run).toThrow('tickets[0] id is required (and 2 more problems)');
  });

  it('is an option of evaluateRecords only: evaluate refuses it', () => {
    const { dataset } = parseDataset({ tickets: [] });
    expect(() => evaluate(dataset, { metrics: ['csat'], mapping: {} } as never)).toThrow(
      'evaluate: unknown option `mapping`',
    );
  });

  it("throws a DatasetError in 'throw' mode with the host's index and text", () => {
    const bad = [{ Ticket: 'T-9', Opened: '02/03/2026 9:00', State: 'open' }];
    const run = () =>
      evaluateRecords(
        { tickets: bad },
        {
          metrics: ['csat'],
          mapping: { tickets: { fields, dateFormat: 'DD/MM/YYYY HH:mm:ss', timeZone: 'UTC' } },
        },
      );
    expect(run).toThrow(DatasetError);
    expect(run).toThrow(
      'tickets[0] (id "T-9") createdAt: "02/03/2026 9:00" is not a valid date for format DD/MM/YYYY HH:mm:ss',
    );
  });
});
