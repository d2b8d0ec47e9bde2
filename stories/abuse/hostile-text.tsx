import type { MetricValues } from '@servicescore/core';
import {
  GradeBadge,
  KpiCard,
  KpiComparison,
  KpiGauge,
  KpiLeaderboard,
  ParetoChart,
  ScorecardTable,
} from '@servicescore/react';
import type { ReactNode } from 'react';
import {
  gradeScaleWith,
  hostileTexts,
  leaderboardWith,
  metricValue,
  paretoWith,
  prototypeKeys,
  scorecardWith,
  type WidgetName,
} from './abuse-fixtures';

const texts = hostileTexts;
const at = (i: number) => texts[i % texts.length]!;

/** A labelled block holding one widget's instances; the test finds it by `data-abuse-widget`. */
export function AbuseSection({ name, children }: { name: WidgetName; children: ReactNode }) {
  return (
    <section data-abuse-widget={name} aria-label={name} style={{ marginBottom: 24 }}>
      <h2 style={{ fontSize: 14, margin: '0 0 8px' }}>{name}</h2>
      {children}
    </section>
  );
}

const row = { display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-start' } as const;

// Host metric ids are shown as labels by the comparison when they are not catalogue ids.
const comparisonBefore: MetricValues = Object.fromEntries(
  texts.map((id, i) => [id, metricValue(id, 0.5 + i * 0.04, 'ratio')]),
);
const comparisonAfter: MetricValues = Object.fromEntries(
  texts.map((id, i) => [id, metricValue(id, 0.52 + i * 0.035, 'ratio')]),
);

/**
 * Every widget fed every hostile text (see `hostileTexts`) wherever a host can put text: grade
 * labels, gauge and card labels, Pareto categories, scorecard template labels and suggestions,
 * leaderboard names (and group keys that are `Object.prototype` members), comparison labels and
 * metric ids. All of it must render as the same characters, as text, and no script may run.
 */
export function HostileTextWidgets() {
  return (
    <div>
      <AbuseSection name="GradeBadge">
        <div style={row}>
          {[95, 85, 65, 30].map((score, i) => (
            <GradeBadge
              key={score}
              score={score}
              showScore
              scale={gradeScaleWith([at(i * 2), at(i * 2 + 1), at(i * 2), at(i * 2 + 1)])}
            />
          ))}
          {texts.map((text) => (
            <GradeBadge key={text} grade="good" scale={gradeScaleWith([text, text, text, text])} />
          ))}
        </div>
      </AbuseSection>
      <AbuseSection name="KpiGauge">
        <div style={row}>
          {texts.map((text, i) => (
            <KpiGauge key={text} width={180} value={0.5 + i * 0.05} unit="ratio" label={text} />
          ))}
        </div>
      </AbuseSection>
      <AbuseSection name="ParetoChart">
        <ParetoChart
          label={at(0)}
          data={paretoWith([...texts, ...prototypeKeys])}
          maxBars={20}
          height={360}
        />
      </AbuseSection>
      <AbuseSection name="ScorecardTable">
        {/* No caption: the template's label (a hostile text) is the caption. */}
        <ScorecardTable result={scorecardWith(texts)} defaultExpanded />
      </AbuseSection>
      <AbuseSection name="KpiLeaderboard">
        <KpiLeaderboard
          evaluation={leaderboardWith([...texts.map((_, i) => `H${i}`), ...prototypeKeys])}
          names={Object.fromEntries(texts.map((text, i) => [`H${i}`, text]))}
          metrics={['csat', 'fcr']}
          nameHeader={at(2)}
          label={at(3)}
          height={520}
        />
      </AbuseSection>
      <AbuseSection name="KpiCard">
        <div style={row}>
          {texts.map((text, i) => (
            <KpiCard
              key={text}
              label={text}
              unit="ratio"
              value={0.8 + i * 0.01}
              previous={0.78}
              style={{ width: 260 }}
            />
          ))}
        </div>
      </AbuseSection>
      <AbuseSection name="KpiComparison">
        <KpiComparison
          before={comparisonBefore}
          after={comparisonAfter}
          metrics={texts}
          labels={{ before: at(4), after: at(5) }}
          label={at(6)}
          defaultTableVisible
        />
      </AbuseSection>
    </div>
  );
}
