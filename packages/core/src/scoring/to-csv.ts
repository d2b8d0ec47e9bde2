import { formatPercent, formatValue } from '../format';
import { defaultLocale, type Locale } from '../i18n/locale';
import { ruleText } from './bands';
import { roundScore } from './grades';
import type { IndicatorStatus, ScorecardResult } from './score-scorecard';

const headers: Record<Locale, readonly string[]> = {
  'zh-CN': [
    '一级指标',
    '二级指标',
    '权重',
    '指标值',
    '评分标准',
    '得分',
    '分数',
    '加权得分',
    '状态',
    '改进建议',
  ],
  'en-US': [
    'Dimension',
    'Indicator',
    'Weight',
    'Value',
    'Rule',
    'Points',
    'Score',
    'Weighted score',
    'Status',
    'Suggestion',
  ],
};

const statusText: Record<Locale, Record<IndicatorStatus, string>> = {
  'zh-CN': { scored: '已评分', manual: '人工评分', missing: '无数据', insufficient: '样本不足' },
  'en-US': {
    scored: 'Scored',
    manual: 'Manual',
    missing: 'No data',
    insufficient: 'Insufficient sample',
  },
};

/** Quotes a field when it holds a comma, a double quote, CR or LF; doubles inner quotes (RFC 4180). */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const fixed = (x: number | null, digits: number) =>
  x === null ? '' : roundScore(x, digits).toFixed(digits);
const plain = (x: number | null) => (x === null ? '' : String(roundScore(x, 2)));

/**
 * A scored scorecard as CSV for spreadsheets: RFC 4180 (fields with a comma, double quote, CR or LF
 * are quoted, inner quotes doubled, lines end with CRLF), preceded by a UTF-8 byte-order mark so
 * Excel reads Chinese text correctly.
 *
 * Columns: dimension, indicator, weight, value (formatted by unit), rule text, points, score (1
 * decimal), weighted score (2 decimals), status, suggestions (joined with "；" / "; "). Numbers other
 * than the value are plain ("." decimal, no grouping) so spreadsheets parse them. A last row gives
 * the total: weight sum, coverage in the value column, total score, and the grade as its status.
 *
 * @param locale @default 'zh-CN'
 */
export function scorecardToCsv(result: ScorecardResult, locale: Locale = defaultLocale): string {
  const zh = locale === 'zh-CN';
  const rows: string[][] = [[...headers[locale]]];
  let weightSum = 0;
  for (const dimension of result.dimensions) {
    for (const i of dimension.indicators) {
      weightSum += i.weight;
      const value = i.value === null ? '' : formatValue(i.value, i.unit ?? 'number', { locale });
      rows.push([
        dimension.label[locale],
        i.label[locale],
        plain(i.weight),
        value,
        ruleText(i.rule, i.unit ?? 'number', locale),
        plain(i.points),
        fixed(i.score, 1),
        fixed(i.weightedScore, 2),
        statusText[locale][i.status],
        i.suggestions.map((s) => s[locale]).join(zh ? '；' : '; '),
      ]);
    }
  }
  rows.push([
    zh ? '总分' : 'Total',
    '',
    plain(weightSum),
    `${zh ? '覆盖率' : 'Coverage'} ${formatPercent(result.coverage, { locale })}`,
    '',
    '',
    fixed(result.total, 1),
    fixed(result.total, 2),
    result.grade ? result.grade.label[locale] : '',
    '',
  ]);
  return `\uFEFF${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
