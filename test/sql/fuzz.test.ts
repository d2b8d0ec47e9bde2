// Property-based differential test of `evaluateSql` (run: `pnpm test:sql`, or this file alone with
// `pnpm exec vitest run --project sql test/sql/fuzz.test.ts`). fast-check generates small valid
// datasets with adversarial values (instants around DST changes, midnights and month ends, equal
// instants, every status, hostile strings …) and evaluation options (metrics, groupBy, period,
// time zone, asOf, windows, SLA), and on each engine — DuckDB in memory, the PostgreSQL server, the
// 2-shard ClickHouse cluster through its Distributed tables — `evaluateSql` must equal `evaluate`
// in JS on the same records, every field. See test/sql/fuzz/ for the generators and loaders.
//
// Cases per engine: 200 by default, `SQL_FUZZ_RUNS=5000` for a long run. A failure prints the seed
// and path to replay it (`SQL_FUZZ_SEED=… SQL_FUZZ_PATH=…`), the first differences and the shrunk
// case as records and options.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FuzzEngine,
  openClickHouseFuzz,
  openDuckDbFuzz,
  openPostgresFuzz,
} from './fuzz/engines';
import { RUNS, runProperty } from './fuzz/property';

const engines: [string, () => Promise<FuzzEngine>][] = [
  ['DuckDB', openDuckDbFuzz],
  ['PostgreSQL', openPostgresFuzz],
  ['ClickHouse', openClickHouseFuzz],
];

for (const [name, open] of engines) {
  describe(`${name}: evaluateSql equals evaluate on generated datasets`, () => {
    let engine: FuzzEngine | undefined;
    beforeAll(async () => {
      engine = await open();
    });
    afterAll(async () => engine?.close());

    it(
      `${name}: ${RUNS} cases`,
      async () => {
        const started = Date.now();
        const cases = await runProperty(engine as FuzzEngine);
        expect(cases).toBe(RUNS);
        console.log(
          `sql fuzz ${name}: ${cases} cases in ${((Date.now() - started) / 1000).toFixed(1)} s`,
        );
      },
      Math.max(600_000, RUNS * 4_000),
    );
  });
}
