// evaluateInWorker with `mapping`: the host's CSV-like rows cross to the worker as they are, with a
// mapping made of data (column names), and give what mapRecords + evaluateRecords give.
import { evaluateRecords, type MappingError, mapRecords, metrics } from '@servicescore/core';
import { generateDemoDataset } from '@servicescore/core/demo';
import { evaluateInWorker, type WorkerEvaluateOptions } from '@servicescore/core/worker';
import { describe, expect, it } from 'vitest';
import {
  brokenTicketRows,
  callMapping,
  callRows,
  type CsvRow,
  ticketMapping,
  ticketRows,
  zone,
} from '../evaluate/csv-rows';
import { channelWorker } from './channel-worker';

const demo = generateDemoDataset({ tickets: 300, agents: 6, months: 2, calls: 120 });
const tickets: unknown[] = ticketRows(demo.tickets);
tickets.splice(3, 0, ...brokenTicketRows(tickets[0] as CsvRow));
const calls = callRows(demo.calls);

const options = {
  metrics: Object.values(metrics).map((m) => m.id),
  groupBy: 'Site',
  period: 'month',
  timeZone: zone,
  asOf: demo.meta.asOf,
  onInvalid: 'collect',
} satisfies WorkerEvaluateOptions;

const viaCopy = evaluateRecords(
  {
    tickets: mapRecords(tickets as CsvRow[], { table: 'tickets', ...ticketMapping }),
    calls: mapRecords(calls, { table: 'calls', ...callMapping }),
  },
  options,
);

describe('evaluateInWorker with a mapping', () => {
  it('gives exactly the result of mapRecords + evaluateRecords across a MessageChannel', async () => {
    const result = await evaluateInWorker(
      { tickets: tickets as CsvRow[], calls },
      { ...options, mapping: { tickets: ticketMapping, calls: callMapping } },
      { createWorker: channelWorker, chunkSize: 64 },
    );
    // The five broken rows are rejected at the host's indexes 3…7, with the host's texts.
    expect(result.rejected.map((r) => r.index)).toEqual([3, 4, 5, 6, 7]);
    expect(result.rejected[1]?.reason).toBe(
      'resolvedAt "12/30/2017 12:00:00 AM" (2017-12-30T08:00Z) is before createdAt "12/30/2017 5:16:06 PM" (2017-12-31T01:16:06Z)',
    );
    expect(result).toEqual(viaCopy);
  });

  it('gives the same result on the calling thread (no Worker in Node)', async () => {
    const result = await evaluateInWorker(
      { tickets: tickets as CsvRow[], calls },
      { ...options, mapping: { tickets: ticketMapping, calls: callMapping } },
      { chunkSize: 100 },
    );
    expect(result).toEqual(viaCopy);
  });

  it('refuses an accessor function in the mapping, naming the field, before any work', async () => {
    let created = 0;
    const running = evaluateInWorker(
      { tickets: tickets as never },
      {
        ...options,
        mapping: {
          tickets: {
            ...ticketMapping,
            fields: { ...ticketMapping.fields, agentId: (r: CsvRow) => r.Agent },
          },
        },
      } as never,
      {
        createWorker: () => {
          created += 1;
          return channelWorker();
        },
      },
    );
    await expect(running).rejects.toThrow(TypeError);
    await expect(running).rejects.toThrow(
      "evaluateInWorker: option `mapping.tickets.fields.agentId` is a function; functions and class instances cannot be sent to a worker: a mapping crosses to the worker as data, so name the host column (e.g. 'Agent') instead of an accessor, or map the rows with mapRecords on the calling thread.",
    );
    expect(created).toBe(0);
  });

  it('brings a MappingError back as a TypeError named MappingError, with its columns', async () => {
    const running = evaluateInWorker(
      { tickets: tickets as never },
      {
        ...options,
        mapping: {
          tickets: {
            ...ticketMapping,
            fields: { ...ticketMapping.fields, closedAt: 'Closed' + ' At' },
          },
        },
      },
      { createWorker: channelWorker },
    );
    const error = await running.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).name).toBe('MappingError');
    expect((error as Error).message).toBe(
      'evaluateRecords: mapping.tickets.fields.closedAt: column "Closed At" is in no row; did you mean "Closed"?.',
    );
    expect((error as MappingError).missing[0]).toEqual(
      expect.objectContaining({ option: 'mapping.tickets.fields.closedAt', column: 'Closed At' }),
    );
  });
});
