import { formatPercent, formatValue } from '../format';
import { defaultLocale, type Locale } from '../i18n/locale';
import { ruleText } from './bands';
import { roundScore } from './grades';
import type { MetricUnit } from '../metrics/types';
import type { IndicatorStatus, ScorecardResult } from './score-scorecard';

const headers: Record<Locale, readonly string[]> = {
  'zh-CN': [
    '一级指标',
    '二级指标',
    '权重',
    '指标值',
    '单位',
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
    'Unit',
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

/** How the Value column's unit reads in raw mode (display mode shows the unit in the value). */
const unitText: Record<Locale, Record<MetricUnit, string>> = {
  'zh-CN': {
    ratio: '比率（0–1）',
    duration: '毫秒',
    points: '分',
    count: '个',
    score: '分数（0–100）',
    number: '数值',
  },
  'en-US': {
    ratio: 'ratio (0–1)',
    duration: 'ms',
    points: 'points',
    count: 'count',
    score: 'score (0–100)',
    number: 'number',
  },
};

/** Options of {@link scorecardToCsv}. */
export interface ScorecardCsvOptions {
  /** @default 'zh-CN' */
  locale?: Locale;
  /**
   * `'raw'`: the Value column holds the number as the core computed it (a ratio 0.93, a duration
   * in ms), its unit in the Unit column, so spreadsheets can compute with it. `'display'`: the text
   * a widget shows ("93.0%", "2 h 5 min").
   * @default 'raw'
   */
  values?: 'raw' | 'display';
  /**
   * Formula-injection defence (OWASP "CSV injection"): a text cell starting with `=`, `+`, `-`,
   * `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet shows it as text instead
   * of running it (`=HYPERLINK(…)`). `false` turns it off (only for a consumer that is not a
   * spreadsheet). Numbers the exporter writes itself are never altered.
   * @default true
   */
  neutralizeFormulas?: boolean;
  /**
   * Leave text cells that are a plain decimal number (`-5`, `+0.5`) as they are, so they stay
   * numbers in a spreadsheet; they cannot hold a formula. @default false
   */
  keepNumericText?: boolean;
}

const optionKeys: readonly string[] = ['locale', 'values', 'neutralizeFormulas', 'keepNumericText'];

/** Quotes a field when it holds a comma, a double quote, CR or LF; doubles inner quotes (RFC 4180). */
function field(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A plain decimal number: `[+-]digits[.digits]` (a linear check, no backtracking). */
function isPlainNumber(text: string): boolean {
  let i = text.charCodeAt(0) === 43 || text.charCodeAt(0) === 45 ? 1 : 0;
  let digits = 0;
  let point = false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
    else if (c === 46 && !point) point = true;
    else return false;
  }
  return digits > 0;
}

/** First characters a spreadsheet reads as the start of a formula (OWASP): = + - @ tab CR. */
function startsFormula(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
}

/** A text cell made safe for spreadsheets by a leading apostrophe, unless it is a kept plain number. */
function safeText(text: string, keepNumbers: boolean): string {
  if (!startsFormula(text)) return text;
  if (keepNumbers && isPlainNumber(text)) return text;
  return `'${text}`;
}

function readOptions(options: Locale | ScorecardCsvOptions | undefined) {
  if (typeof options === 'string' || options === undefined) {
    return { locale: options ?? defaultLocale, raw: true, safe: true, keepNumbers: false };
  }
  if (options === null || typeof options !== 'object') {
    throw new TypeError('scorecardToCsv: options must be a locale or an options object.');
  }
  for (const key of Object.keys(options)) {
    if (!optionKeys.includes(key)) {
      throw new TypeError(
        `scorecardToCsv: unknown option \`${key}\`; the options are ${optionKeys.join(', ')}.`,
      );
    }
  }
  const locale = options.locale ?? defaultLocale;
  if (locale !== 'zh-CN' && locale !== 'en-US') {
    throw new RangeError(`scorecardToCsv: locale ${JSON.stringify(locale)} is not zh-CN or en-US.`);
  }
  const values = options.values ?? 'raw';
  if (values !== 'raw' && values !== 'display') {
    throw new RangeError(
      `scorecardToCsv: values ${JSON.stringify(values)} must be 'raw' or 'display'.`,
    );
  }
  return {
    locale,
    raw: values === 'raw',
    safe: options.neutralizeFormulas !== false,
    keepNumbers: options.keepNumericText === true,
  };
}

const fixed = (x: number | null, digits: number) =>
  x === null ? '' : roundScore(x, digits).toFixed(digits);
const plain = (x: number | null) => (x === null ? '' : String(roundScore(x, 2)));

/**
 * A scored scorecard as CSV for spreadsheets: RFC 4180 (fields with a comma, double quote, CR or LF
 * are quoted, inner quotes doubled, lines end with CRLF), preceded by a UTF-8 byte-order mark so
 * Excel reads Chinese text correctly.
 *
 * Columns: dimension, indicator, weight, value, unit, rule text, points, score (1 decimal),
 * weighted score (2 decimals), status, suggestions (joined with "；" / "; "). The value is the raw
 * number by default (`values: 'display'` for the widget's text); every number is plain ("."
 * decimal, no grouping) so spreadsheets parse it. A last row gives the total: weight sum, coverage
 * (a 0–1 ratio in raw mode), total score, and the grade as its status ("数据不足，不评等级" /
 * "Insufficient data: not graded" when coverage is below `minCoverage`).
 *
 * Safe by default: text cells (labels, rules, suggestions) that start with `= + - @`, a tab or CR
 * are written with a leading `'` (see {@link ScorecardCsvOptions.neutralizeFormulas}).
 *
 * @param options a locale (`'en-US'`), or {@link ScorecardCsvOptions}. @default 'zh-CN', raw values, neutralised formulas
 * @throws TypeError for an unknown option key; RangeError for a bad locale or `values`.
 * @example
 * download(scorecardToCsv(result, { locale: 'en-US', values: 'display' }));
 */
export function scorecardToCsv(
  result: ScorecardResult,
  options?: Locale | ScorecardCsvOptions,
): string {
  const { locale, raw, safe, keepNumbers } = readOptions(options);
  const zh = locale === 'zh-CN';
  const text = (t: string) => (safe ? safeText(t, keepNumbers) : t);
  const rows: string[][] = [[...headers[locale]]];
  let weightSum = 0;
  for (const dimension of result.dimensions) {
    for (const i of dimension.indicators) {
      weightSum += i.weight;
      const unit = i.unit ?? 'number';
      const value =
        i.value === null
          ? ''
          : raw
            ? String(i.value)
            : text(formatValue(i.value, unit, { locale }));
      rows.push([
        text(dimension.label[locale]),
        text(i.label[locale]),
        plain(i.weight),
        value,
        raw ? unitText[locale][unit] : '',
        text(ruleText(i.rule, unit, locale)),
        plain(i.points),
        fixed(i.score, 1),
        fixed(i.weightedScore, 2),
        statusText[locale][i.status],
        text(i.suggestions.map((s) => s[locale]).join(zh ? '；' : '; ')),
      ]);
    }
  }
  rows.push([
    zh ? '总分' : 'Total',
    '',
    plain(weightSum),
    raw
      ? String(result.coverage)
      : `${zh ? '覆盖率' : 'Coverage'} ${formatPercent(result.coverage, { locale })}`,
    raw ? (zh ? '覆盖率（0–1）' : 'coverage (0–1)') : '',
    '',
    '',
    fixed(result.total, 1),
    fixed(result.total, 2),
    result.grade
      ? text(result.grade.label[locale])
      : result.gradeStatus === 'insufficientCoverage'
        ? zh
          ? '数据不足，不评等级'
          : 'Insufficient data: not graded'
        : '',
    '',
  ]);
  return `\uFEFF${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
