import { afterSalesTemplate, scoreScorecard } from '@servicescore/core';
import { ScorecardTable, ServiceScoreProvider } from '@servicescore/react';
import { describe, expect, it } from 'vitest';
import { smallResult } from '../react/scorecard-table/fixtures';
import { renderOnServer } from './utils';

describe('ScorecardTable on the server', () => {
  it('renders the table, total and coverage note with no DOM', () => {
    const html = renderOnServer(<ScorecardTable result={smallResult()} />);
    expect(html).toContain(
      '<caption class="ss-scorecard-table__caption"><span class="ss-scorecard-table__caption-text">小型考核表</span></caption>',
    );
    expect(html).toContain('aria-expanded="true"');
    expect(html).toContain('82.9'); // 5800 / 70 = 82.857
    expect(html).toContain('数据覆盖率 70%，缺失指标的权重已分配给其余指标');
    expect(html).toContain('人工评分');
  });

  it('renders the default template in English from the provider', () => {
    // every indicator at the top band: total 100 → Excellent
    const result = scoreScorecard(afterSalesTemplate, {
      responseTimeliness: 0.99,
      firstContactResolution: 0.9,
      handlingTime: 3_600_000,
      diagnosisAccuracy: 0.95,
      solutionEffectiveness: 0.99,
      knowledgeBaseProficiency: 95,
      communicationPatience: 0.9,
      serviceEtiquette: 95,
      empathy: 95,
      fullResolution: 0.99,
      complaintClosure: 0.99,
      longTermRecurrence: 0.01,
      followUpTimeliness: 1,
      careFrequency: 3,
      opportunityDiscovery: 6,
    });
    const html = renderOnServer(
      <ServiceScoreProvider locale="en-US" theme="dark">
        <ScorecardTable result={result} />
      </ServiceScoreProvider>,
    );
    expect(html).toContain('After-sales service quality scorecard');
    expect(html).toContain('100.0');
    expect(html).toContain('Excellent');
    expect(html).toContain('Data coverage 100%');
    expect(html).toContain('data-theme="dark"');
  });

  it('renders the loading and no-data states', () => {
    expect(renderOnServer(<ScorecardTable result={null} loading />)).toContain('aria-busy="true"');
    expect(renderOnServer(<ScorecardTable result={null} />)).toContain('暂无数据');
  });
});
