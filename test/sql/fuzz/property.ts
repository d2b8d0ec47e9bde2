/**
 * The property of the SQL fuzz test: on a generated case, `evaluateSql` on the engine equals
 * `evaluate` in JS on the same records, every field (`evaluationDifferences` is empty). A failure
 * names the fast-check seed and path (to replay it), the first differences and the shrunk case as
 * the host's records and options.
 */
import fc from 'fast-check';
import { evaluate } from '@servicescore/core';
import { evaluateSql, type SqlEvaluateOptions } from '@servicescore/core/sql';
import { evaluationDifferences } from '../same-evaluation';
import { type CaseSpec, caseSpec, type Materialized, materialize } from './arbitraries';
import type { FuzzEngine } from './engines';

/** Cases per engine: `SQL_FUZZ_RUNS`, else 200 (what `pnpm test` runs). */
export const RUNS = (() => {
  const n = Number(process.env.SQL_FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : 200;
})();

/** A case whose evaluations differ: the differences and the materialized case. */
class Difference extends Error {
  constructor(
    readonly differences: readonly string[],
    readonly materialized: Materialized,
  ) {
    super(`${differences.length} difference(s):\n  ${differences.slice(0, 12).join('\n  ')}`);
  }
}

/** Evaluates one case on the engine and in JS; throws a {@link Difference} when they differ. */
export async function checkCase(engine: FuzzEngine, spec: CaseSpec): Promise<void> {
  const m = materialize(spec);
  if (m.rejected.length > 0)
    throw new Error(
      `generator bug: parseDataset rejected ${m.rejected.length} record(s): ${m.rejected
        .slice(0, 3)
        .map((r) => `${r.table}[${r.index}] ${r.reason}`)
        .join('; ')}`,
    );
  const run = () =>
    engine.withData(m.dataset, () =>
      evaluateSql(engine.runner, { ...(m.options as SqlEvaluateOptions), tables: engine.tables }),
    );
  let expected: ReturnType<typeof evaluate>;
  try {
    expected = evaluate(m.dataset, m.options);
  } catch (error) {
    // A refused option (a groupBy attribute no record carries) must be refused by SQL too, with
    // the same error class and the same first sentence.
    const sql = await run().then(
      () => undefined,
      (e: unknown) => e,
    );
    const first = (e: unknown) => String((e as Error)?.message).split(';')[0];
    if (!(sql instanceof (error as Error).constructor) || first(sql) !== first(error))
      throw new Error(
        `evaluate threw "${first(error)}" but evaluateSql gave ${sql === undefined ? 'a result' : `"${first(sql)}"`}`,
      );
    return;
  }
  const actual = await run();
  const differences = evaluationDifferences(actual, expected);
  if (differences.length > 0) throw new Difference(differences, m);
}

/** JSON of a case for a report: the host's records (only non-empty tables) and options. */
export function showCase(m: Materialized): string {
  const tables = Object.fromEntries(Object.entries(m.input).filter(([, rows]) => rows.length > 0));
  const { metrics, ...rest } = m.options;
  const options = {
    ...rest,
    metrics:
      Array.isArray(metrics) && metrics.length > 12 ? `${metrics.length} metric ids` : metrics,
    ...(rest.asOf === undefined ? {} : { asOf: new Date(rest.asOf as number).toISOString() }),
  };
  const iso = (_k: string, v: unknown) =>
    typeof v === 'number' && v > 1e12 && v < 1e13 && Number.isInteger(v)
      ? `${new Date(v).toISOString()} (${v})`
      : v;
  return `options: ${JSON.stringify(options, iso)}\nrecords: ${JSON.stringify(tables, iso, 1)}`;
}

/**
 * Runs the property `RUNS` times on one engine. `SQL_FUZZ_SEED` (and `SQL_FUZZ_PATH`) replay a
 * reported failure. Resolves to the number of cases run; rejects with the report of a failure.
 */
export async function runProperty(engine: FuzzEngine): Promise<number> {
  let cases = 0;
  const seed = process.env.SQL_FUZZ_SEED;
  const path = process.env.SQL_FUZZ_PATH;
  const details = await fc.check(
    fc.asyncProperty(caseSpec(engine), async (spec) => {
      cases++;
      await checkCase(engine, spec);
    }),
    {
      numRuns: RUNS,
      ...(seed === undefined ? {} : { seed: Number(seed) }),
      ...(path === undefined ? {} : { path }),
    },
  );
  if (!details.failed) return cases;
  const error = details.errorInstance;
  const lines = [
    `${engine.name}: evaluateSql ≠ evaluate (case ${details.numRuns} of ${RUNS}, shrunk ${details.numShrinks} times).`,
    `Replay: SQL_FUZZ_SEED=${details.seed} SQL_FUZZ_PATH=${details.counterexamplePath} pnpm exec vitest run --project sql test/sql/fuzz.test.ts -t ${engine.name}`,
  ];
  if (error instanceof Difference) {
    lines.push(error.message, showCase(error.materialized));
  } else {
    lines.push(`Error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    const spec = details.counterexample?.[0];
    if (spec !== undefined) lines.push(showCase(materialize(spec)));
  }
  lines.push(`Counterexample (spec): ${fc.stringify(details.counterexample)}`);
  throw new Error(lines.join('\n'));
}
