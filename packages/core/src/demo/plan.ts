import type { ImprovementAction, ImprovementPlan } from '../pdca/types';

/** The month key `n` months after `key` (`'2026-08'`, 1 → `'2026-09'`). */
function addMonths(key: string, n: number): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  const i = y * 12 + (m - 1) + n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
}

/** The last day of a month key, `YYYY-MM-DD`. */
function lastDay(key: string): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return `${key}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** The resources and capability measures of the demo plan: cycle start `start`, weekly check dates `week(n)`. */
function demoActions(start: string, week: (n: number) => string): ImprovementAction[] {
  return [
    {
      id: 'peak-staffing',
      title: {
        'zh-CN': '增加高峰期与夜间客服人员',
        'en-US': 'More agents at peak hours and at night',
      },
      metric: 'responseTimelinessRate',
      kind: 'resources',
      rootCause: [
        { 'zh-CN': '响应不及时', 'en-US': 'Slow responses' },
        { 'zh-CN': '人员不足', 'en-US': 'Too few agents' },
        { 'zh-CN': '排班不合理', 'en-US': 'Poor shift planning' },
        { 'zh-CN': '未考虑高峰期流量', 'en-US': 'Peak-hour volume not planned for' },
      ],
      owner: { 'zh-CN': '客服部 · 李娜', 'en-US': 'Service desk · Li Na' },
      due: lastDay(start),
      expected: { type: 'target', value: 0.95 },
      status: 'done',
      progress: [
        {
          date: week(0),
          text: { 'zh-CN': '按小时来电量重排班表', 'en-US': 'Shifts re-planned on hourly volume' },
          percent: 30,
        },
        {
          date: week(2),
          text: { 'zh-CN': '新增 3 名夜班客服上岗', 'en-US': 'Three night-shift agents started' },
          percent: 80,
        },
        {
          date: week(4),
          text: { 'zh-CN': '新班表全面执行', 'en-US': 'New rota in full use' },
          percent: 100,
        },
      ],
    },
    {
      id: 'product-training',
      title: {
        'zh-CN': '产品知识培训，考核上岗',
        'en-US': 'Product training with a certification test',
      },
      metric: 'fcr',
      kind: 'capability',
      rootCause: [
        { 'zh-CN': '首次未解决', 'en-US': 'Not solved at first contact' },
        { 'zh-CN': '问题判断不准确', 'en-US': 'Wrong diagnosis' },
        { 'zh-CN': '新品知识不足', 'en-US': 'Little knowledge of new models' },
      ],
      owner: { 'zh-CN': '人力资源部 · 王芳', 'en-US': 'HR · Wang Fang' },
      due: lastDay(addMonths(start, 1)),
      expected: { type: 'absolute', change: 0.1 },
      status: 'done',
      progress: [
        {
          date: week(1),
          text: { 'zh-CN': '首轮培训完成 60%', 'en-US': 'First training round 60 % done' },
          percent: 60,
        },
        {
          date: week(3),
          text: { 'zh-CN': '全员考核通过', 'en-US': 'Everyone passed the test' },
          percent: 100,
        },
      ],
    },
  ];
}

/** The demo plan's process and tools measures (see {@link demoActions}). */
function laterActions(
  review: string,
  start: string,
  week: (n: number) => string,
): ImprovementAction[] {
  return [
    {
      id: 'returns-approval',
      title: { 'zh-CN': '简化退换货审批流程', 'en-US': 'Simpler approval of returns' },
      metric: 'avgResolutionTime',
      kind: 'process',
      rootCause: [
        { 'zh-CN': '解决时间长', 'en-US': 'Long resolution times' },
        { 'zh-CN': '退换货需三级审批', 'en-US': 'Returns need three sign-offs' },
      ],
      owner: { 'zh-CN': '售后运营部 · 张伟', 'en-US': 'After-sales operations · Zhang Wei' },
      due: lastDay(addMonths(start, 1)),
      expected: { type: 'relative', change: -0.2 },
      status: 'done',
    },
    {
      id: 'installation-standard',
      title: {
        'zh-CN': '安装规范与合作安装商考核',
        'en-US': 'Installation standard and partner installer reviews',
      },
      metric: 'csat',
      kind: 'process',
      rootCause: [
        { 'zh-CN': '满意度低', 'en-US': 'Low satisfaction' },
        { 'zh-CN': '安装不规范投诉最多', 'en-US': 'Poor installation is the top complaint' },
        { 'zh-CN': '合作安装商未经培训', 'en-US': 'Partner installers were never trained' },
      ],
      owner: { 'zh-CN': '质量部 · 陈静', 'en-US': 'Quality · Chen Jing' },
      due: lastDay(addMonths(start, 1)),
      expected: { type: 'target', value: 0.85 },
      status: 'done',
    },
    {
      id: 'smart-assistant',
      title: {
        'zh-CN': '上线智能客服，分流简单咨询',
        'en-US': 'Smart assistant for simple questions',
      },
      metric: 'complaintRate',
      kind: 'tools',
      rootCause: [
        { 'zh-CN': '投诉率高', 'en-US': 'High complaint rate' },
        { 'zh-CN': '简单咨询占满坐席', 'en-US': 'Simple questions keep agents busy' },
      ],
      owner: { 'zh-CN': '信息技术部 · 刘洋', 'en-US': 'IT · Liu Yang' },
      due: `${review}-15`,
      expected: { type: 'relative', change: -0.3 },
      status: 'inProgress',
      progress: [
        { date: week(2), text: { 'zh-CN': '供应商选定', 'en-US': 'Vendor chosen' }, percent: 25 },
        {
          date: week(6),
          text: {
            'zh-CN': '试点上线，知识库待补充',
            'en-US': 'Pilot live, knowledge base incomplete',
          },
          percent: 60,
        },
      ],
    },
  ];
}

/**
 * The improvement plan the demo desk runs from its PDCA month (提升方案 [RULES.md#seed-003-measures]):
 * the baseline is the month before the cycle, the review the last month. Five measures of the four
 * kinds, each with an owner, a due date, an expected effect and weekly notes; the first carries the
 * seed's 5-Why chain (响应不及时 → 人员不足 → 排班不合理 → 未考虑高峰期流量).
 *
 * Verified on the default demo (`generateDemoDataset()`, July → October 2026): response timeliness
 * and CSAT reach their targets (standardise); FCR, MTTR and the complaint rate improve but fall
 * short (keep going); the smart-assistant rollout is still in progress past its due date (overdue).
 *
 * @example
 * const demo = generateDemoDataset();
 * const plan = demoImprovementPlan(demo.meta); // cycles[0]: { baseline: '2026-07', review: '2026-10' }
 */
export function demoImprovementPlan(meta: {
  pdcaMonth: string;
  months: readonly string[];
}): ImprovementPlan {
  const start = meta.pdcaMonth;
  const review = meta.months[meta.months.length - 1] ?? addMonths(start, 2);
  const [y, m] = start.split('-').map(Number) as [number, number];
  // The Monday-agnostic weekly check: day 1 of the cycle + 7n days, as a calendar date.
  const week = (n: number) => new Date(Date.UTC(y, m - 1, 1 + 7 * n)).toISOString().slice(0, 10);
  const actions = [...demoActions(start, week), ...laterActions(review, start, week)];
  return {
    id: `demo-${start}`,
    title: { 'zh-CN': '售后服务质量提升方案', 'en-US': 'After-sales service improvement plan' },
    timeZone: 'Asia/Shanghai',
    cycles: [
      {
        id: 'cycle-1',
        label: { 'zh-CN': '第一轮 PDCA', 'en-US': 'PDCA round 1' },
        baseline: addMonths(start, -1),
        review,
      },
    ],
    actions,
  };
}
