import { type ImprovementPlan, verifyImprovementPlan } from '@servicescore/core';
import { ImprovementPlanBoard } from '@servicescore/react';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetWarnings } from '../../../packages/react/src/shared/dev';
import { axeViolations, captureConsoleErrors, expectCleanHydration, renderStrict } from '../utils';

afterEach(cleanup);
beforeEach(resetWarnings);

const plan: ImprovementPlan = {
  id: 'q3',
  title: { 'zh-CN': '三季度提升方案', 'en-US': 'Q3 improvement plan' },
  timeZone: 'Asia/Shanghai',
  cycles: [{ id: 'c1', baseline: '2026-07', review: '2026-10' }],
  actions: [
    {
      id: 'staff',
      title: { 'zh-CN': '增加高峰期客服人员', 'en-US': 'More agents at peak hours' },
      metric: 'csat',
      kind: 'resources',
      rootCause: ['响应不及时', '人员不足', '排班不合理', '未考虑高峰期流量'],
      owner: '客服部',
      due: '2026-08-31',
      expected: { type: 'target', value: 0.85 },
      status: 'done',
    },
    {
      id: 'bot',
      title: { 'zh-CN': '上线智能客服', 'en-US': 'Smart assistant' },
      metric: 'complaintRate',
      kind: 'tools',
      owner: '信息技术部',
      due: '2026-10-15',
      expected: { type: 'relative', change: -0.3 },
      status: 'inProgress',
      progress: [{ date: '2026-10-08', text: '试点上线', percent: 60 }],
    },
  ],
};
const asOf = '2026-11-01T00:00:00+08:00';
// csat 0.75 → 0.85 as bare numbers: reached (no test). complaintRate 0.06 → 0.05: −16.7 % of an
// expected −30 % → partly (progress 0.01/0.018 = 0.556). 'bot' due 10-15, open at 11-01: 17 days late.
const verification = verifyImprovementPlan(
  plan,
  { csat: 0.75, complaintRate: 0.06 },
  { csat: 0.85, complaintRate: 0.05 },
  { asOf },
);

const card = (title: string) => screen.getByRole('article', { name: title });

