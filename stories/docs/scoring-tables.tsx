import {
  afterSalesTemplate,
  defaultGradeScale,
  getMetric,
  type MetricUnit,
  ruleText,
} from '@servicescore/core';
import { GradeBadge } from '@servicescore/react';
import './doc-tables.css';

function unitOf(metricId: string | null): MetricUnit {
  if (metricId === null) return 'number';
  try {
    return getMetric(metricId).unit;
  } catch {
    return 'number';
  }
}

/** The default scorecard (seed 003), generated from `afterSalesTemplate` with `ruleText`. */
export function TemplateTable() {
  const tpl = afterSalesTemplate;
  return (
    <table className="ss-doc-table ss-doc-table--fixed">
      <colgroup>
        {[12, 19, 17, 6, 22, 24].map((w, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed column list.
          <col key={i} style={{ width: `${w}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col">一级指标 / dimension</th>
          <th scope="col">二级指标 / indicator</th>
          <th scope="col">source</th>
          <th scope="col">weight</th>
          <th scope="col">评分规则 / rule</th>
          <th scope="col">改进建议 / suggestions</th>
        </tr>
      </thead>
      <tbody>
        {tpl.dimensions.flatMap((d) =>
          d.indicators.map((i, n) => {
            const metric = 'metric' in i.source ? i.source.metric : null;
            const unit = unitOf(metric);
            return (
              <tr key={i.id}>
                {n === 0 && (
                  <th scope="rowgroup" rowSpan={d.indicators.length}>
                    <div>{`${d.label['zh-CN']} (${d.weight})`}</div>
                    <div className="ss-doc-en">{d.label['en-US']}</div>
                  </th>
                )}
                <td>
                  <div>{i.label['zh-CN']}</div>
                  <div className="ss-doc-en">{i.label['en-US']}</div>
                  <code>{i.id}</code>
                </td>
                <td>
                  <code>{metric ?? 'manual'}</code>
                </td>
                <td>{i.weight}</td>
                <td>
                  <div>{ruleText(i.rule, unit, 'zh-CN')}</div>
                  <div className="ss-doc-en">{ruleText(i.rule, unit, 'en-US')}</div>
                </td>
                <td>
                  {(i.suggestions ?? []).map((s) => (
                    <div key={s['zh-CN']}>
                      {s['zh-CN']} <span className="ss-doc-en">/ {s['en-US']}</span>
                    </div>
                  ))}
                </td>
              </tr>
            );
          }),
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={3}>
            {`Σ weight · maxPoints ${tpl.maxPoints ?? 10} · missing: ${tpl.missing ?? 'renormalise'}`}
          </th>
          <td colSpan={3}>
            {tpl.dimensions.reduce((s, d) => s + d.indicators.reduce((x, i) => x + i.weight, 0), 0)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

/** The default grade scale, generated from `defaultGradeScale`, with the badge each grade draws. */
export function GradeScaleTable() {
  return (
    <table className="ss-doc-table">
      <thead>
        <tr>
          <th scope="col">grade id</th>
          <th scope="col">中文</th>
          <th scope="col">English</th>
          <th scope="col">score range</th>
          <th scope="col">badge</th>
        </tr>
      </thead>
      <tbody>
        {defaultGradeScale.map((g, i) => {
          const better = i === 0 ? null : (defaultGradeScale[i - 1]?.min ?? null);
          const last = i === defaultGradeScale.length - 1;
          const range =
            better === null ? `≥ ${g.min}` : last ? `< ${better}` : `${g.min} ≤ score < ${better}`;
          return (
            <tr key={g.id}>
              <td>
                <code>{g.id}</code>
              </td>
              <td>{g.label['zh-CN']}</td>
              <td>{g.label['en-US']}</td>
              <td>{range}</td>
              <td>
                <GradeBadge grade={g.id} locale="zh-CN" />{' '}
                <GradeBadge grade={g.id} locale="en-US" />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
