import type { GradeScale, Locale } from '@servicescore/core';
import {
  GradeBadge,
  KpiCard,
  KpiComparison,
  KpiGauge,
  KpiLeaderboard,
  ParetoChart,
  ScorecardTable,
  ServiceScoreProvider,
} from '@servicescore/react';
import { comparisonValues, leaderboardWith, paretoWith, scorecardWith } from './abuse-fixtures';
import { AbuseSection } from './hostile-text';

/**
 * Locales a host may pass (issue 12: every widget threw "reading 'noData'" for all but exactly
 * zh-CN / en-US). English tags negotiate to en-US; Chinese to zh-CN (warned); the rest to the default.
 */
export const hostileLocales: readonly unknown[] = [
  'en',
  'en-GB',
  'EN-US',
  'zh',
  'zh-Hans',
  'zh-TW',
  '',
  'fr-FR',
  42,
];

/** Provider settings that must fall back, not throw: bad precision, a broken grade scale, a theme. */
const badScale = [null, { id: 'top', min: Number.NaN }] as unknown as GradeScale;
const { before, after } = comparisonValues();

/** Every widget under one hostile provider setting (`name` keeps the landmarks' names unique). */
function AllWidgets({ name }: { name: string }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-start' }}>
      <GradeBadge score={91} showScore />
      <KpiGauge width={160} value={0.93} unit="ratio" label="FCR" />
      <KpiCard label="CSAT" unit="ratio" value={0.88} previous={0.86} style={{ width: 240 }} />
      <ParetoChart data={paretoWith(['late', 'broken', 'rude'])} height={220} />
      <ScorecardTable result={scorecardWith(['Speed', 'Quality'])} />
      <KpiLeaderboard
        evaluation={leaderboardWith(['A', 'B'])}
        metrics={['csat']}
        height={200}
        label={`Leaderboard (${name})`}
      />
      <KpiComparison before={before} after={after} />
    </div>
  );
}

/**
 * Every widget under hostile settings: provider locales of every kind, a precision of -1, 11 and
 * NaN, a grade scale with a null entry, a bad theme; plus widget props a host may get wrong —
 * a GradeBadge scale of garbage and a score of 150, a ParetoChart `categoryLabel` that throws or
 * returns nothing, a KpiLeaderboard `height` carrying CSS. Each falls back with one development
 * warning; nothing throws and no "undefined" is shown.
 */
export function HostileSettingsWidgets() {
  return (
    <div>
      {hostileLocales.map((locale) => (
        <section
          key={String(locale)}
          data-abuse-locale={String(locale)}
          aria-label={`locale ${String(locale)}`}
          style={{ marginBottom: 16 }}
        >
          <h2 style={{ fontSize: 14 }}>locale {JSON.stringify(locale)}</h2>
          <ServiceScoreProvider locale={locale as Locale}>
            <AllWidgets name={JSON.stringify(locale)} />
          </ServiceScoreProvider>
        </section>
      ))}
      <AbuseSection name="GradeBadge">
        {[-1, 11, Number.NaN].map((precision) => (
          <ServiceScoreProvider key={precision} locale="en-US" precision={precision}>
            <GradeBadge score={91} showScore />
          </ServiceScoreProvider>
        ))}
        <ServiceScoreProvider locale="en-US" gradeScale={badScale} theme={'neon' as 'dark'}>
          <GradeBadge score={85} />
          <GradeBadge score={85} scale={badScale} />
          <GradeBadge score={150} />
        </ServiceScoreProvider>
      </AbuseSection>
      <AbuseSection name="ParetoChart">
        <ServiceScoreProvider locale="en-US">
          <ParetoChart
            data={paretoWith(['late', 'broken'])}
            height={220}
            categoryLabel={() => {
              throw new Error('host bug');
            }}
          />
          <ParetoChart
            data={paretoWith(['late', 'broken'])}
            height={220}
            categoryLabel={(() => undefined) as unknown as (c: string) => string}
          />
        </ServiceScoreProvider>
      </AbuseSection>
      <AbuseSection name="KpiLeaderboard">
        <KpiLeaderboard
          evaluation={leaderboardWith(['A', 'B'])}
          metrics={['csat']}
          label="Leaderboard (hostile height)"
          height={'1px;background:url(https://evil.example/x)' as unknown as number}
        />
      </AbuseSection>
    </div>
  );
}
