import { formatPeriod, type NextStep } from '@servicescore/core';
import {
  AgentReportCard,
  CrossAnalysisHeatmap,
  ImprovementPlanBoard,
  KpiComparison,
  useServiceScore,
} from '@servicescore/react';
import { type ReactNode, useId } from 'react';
import './pdca-page.css';
import {
  baseline,
  bestAgent,
  byIndustry,
  byInstaller,
  cycle,
  industryLabels,
  installerLabels,
  plan,
  planMetrics,
  review,
  trackingAsOf,
  verification,
  weakestAgent,
} from './pdca-data';
import { pt } from './pdca-page-text';

function Step({
  id,
  title,
  note,
  children,
}: {
  id: string;
  title: string;
  note: string;
  children: ReactNode;
}) {
  return (
    <section className="ss-pdca-page__step" aria-labelledby={id}>
      <h2 id={id} className="ss-pdca-page__h2">
        {title}
      </h2>
      <p className="ss-pdca-page__note">{note}</p>
      {children}
    </section>
  );
}

const steps: { key: NextStep; text: 'standardise' | 'keepGoing' | 'reanalyse' }[] = [
  { key: 'standardise', text: 'standardise' },
  { key: 'keepGoing', text: 'keepGoing' },
  { key: 'reanalyse', text: 'reanalyse' },
];

/** The A of PDCA: the verified actions by next step. */
function ActLists({
  ids,
  L,
  title,
}: {
  ids: string;
  L: (key: Parameters<typeof pt>[1], params?: Record<string, string | number>) => string;
  title: (id: string) => string;
}) {
  return (
    <div className="ss-pdca-page__act">
      {steps.map((s) => {
        const actions = verification.actions.filter((a) => a.nextStep === s.key);
        return (
          <section
            key={s.key}
            className="ss-pdca-page__act-list"
            aria-labelledby={`${ids}-act-${s.key}`}
          >
            <h3 id={`${ids}-act-${s.key}`} className="ss-pdca-page__h3">
              {L(s.text, { count: actions.length })}
            </h3>
            {actions.length === 0 ? (
              <p className="ss-pdca-page__note">{L('none')}</p>
            ) : (
              <ul>
                {actions.map((a) => (
                  <li key={a.actionId}>{title(a.actionId)}</li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** The demo's PDCA cycle walked through: plan → track → verify → standardise → apply to people. */
export function PdcaCyclePage() {
  const { locale, theme } = useServiceScore();
  const ids = useId();
  const L = (key: Parameters<typeof pt>[1], params?: Record<string, string | number>) =>
    pt(locale, key, params);
  const month = (key: string) => formatPeriod(key, locale);
  const title = (id: string) => {
    const a = plan.actions.find((x) => x.id === id)!;
    return typeof a.title === 'string' ? a.title : a.title[locale];
  };
  return (
    <div className="ss-widget ss-pdca-page" data-theme={theme} lang={locale}>
      <header className="ss-pdca-page__header">
        <h1 className="ss-pdca-page__title">{L('title')}</h1>
        <p className="ss-pdca-page__subtitle">{L('subtitle')}</p>
        <nav aria-label={L('steps')}>
          <ol className="ss-pdca-page__nav">
            {(
              [
                'planHeading',
                'trackHeading',
                'verifyHeading',
                'actHeading',
                'peopleHeading',
              ] as const
            ).map((k, i) => (
              <li key={k}>
                <a href={`#${ids}-${i}`}>{L(k)}</a>
              </li>
            ))}
          </ol>
          <a
            className="ss-pdca-page__back"
            href="?path=/story/pages-dashboard--after-sales-service-assessment"
            target="_top"
          >
            {L('dashboardLink')}
          </a>
        </nav>
      </header>
      <main className="ss-pdca-page__main">
        <Step id={`${ids}-0`} title={L('planHeading')} note={L('planNote')}>
          <div className="ss-pdca-page__pair">
            <CrossAnalysisHeatmap
              analysis={byInstaller}
              label={L('crossLabel')}
              segmentLabels={installerLabels[locale]}
            />
            <div>
              <p className="ss-pdca-page__note">{L('industryNote')}</p>
              <CrossAnalysisHeatmap
                analysis={byIndustry}
                label={L('industryLabel')}
                segmentLabels={industryLabels(locale)}
              />
            </div>
          </div>
          <ImprovementPlanBoard
            plan={plan}
            label={`${typeof plan.title === 'string' ? plan.title : plan.title[locale]} (${L('planHeading')})`}
          />
        </Step>
        <Step
          id={`${ids}-1`}
          title={L('trackHeading')}
          note={L('trackNote', { date: `${cycle.review}-20` })}
        >
          <ImprovementPlanBoard plan={plan} asOf={trackingAsOf} label={L('trackHeading')} />
        </Step>
        <Step
          id={`${ids}-2`}
          title={L('verifyHeading')}
          note={L('verifyNote', { before: month(cycle.baseline), after: month(cycle.review) })}
        >
          <KpiComparison
            before={baseline}
            after={review}
            metrics={planMetrics}
            labels={{
              before: L('before', { period: month(cycle.baseline) }),
              after: L('after', { period: month(cycle.review) }),
            }}
          />
          <ImprovementPlanBoard
            plan={plan}
            verification={verification}
            label={L('verifyHeading')}
          />
        </Step>
        <Step id={`${ids}-3`} title={L('actHeading')} note={L('actNote')}>
          <ActLists ids={ids} L={L} title={title} />
        </Step>
        <Step id={`${ids}-4`} title={L('peopleHeading')} note={L('peopleNote')}>
          <div className="ss-pdca-page__pair">
            <AgentReportCard report={weakestAgent} />
            <AgentReportCard report={bestAgent} />
          </div>
        </Step>
      </main>
    </div>
  );
}
