// The scorecard's pure model (no React, no TanStack): rows, total row, coverage and columns.
import type { ScorecardResult } from '@servicescore/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { resetWarnings } from '../../../packages/react/src/shared/dev';
import {
  checkColumns,
  coveragePercent,
  scorecardModel,
} from '../../../packages/react/src/scorecard-table/scorecard-model';
import { scorecardTexts } from '../../../packages/react/src/scorecard-table/scorecard-texts';
import { modelSettings } from '../model-settings';
import { captureConsoleErrors } from '../utils';
import { lowCoverageResult, smallResult } from './fixtures';

const zh = modelSettings(scorecardTexts);

const consoleErrors = captureConsoleErrors();
beforeEach(resetWarnings);

describe('scorecardModel', () => {
  it('prepares the rows, the total row and the coverage sentence of a result', () => {
    const m = scorecardModel(smallResult(), zh);
    // Two dimensions in template order, each with its two indicators.
    expect(m.rows.map((r) => [r.label, r.subRows?.length])).toEqual([
      ['速度', 2],
      ['关怀', 2],
    ]);
    expect(m.label).toBe('小型考核表');
    // Weights 60 + 40; total (80·40 + 100·20 + 60·10) / 70 = 82.857 → "82.9", one more decimal
    // weighted; 70 of 100 weight points have data.
    expect(m.footer).toMatchObject({
      weightText: '100',
      totalText: '82.9',
      weightedTotalText: '82.86',
      coverageText: '数据覆盖率 70%',
      noGradeText: '无数据',
    });
    expect(m.footer.grade?.id).toBe('good');
    expect(m.coverageText).toBe('数据覆盖率 70%，缺失指标的权重已分配给其余指标');
    expect(consoleErrors.errors).toEqual([]);
  });

  it('says why a total under the minimum coverage has no grade', () => {
    // Only timely (40 of 100) has data: 40 % < the default minimum of 60 %.
    const m = scorecardModel(lowCoverageResult(), zh);
    expect(m.footer.grade).toBe(null);
    expect(m.footer.noGradeText).toBe('数据不足（覆盖 40%）');
    expect(m.coverageText).toBe('数据覆盖率 40%，低于评定等级所需的 60%，不评等级');
  });

  it('gives the no-data state without a result', () => {
    const m = scorecardModel(null, zh);
    expect([m.result, m.rows, m.label, m.coverageText]).toEqual([null, [], null, '']);
    expect([m.footer.totalText, m.footer.coverageText]).toEqual(['—', '']);
    expect(consoleErrors.errors).toEqual([]);
  });

  it('gives the no-data state for what is not a ScorecardResult, with one development error', () => {
    const m = scorecardModel({ dimensions: 'none' } as unknown as ScorecardResult, zh);
    expect([m.result, m.rows]).toEqual([null, []]);
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(
      /Invalid prop `result` .*: result.dimensions must be an array/,
    );
  });
});

describe('coveragePercent', () => {
  it('never rounds a gap away, nor data away', () => {
    expect(coveragePercent(0.7, 'zh-CN')).toBe('70%');
    expect(coveragePercent(1, 'zh-CN')).toBe('100%');
    expect(coveragePercent(0.996, 'zh-CN')).toBe('99.6%'); // not "100%"
    expect(coveragePercent(0.004, 'zh-CN')).toBe('0.4%'); // not "0%"
    expect(coveragePercent(0, 'zh-CN')).toBe('0%');
  });
});

describe('checkColumns', () => {
  it('shows every column by default, else the indicator first and each listed one once', () => {
    expect(checkColumns(undefined)).toHaveLength(9);
    expect(checkColumns(['score', 'indicator', 'score'])).toEqual(['indicator', 'score']);
    expect(consoleErrors.errors).toEqual([]);
  });

  it('skips an unknown column id with one development error', () => {
    expect(checkColumns(['grade', 'colour' as 'grade'])).toEqual(['indicator', 'grade']);
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(/Invalid prop `columns` of value `colour`/);
  });
});
