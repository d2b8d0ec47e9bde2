import { type Locale, translate } from '@servicescore/core';

/** Texts of the "Pages/PDCA cycle" story; widget words come from the core. */
const zhCN = {
  title: 'PDCA 改进循环',
  subtitle:
    '按种子文档 003：交叉分析找出问题 → 制定提升方案（责任人、时限、预期效果）→ 每周跟踪 → 三个月后验证 → 有效措施固化为标准，未达预期的重新分析；结果应用到人（种子文档 001）。',
  steps: '步骤',
  planHeading: '1 计划（Plan）：找出问题，制定措施',
  planNote:
    '交叉分析显示：合作安装商服务的客户满意度明显偏低（* 为显著差异）。方案的每项措施都写明根因（5Why）、责任人、完成时限和预期效果。',
  crossLabel: '按安装方的交叉分析',
  industryLabel: '按行业的交叉分析',
  industryNote: '按行业分组，差异都不大：问题不在行业，而在安装方。',
  trackHeading: '2 执行（Do）：每周跟踪进度',
  trackNote: '{date} 的进度：各措施的最新进展；智能客服已超过完成时限，标为逾期。',
  verifyHeading: '3 检查（Check）：改进前后对比',
  verifyNote:
    '{before}（改进前）与 {after}（改进后）对比，显著性来自双比例 z 检验或 Welch t 检验。',
  actHeading: '4 处理（Act）：固化或重新分析',
  actNote: '达到预期的措施固化为标准流程；部分达成的继续推进；未达成的重新分析原因。',
  standardise: '固化为标准（{count} 项）',
  keepGoing: '继续推进（{count} 项）',
  reanalyse: '重新分析（{count} 项）',
  none: '无',
  peopleHeading: '5 结果应用到人（种子文档 001）',
  peopleNote:
    '个人考核报告：等级、维度得分、待提升指标与改进建议、培训建议和按等级的奖惩。可打印。',
  before: '改进前 {period}',
  after: '改进后 {period}',
  dashboardLink: '返回售后服务考核看板',
};

const enUS: Record<keyof typeof zhCN, string> = {
  title: 'The PDCA cycle',
  subtitle:
    'After seed 003: find the problem by cross-analysis → plan measures (owner, due date, expected effect) → track weekly → verify three months later → make what worked standard and re-analyse what did not; then apply the results to people (seed 001).',
  steps: 'Steps',
  planHeading: '1 Plan: find the problem, plan the measures',
  planNote:
    'The cross-analysis shows customers of partner installers are markedly less satisfied (* = significant). Each measure names its root cause (5 whys), owner, due date and expected effect.',
  crossLabel: 'Cross-analysis by installer',
  industryLabel: 'Cross-analysis by industry',
  industryNote:
    'By industry the differences are small: the problem is the installer, not the industry.',
  trackHeading: '2 Do: track progress every week',
  trackNote:
    'Progress on {date}: the latest note of each measure; the smart assistant is past its due date.',
  verifyHeading: '3 Check: before and after',
  verifyNote:
    '{before} (before) against {after} (after); significance by a two-proportion z-test or Welch’s t-test.',
  actHeading: '4 Act: standardise or re-analyse',
  actNote:
    'Measures that reached their effect become standard; partly reached ones keep going; the others are re-analysed.',
  standardise: 'Make standard ({count})',
  keepGoing: 'Keep going ({count})',
  reanalyse: 'Re-analyse ({count})',
  none: 'None',
  peopleHeading: '5 Apply the results to people (seed 001)',
  peopleNote:
    'Personal assessment reports: grade, dimension scores, indicators to improve with suggestions, training and the consequence by grade. Printable.',
  before: 'Before {period}',
  after: 'After {period}',
  dashboardLink: 'Back to the after-sales dashboard',
};

const texts: Record<Locale, Record<keyof typeof zhCN, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

/** A page text in the locale, with `{name}` placeholders filled. */
export function pt(
  locale: Locale,
  key: keyof typeof zhCN,
  params?: Record<string, string | number>,
): string {
  return translate(texts, locale, key, params);
}
