import { afterSalesTemplate, formatValue, messages, translate } from '@servicescore/core';
import {
  GradeBadge,
  KpiLeaderboard,
  ParetoChart,
  ScorecardTable,
  useServiceScore,
} from '@servicescore/react';
import { leaderboardMetrics } from './analyse';
import type { AnalysisView } from './analysis-protocol';
import type { tt } from './try-text';

/** A page text in the page's locale. */
export type Tr = (
  key: Parameters<typeof tt>[1],
  params?: Record<string, string | number>,
) => string;

/** Steps 3 and 4: the validation report, then the scorecard, leaderboard and Pareto. */
export function Results({ ids, analysis, T }: { ids: string; analysis: AnalysisView; T: Tr }) {
  const { locale } = useServiceScore();
  const count = (n: number) => formatValue(n, 'count', { locale });
  const validation = analysis.validation;
  return (
    <>
      <section className="ss-try__section" aria-labelledby={`${ids}-s3`}>
        <h2 id={`${ids}-s3`}>{T('step3')}</h2>
        {!analysis.ok && analysis.stage === 'mapping' && (
          <div role="alert" className="ss-try__error">
            <strong>{T('mappingError')}:</strong> {analysis.message}
          </div>
        )}
        {validation !== undefined && (
          <>
            <dl className="ss-try__counts">
              <div>
                <dt>{T('input')}</dt>
                <dd>{count(validation.input)}</dd>
              </div>
              <div>
                <dt>{T('accepted')}</dt>
                <dd>{count(validation.accepted)}</dd>
              </div>
              <div data-bad={validation.rejected > 0 || undefined}>
                <dt>{T('rejected')}</dt>
                <dd>{count(validation.rejected)}</dd>
              </div>
            </dl>
            {validation.rejected === 0 ? (
              <p className="ss-try__muted">{T('noRejected')}</p>
            ) : (
              <div className="ss-try__scroll">
                <table className="ss-try__table">
                  <caption>{T('rejectedCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{T('table')}</th>
                      <th scope="col">{T('row')}</th>
                      <th scope="col">{T('id')}</th>
                      <th scope="col">{T('field')}</th>
                      <th scope="col">{T('reason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {validation.shown.map((r) => (
                      <tr key={`${r.table}:${r.index}`}>
                        <td>{r.table}</td>
                        <td>{r.index + 1}</td>
                        <td>{r.id ?? '—'}</td>
                        <td>
                          <code>{r.path || '—'}</code>
                        </td>
                        <td className="ss-try__reason">{r.reason}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </section>
      {validation !== undefined && <Outcome ids={ids} analysis={analysis} T={T} />}
    </>
  );
}

function Outcome({ ids, analysis, T }: { ids: string; analysis: AnalysisView; T: Tr }) {
  const { locale } = useServiceScore();
  return (
    <section className="ss-try__section" aria-labelledby={`${ids}-s4`}>
      <h2 id={`${ids}-s4`}>{T('step4')}</h2>
      {!analysis.ok ? (
        <div role="alert" className="ss-try__error">
          <strong>{T('analysisError')}:</strong> {analysis.message}
        </div>
      ) : analysis.scorecard === null ? (
        <p className="ss-try__muted">{T('nothingAccepted')}</p>
      ) : (
        <>
          {analysis.asOf !== null && (
            <p className="ss-try__muted">
              {T('asOf', { asOf: new Date(analysis.asOf).toISOString().replace('.000', '') })}
              {analysis.beyondHorizon > 0 &&
                ` ${T('beyondHorizon', { count: analysis.beyondHorizon })}`}
            </p>
          )}
          <h3 className="ss-try__h3">
            {T('scorecard')} <GradeBadge result={analysis.scorecard} showScore />
          </h3>
          <ScorecardTable result={analysis.scorecard} />
          <div className="ss-try__pair">
            <div>
              <h3 className="ss-try__h3">{T('leaderboard')}</h3>
              <KpiLeaderboard
                evaluation={analysis.byAgent}
                metrics={leaderboardMetrics}
                template={afterSalesTemplate}
                nameHeader={translate(messages, locale, 'agent')}
                label={T('leaderboard')}
                height={300}
              />
            </div>
            <div>
              <h3 className="ss-try__h3">{T('pareto')}</h3>
              <ParetoChart data={analysis.causes} label={T('pareto')} />
            </div>
          </div>
        </>
      )}
    </section>
  );
}
