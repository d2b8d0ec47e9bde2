// The README's "Serving KPIs from your database" client side, verbatim between the region markers
// (server.test.ts checks the README against this region, then renders it from the fetched JSON).
// #region readme
import { afterSalesTemplate, type Evaluation, scoreScorecard } from '@servicescore/core';
import { KpiLeaderboard, ScorecardTable, ServiceScoreProvider } from '@servicescore/react';

export async function fetchKpis(url: string): Promise<Evaluation> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Evaluation;
}

export function KpiPage({ evaluation }: { evaluation: Evaluation }) {
  return (
    <ServiceScoreProvider locale="zh-CN">
      <ScorecardTable result={scoreScorecard(afterSalesTemplate, evaluation)} />
      <KpiLeaderboard
        evaluation={evaluation}
        metrics={['responseTimelinessRate', 'fcr', 'resolutionRate']}
        template={afterSalesTemplate}
        nameHeader="客服"
      />
    </ServiceScoreProvider>
  );
}
// #endregion readme
