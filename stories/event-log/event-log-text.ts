import { type Locale, translate } from '@servicescore/core';

/** Texts of the "Event log" page; widget words come from the core's messages. */
const zhCN = {
  title: '事件日志 → 工单',
  intro:
    '很多服务台系统导出的是事件日志：每个事件一行（创建、受理、等待客户、已解决、重新打开、关闭……）。foldEvents 按工单号把事件归为工单，按解析后的时间排序（不是文件顺序），再按下面的规则得出每张工单的创建、首次响应、解决、关闭时间、复开次数、联系次数和处理人。',
  synthetic: '本页的事件日志是为演示编写的合成数据（8 张工单、38 行，其中 3 行故意写错）。',
  logHeading: '1. 事件日志（CSV）',
  logCaption: '事件日志，每个事件一行；行号从 1 开始，与下方“被拒绝的事件”对应',
  row: '行',
  specHeading: '2. 折叠规则（spec）',
  specNote:
    '时间相同的事件保持文件中的先后顺序（也可以用 sequence 列指定顺序）。已解决事件只有在工单处于未解决状态时才算一次解决：复开次数 = 解决次数 − 1，最少为 0。',
  specCode: 'spec 代码',
  rejectedHeading: '3. 被拒绝的事件',
  rejectedList: '被拒绝的事件：行、工单号、字段和原因',
  events: '事件',
  accepted: '已接受',
  rejected: '已拒绝',
  cases: '工单',
  field: '字段（列）',
  reason: '原因',
  caseId: '工单号',
  none: '—',
  ticketsHeading: '4. 得出的工单',
  ticketsCaption: '每张工单由其事件折叠而来（北京时间）；一张工单的事件行号按时间顺序列出',
  id: '工单号',
  createdAt: '创建',
  status: '状态',
  firstResponseAt: '首次响应',
  resolvedAt: '解决',
  closedAt: '关闭',
  reopens: '复开',
  contacts: '联系',
  agentId: '处理人',
  eventRows: '事件行',
  ticketsRejected: 'parseDataset 又拒绝了 {count} 张工单：',
  ticketsAccepted: '{count} 张工单全部通过 parseDataset 校验。',
  kpiHeading: '5. 指标',
  kpiNote: '按 {asOf}（北京时间）计算。',
  leaderboard: '处理人排行榜（按最后一次“已解决”事件的处理人）',
} as const;

type Texts = Record<keyof typeof zhCN, string>;

const enUS: Texts = {
  title: 'Event log → tickets',
  intro:
    'Many help-desk systems export an event log: one row per event (opened, assigned, waiting for the customer, resolved, reopened, closed…). foldEvents groups the events by case id, sorts them by parsed time (not file order) and, with the rules below, derives each ticket’s creation, first response, resolution and closing times, reopens, contacts and agent.',
  synthetic:
    'The event log on this page is synthetic, written for the demo (8 incidents, 38 rows, 3 of them wrong on purpose).',
  logHeading: '1. The event log (CSV)',
  logCaption: 'The event log, one event per row; rows are numbered from 1, as in “Rejected events”',
  row: 'Row',
  specHeading: '2. The fold rules (spec)',
  specNote:
    'Events at the same time keep their order in the file (or give a sequence column). A Resolved event counts as a resolve only when the case was not already resolved: reopens = resolves − 1, never below 0.',
  specCode: 'The spec as code',
  rejectedHeading: '3. Rejected events',
  rejectedList: 'Rejected events: row, case, field and reason',
  events: 'Events',
  accepted: 'Accepted',
  rejected: 'Rejected',
  cases: 'Cases',
  field: 'Field (column)',
  reason: 'Reason',
  caseId: 'Case',
  none: '—',
  ticketsHeading: '4. The folded tickets',
  ticketsCaption:
    'Each ticket folded from its events (Beijing time); a ticket’s event rows are listed in time order',
  id: 'Case',
  createdAt: 'Created',
  status: 'Status',
  firstResponseAt: 'First response',
  resolvedAt: 'Resolved',
  closedAt: 'Closed',
  reopens: 'Reopens',
  contacts: 'Contacts',
  agentId: 'Agent',
  eventRows: 'Event rows',
  ticketsRejected: 'parseDataset rejected {count} more tickets:',
  ticketsAccepted: 'All {count} tickets pass parseDataset.',
  kpiHeading: '5. Metrics',
  kpiNote: 'As of {asOf} (Beijing time).',
  leaderboard: 'Agents (the resource of the last Resolved event)',
};

const texts: Record<Locale, Texts> = { 'zh-CN': zhCN, 'en-US': enUS };

/** A page text in the given locale, with `{param}` placeholders filled. */
export function et(
  locale: Locale,
  key: keyof Texts,
  params?: Record<string, string | number>,
): string {
  return translate(texts, locale, key, params);
}
