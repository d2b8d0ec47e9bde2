import { type Locale, type ParetoInput, pareto } from '@servicescore/core';
import { ParetoChart } from '@servicescore/react';
import './doc-tables.css';

/** The worked example of docs/RULES.md#pareto: 32/19/15/5/3/2/1 → cumulative 41.6/66.2/85.7/92.2/96.1/98.7/100 %. */
export const kpisParetoExample: readonly ParetoInput[] = [
  { category: '安装不规范 Poor installation', count: 32 },
  { category: '配送延迟 Late delivery', count: 19 },
  { category: '响应不及时 Slow response', count: 15 },
  { category: '服务态度 Attitude', count: 5 },
  { category: '预约爽约 Missed appointment', count: 3 },
  { category: '配件缺失 Missing parts', count: 2 },
  { category: '包装破损 Damaged packaging', count: 1 },
];

/** The example as a live chart. */
export function ParetoExampleChart({ locale = 'zh-CN' }: { locale?: Locale }) {
  return <ParetoChart data={kpisParetoExample} locale={locale} />;
}

/** The example's `pareto` result as a table (shares from the counts, not from rounded percents). */
export function ParetoExampleTable() {
  const result = pareto(kpisParetoExample);
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  return (
    <table className="ss-doc-table">
      <thead>
        <tr>
          <th scope="col">category</th>
          <th scope="col">count</th>
          <th scope="col">share</th>
          <th scope="col">cumulativeShare</th>
          <th scope="col">vital</th>
        </tr>
      </thead>
      <tbody>
        {result.items.map((item) => (
          <tr key={item.category}>
            <td>{item.category}</td>
            <td>{item.count}</td>
            <td>{pct(item.share)}</td>
            <td>{pct(item.cumulativeShare)}</td>
            <td>{item.vital ? '✓' : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
