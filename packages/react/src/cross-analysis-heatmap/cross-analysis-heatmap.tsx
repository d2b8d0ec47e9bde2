import { cx } from '../shared/class-names';
import { VisuallyHidden } from '../shared/visually-hidden';
import {
  type CrossAnalysisHeatmapProps,
  useCrossAnalysisHeatmap,
} from './use-cross-analysis-heatmap';

/**
 * Cross-analysis as a table (数据交叉分析): a row per segment (industry, size, installer, tenure
 * band …), a column per outcome metric, each cell its value and its difference from everyone else
 * with ▲/▼, a `*` for a significant difference and a shade by the size of the gap — the shade is
 * never the only signal. A first row gives everyone's value. The table scrolls sideways on a phone
 * (the scroll area takes keyboard focus).
 *
 * @example
 * <CrossAnalysisHeatmap analysis={crossAnalysis(dataset, { by: 'industry', outcome: ['csat', 'nps'] })}
 *   segmentHeader="行业" segmentLabels={{ retail: '零售' }} />
 */
export function CrossAnalysisHeatmap(props: CrossAnalysisHeatmapProps) {
  const state = useCrossAnalysisHeatmap(props);
  const root = cx('ss-widget ss-cross-heatmap', state.rootProps.className);
  if (state.status !== 'ready')
    return (
      <div {...state.rootProps} className={root}>
        {state.status === 'loading' && (
          <div className="ss-cross-heatmap__skeleton" aria-hidden="true" />
        )}
        <p className="ss-cross-heatmap__message">
          {state.status === 'loading' ? state.loadingText : state.noDataText}
        </p>
      </div>
    );
  return (
    <div {...state.rootProps} className={root}>
      <div className="ss-cross-heatmap__scroll" {...state.scrollProps}>
        <table className="ss-cross-heatmap__table">
          <caption className="ss-visually-hidden">{state.label}</caption>
          <thead>
            <tr>
              <th scope="col">{state.segmentHeader}</th>
              {state.columns.map((c) => (
                <th key={c.id} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="ss-cross-heatmap__overall">
              <th scope="row">{state.overallLabel}</th>
              {state.columns.map((c) => (
                <td key={c.id}>{c.overallText}</td>
              ))}
            </tr>
            {state.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">
                  <span className="ss-cross-heatmap__segment">{row.label}</span>
                  <span className="ss-cross-heatmap__n">{row.nText}</span>
                </th>
                {row.cells.map((cell) => (
                  <td
                    key={cell.metricId}
                    data-side={cell.side}
                    data-level={cell.level}
                    data-significant={cell.significant ? 'true' : undefined}
                  >
                    <span className="ss-cross-heatmap__value">{cell.valueText}</span>
                    {cell.differenceText !== null && (
                      <span className="ss-cross-heatmap__diff">
                        <span aria-hidden="true">{cell.symbol} </span>
                        {cell.differenceText}
                        {cell.significant && <span aria-hidden="true">*</span>}
                      </span>
                    )}
                    {cell.srText !== '' && <VisuallyHidden>{cell.srText}</VisuallyHidden>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="ss-cross-heatmap__legend">{state.legend}</p>
    </div>
  );
}
