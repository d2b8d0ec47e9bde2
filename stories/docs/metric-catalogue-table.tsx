import { type AnyMetric, label, type MetricCategory, metrics } from '@servicescore/core';
import { MetricSql } from './metric-sql';
import './doc-tables.css';

const categories: readonly MetricCategory[] = [
  'satisfaction',
  'quality',
  'efficiency',
  'people',
  'business',
  'custom',
];
const arrow = { higher: '↑', lower: '↓' } as const;

/**
 * The KPI catalogue as a table, generated from the core's `metrics` so the docs cannot drift from
 * the code: one section per category, one row per metric, and under each formula the metric's SQL
 * (DuckDB dialect, from `compileEvaluation`).
 */
export function MetricCatalogueTable() {
  const all = Object.values(metrics) as AnyMetric[];
  return (
    <table className="ss-doc-table ss-doc-table--fixed">
      <colgroup>
        {[16, 9, 13, 28, 7, 8, 6, 8, 5].map((w, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed column list.
          <col key={i} style={{ width: `${w}%` }} />
        ))}
      </colgroup>
      <caption className="sb-unstyled" style={{ textAlign: 'start', paddingBottom: 6 }}>
        {`${all.length} metrics · ${all.length} 个指标`}
      </caption>
      <thead>
        <tr>
          <th scope="col">id</th>
          <th scope="col">中文</th>
          <th scope="col">English</th>
          <th scope="col">公式 / Formula</th>
          <th scope="col">unit</th>
          <th scope="col">direction</th>
          <th scope="col">min sample</th>
          <th scope="col">period timestamp</th>
          <th scope="col">seeds</th>
        </tr>
      </thead>
      {categories.map((category) => {
        const list = all.filter((m) => m.category === category);
        if (list.length === 0) return null;
        return (
          <tbody key={category}>
            <tr>
              <th colSpan={9} scope="colgroup">
                {`${label(category, 'zh-CN')} · ${label(category, 'en-US')}`}
              </th>
            </tr>
            {list.map((m) => (
              <tr key={m.id}>
                <td>
                  <code>{m.id}</code>
                </td>
                <td>{m.label['zh-CN']}</td>
                <td>{m.label['en-US']}</td>
                <td>
                  <div>{m.formula['zh-CN']}</div>
                  <div className="ss-doc-en">{m.formula['en-US']}</div>
                  <MetricSql id={m.id} />
                </td>
                <td>
                  <code>{m.unit}</code>
                </td>
                <td>{`${arrow[m.direction]} ${m.direction}`}</td>
                <td>{m.minSample}</td>
                <td>
                  <code>{m.timestamp}</code>
                </td>
                <td>{(m.seeds ?? []).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        );
      })}
    </table>
  );
}
