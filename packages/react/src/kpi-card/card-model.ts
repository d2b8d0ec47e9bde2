import { compactWhenLonger } from '../shared/compact-number';
import {
  checkTargets,
  compare,
  formatPeriod,
  type MetricDirection,
  type MetricMeta,
  type MetricUnit,
} from '@servicescore/core';
import type { ServiceScore } from '../provider/service-score-provider';
import { warnInvalidProp } from '../shared/dev';
import {
  lookupMetric,
  type ReadInput,
  readInput,
  readTrend,
  resolveDirection,
  resolveTarget,
  resolveUnit,
} from './card-inputs';
import type { CardTextKey } from './card-texts';
import { asMetricValue, deltaSign, formatDelta } from './delta-text';
import type {
  KpiCardDelta,
  KpiCardOptions,
  KpiCardState,
  KpiCardTargetState,
} from './kpi-card-types';

const WIDGET = 'KpiCard';

const comparatorText: Record<string, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

/** What the card model needs of the settings: texts and numbers in the locale. */
export type CardSettings = Pick<ServiceScore<CardTextKey>, 't' | 'format' | 'locale'>;

/** The card's display state, all of {@link KpiCardState} that needs no React. */
export type KpiCardModel = Omit<
  KpiCardState,
  'rootProps' | 'labelProps' | 'renderTrend' | 'children'
>;

/** The card's props after reading, catalogue lookups and checks (each bad one warned once). */
interface CardInputs {
  current: ReadInput;
  /** `null` when there is no `previous` prop. */
  prev: ReadInput | null;
  metricId: string | undefined;
  definition: MetricMeta | null;
  unit: MetricUnit;
  direction: MetricDirection;
  label: string;
  precision: number | undefined;
  /** A key the core's checks read both values under (the card's own metric). */
  key: string;
}

function readCardInputs(options: KpiCardOptions, s: CardSettings): CardInputs {
  const { t } = s;
  const current = readInput(WIDGET, 'value', options.value);
  const prev =
    options.previous === undefined ? null : readInput(WIDGET, 'previous', options.previous);

  const fromProp = options.metric !== undefined;
  const metricId =
    options.metric ?? current.metric?.metricId ?? prev?.metric?.metricId ?? undefined;
  const definition = lookupMetric(WIDGET, metricId, fromProp);
  const unit = resolveUnit(
    WIDGET,
    options.unit,
    current.metric?.unit ?? definition?.unit ?? 'number',
  );
  const direction = resolveDirection(WIDGET, options.direction, definition?.direction ?? 'higher');

  let label = options.label ?? definition?.label[s.locale] ?? metricId ?? '';
  if (label === '') {
    warnInvalidProp(
      WIDGET,
      'label',
      options.label,
      'give a label or a metric id: the card needs an accessible name',
      `using "${t('indicator')}"`,
    );
    label = t('indicator');
  }

  let precision = options.precision;
  if (
    precision !== undefined &&
    !(Number.isInteger(precision) && precision >= 0 && precision <= 20)
  ) {
    warnInvalidProp(
      WIDGET,
      'precision',
      precision,
      'precision must be an integer from 0 to 20',
      "using the unit's default",
    );
    precision = undefined;
  }
  const key = metricId ?? 'value';
  return { current, prev, metricId, definition, unit, direction, label, precision, key };
}

/** The delta line: the core's `compare(previous, value)`, or `null` without both values. */
function deltaOf(c: CardInputs, s: CardSettings): KpiCardDelta | null {
  const { current, prev, unit, precision, key: id } = c;
  const value = current.value;
  if (prev === null || !prev.valid || value === null) return null;
  const previousText = `${s.t('previousPeriod')} ${s.format(prev.value, unit, precision)}`;
  if (prev.value === null)
    return {
      comparison: null,
      change: 'unknown',
      sign: 'flat',
      text: s.t('card.previousMissing'),
      previousText,
    };
  if (current.metric && prev.metric && current.metric.metricId !== prev.metric.metricId) {
    warnInvalidProp(
      WIDGET,
      'previous',
      prev.metric.metricId,
      `previous must be a value of the same metric as value (${current.metric.metricId})`,
      'showing no delta',
    );
    return null;
  }
  // The core's compare needs both sides as MetricValues of one metric; a bare number has no sample.
  const before = prev.metric
    ? { ...prev.metric, metricId: id }
    : asMetricValue(prev.value, id, unit);
  const after = current.metric
    ? { ...current.metric, metricId: id }
    : asMetricValue(value, id, unit);
  const comparison = compare(before, after, c.direction);
  const shown = formatDelta(comparison.delta ?? 0, unit, s.locale);
  const message =
    comparison.change === 'improved'
      ? 'card.deltaImproved'
      : comparison.change === 'worsened'
        ? 'card.deltaWorsened'
        : 'card.deltaUnchanged';
  return {
    comparison,
    change: comparison.change,
    sign: deltaSign(comparison.delta, comparison.change),
    text: s.t(message, { delta: shown }),
    previousText,
  };
}

