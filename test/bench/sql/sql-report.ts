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
export function sqlSection(all: SqlFigure[], core: CoreFigure[]): string {
  const sql = all.filter((f) => f.engine === 'duckdb');
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
  out.push(serverSection(all));
  return out.join('\n');
}

const engineName = { postgres: 'PostgreSQL 15', clickhouse: 'ClickHouse, 2 shards (Distributed)' };

/** PostgreSQL and the 2-shard ClickHouse (server-child.ts), beside DuckDB at the same size. */
function serverSection(all: SqlFigure[]): string {
  const servers = all.filter((f) => f.engine !== 'duckdb');
  if (servers.length === 0) return '';
  const rows = servers.map((f) => {
    const duck = all.find((d) => d.engine === 'duckdb' && d.n === f.n && d.figure === f.figure);
    return [
      engineName[f.engine as keyof typeof engineName],
      f.n.toLocaleString('en-US'),
      label[f.figure],
      timeSummary(f.time),
      duck ? ratio(f.time.median / duck.time.median) : '—',
      ms(f.loadMs),
      mib(f.extraRss.median),
      mib(f.extraHeap.median),
      String(f.checked),
    ];
  });
  return [
    '### PostgreSQL and ClickHouse (servers on 127.0.0.1)',
    '',
    "Each figure in its own Node process (`test/bench/sql/server-child.ts`): the server is started as the `sql` test project starts it (a throwaway PostgreSQL 15 cluster; two ClickHouse servers as two shards under a `Distributed` table), the demo tickets are made in DuckDB and moved over as CSV (load = making + moving them), then `evaluateSql` runs per agent × month in Asia/Shanghai through the engine's adapter (`pgRunner` over `pg`, `clickhouseRunner` over `@clickhouse/client`). The Node process's memory is measured; the servers' own memory is not. After the runs the whole evaluation (every field) is compared with `evaluateSql` on DuckDB over the same rows; a difference fails the figure.",
    '',
    table(
      [
        'engine',
        'tickets',
        'figure',
        'time: median (min–max)',
        '÷ DuckDB',
        'load',
        'peak extra RSS (median)',
        'peak extra heap (median)',
        'groups checked',
      ],
      rows,
    ),
    '',
  ].join('\n');
}
