import { formatPeriod, type MetricDirection } from '@servicescore/core';
import type { ServiceScore } from '../provider/service-score-provider';
import { signalTone, type TrendControl } from './trend-control';
import type { SeriesEntry } from './trend-series';
import type { TrendTextKey } from './trend-texts';
import type { KpiTrendPointState } from './use-kpi-trend';

export type Texts = ServiceScore<TrendTextKey>;

/** Each period's texts: value, n, interval, signals (toned by direction) and its accessible name. */
export function pointStates(
  series: readonly SeriesEntry[],
  control: TrendControl | null,
  changeIndex: number,
  direction: MetricDirection,
  runLength: number,
  {
    t,
    format,
    fmt,
    locale,
  }: Pick<Texts, 't' | 'format' | 'locale'> & { fmt: (v: number) => string },
): KpiTrendPointState[] {
  return series.map((e, index) => {
    const periodText = formatPeriod(e.period, locale);
    const valueText = e.value === null ? t('noData') : fmt(e.value);
    const sampleText = e.n === null ? null : t('trend.sampleSize', { count: format(e.n, 'count') });
    const intervalText =
      e.interval === null
        ? null
        : t('trend.interval', { low: fmt(e.interval[0]), high: fmt(e.interval[1]) });
    const limit = control?.byEntry[index] ?? null;
    const signals = limit?.signals ?? [];
    const signalTexts = signals.map((s) =>
      s === 'run' ? t('trend.signal.run', { count: runLength }) : t(`trend.signal.${s}`),
    );
    const tone =
      e.value === null || control === null
        ? null
        : signalTone(signals, e.value, control.result.center, direction);
    const parts = [
      t('trend.pointLabel', { period: periodText, value: valueText }),
      sampleText,
      intervalText,
      ...signalTexts,
    ];
    return {
      index,
      period: e.period,
      periodText,
      value: e.value,
      valueText,
      sampleText,
      interval: e.interval,
      intervalText,
      signalTexts,
      tone,
      afterChange: changeIndex >= 0 && index >= changeIndex,
      name: parts.filter((p) => p !== null).join(locale === 'zh-CN' ? '，' : ', '),
    };
  });
}