/** The target line: the core's `checkTargets` on the value (and the previous one), or `null`. */
function targetOf(
  c: CardInputs,
  target: KpiCardOptions['target'],
  s: CardSettings,
): KpiCardTargetState | null {
  const { current, prev, key } = c;
  const spec = resolveTarget(WIDGET, target, c.metricId ?? '', key, c.direction);
  if (spec === null) return null;
  const values = { [key]: current.metric ?? current.value };
  const previous = prev?.valid ? { [key]: prev.metric ?? prev.value } : undefined;
  const [check] = checkTargets(values, [spec], { previous });
  if (check === undefined) return null;
  const comparator = comparatorText[check.comparator] ?? check.comparator;
  const targetText = s.format(check.target, c.unit, c.precision);
  const text =
    check.attainment === null
      ? s.t('card.target', { comparator, target: targetText })
      : s.t('card.targetAttainment', {
          comparator,
          target: targetText,
          attainment: s.format(check.attainment, 'ratio'),
        });
  return { check, status: check.status, text, statusText: s.t(`targetStatus.${check.status}`) };
}

/**
 * The trend's points and description, or `null` with fewer than two points with values. The
 * marked point is the `period` option's, else the last with a value; a marked point other than
 * the last is named in the description too ("…; 2026年5月 88.1%").
 */
function trendOf(
  c: CardInputs,
  options: Pick<KpiCardOptions, 'trend' | 'period'>,
  s: CardSettings,
): KpiCardState['trend'] {
  const raw = readTrend(WIDGET, options.trend, c.metricId ?? '');
  if (raw === null) return null;
  const points = raw.map((p) => ({
    period: p.period,
    periodText: formatPeriod(p.period, s.locale),
    value: p.value,
    valueText: s.format(p.value, c.unit, c.precision),
    marked: false,
  }));
  const withValues = points.filter((p) => p.value !== null);
  const first = withValues[0];
  const last = withValues[withValues.length - 1];
  if (first === undefined || last === undefined || withValues.length < 2) return null;
  const period = options.period ?? last.period;
  const selected = points.find((p) => p.period === period);
  if (selected === undefined)
    warnInvalidProp(
      WIDGET,
      'period',
      period,
      "period must be one of the trend's period keys",
      'marking no point',
    );
  else selected.marked = true;
  let description = s.t('card.trend', {
    from: first.periodText,
    fromValue: first.valueText,
    to: last.periodText,
    toValue: last.valueText,
  });
  if (selected !== undefined && selected !== last)
    description += s.t('card.trendSelected', {
      period: selected.periodText,
      value: selected.valueText,
    });
  return { points, description, from: first.periodText, to: last.periodText };
}

/**
 * The card's display state from its options, without React: every judgement is the core's (the
 * change and its tone from `compare`, the target from `checkTargets`), every text from `format`,
 * `formatPeriod` and `t`. Invalid options log one development error each (`warnInvalidProp`) and
 * fall back: a no-data value, no delta, no target.
 */
export function kpiCardModel(options: KpiCardOptions, s: CardSettings): KpiCardModel {
  const { t, format } = s;
  const c = readCardInputs(options, s);
  const { current, definition } = c;
  const value = current.value;
  const insufficient = value !== null && current.metric?.sufficient === false;
  const sampleSize = current.metric?.sampleSize;
  const validSample =
    typeof sampleSize === 'number' && Number.isInteger(sampleSize) && sampleSize >= 0;
  if (current.metric !== null && !validSample)
    warnInvalidProp(
      WIDGET,
      'value',
      `sampleSize ${String(sampleSize)}`,
      'value.sampleSize must be a non-negative integer',
      'leaving the sample size out',
    );
  const delta = deltaOf(c, s);
  const target = targetOf(c, options.target, s);
  const trend = trendOf(c, options, s);
  const status = options.loading === true ? 'loading' : value === null ? 'noData' : 'ready';
  const valueText = format(value, c.unit, c.precision);
  return {
    status,
    label: c.label,
    unit: c.unit,
    direction: c.direction,
    value,
    valueText,
    valueShortText:
      value === null ? null : compactWhenLonger(valueText, 11, value, c.unit, s.locale),
    noDataText: value === null ? t('noData') : null,
    insufficient,
    insufficientText: insufficient ? t('insufficientSample') : null,
    insufficientDetail:
      insufficient && validSample && definition !== null
        ? t('sample.belowMinimum', {
            sampleSize: format(sampleSize, 'count'),
            minSample: format(definition.minSample, 'count'),
          })
        : null,
    sampleSizeText:
      current.metric !== null && validSample
        ? t('card.sampleSize', { count: format(sampleSize, 'count') })
        : null,
    delta,
    target,
    trend,
    loadingText: t('loading'),
  };
}
