import { type Locale, translate } from '@servicescore/core';

/** Dashboard-only texts; widget words come from the core's messages (`t`). */
const zhCN = {
  title: '售后服务考核',
  subtitle: '评分卡与等级 → 服务标准达成 → 趋势 → 客服排行 → 投诉帕累托 → PDCA 改进前后 → 改进建议',
  filters: '筛选',
  period: '考核周期',
  allMonths: '全部月份',
  team: '团队',
  allTeams: '全部团队',
  range: '数据范围',
  coverage: '数据覆盖率',
  asOf: '数据截至',
  verdictAllMet: '综合评级{grade}；{total} 项服务标准全部达标',
  verdictMissed: '综合评级{grade}；{missed} / {total} 项服务标准未达标：{names}',
  trendHeading: '首次解决率趋势与控制限',
  trendNote: '各月数值、p 控制图的控制限与改进措施的起始月份。',
  tickets: '工单',
  excluded: '已排除',
  open: '未关闭',
  overallGrade: '综合评级',
  dimensionScores: '各维度得分（满分 100，未加权）',
  totalScore: '总分',
  scorecardHeading: '评分卡与等级',
  orgScorecard: '组织评分卡',
  teamScorecard: '{team} 评分卡',
  gaugesHeading: '服务标准达成',
  gaugesNote: '目标来自服务标准；绿色区域为达标，刻度线为目标值。',
  cardsHeading: '关键指标与趋势',
  cardsNoteMonth: '与上月相比；折线为各月趋势。',
  cardsNoteAll: '全部月份合计；折线为各月趋势。选择一个月份可查看环比变化。',
  leaderboardHeading: '客服排行榜',
  leaderboardLabel: '客服排行榜（{scope}）',
  paretoHeading: '投诉原因帕累托分析',
  paretoNote: '聚焦累计占比达到 80% 的关键少数原因。',
  paretoLabel: '投诉原因帕累托图（{scope}）',
  comparisonHeading: 'PDCA 改进前后对比',
  comparisonNote: '改进措施自 {pdca} 起实施；对比 {before}（改进前）与 {after}（改进后）。',
  before: '改进前 {period}',
  after: '改进后 {period}',
  suggestionsHeading: '改进建议',
  pdcaLink: '查看完整的 PDCA 改进循环：方案、跟踪、验证与固化 →',
  suggestionsNote: '未得满分的指标及其改进措施，按得分从低到高排列。',
  noSuggestions: '所有指标均得满分，保持现有服务标准。',
  pointsOf: '{points} / {max} 分',
  allScope: '全部',
} as const;

type Texts = Record<keyof typeof zhCN, string>;

const enUS: Texts = {
  title: 'After-sales service assessment',
  subtitle:
    'Scorecard and grade → service standard → trends → agent ranking → complaint Pareto → PDCA before/after → improvement actions',
  filters: 'Filters',
  period: 'Assessment period',
  allMonths: 'All months',
  team: 'Team',
  allTeams: 'All teams',
  range: 'Data range',
  coverage: 'Data coverage',
  asOf: 'Data as of',
  verdictAllMet: '{grade} overall; all {total} service standards are met',
  verdictMissed:
    '{grade} overall; {missed} of {total} service standards miss their targets: {names}',
  trendHeading: 'First-contact resolution: trend and control limits',
  trendNote: 'Monthly values, the p-chart’s control limits and the month the improvement started.',
  tickets: 'Tickets',
  excluded: 'Excluded',
  open: 'Open',
  overallGrade: 'Overall grade',
  dimensionScores: 'Dimension scores (out of 100, unweighted)',
  totalScore: 'Total score',
  scorecardHeading: 'Scorecard and grade',
  orgScorecard: 'Organisation scorecard',
  teamScorecard: '{team} scorecard',
  gaugesHeading: 'Service standard',
  gaugesNote:
    'Targets from the service standard; the green zone meets it, the tick marks the target.',
  cardsHeading: 'Key indicators and trends',
  cardsNoteMonth: 'Compared with the previous month; the line is the monthly trend.',
  cardsNoteAll:
    'All months together; the line is the monthly trend. Pick a month to see the change from the month before.',
  leaderboardHeading: 'Agent leaderboard',
  leaderboardLabel: 'Agent leaderboard ({scope})',
  paretoHeading: 'Complaint causes (Pareto)',
  paretoNote: 'Focus on the vital few causes that reach 80 % of complaints together.',
  paretoLabel: 'Pareto chart of complaint causes ({scope})',
  comparisonHeading: 'PDCA: before and after',
  comparisonNote:
    'The improvement started in {pdca}; {before} (before) compared with {after} (after).',
  before: 'Before, {period}',
  after: 'After, {period}',
  suggestionsHeading: 'Improvement actions',
  pdcaLink: 'See the whole PDCA cycle: plan, tracking, verification and standardisation →',
  suggestionsNote: 'Indicators below full points and what to do about them, lowest score first.',
  noSuggestions: 'Every indicator has full points: keep the current service standard.',
  pointsOf: '{points} / {max} points',
  allScope: 'all',
};

const texts: Record<Locale, Texts> = { 'zh-CN': zhCN, 'en-US': enUS };

/** A dashboard text in a locale, `{name}` placeholders filled. */
export function dt(
  locale: Locale,
  key: keyof Texts,
  params: Record<string, string | number> = {},
): string {
  return translate(texts, locale, key, params);
}
