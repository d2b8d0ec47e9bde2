/** The SQL section of BENCHMARKS.md. */
import type { CoreFigure } from '../core/core-figures';
import { mib, ms, ratio, table, timeSummary } from '../lib/format';
import type { SqlFigure, SqlFigureKind } from './sql-figures';

const label: Record<SqlFigureKind, string> = {
  hand: 'hand-written DuckDB query, the six figures',
  six: '`evaluateSql`, the six figures',
  all: '`evaluateSql`, every ticket metric',
};

/**
 * DuckDB figures per size (÷ the hand query of the same size), then `evaluateSql` against the JS
 * engine (`evaluateRecords`, epoch-ms input) at the sizes both ran, from the same run.
 */
export function sqlSection(sql: SqlFigure[], core: CoreFigure[]): string {
  const sizes = [...new Set(sql.map((f) => f.n))].sort((a, b) => a - b);
  const out: string[] = [
    '## SQL: the same definitions on DuckDB (`evaluateSql`)',
    '',
    "Each figure in its own Node process (`test/bench/sql/sql-child.ts`): an in-memory DuckDB (`@duckdb/node-api`) gets `n` demo tickets made by the Warehouse story's SQL generator (`stories/warehouse/warehouse-data.ts`, 200 agents, 12 months; no row crosses from JavaScript; the time to make them is the load column), then `evaluateSql` (the data-contract checks, states per agent × month, the JS `result` code) or the hand-written query (`test/bench/sql/hand-duckdb.ts`: the six figures' rules, no contract checks, no intervals) runs per agent × month in Asia/Shanghai. After the runs every agent × month cell of the six figures is compared between the two (relative 1e-9); a mismatch fails the figure. **Extra RSS** = peak resident memory of the Node process during a run (sampled every 20 ms) − before it: DuckDB's own memory is native, so it shows there and not in the heap.",
    '',
  ];
  for (const n of sizes) {
    const hand = sql.find((f) => f.n === n && f.figure === 'hand');
    out.push(
      `### DuckDB, ${n.toLocaleString('en-US')} tickets`,
      '',
      table(
        [
          'figure',
          'time: median (min–max)',
          '÷ hand query',
          'load',
          'peak extra RSS (median)',
          'peak extra heap (median)',
          'cells checked',
        ],
        sql
          .filter((f) => f.n === n)
          .map((f) => [
            label[f.figure],
            timeSummary(f.time),
            hand ? ratio(f.time.median / hand.time.median) : '—',
            ms(f.loadMs),
            mib(f.extraRss.median),
            mib(f.extraHeap.median),
            String(f.checked),
          ]),
      ),
      '',
    );
  }
  const rows = sizes.flatMap((n) => {
    const js = core.find(
      (f) => f.n === n && f.form === 'epoch' && f.contestant === 'servicescore-six',
    );
    const jsAll = core.find(
      (f) => f.n === n && f.form === 'epoch' && f.contestant === 'servicescore-all',
    );
    const six = sql.find((f) => f.n === n && f.figure === 'six');
    const all = sql.find((f) => f.n === n && f.figure === 'all');
    if (!js || !six) return [];
    return [
      [
        n.toLocaleString('en-US'),
        ms(js.time.median),
        ms(six.time.median),
        ratio(six.time.median / js.time.median),
        jsAll ? ms(jsAll.time.median) : '—',
        all ? ms(all.time.median) : '—',
        jsAll && all ? ratio(all.time.median / jsAll.time.median) : '—',
      ],
    ];
  });
  if (rows.length > 0) {
    out.push(
      '### JS engine vs DuckDB (same run; JS from raw epoch-ms records, SQL from the table)',
      '',
      table(['tickets', 'JS six', 'SQL six', 'SQL ÷ JS', 'JS all', 'SQL all', 'SQL ÷ JS'], rows),
      '',
    );
  }
  return out.join('\n');
}
