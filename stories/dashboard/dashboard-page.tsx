import {
  afterSalesTemplate,
  checkTargets,
  formatPeriod,
  getMetricMeta,
  gradeOf,
  formatValue,
  type ScoringRule,
  scoreScorecard,
  serviceStandardTargets,
  type Target,
  messages,
  translate,
} from '@servicescore/core';
import {
  GradeBadge,
  KpiCard,
  KpiComparison,
  KpiGauge,
  KpiLeaderboard,
  KpiTrend,
  ParetoChart,
  ScorecardTable,
  useServiceScore,
} from '@servicescore/react';
import { type ReactNode, useId, useMemo, useState } from 'react';
import {
  agentsOfTeam,
  cardMetrics,
  comparisonMetrics,
  complaintCauses,
  dashboardData,
  gaugeTargets,
  leaderboardMetrics,
  previousMonth,
  type Scope,
  scopeCounts,
  scopeTrend,
  scopeValues,
} from './dashboard-data';
import { dt } from './dashboard-text';
import { Suggestions } from './suggestions';
import './dashboard.css';

const HOUR = 3_600_000;

/**
 * A met / not-met rule for a seed 002 target, so the gauge's zones come from the core's band
 * engine: meeting the target earns full points (优秀 tone), missing it half (待改进 tone). A strict
 * `<` target is drawn with an inclusive bound (a value exactly on it shows as met on the arc; the
 * KPI card's `checkTargets` still says not met) — for a continuous ratio that point has no width.
 */
function targetRule(target: Target): ScoringRule {
  const lower = target.comparator === '<' || target.comparator === '<=';
  return {
    type: 'bands',
    bands: [
      lower ? { max: target.target, points: 10 } : { min: target.target, points: 10 },
      { points: 5 },
    ],
  };
}

/** A duration gauge's scale: whole hours, at least twice the target, with room above the value. */
function durationMax(target: number, value: number | null): number {
  const wanted = Math.max(target * 2, (value ?? 0) * 1.25);
  return Math.max(1, Math.ceil(wanted / HOUR)) * HOUR;
}

function Section({
  id,
  title,
  note,
  className,
  children,
}: {
  id: string;
  title: string;
  note?: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <section className={`ss-dash__section ${className}`} aria-labelledby={id}>
      <h2 id={id} className="ss-dash__h2">
        {title}
      </h2>
      {note !== undefined && <p className="ss-dash__note">{note}</p>}
      {children}
    </section>
  );
}

