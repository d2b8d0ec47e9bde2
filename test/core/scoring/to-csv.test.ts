import { describe, expect, it } from 'vitest';
import {
  afterSalesTemplate,
  type ScorecardTemplate,
  scorecardToCsv,
  scoreScorecard,
} from '@servicescore/core';

const tricky: ScorecardTemplate = {
  id: 'csv',
  label: { 'zh-CN': '表', 'en-US': 'Sheet' },
  dimensions: [
    {
      id: 'd',
      label: { 'zh-CN': '效率, "快"', 'en-US': 'Speed, "fast"' },
      weight: 100,
      indicators: [
        {
          id: 'a',
          label: { 'zh-CN': '响应\n及时率', 'en-US': 'Response\ntimeliness' },
          source: { metric: 'responseTimelinessRate' },
          weight: 100,
          rule: {
            type: 'bands',
            bands: [{ min: 0.95, points: 10 }, { min: 0.9, points: 8 }, { points: 5 }],
          },
          suggestions: [{ 'zh-CN': '增加高峰期客服人员', 'en-US': 'Add staff at peak hours' }],
        },
      ],
    },
  ],
};

describe('scorecardToCsv', () => {
  const csv = scorecardToCsv(scoreScorecard(tricky, { responseTimelinessRate: 0.93 }), 'zh-CN');

  it('starts with a UTF-8 byte-order mark', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('ends every line with CRLF', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\r')).toBe(false);
  });

  it('writes a localised header', () => {
    expect(csv.slice(1).split('\r\n')[0]).toBe(
      '一级指标,二级指标,权重,指标值,单位,评分标准,得分,分数,加权得分,状态,改进建议',
    );
  });

  it('quotes fields with a comma, a quote or a newline and doubles inner quotes (RFC 4180)', () => {
    // 0.93 → 8 points → score 80.0 → weighted 80 × 100 / 100 = 80.00.
    expect(csv).toContain(
      '"效率, ""快""","响应\n及时率",100,0.93,比率（0–1）,≥ 95% → 10；≥ 90% → 8；其他 → 5,8,80.0,80.00,已评分,增加高峰期客服人员\r\n',
    );
  });

  it('ends with a total row carrying coverage, score and grade', () => {
    const lines = csv.split('\r\n');
    expect(lines[lines.length - 2]).toBe('总分,,100,1,覆盖率（0–1）,,,80.0,80.00,良好,');
  });

  it('writes English with English labels and statuses', () => {
    const en = scorecardToCsv(scoreScorecard(afterSalesTemplate, {}), 'en-US');
    const lines = en.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Dimension,Indicator,Weight,Value,Unit,Rule,Points,Score,Weighted score,Status,Suggestion',
    );
    expect(lines[1]).toBe(
      'Service efficiency,Response timeliness,10,,ratio (0–1),≥ 95% → 10; ≥ 90% → 8; else → 5,,,,No data,',
    );
    // 15 indicators + header + total + the empty string after the final CRLF.
    expect(lines).toHaveLength(18);
    expect(lines[16]).toBe('Total,,100,0,coverage (0–1),,,,,,');
  });

  it('says a total below minCoverage is not graded', () => {
    // Only 响应及时率 (weight 10 of 100) has data: 0.96 → 10 points → 100; coverage 0.1 < 0.6.
    const result = scoreScorecard(afterSalesTemplate, { responseTimelinessRate: 0.96 });
    const zh = scorecardToCsv(result, 'zh-CN').split('\r\n');
    expect(zh.at(-2)).toBe('总分,,100,0.1,覆盖率（0–1）,,,100.0,100.00,数据不足，不评等级,');
    const en = scorecardToCsv(result, 'en-US').split('\r\n');
    expect(en.at(-2)).toBe(
      'Total,,100,0.1,coverage (0–1),,,100.0,100.00,Insufficient data: not graded,',
    );
  });
});
