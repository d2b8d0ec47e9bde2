import type { CrossAnalysis, Evaluation, MetricValue } from '@servicescore/core';
import { crossAnalysis } from '@servicescore/core';
import { CrossAnalysisHeatmap } from '@servicescore/react';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetWarnings } from '../../../packages/react/src/shared/dev';
import { axeViolations, captureConsoleErrors, expectCleanHydration, renderStrict } from '../utils';

afterEach(cleanup);
beforeEach(resetWarnings);

const ratio = (metricId: string, numerator: number, denominator: number): MetricValue => ({
  metricId,
  value: numerator / denominator,
  unit: 'ratio',
  numerator,
  denominator,
  sampleSize: denominator,
  sufficient: true,
});
// retail 15/30 vs the rest 45/50 (z = −4, significant); office 45/50 vs 15/30; complaint rate
// retail 3/30 = 10 % vs 2/50 = 4 % (lower is better: worse), z = 0.06/√(0.0625·0.9375·0.05333)
// = 0.06/0.05590 = 1.07 → not significant.
const evaluation = {
  metrics: ['csat', 'complaintRate'],
  overall: { csat: ratio('csat', 60, 80), complaintRate: ratio('complaintRate', 5, 80) },
  groups: [
    {
      key: 'office',
      values: { csat: ratio('csat', 45, 50), complaintRate: ratio('complaintRate', 2, 50) },
    },
    {
      key: 'retail',
      values: { csat: ratio('csat', 15, 30), complaintRate: ratio('complaintRate', 3, 30) },
    },
  ],
} as unknown as Evaluation;
const analysis: CrossAnalysis = crossAnalysis(evaluation, {
  by: 'industry',
  outcome: ['csat', 'complaintRate'],
});

const cellOf = (segment: string, column: number) =>
  screen
    .getByRole('rowheader', { name: new RegExp(segment) })
    .closest('tr')!
    .querySelectorAll('td')[column]!;

describe('CrossAnalysisHeatmap', () => {
  const consoleErrors = captureConsoleErrors();

  it('is a group and a table of segments × metrics with everyone first', () => {
    renderStrict(
      <CrossAnalysisHeatmap
        analysis={analysis}
        segmentHeader="行业"
        segmentLabels={{ retail: '零售', office: '办公楼宇' }}
      />,
    );
    const group = screen.getByRole('group', { name: '满意度交叉分析' });
    const table = within(group).getByRole('table', { name: '满意度交叉分析' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['行业', '客户满意度', '投诉率']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['全体', '办公楼宇n = 50', '零售n = 30']);
    consoleErrors.expectNone();
  });

  it('says value, difference, side and significance in text, not colour alone', () => {
    renderStrict(
      <CrossAnalysisHeatmap
        analysis={analysis}
        segmentLabels={{ retail: '零售', office: '办公楼宇' }}
      />,
    );
    const retailCsat = cellOf('零售', 0);
    expect(retailCsat.textContent).toBe('50.0%▼ 较其他组 -40.0 个百分点*（低于其他组，显著）');
    expect(retailCsat.getAttribute('data-side')).toBe('worse');
    // Shade: |0.5 − 0.75| ÷ 0.75 = 33 % of everyone's value ≥ 10 % → level 3.
    expect(retailCsat.getAttribute('data-level')).toBe('3');
    // Complaint rate: higher is worse, so retail's +6.0 points is "worse", not significant.
    const retailComplaints = cellOf('零售', 1);
    expect(retailComplaints.textContent).toBe(
      '10.0%▼ 较其他组 +6.0 个百分点（低于其他组，不显著）',
    );
    expect(retailComplaints.getAttribute('data-significant')).toBeNull();
    expect(cellOf('办公楼宇', 0).getAttribute('data-side')).toBe('better');
  });

  it('lets the keyboard reach the scrolling table', () => {
    renderStrict(<CrossAnalysisHeatmap analysis={analysis} />);
    const region = screen.getByRole('region', { name: '满意度交叉分析' });
    expect(region.tabIndex).toBe(0);
  });

  it('speaks en-US', () => {
    renderStrict(<CrossAnalysisHeatmap analysis={analysis} locale="en-US" />);
    expect(screen.getByRole('group', { name: 'Satisfaction cross-analysis' })).toBeTruthy();
    expect(cellOf('retail', 0).textContent).toBe(
      '50.0%▼ -40.0 pts vs the rest* (worse than the rest, significant)',
    );
  });

  it('shows no data without an analysis, and warns for a wrong one', () => {
    renderStrict(<CrossAnalysisHeatmap analysis={null} />);
    expect(screen.getByText('暂无数据')).toBeTruthy();
    cleanup();
    renderStrict(<CrossAnalysisHeatmap analysis={{} as CrossAnalysis} />);
    expect(consoleErrors.errors[0]).toMatch(/Invalid prop `analysis`/);
  });

  it('has no axe violations and hydrates cleanly', async () => {
    const { container } = renderStrict(<CrossAnalysisHeatmap analysis={analysis} />);
    expect(await axeViolations(container)).toEqual([]);
    cleanup();
    await expectCleanHydration(<CrossAnalysisHeatmap analysis={analysis} />);
  });
});

describe('CrossAnalysisHeatmap props in, props out', () => {
  const consoleErrors = captureConsoleErrors();

  it('puts host attributes on the root and keeps the options off the DOM', () => {
    renderStrict(
      <CrossAnalysisHeatmap
        analysis={analysis}
        segmentHeader="行业"
        label="行业交叉分析"
        locale="zh-CN"
        data-testid="heatmap"
        aria-describedby="heatmap-note"
        title="三季度"
      />,
    );
    const root = screen.getByTestId('heatmap');
    // The host's three attributes and the group's own; no `analysis`, `label` or `locale`.
    expect(root.getAttributeNames().sort()).toEqual([
      'aria-describedby',
      'aria-label',
      'class',
      'data-testid',
      'data-theme',
      'lang',
      'role',
      'title',
    ]);
    expect(root.getAttribute('aria-label')).toBe('行业交叉分析');
    expect(root.getAttribute('aria-describedby')).toBe('heatmap-note');
    expect(root.className).toBe('ss-widget ss-cross-heatmap');
    consoleErrors.expectNone();
  });
});
