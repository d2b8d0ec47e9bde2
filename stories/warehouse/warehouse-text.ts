import { type Locale, translate } from '@servicescore/core';

/** Page texts of the warehouse story (the widgets bring their own). */
const zhCN = {
  title: '数据仓库：在浏览器里用 DuckDB 计算 KPI',
  intro:
    '{tickets} 张演示工单由一条 SQL（INSERT … SELECT … FROM range）在 DuckDB-wasm 中生成，不经网络、不读文件。随后 evaluateSql 把指标编译成 SQL，由 DuckDB 按客服 × 月份（Asia/Shanghai）计算，页面只收到聚合后的状态。',
  progressHeading: '进度',
  stepStart: '启动 DuckDB-wasm',
  stepLoad: '用 SQL 生成 {tickets} 张工单',
  stepEvaluate: '用 evaluateSql 计算 {metrics} 个指标',
  stepWaiting: '等待',
  stepRunning: '进行中',
  stepDone: '完成',
  stepFailed: '失败',
  downloaded: '已下载 {percent}',
  starting: '正在启动 DuckDB-wasm…',
  loading: '正在 DuckDB 中生成 {tickets} 张工单…',
  evaluating: '正在 DuckDB 中计算指标…',
  done: '完成：加载 {load}，计算 {evaluate}（{statements} 条 SQL 语句）。',
  failed: '失败：{message}',
  errorTitle: '未能完成',
  errorStep: '出错的步骤：{step}',
  again: '重新运行',
  timesHeading: '用时',
  timeStart: '启动 DuckDB',
  timeLoad: '加载（生成工单）',
  timeEvaluate: '计算（evaluateSql）',
  timeTotal: '合计',
  seconds: '{n} 秒',
  engineHeading: '引擎',
  engineVersion: 'DuckDB {version}，{bundle} 构建，单线程',
  extension: '{name} 扩展',
  builtIn: '内置',
  standIn: '缺失：由本页的 SQL 宏代替（见下方“替代 SQL”）',
  offline: 'enable_external_access = false：不会从网络下载任何扩展',
  scoreHeading: '考核评分卡',
  overallGrade: '综合等级',
  scoreCaption: '售后服务考核（{tickets} 张工单，全部月份）',
  figuresHeading: '关键指标',
  leaderboardHeading: '客服排行榜',
  leaderboardLabel: '客服排行榜（{tickets} 张工单）',
  sqlHeading: 'SQL',
  sqlNote:
    '与 evaluateSql 相同的选项交给 compileEvaluation（dialect: duckdb）得到的语句；参数以 $n 绑定。',
  optionsSummary: '选项',
  querySummary: '生成的 SQL：{count} 条语句',
  loadSummary: '建表和生成演示数据的 SQL',
  standInSummary: '替代 SQL（本构建缺少的扩展）',
  params: '参数',
  elapsed: '用时 {time}',
} as const;

type Texts = Record<keyof typeof zhCN, string>;

const enUS: Texts = {
  title: 'Warehouse: KPIs computed by DuckDB in the browser',
  intro:
    'DuckDB-wasm makes {tickets} demo tickets with one SQL statement (INSERT … SELECT … FROM range): no network, no file. Then evaluateSql compiles the metrics to SQL and DuckDB computes them per agent × month (Asia/Shanghai); the page receives only the aggregated states.',
  progressHeading: 'Progress',
  stepStart: 'Start DuckDB-wasm',
  stepLoad: 'Make {tickets} tickets in SQL',
  stepEvaluate: 'Evaluate {metrics} metrics with evaluateSql',
  stepWaiting: 'waiting',
  stepRunning: 'running',
  stepDone: 'done',
  stepFailed: 'failed',
  downloaded: '{percent} downloaded',
  starting: 'Starting DuckDB-wasm…',
  loading: 'Making {tickets} tickets in DuckDB…',
  evaluating: 'Computing the metrics in DuckDB…',
  done: 'Done: loaded in {load}, evaluated in {evaluate} ({statements} SQL statements).',
  failed: 'Failed: {message}',
  errorTitle: 'Could not finish',
  errorStep: 'Step that failed: {step}',
  again: 'Run again',
  timesHeading: 'Time taken',
  timeStart: 'Start DuckDB',
  timeLoad: 'Load (make tickets)',
  timeEvaluate: 'Evaluate (evaluateSql)',
  timeTotal: 'Total',
  seconds: '{n} s',
  engineHeading: 'Engine',
  engineVersion: 'DuckDB {version}, {bundle} build, one thread',
  extension: '{name} extension',
  builtIn: 'built in',
  standIn: 'missing: stood in for by this page’s SQL macros (see “Stand-in SQL” below)',
  offline: 'enable_external_access = false: no extension is ever downloaded',
  scoreHeading: 'Scorecard',
  overallGrade: 'Overall grade',
  scoreCaption: 'After-sales assessment ({tickets} tickets, all months)',
  figuresHeading: 'Key figures',
  leaderboardHeading: 'Agent leaderboard',
  leaderboardLabel: 'Agent leaderboard ({tickets} tickets)',
  sqlHeading: 'SQL',
  sqlNote:
    'The statements compileEvaluation gives for the options evaluateSql ran with (dialect: duckdb); values are bound as $n.',
  optionsSummary: 'Options',
  querySummary: 'Generated SQL: {count} statements',
  loadSummary: 'The SQL that creates the tables and makes the demo data',
  standInSummary: 'Stand-in SQL (extensions this build lacks)',
  params: 'params',
  elapsed: 'took {time}',
};

const texts: Record<Locale, Texts> = { 'zh-CN': zhCN, 'en-US': enUS };

/** A page text in `locale`, with its `{name}` placeholders filled. */
export function wt(
  locale: Locale,
  key: keyof typeof zhCN,
  params?: Record<string, string | number>,
): string {
  return translate(texts, locale, key, params);
}

/** Seconds with two decimals ("4.58 s" / "4.58 秒"); an em dash before there is a time. */
export function seconds(locale: Locale, ms: number | null): string {
  if (ms === null) return '—';
  const n = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(ms / 1000);
  return wt(locale, 'seconds', { n });
}