describe('ImprovementPlanBoard', () => {
  const consoleErrors = captureConsoleErrors();

  it('is a group named by the plan with a column per status and a card per action', () => {
    renderStrict(<ImprovementPlanBoard plan={plan} verification={verification} />);
    const group = screen.getByRole('group', { name: '三季度提升方案' });
    const headings = within(group).getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent)).toEqual([
      '计划中 0 项',
      '进行中 1 项',
      '已完成 1 项',
    ]);
    // Each card is an article named by its title, under its status column's heading.
    const inProgress = headings[1]!.parentElement!;
    expect(within(inProgress).getByRole('article', { name: '上线智能客服' })).toBeTruthy();
    consoleErrors.expectNone();
  });

  it('shows owner, due date, kind, expected and observed effect, outcome and next step', () => {
    renderStrict(<ImprovementPlanBoard plan={plan} verification={verification} />);
    const staff = card('增加高峰期客服人员');
    expect(within(staff).getByText('资源配置')).toBeTruthy();
    expect(within(staff).getByText('客服部')).toBeTruthy();
    expect(within(staff).getByText('2026年8月31日')).toBeTruthy();
    expect(within(staff).getByText('达到 85.0%')).toBeTruthy();
    expect(within(staff).getByText('75.0% → 85.0%（+10.0 个百分点）')).toBeTruthy();
    expect(within(staff).getByText('已达成')).toBeTruthy();
    expect(within(staff).getByText('下一步：固化为标准流程')).toBeTruthy();
    const bot = card('上线智能客服');
    expect(within(bot).getByText('降低 30%')).toBeTruthy();
    expect(within(bot).getByText('部分达成')).toBeTruthy();
    expect(within(bot).getByText('完成预期的 56%')).toBeTruthy();
  });

  it('writes a duration action’s before, after and change in one unit', () => {
    // MTTR 26 h → 21.4 h (93,600,000 → 77,040,000 ms): the median 23.7 h is ≥ 2 h and < 2 d, so
    // hours; the change −16,560,000 ms = −4.6 h. formatDuration wrote "1 d 2 h → 21 h 24 min".
    const mttrPlan: ImprovementPlan = {
      ...plan,
      actions: [
        {
          id: 'returns',
          title: { 'zh-CN': '简化退换货审批流程', 'en-US': 'Simpler approval of returns' },
          metric: 'avgResolutionTime',
          kind: 'process',
          owner: '售后运营部',
          due: '2026-09-30',
          expected: { type: 'relative', change: -0.2 },
          status: 'done',
        },
      ],
    };
    const mttr = verifyImprovementPlan(
      mttrPlan,
      { avgResolutionTime: 93_600_000 },
      { avgResolutionTime: 77_040_000 },
      { asOf },
    );
    renderStrict(<ImprovementPlanBoard plan={mttrPlan} verification={mttr} locale="en-US" />);
    expect(
      within(card('Simpler approval of returns')).getByText('26.0 h → 21.4 h (-4.6 h)'),
    ).toBeTruthy();
    consoleErrors.expectNone();
  });

  it('flags the overdue action with its days, in text and a shape', () => {
    renderStrict(<ImprovementPlanBoard plan={plan} verification={verification} />);
    expect(within(card('上线智能客服')).getByText('逾期 17 天')).toBeTruthy();
    expect(card('上线智能客服').getAttribute('data-overdue')).toBe('true');
    expect(screen.getByText('逾期 1 项')).toBeTruthy();
    expect(screen.getByText('本轮改进部分有效')).toBeTruthy();
  });

  it('tracks without a verification: progress and latest note, overdue only with asOf', () => {
    renderStrict(<ImprovementPlanBoard plan={plan} />);
    const bot = card('上线智能客服');
    expect(within(bot).getByText('进度 60%')).toBeTruthy();
    expect(within(bot).getByText('试点上线')).toBeTruthy();
    expect(within(bot).queryByText(/逾期/)).toBeNull();
    cleanup();
    renderStrict(<ImprovementPlanBoard plan={plan} asOf="2026-10-20T12:00:00+08:00" />);
    expect(within(card('上线智能客服')).getByText('逾期 5 天')).toBeTruthy();
  });

  it('opens the 5-Why chain from a native disclosure (focusable summary)', () => {
    renderStrict(<ImprovementPlanBoard plan={plan} />);
    const summary = within(card('增加高峰期客服人员')).getByText('根因分析（5Why）');
    expect(summary.tagName).toBe('SUMMARY');
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    fireEvent.click(summary);
    expect(details.open).toBe(true);
    expect(
      within(details)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['响应不及时', '人员不足', '排班不合理', '未考虑高峰期流量']);
  });

  it('speaks en-US', () => {
    renderStrict(<ImprovementPlanBoard plan={plan} verification={verification} locale="en-US" />);
    expect(screen.getByRole('group', { name: 'Q3 improvement plan' })).toBeTruthy();
    expect(within(card('Smart assistant')).getByText('Days overdue: 17')).toBeTruthy();
    expect(
      within(card('More agents at peak hours')).getByText('Next step: Make it standard'),
    ).toBeTruthy();
    expect(within(card('More agents at peak hours')).getByText('Aug 31, 2026')).toBeTruthy();
  });

  it('shows no data for an invalid plan and logs why, once', () => {
    renderStrict(<ImprovementPlanBoard plan={{ ...plan, cycles: [] }} />);
    expect(screen.getByText('暂无数据')).toBeTruthy();
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(
      /Invalid prop `plan`.*a plan needs at least one cycle/s,
    );
  });

  it('is busy while loading', () => {
    renderStrict(<ImprovementPlanBoard plan={plan} loading />);
    expect(screen.getByRole('group').getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('加载中…')).toBeTruthy();
  });

  it('has no axe violations and hydrates cleanly', async () => {
    const { container } = renderStrict(
      <ImprovementPlanBoard plan={plan} verification={verification} />,
    );
    expect(await axeViolations(container)).toEqual([]);
    cleanup();
    await expectCleanHydration(<ImprovementPlanBoard plan={plan} verification={verification} />);
  });
});

describe('ImprovementPlanBoard props in, props out', () => {
  const consoleErrors = captureConsoleErrors();

  it('puts host attributes on the root and keeps the options off the DOM', () => {
    renderStrict(
      <ImprovementPlanBoard
        plan={plan}
        verification={verification}
        asOf={asOf}
        label="提升方案"
        locale="zh-CN"
        headingLevel={4}
        renderCardFooter={(c) => <a href={`#${c.id}`}>工单</a>}
        data-testid="board"
        aria-describedby="board-note"
        title="三季度"
      />,
    );
    const root = screen.getByTestId('board');
    // The host's three attributes and the group's own; no `plan`, `asOf`, `label`, `locale` or
    // `headingLevel`.
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
    expect(root.getAttribute('aria-label')).toBe('提升方案');
    expect(root.getAttribute('aria-describedby')).toBe('board-note');
    // The markup-only options still apply: h4 columns, a footer link per card (two actions).
    expect(within(root).getAllByRole('heading', { level: 4 }).length).toBeGreaterThan(0);
    expect(within(root).getAllByRole('link', { name: '工单' })).toHaveLength(2);
    consoleErrors.expectNone();
  });
});
