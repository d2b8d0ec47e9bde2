import { GradeBadge } from '../grade-badge/grade-badge';
import { cx } from '../shared/class-names';
import { VisuallyHidden } from '../shared/visually-hidden';
import { type AgentReportCardProps, useAgentReportCard } from './use-agent-report-card';

/**
 * A per-agent assessment report (考核结果应用 [RULES.md#seed-001-results]) — grade, total, dimension
 * scores, the weakest indicators with suggestions, training topics and the consequence for the
 * grade — laid out to print on one A4 page (print styles drop the button and the shading).
 *
 * @example
 * <AgentReportCard report={agentAssessmentReport(result, { agent: { id: 'A07', name: '王芳' } })} />
 */
export function AgentReportCard(props: AgentReportCardProps) {
  const state = useAgentReportCard(props);
  const root = cx('ss-widget ss-agent-report', state.rootProps.className);
  const H = `h${state.headingLevel}` as 'h3';
  const H2 = `h${state.headingLevel + 1}` as 'h4';
  if (state.status !== 'ready')
    return (
      <div {...state.rootProps} className={root}>
        {state.status === 'loading' && (
          <div className="ss-agent-report__skeleton" aria-hidden="true" />
        )}
        <p className="ss-agent-report__message">
          {state.status === 'loading' ? state.loadingText : state.noDataText}
        </p>
      </div>
    );
  return (
    <div {...state.rootProps} className={root}>
      <header className="ss-agent-report__header">
        <H id={state.titleId} className="ss-agent-report__title">
          {state.title}
          <VisuallyHidden> · </VisuallyHidden>
          <span className="ss-agent-report__person">{state.person}</span>
        </H>
        <dl className="ss-agent-report__facts">
          {state.periodText !== null && (
            <div>
              <dt>{state.headings.period}</dt>
              <dd>{state.periodText}</dd>
            </div>
          )}
          <div>
            <dt>{state.headings.total}</dt>
            <dd className="ss-agent-report__total">{state.totalText}</dd>
          </div>
          <div>
            <dt className="ss-visually-hidden">{state.headings.total}</dt>
            <dd>
              {state.grade ? (
                <GradeBadge grade={state.grade} locale={state.locale} />
              ) : (
                state.noGradeText
              )}
            </dd>
          </div>
        </dl>
        {state.printButton && <button className="ss-agent-report__print" {...state.printProps} />}
      </header>
      <section className="ss-agent-report__section">
        <H2>{state.headings.dimensions}</H2>
        <ul className="ss-agent-report__dimensions">
          {state.dimensions.map((d) => (
            <li key={d.id} data-tone={d.tone ?? 'none'}>
              <span className="ss-agent-report__dimension">{d.label}</span>
              <span className="ss-agent-report__bar" aria-hidden="true">
                <span style={{ width: `${Math.max(0, Math.min(100, d.score ?? 0))}%` }} />
              </span>
              <span className="ss-agent-report__score">{d.scoreText}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="ss-agent-report__section">
        <H2>{state.headings.weakest}</H2>
        {state.weakest.length === 0 ? (
          <p className="ss-agent-report__muted">{state.noWeakText}</p>
        ) : (
          <ol className="ss-agent-report__weakest">
            {state.weakest.map((w) => (
              <li key={w.id}>
                <strong>{w.label}</strong>{' '}
                <span className="ss-agent-report__muted">
                  {w.valueText}
                  {'\u00a0· '}
                  {w.pointsText}
                </span>
                {w.suggestions.length > 0 && (
                  <ul>
                    {w.suggestions.map((s) => (
                      <li key={s}>{s}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
      {state.training.length > 0 && (
        <section className="ss-agent-report__section">
          <H2>{state.headings.training}</H2>
          <ul>
            {state.training.map((x) => (
              <li key={x.topic}>
                {x.topic} <span className="ss-agent-report__muted">{x.indicators}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {state.consequence !== null && (
        <section className="ss-agent-report__section">
          <H2>{state.headings.consequence}</H2>
          <p>
            {state.consequence.label}
            {state.consequence.bonusText !== null && (
              <span className="ss-agent-report__muted">
                {'\u00a0· '}
                {state.consequence.bonusText}
              </span>
            )}
          </p>
          {state.consequence.measures.length > 0 && (
            <ul>
              {state.consequence.measures.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
