import { type Locale, translate } from '@servicescore/core';

/** The texts of the big-data story page: a page's texts live beside the page, not in the library. */
const zhCN = {
  title: '大数据量评估：在 Web Worker 中分块计算',
  intro:
    '在 Web Worker 中生成 {tickets} 张演示工单（{agents} 名客服，{months} 个月）并分块计算全部工单指标（按客服 × 月份）。主线程只接收进度和结果，页面在计算期间保持可操作。',
  runHeading: '运行',
  start: '评估 {tickets} 张工单',
  again: '重新评估',
  running: '正在后台线程中评估…',
  generating: '正在生成演示数据（{tickets} 张工单）…',
  generatingShare: '正在生成演示数据（{tickets} 张工单）：已完成 {percent}',
  evaluating: '正在评估：第 {done} / {total} 条记录',
  finishing: '全部记录已读入，正在汇总结果…',
  eta: '预计还需 {duration}',
  etaUnknown: '正在估算剩余时间…',
  done: '已评估 {tickets} 张工单（{records} 条记录），用时 {duration}。',
  leaderboardHeading: '客服排行榜',
  leaderboardLabel: '客服排行榜（{tickets} 张工单）',
  progress: '评估进度',
  progressValue: '已完成 {percent}',
  elapsed: '用时 {duration}',
  cancel: '取消',
  cancelled: '已取消',
  failed: '评估失败：{message}',
} as const;

type Texts = Record<keyof typeof zhCN, string>;

const enUS: Texts = {
  title: 'Big data: chunked evaluation in a Web Worker',
  intro:
    'Generates {tickets} demo tickets ({agents} agents, {months} months) in a Web Worker and evaluates every ticket metric per agent × month there, chunk by chunk. The main thread only receives progress and the result, so the page stays responsive meanwhile.',
  runHeading: 'Run',
  start: 'Evaluate {tickets} tickets',
  again: 'Evaluate again',
  running: 'Evaluating in a background thread…',
  generating: 'Generating the demo data ({tickets} tickets)…',
  generatingShare: 'Generating the demo data ({tickets} tickets): {percent} done',
  evaluating: 'Evaluating: record {done} of {total}',
  finishing: 'Every record is in; assembling the result…',
  eta: 'About {duration} left',
  etaUnknown: 'Estimating the time left…',
  done: 'Evaluated {tickets} tickets ({records} records) in {duration}.',
  leaderboardHeading: 'Agent leaderboard',
  leaderboardLabel: 'Agent leaderboard ({tickets} tickets)',
  progress: 'Evaluation progress',
  progressValue: '{percent} done',
  elapsed: 'Elapsed {duration}',
  cancel: 'Cancel',
  cancelled: 'Cancelled',
  failed: 'Evaluation failed: {message}',
};

const texts: Record<Locale, Texts> = { 'zh-CN': zhCN, 'en-US': enUS };

/** A page text in `locale`, with its `{name}` placeholders filled. */
export function bt(
  locale: Locale,
  key: keyof typeof zhCN,
  params?: Record<string, string | number>,
): string {
  return translate(texts, locale, key, params);
}
