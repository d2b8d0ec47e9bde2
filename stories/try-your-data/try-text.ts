import { formatMessage, type Locale } from '@servicescore/core';

/** Texts of the "Try your own data" page; widget words come from the core's messages. */
const zhCN = {
  title: '试用你自己的数据',
  intro:
    '粘贴工单 CSV 或选择文件，把列对应到标准工单字段，即可看到校验结果、评分卡、客服排行榜和帕累托分析。',
  privacy: '所有处理都在本浏览器标签页内完成：数据不会上传，也不会发送到任何地方。',
  step1: '1. 数据',
  csvText: 'CSV 文本（第一行为列名）',
  file: '或选择 CSV 文件',
  useExample: '使用示例数据（40 行，含 3 行错误数据）',
  analyse: '解析',
  clear: '清空',
  parsed: '已读取 {rows} 行、{columns} 列',
  csvProblems: 'CSV 解析提示 {count} 条（第一条：第 {row} 行 {message}）',
  empty: '还没有数据：粘贴 CSV 后点“解析”，或使用示例数据。',
  step2: '2. 字段映射',
  mappingNote:
    '每个标准字段对应一列（已按列名自动猜测）。带 * 的字段必填。枚举值（状态、类型…）不区分大小写；qa_<项目> 列作为质检得分读取。',
  field: '标准字段',
  column: 'CSV 列',
  notMapped: '— 不映射 —',
  qaColumns: 'qa_* 列（{count} 列）',
  dateFormat: '日期格式',
  dateFormatHint: '如 YYYY-MM-DD HH:mm、DD/MM/YYYY HH:mm',
  timeZone: '时区（IANA）',
  timeZoneHint: '如 Asia/Shanghai、Europe/Berlin',
  mappingError: '映射无法应用',
  step3: '3. 校验结果',
  input: '输入行',
  accepted: '已接受',
  rejected: '已拒绝',
  rejectedCaption: '被拒绝的行（最多显示前 50 行）',
  table: '表',
  row: '行',
  id: '编号',
  reason: '原因',
  noRejected: '所有行均通过校验。',
  step4: '4. 结果',
  asOf: '未关闭工单按数据中最晚的时间 {asOf} 判定是否超时。',
  beyondHorizon:
    '另有 {count} 个时间晚于大部分工单创建时间一个多月以上（可能是占位值或录入错误），不作为判定时间。',
  limits: '上限：{bytes}、{rows} 行、{columns} 列。',
  csvRefused: 'CSV 无法使用：',
  tooManyBytes: '文件有 {bytes} 字节，超过上限 {limit} 字节。',
  tooManyRows: '超过 {limit} 行：请拆分文件后再试。',
  tooManyColumns: '有 {columns} 列，超过上限 {limit} 列。',
  csvBroken:
    '第 {row} 行附近解析出错（{message}）：引号未闭合，其后的行被并入同一字段，{lines} 行数据中有 {lost} 行丢失。请修正后重试；不会对剩余数据评分。',
  scorecard: '评分卡',
  leaderboard: '客服排行榜',
  pareto: '按类别（category）的帕累托分析',
  analysisError: '无法计算',
  nothingAccepted: '没有通过校验的工单，无法计算指标。',
} as const;

type Texts = Record<keyof typeof zhCN, string>;

const enUS: Texts = {
  title: 'Try your own data',
  intro:
    'Paste a ticket CSV or pick a file, map its columns onto the canonical ticket fields, and see the validation report, the scorecard, the agent leaderboard and the Pareto analysis.',
  privacy:
    'Everything runs in this browser tab: your data is not uploaded and is not sent anywhere.',
  step1: '1. Data',
  csvText: 'CSV text (first line: column names)',
  file: 'or pick a CSV file',
  useExample: 'Use the example (40 rows, 3 of them invalid)',
  analyse: 'Parse',
  clear: 'Clear',
  parsed: 'Read {rows} rows and {columns} columns',
  csvProblems: '{count} CSV parser notes (first: row {row} {message})',
  empty: 'No data yet: paste a CSV and press Parse, or use the example.',
  step2: '2. Field mapping',
  mappingNote:
    'Each canonical field takes one column (guessed from the column names). Fields marked * are required. Enum values (status, kind …) match in any case; qa_<item> columns are read as quality-inspection scores.',
  field: 'Canonical field',
  column: 'CSV column',
  notMapped: '— not mapped —',
  qaColumns: 'qa_* columns ({count})',
  dateFormat: 'Date format',
  dateFormatHint: 'e.g. YYYY-MM-DD HH:mm, DD/MM/YYYY HH:mm',
  timeZone: 'Time zone (IANA)',
  timeZoneHint: 'e.g. Asia/Shanghai, Europe/Berlin',
  mappingError: 'The mapping cannot be applied',
  step3: '3. Validation',
  input: 'Input rows',
  accepted: 'Accepted',
  rejected: 'Rejected',
  rejectedCaption: 'Rejected rows (the first 50)',
  table: 'Table',
  row: 'Row',
  id: 'ID',
  reason: 'Reason',
  noRejected: 'Every row passed validation.',
  step4: '4. Results',
  asOf: 'Open tickets are judged at the latest time in the data, {asOf}.',
  beyondHorizon:
    '{count} later time(s), more than a month past most creation times (placeholders or typos), were not used for it.',
  limits: 'Limits: {bytes}, {rows} rows, {columns} columns.',
  csvRefused: 'The CSV cannot be used:',
  tooManyBytes: 'the file has {bytes} bytes, over the limit of {limit}.',
  tooManyRows: 'more than {limit} rows: split the file and try again.',
  tooManyColumns: 'it has {columns} columns, over the limit of {limit}.',
  csvBroken:
    'a parse error near row {row} ({message}): a quote is not closed, so the lines after it were swallowed into one field — {lost} of {lines} data rows were lost. Fix it and try again; what remained is not graded.',
  scorecard: 'Scorecard',
  leaderboard: 'Agent leaderboard',
  pareto: 'Pareto by category',
  analysisError: 'Cannot compute',
  nothingAccepted: 'No ticket passed validation, so there is nothing to compute.',
};

const texts: Record<Locale, Texts> = { 'zh-CN': zhCN, 'en-US': enUS };

/** A page text in a locale, `{name}` placeholders filled. */
export function tt(
  locale: Locale,
  key: keyof Texts,
  params: Record<string, string | number> = {},
): string {
  return formatMessage(texts[locale][key], params);
}
