import {
  type AgentReport,
  agentAssessmentReport,
  afterSalesTemplate,
  scoreScorecard,
} from '@servicescore/core';
import { AgentReportCard } from '@servicescore/react';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../../../packages/react/src/shared/dev';
import { axeViolations, captureConsoleErrors, expectCleanHydration, renderStrict } from '../utils';

afterEach(cleanup);
beforeEach(resetWarnings);

// Every after-sales indicator given manual full points (10) except two: 8 and 5 points.
const manual: Record<string, number> = {};
for (const d of afterSalesTemplate.dimensions) for (const i of d.indicators) manual[i.id] = 10;
const [first, second] = [
  afterSalesTemplate.dimensions[0]!.indicators[0]!,
  afterSalesTemplate.dimensions[1]!.indicators[0]!,
];
manual[first.id] = 8;
manual[second.id] = 5;
const result = scoreScorecard(afterSalesTemplate, {}, { manual });
const report: AgentReport = agentAssessmentReport(result, {
  agent: { id: 'A07', name: { 'zh-CN': '王芳', 'en-US': 'Wang Fang' } },
  period: '2026-Q3',
  consequences: {
    excellent: {
      label: { 'zh-CN': '列入晋升候选', 'en-US': 'Promotion shortlist' },
      bonusCoefficient: 1.2,
      measures: ['带教新人'],
    },
  },
});

describe('AgentReportCard', () => {
  const consoleErrors = captureConsoleErrors();

  it('is a group named by its title with the person, period, total and grade', () => {
    renderStrict(<AgentReportCard report={report} />);
    const group = screen.getByRole('group', { name: '个人考核报告 · 王芳 · A07' });
    expect(within(group).getByRole('heading', { level: 3 })).toBeTruthy();
    expect(within(group).getByText('2026-Q3')).toBeTruthy();
    // total = 100 − (2 × w1 + 5 × w2)/10 with the template weights of the two indicators.
    const expected = 100 - (2 * first.weight + 5 * second.weight) / 10;
    expect(result.total).toBeCloseTo(expected, 9);
    expect(within(group).getByText(expected.toFixed(1))).toBeTruthy();
    expect(within(group).getByText('优秀')).toBeTruthy();
    consoleErrors.expectNone();
  });

  it('lists the weakest indicators (5/10 before 8/10) with their suggestions, training and consequence', () => {
    renderStrict(<AgentReportCard report={report} />);
    const weakest = screen.getByRole('heading', { name: '待提升指标' }).parentElement!;
    const items = within(weakest)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement?.tagName === 'OL');
    expect(items.map((li) => li.querySelector('strong')?.textContent)).toEqual([
      second.label['zh-CN'],
      first.label['zh-CN'],
    ]);
    expect(within(items[0]!).getByText(/5 \/ 10 分/)).toBeTruthy();
    if (second.suggestions?.[0])
      expect(within(items[0]!).getByText(second.suggestions[0]['zh-CN'])).toBeTruthy();
    expect(screen.getByRole('heading', { name: '培训建议' })).toBeTruthy();
    expect(screen.getByText('列入晋升候选')).toBeTruthy();
    expect(screen.getByText('· 绩效系数 1.2')).toBeTruthy();
  });

  it('prints from a button, by keyboard too', () => {
    // happy-dom has no window.print: stand one in for the test.
    const original = window.print;
    const print = vi.fn();
    window.print = print;
    renderStrict(<AgentReportCard report={report} />);
    const button = screen.getByRole('button', { name: '打印报告' });
    button.focus();
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(print).toHaveBeenCalledTimes(1);
    window.print = original;
  });

  it('speaks en-US', () => {
    renderStrict(<AgentReportCard report={report} locale="en-US" />);
    expect(screen.getByRole('group', { name: 'Assessment report · Wang Fang · A07' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print report' })).toBeTruthy();
    expect(screen.getByText('Promotion shortlist')).toBeTruthy();
  });

  it('shows no data without a report, and warns for a wrong one', () => {
    renderStrict(<AgentReportCard report={null} />);
    expect(screen.getByRole('group', { name: '个人考核报告' })).toBeTruthy();
    expect(screen.getByText('暂无数据')).toBeTruthy();
    cleanup();
    renderStrict(<AgentReportCard report={{} as AgentReport} />);
    expect(consoleErrors.errors[0]).toMatch(/Invalid prop `report`/);
  });

  it('has no axe violations and hydrates cleanly', async () => {
    const { container } = renderStrict(<AgentReportCard report={report} />);
    expect(await axeViolations(container)).toEqual([]);
    cleanup();
    await expectCleanHydration(<AgentReportCard report={report} />);
  });
});

describe('AgentReportCard props in, props out', () => {
  const consoleErrors = captureConsoleErrors();

  it('puts host attributes on the root and keeps the options off the DOM', () => {
    renderStrict(
      <AgentReportCard
        report={report}
        label="王芳的报告"
        locale="en-US"
        headingLevel={2}
        printButton={false}
        data-testid="report"
        aria-describedby="report-note"
        title="2026-Q3"
      />,
    );
    const root = screen.getByTestId('report');
    // The host's three attributes and the group's own (named by its title when ready); no
    // `report`, `label`, `locale`, `headingLevel` or `printButton`.
    expect(root.getAttributeNames().sort()).toEqual([
      'aria-describedby',
      'aria-labelledby',
      'class',
      'data-testid',
      'data-theme',
      'lang',
      'role',
      'title',
    ]);
    expect(root.getAttribute('lang')).toBe('en-US');
    expect(root.getAttribute('aria-describedby')).toBe('report-note');
    // The markup-only options still apply: an h2 title, no print button.
    expect(within(root).getByRole('heading', { level: 2 }).textContent).toContain('Wang Fang');
    expect(within(root).queryByRole('button')).toBeNull();
    consoleErrors.expectNone();
  });
});
