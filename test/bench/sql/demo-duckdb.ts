/**
 * `n` demo tickets in an in-memory DuckDB, made with the Warehouse story's SQL generator
 * (stories/warehouse/warehouse-data.ts: no row crosses from JavaScript; the same rows every run),
 * and the evaluation options every SQL figure uses: per agent × month in Asia/Shanghai.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { generateDemoDataset } from '@servicescore/core/demo';
import {
  createTablesSql,
  demoTicketSpec,
  insertTicketsSql,
} from '../../../stories/warehouse/warehouse-data';

export async function openDemoDuckDb(n: number) {
  const meta = generateDemoDataset({ tickets: 10, agents: 200, months: 12, calls: 0 }).meta;
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const started = performance.now();
  for (const sql of createTablesSql()) await connection.run(sql);
  await connection.run(insertTicketsSql(demoTicketSpec(meta, n)));
  const options = {
    groupBy: 'agentId',
    period: 'month',
    timeZone: 'Asia/Shanghai',
    asOf: meta.asOf,
  } as const;
  return {
    connection,
    options,
    loadMs: performance.now() - started,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
