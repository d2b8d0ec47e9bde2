// The card's pure model (no React): texts, delta, target and trend from the options alone.
import type { MetricValue } from '@servicescore/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { kpiCardModel } from '../../../packages/react/src/kpi-card/card-model';
import { cardTexts } from '../../../packages/react/src/kpi-card/card-texts';
import { resetWarnings } from '../../../packages/react/src/shared/dev';
import { modelSettings } from '../model-settings';
import { captureConsoleErrors } from '../utils';

const zh = modelSettings(cardTexts);
const HOUR = 3_600_000;
const csat = (value: number | null, sampleSize: number, sufficient = true): MetricValue => ({
  metricId: 'csat',
  value,
  unit: 'ratio',
  sampleSize,
  sufficient,
});

const consoleErrors = captureConsoleErrors();
beforeEach(resetWarnings);

describe('kpiCardModel', () => {
  it('words a higher-is-better value, its delta in points and its target attainment', () => {
    const m = kpiCardModel({ metric: 'csat', value: 0.883, previous: 0.862, target: 0.95 }, zh);
    expect(m.label).toBe('客户满意度'); // the catalogue's label of csat
    expect(m.status).toBe('ready');
    expect(m.valueText).toBe('88.3%');
    // 0.883 − 0.862 = 0.021 → 2.1 points, up on a higher-is-better metric: improved.
    expect(m.delta?.text).toBe('较上期 +2.1 个百分点，改善');
    expect(m.delta?.sign).toBe('up');
    expect(m.delta?.previousText).toBe('上期 86.2%');
    // A bare number target on a higher-is-better metric is held with ≥; 0.883 ÷ 0.95 = 0.9295 → 92.9 %.
    expect(m.target?.text).toBe('目标 ≥ 95.0%，达成率 92.9%');
    expect(m.target?.status).toBe('notMet');
    expect(m.target?.statusText).toBe('未达标');
    expect([m.noDataText, m.sampleSizeText, m.insufficientText, m.trend]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(consoleErrors.errors).toEqual([]);
  });

  it('tones a rise of a lower-is-better duration as worsened and holds its target with ≤', () => {
    const m = kpiCardModel(
      { metric: 'avgResolutionTime', value: 3 * HOUR, previous: 2 * HOUR, target: 4 * HOUR },
      zh,
    );
    expect(m.direction).toBe('lower');
    expect(m.valueText).toBe('3小时');
    // 3 h − 2 h = +1 h on a lower-is-better metric: worsened.
    expect(m.delta?.text).toBe('较上期 +1小时，恶化');
    expect(m.delta?.change).toBe('worsened');
    // 3 h ≤ 4 h is met; attainment of a ≤ target is target ÷ value = 4 / 3 = 1.3333 → 133.3 %.
    expect(m.target?.text).toBe('目标 ≤ 4小时，达成率 133.3%');
    expect(m.target?.statusText).toBe('达标');
  });

  it('reads the metric from a MetricValue and flags an insufficient sample with its minimum', () => {
    const m = kpiCardModel({ value: csat(0.9, 12, false) }, zh);
    expect(m.label).toBe('客户满意度');
    expect(m.insufficient).toBe(true);
    expect(m.insufficientText).toBe('样本不足');
    // csat needs 30 answers (minSample); this value stands on 12.
    expect(m.insufficientDetail).toBe('样本量 12，低于最低要求 30');
    expect(m.sampleSizeText).toBe('样本量 12');
  });

  it('shows the no-data state, and the loading state over it', () => {
    expect(kpiCardModel({ metric: 'csat', value: null }, zh)).toMatchObject({
      status: 'noData',
      valueText: '—',
      noDataText: '暂无数据',
    });
    expect(kpiCardModel({ metric: 'csat', value: null, loading: true }, zh).status).toBe('loading');
  });

  it('says the previous period has no data instead of a delta', () => {
    const m = kpiCardModel({ metric: 'csat', value: 0.9, previous: null }, zh);
    expect(m.delta).toEqual({
      comparison: null,
      change: 'unknown',
      sign: 'flat',
      text: '上期暂无数据',
      previousText: '上期 —',
    });
  });

  it('describes a trend by its first and last known points, and needs two of them', () => {
    const trend = [
      { period: '2026-05', value: 0.8 },
      { period: '2026-06', value: null },
      { period: '2026-07', value: 0.9 },
    ];
    const m = kpiCardModel({ metric: 'csat', value: 0.9, trend }, zh);
    expect(m.trend?.points.map((p) => p.valueText)).toEqual(['80.0%', '—', '90.0%']);
    expect(m.trend?.description).toBe('趋势：2026年5月 80.0% → 2026年7月 90.0%');
    // The axis ends: the first and last periods with values.
    expect([m.trend?.from, m.trend?.to]).toEqual(['2026年5月', '2026年7月']);
    // Without a period, the last point with a value carries the dot.
    expect(m.trend?.points.map((p) => p.marked)).toEqual([false, false, true]);
    expect(kpiCardModel({ metric: 'csat', value: 0.9, trend: trend.slice(0, 2) }, zh).trend).toBe(
      null,
    );
  });

  it('shortens a value too long for a narrow card to compact notation, keeping every digit', () => {
    // "1,000,000,000,000" is 17 characters: shown as 1 万亿 (10^12), the full text kept beside it.
    const huge = kpiCardModel({ label: 'Requests', unit: 'count', value: 1e12 }, zh);
    expect([huge.valueText, huge.valueShortText]).toEqual(['1,000,000,000,000', '1万亿']);
    // "100,000,000" is 11 characters: it fits, nothing shortened.
    const fits = kpiCardModel({ label: 'Requests', unit: 'count', value: 1e8 }, zh);
    expect([fits.valueText, fits.valueShortText]).toEqual(['100,000,000', null]);
    // No value, nothing to shorten.
    expect(kpiCardModel({ label: 'Requests', unit: 'count', value: null }, zh).valueShortText).toBe(
      null,
    );
  });

  it('marks the period the value belongs to, and names it when it is not the last', () => {
    const trend = [
      { period: '2026-05', value: 0.8 },
      { period: '2026-06', value: 0.85 },
      { period: '2026-07', value: 0.9 },
    ];
    const may = kpiCardModel({ metric: 'csat', value: 0.8, trend, period: '2026-05' }, zh);
    expect(may.trend?.points.map((p) => p.marked)).toEqual([true, false, false]);
    expect(may.trend?.description).toBe(
      '趋势：2026年5月 80.0% → 2026年7月 90.0%；所选 2026年5月 80.0%',
    );
    // The last period marked: the description already ends on it.
    const july = kpiCardModel({ metric: 'csat', value: 0.9, trend, period: '2026-07' }, zh);
    expect(july.trend?.description).toBe('趋势：2026年5月 80.0% → 2026年7月 90.0%');
    expect(consoleErrors.errors).toEqual([]);
    // A period the trend lacks marks nothing, with one development error naming the prop.
    const none = kpiCardModel({ metric: 'csat', value: 0.9, trend, period: '2026-13' }, zh);
    expect(none.trend?.points.map((p) => p.marked)).toEqual([false, false, false]);
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(/Invalid prop `period` of value `2026-13`/);
  });

  it('falls back to "指标" without a label or metric, with one development error', () => {
    const m = kpiCardModel({ value: 5 }, zh);
    expect(m.label).toBe('指标');
    expect(m.unit).toBe('number');
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(/Invalid prop `label` .* supplied to `KpiCard`/);
  });
});
