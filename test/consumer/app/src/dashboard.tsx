// The host's dashboard page: every kind of widget on the demo desk, as a CRM developer would wire
// them from the published packages.
import { afterSalesTemplate } from '@servicescore/core';
import {
  GradeBadge,
  KpiGauge,
  KpiLeaderboard,
  ParetoChart,
  ScorecardTable,
  ServiceScoreProvider,
} from '@servicescore/react';
import { type ConsumerData, leaderboardMetrics } from './data.js';
import { WorkerCheck } from './worker-check.js';

/** The template's first indicator (响应及时率: ≥ 95 % → 10, ≥ 90 % → 8, else 5), drawn as a gauge. */
const timelinessRule = afterSalesTemplate.dimensions[0]?.indicators[0]?.rule;

export function Dashboard({ data }: { data: ConsumerData }) {
  const { result, overall, causes, names, causeLabels, crm } = data;
  return (
    <ServiceScoreProvider locale="zh-CN" theme="light">
      <main className="ss-widget app">
        <h1>售后服务考核</h1>
        <section aria-label="总评">
          <GradeBadge score={result.total} showScore size="lg" />
          <p data-testid="crm">{`CRM 导入：接受 ${crm.accepted} 条，拒绝 ${crm.rejected} 条`}</p>
          <WorkerCheck />
        </section>
        <KpiGauge
          metric="responseTimelinessRate"
          metricValue={overall.responseTimelinessRate ?? null}
          rule={timelinessRule}
          target={0.95}
        />
        <KpiGauge metric="csat" metricValue={overall.csat ?? null} target={0.9} />
        <ScorecardTable result={result} />
        <ParetoChart
          data={causes}
          categoryLabel={(id) => causeLabels[id] ?? id}
          label="投诉原因帕累托图"
        />
        <KpiLeaderboard
          evaluation={data.byAgent}
          metrics={leaderboardMetrics}
          template={afterSalesTemplate}
          names={names}
          label="客服排行"
          height={360}
        />
      </main>
    </ServiceScoreProvider>
  );
}
