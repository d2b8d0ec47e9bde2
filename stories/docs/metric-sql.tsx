import { businessCalendar, expr, getMetric, scopeMetric, weekdayHours } from '@servicescore/core';
import {
  type CompiledQuery,
  compileEvaluation,
  type SqlEvaluateOptions,
} from '@servicescore/core/sql';
import { useState } from 'react';
import { formatSql } from '../shared/sql-format';
import './doc-tables.css';

/** The instant every catalogue SQL is compiled for (a fixed `asOf`, so the docs do not change). */
export const catalogueAsOf = '2026-07-01T00:00:00Z';

/** A statement as the docs show it: its SQL laid out on lines, then its bound values. */
function statementText(query: CompiledQuery): string {
  const params = query.params.map((v, i) => `--   $${i + 1} = ${JSON.stringify(v)}`).join('\n');
  return `${formatSql(query.sql)};${params === '' ? '' : `\n-- params:\n${params}`}`;
}

// `sb-unstyled`: Storybook's docs typography would restyle a plain <pre> (as the table's caption).

/** The states SQL of one metric, compiled when first opened (the catalogue has dozens). */
function MetricSqlBody({ id }: { id: string }) {
  let text: string;
  try {
    const { queries } = compileEvaluation(
      { metrics: [id], asOf: catalogueAsOf },
      { dialect: 'duckdb' },
    );
    text = queries
      .filter((q) => q.purpose === 'states')
      .map(statementText)
      .join('\n\n');
  } catch (error) {
    text = `-- ${error instanceof Error ? error.message : String(error)}`;
  }
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <pre className="sb-unstyled ss-doc-sql__code" tabIndex={0}>
      {text}
    </pre>
  );
}

/**
 * A collapsible `<details>` with the metric's states SQL in the DuckDB dialect:
 * `compileEvaluation({ metrics: [id], asOf }, { dialect: 'duckdb' })`, the statements whose
 * `purpose` is `'states'`.
 */
export function MetricSql({ id }: { id: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="ss-doc-sql" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>SQL (DuckDB)</summary>
      {open && <MetricSqlBody id={id} />}
    </details>
  );
}

/** The worked example's metric: response timeliness of complaints only. */
const complaintResponseTimeliness = scopeMetric(getMetric('responseTimelinessRate'), {
  id: 'complaintResponseTimeliness',
  where: expr.eq(expr.field('kind'), 'complaint'),
});

/** Office hours in Shanghai, with the Labour Day holiday: SLA due times count working time only. */
const calendar = businessCalendar({
  timeZone: 'Asia/Shanghai',
  hours: weekdayHours('09:00', '18:00'),
  holidays: ['2026-05-01'],
});

const exampleOptions: SqlEvaluateOptions = {
  metrics: [complaintResponseTimeliness],
  groupBy: 'agentId',
  period: 'month',
  timeZone: 'Asia/Shanghai',
  calendar,
  asOf: catalogueAsOf,
};

/** The tickets' time span (evaluateSql finds it with compileRangeQuery): one week, to keep it short. */
const exampleRange = {
  from: Date.parse('2026-04-27T00:00:00Z'),
  to: Date.parse('2026-05-03T00:00:00Z'),
};

/** The code of {@link exampleOptions}, shown above its output (kept beside it so they agree). */
export const exampleCode = `import { businessCalendar, expr, getMetric, scopeMetric, weekdayHours } from '@servicescore/core';
import { compileEvaluation } from '@servicescore/core/sql';

const complaintResponseTimeliness = scopeMetric(getMetric('responseTimelinessRate'), {
  id: 'complaintResponseTimeliness',
  where: expr.eq(expr.field('kind'), 'complaint'),
});
const calendar = businessCalendar({
  timeZone: 'Asia/Shanghai',
  hours: weekdayHours('09:00', '18:00'),
  holidays: ['2026-05-01'],
});

const { queries } = compileEvaluation(
  {
    metrics: [complaintResponseTimeliness],
    groupBy: 'agentId',
    period: 'month',
    timeZone: 'Asia/Shanghai',
    calendar,
    asOf: '${catalogueAsOf}',
  },
  // range: the tickets' time span, which evaluateSql finds itself (compileRangeQuery).
  { dialect: 'duckdb', range: { from: ${exampleRange.from}, to: ${exampleRange.to} } },
);`;

/** The worked example: the code, then every statement `compileEvaluation` returns for it. */
export function ScopedMetricSqlExample() {
  const { queries } = compileEvaluation(exampleOptions, { dialect: 'duckdb', range: exampleRange });
  return (
    <div className="ss-doc-sql-example">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
      <pre className="sb-unstyled ss-doc-sql__code" tabIndex={0}>
        {exampleCode}
      </pre>
      <p>
        {`${queries.length} statements · ${queries.length} 条语句 (queries[i].purpose · table · sql · params):`}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
      <pre className="sb-unstyled ss-doc-sql__code ss-doc-sql__code--tall" tabIndex={0}>
        {queries
          .map((q, i) => `-- queries[${i}]: ${q.purpose} · ${q.table}\n${statementText(q)}`)
          .join('\n\n')}
      </pre>
    </div>
  );
}