/** The seed 003 assessment end to end on the demo data, for one month (or all) and one team (or all). */
export function DashboardPage() {
  const { locale, theme } = useServiceScore();
  const data = dashboardData();
  const { meta } = data.demo;
  const [scope, setScope] = useState<Scope>({ month: '', team: '' });
  const ids = useId();
  const L = (key: Parameters<typeof dt>[1], params?: Record<string, string | number>) =>
    dt(locale, key, params);
  const teamName = (id: string) => meta.teams.find((x) => x.id === id)?.name[locale] ?? id;
  const scopeText = [
    scope.month === '' ? L('allMonths') : formatPeriod(scope.month, locale),
    scope.team === '' ? L('allTeams') : teamName(scope.team),
  ].join(locale === 'zh-CN' ? '，' : ', ');

  const values = scopeValues(data, scope);
  const result = useMemo(() => scoreScorecard(afterSalesTemplate, values), [values]);
  const prev = scope.month === '' ? '' : previousMonth(data, scope.month);
  const previousValues = prev === '' ? undefined : scopeValues(data, scope, prev);
  const trend = useMemo(
    () => scopeTrend(data, { month: '', team: scope.team }),
    [data, scope.team],
  );
  const counts = scopeCounts(data, scope);
  const causes = useMemo(() => complaintCauses(data, scope), [data, scope]);
  const agents = useMemo(() => agentsOfTeam(data, scope.team), [data, scope.team]);
  const names = useMemo(
    () => Object.fromEntries(meta.agents.map((a) => [a.id, a.name[locale]])),
    [meta.agents, locale],
  );
  const causeLabel = useMemo(() => {
    const labels = new Map(meta.categories.map((c) => [c.id, c.label[locale]]));
    return (id: string) => labels.get(id) ?? id;
  }, [meta.categories, locale]);

  // PDCA: the month before the improvement started against the selected month when it is after
  // the start, else the last month.
  const pdcaBefore = previousMonth(data, meta.pdcaMonth) || meta.pdcaMonth;
  const last = meta.months[meta.months.length - 1] as string;
  const pdcaAfter = scope.month !== '' && scope.month > meta.pdcaMonth ? scope.month : last;
  const fmtMonth = (m: string) => formatPeriod(m, locale);

  const rangeText = `${fmtMonth(meta.months[0] as string)} – ${fmtMonth(last)}`;
  const asOfText = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: meta.timeZone,
  }).format(meta.asOf);
  // One line reconciling the grade with the service standard: a good grade can sit beside missed
  // targets (the grade weighs the scorecard's indicators, the standard checks its own thresholds).
  const checks = checkTargets(values, gaugeTargets);
  const missed = checks.filter((c) => c.status === 'notMet');
  const gradeText = result.total === null ? '—' : gradeOf(result.total).label[locale];
  const verdictText =
    missed.length === 0
      ? L('verdictAllMet', { grade: gradeText, total: checks.length })
      : L('verdictMissed', {
          grade: gradeText,
          missed: missed.length,
          total: checks.length,
          names: missed
            .map((c) => getMetricMeta(c.metricId)?.label[locale] ?? c.metricId)
            .join(locale === 'zh-CN' ? '、' : ', '),
        });
  const count = (n: number) => formatValue(n, 'count', { locale });

  return (
    <div className="ss-widget ss-dash" data-theme={theme} lang={locale}>
      <header className="ss-dash__header">
        <div className="ss-dash__heading">
          <h1 className="ss-dash__title">{L('title')}</h1>
          <p className="ss-dash__subtitle">{L('subtitle')}</p>
        </div>
        <div className="ss-dash__filters">
          <div className="ss-dash__field">
            <label htmlFor={`${ids}-month`}>{L('period')}</label>
            <select
              id={`${ids}-month`}
              value={scope.month}
              onChange={(e) => setScope((s) => ({ ...s, month: e.target.value }))}
            >
              <option value="">{L('allMonths')}</option>
              {meta.months.map((m) => (
                <option key={m} value={m}>
                  {fmtMonth(m)}
                </option>
              ))}
            </select>
          </div>
          <div className="ss-dash__field">
            <label htmlFor={`${ids}-team`}>{L('team')}</label>
            <select
              id={`${ids}-team`}
              value={scope.team}
              onChange={(e) => setScope((s) => ({ ...s, team: e.target.value }))}
            >
              <option value="">{L('allTeams')}</option>
              {meta.teams.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name[locale]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <dl className="ss-dash__stats">
          <div>
            <dt>{L('range')}</dt>
            <dd>{rangeText}</dd>
          </div>
          <div>
            <dt>{L('asOf')}</dt>
            <dd>{asOfText}</dd>
          </div>
          <div>
            <dt>{L('coverage')}</dt>
            <dd>{formatValue(result.coverage, 'ratio', { locale, precision: 0 })}</dd>
          </div>
          <div>
            <dt>{L('tickets')}</dt>
            <dd>{count(counts.tickets)}</dd>
          </div>
          <div>
            <dt>{L('excluded')}</dt>
            <dd>{count(counts.excluded)}</dd>
          </div>
          <div>
            <dt>{L('open')}</dt>
            <dd>{count(counts.open)}</dd>
          </div>
        </dl>
      </header>

      <main className="ss-dash__grid">
        <Section id={`${ids}-score`} title={L('scorecardHeading')} className="ss-dash__wide">
          <div className="ss-dash__score">
            <div className="ss-dash__grade" aria-live="polite">
              <p className="ss-dash__grade-label">{L('overallGrade')}</p>
              <GradeBadge result={result} size="lg" />
              <p className="ss-dash__total">
                <span className="ss-dash__total-value">
                  {formatValue(result.total, 'score', { locale })}
                </span>
                <span className="ss-dash__total-unit"> / 100</span>
              </p>
              <p className="ss-dash__muted">{scopeText}</p>
              <p className="ss-dash__verdict">{verdictText}</p>
              <p className="ss-dash__grade-label" id={`${ids}-dims`}>
                {L('dimensionScores')}
              </p>
              <ul className="ss-dash__dims" aria-labelledby={`${ids}-dims`}>
                {result.dimensions.map((d) => (
                  <li key={d.id}>
                    <span>{d.label[locale]}</span>
                    <span className="ss-dash__dim-score">
                      {formatValue(d.score, 'score', { locale })}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
            <ScorecardTable
              className="ss-dash__table"
              result={result}
              caption={
                scope.team === ''
                  ? L('orgScorecard')
                  : L('teamScorecard', { team: teamName(scope.team) })
              }
              columns={['indicator', 'weight', 'value', 'rule', 'points', 'weightedScore', 'grade']}
            />
          </div>
        </Section>

        <Section
          id={`${ids}-gauges`}
          title={L('gaugesHeading')}
          note={L('gaugesNote')}
          className="ss-dash__wide"
        >
          <ul className="ss-dash__gauges">
            {gaugeTargets.map((target) => {
              const mv = values[target.metricId] ?? null;
              const duration = target.metricId === 'avgFirstResponseTime';
              return (
                <li key={target.metricId}>
                  <KpiGauge
                    metric={target.metricId}
                    metricValue={mv}
                    target={target.target}
                    rule={targetRule(target)}
                    width="auto"
                    {...(duration ? { max: durationMax(target.target, mv?.value ?? null) } : {})}
                  />
                </li>
              );
            })}
          </ul>
        </Section>

        <Section
          id={`${ids}-cards`}
          title={L('cardsHeading')}
          note={scope.month === '' ? L('cardsNoteAll') : L('cardsNoteMonth')}
          className="ss-dash__wide"
        >
          <ul className="ss-dash__cards">
            {cardMetrics.map((id) => (
              <li key={id}>
                <KpiCard
                  metric={id}
                  value={values[id] ?? null}
                  previous={previousValues === undefined ? undefined : (previousValues[id] ?? null)}
                  target={serviceStandardTargets}
                  trend={trend}
                  period={scope.month === '' ? undefined : scope.month}
                />
              </li>
            ))}
          </ul>
        </Section>

        <Section
          id={`${ids}-trend`}
          title={L('trendHeading')}
          note={L('trendNote')}
          className="ss-dash__wide"
        >
          <KpiTrend metric="fcr" points={trend} changePoint={meta.pdcaMonth} />
        </Section>

        <Section id={`${ids}-agents`} title={L('leaderboardHeading')} className="ss-dash__wide">
          <KpiLeaderboard
            evaluation={agents}
            metrics={leaderboardMetrics}
            template={afterSalesTemplate}
            period={scope.month === '' ? undefined : scope.month}
            names={names}
            nameHeader={translate(messages, locale, 'agent')}
            label={L('leaderboardLabel', { scope: scopeText })}
            height={440}
          />
        </Section>

        <Section
          id={`${ids}-pareto`}
          title={L('paretoHeading')}
          note={L('paretoNote')}
          className="ss-dash__half"
        >
          <ParetoChart
            data={causes}
            categoryLabel={causeLabel}
            maxBars={7}
            label={L('paretoLabel', { scope: scopeText })}
          />
        </Section>

        <Section
          id={`${ids}-pdca`}
          title={L('comparisonHeading')}
          note={L('comparisonNote', {
            pdca: fmtMonth(meta.pdcaMonth),
            before: fmtMonth(pdcaBefore),
            after: fmtMonth(pdcaAfter),
          })}
          className="ss-dash__half"
        >
          <KpiComparison
            before={scopeValues(data, scope, pdcaBefore)}
            after={scopeValues(data, scope, pdcaAfter)}
            metrics={comparisonMetrics}
            labels={{
              before: L('before', { period: fmtMonth(pdcaBefore) }),
              after: L('after', { period: fmtMonth(pdcaAfter) }),
            }}
          />
          <p className="ss-dash__note">
            <a href="?path=/story/pages-pdca-cycle--walkthrough" target="_top">
              {L('pdcaLink')}
            </a>
          </p>
        </Section>

        <Section
          id={`${ids}-actions`}
          title={L('suggestionsHeading')}
          note={L('suggestionsNote')}
          className="ss-dash__wide"
        >
          <Suggestions result={result} locale={locale} />
        </Section>
      </main>
    </div>
  );
}
