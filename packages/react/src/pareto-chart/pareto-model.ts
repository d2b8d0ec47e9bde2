import type { Locale, ParetoResult } from '@servicescore/core';
import type { ServiceScore } from '../provider/service-score-provider';
import { warnInvalidProp } from '../shared/dev';
import { type Memo, noMemo } from '../shared/memo';
import type {
  ParetoBar,
  ParetoChartOptions,
  ParetoChartState,
  ParetoStatus,
} from './pareto-chart.types';
import { analyseParetoData, checkParetoOption } from './pareto-data';
import type { ParetoTextKey } from './pareto-texts';

/** The provider's settings a Pareto chart reads (`useWidgetSettings` with the chart's texts). */
export type ParetoSettings = Pick<ServiceScore<ParetoTextKey>, 't' | 'format' | 'locale'>;

/** What {@link paretoModel} computes from. */
export interface ParetoModelInput {
  /** The chart's options (the props object will do: its other keys are not read). */
  readonly options: ParetoChartOptions;
  readonly settings: ParetoSettings;
}

/** Everything a Pareto chart shows, computed without React (see {@link paretoModel}). */
export type ParetoModel = Pick<
  ParetoChartState,
  | 'status'
  | 'message'
  | 'result'
  | 'bars'
  | 'vitalFew'
  | 'summary'
  | 'cutoff'
  | 'cutoffText'
  | 'labels'
>;

const listFormats = new Map<Locale, Intl.ListFormat>();
function joinList(locale: Locale, parts: string[]): string {
  let lf = listFormats.get(locale);
  if (lf === undefined) {
    lf = new Intl.ListFormat(locale, { style: 'narrow', type: 'conjunction' });
    listFormats.set(locale, lf);
  }
  return lf.format(parts);
}

/** Whole percents stay whole ("80%"); 0.825 shows one decimal ("82.5%"). */
function percentPrecision(ratio: number): number {
  const pct = ratio * 100;
  return Math.abs(pct - Math.round(pct)) < 1e-9 ? 0 : 1;
}

const defaultCutoff = 0.8;
const defaultMaxBars = 12;
const widget = 'ParetoChart';

/** `cutoff` or `maxBars`, or its default after one development error when the core refuses it. */
function checkedOption(prop: 'cutoff' | 'maxBars', value: number | undefined, fallback: number) {
  const option = value ?? fallback;
  const problem = checkParetoOption(prop === 'cutoff' ? { cutoff: option } : { maxBars: option });
  if (problem === null) return option;
  warnInvalidProp(widget, prop, option, problem, `using ${fallback}`);
  return fallback;
}

/**
 * A category's display name through the host's `categoryLabel`: a function returning a non-blank
 * string; anything else (not a function, a throw, `undefined`, a number, blank text) shows the raw
 * category after one development error, never "undefined" or a crash.
 */
function labelOf(categoryLabel: unknown, category: string): string {
  if (categoryLabel === undefined || categoryLabel === null) return category;
  if (typeof categoryLabel !== 'function') {
    warnInvalidProp(
      widget,
      'categoryLabel',
      categoryLabel,
      'categoryLabel must be a function (category) => string',
      'showing the category ids',
    );
    return category;
  }
  let label: unknown;
  try {
    label = categoryLabel(category);
  } catch (error) {
    warnInvalidProp(
      widget,
      'categoryLabel',
      category,
      `categoryLabel threw ${error instanceof Error ? error.message : String(error)}`,
      'showing the category id',
    );
    return category;
  }
  if (typeof label === 'string' && label.trim() !== '') return label;
  warnInvalidProp(
    widget,
    'categoryLabel',
    label,
    `categoryLabel(${JSON.stringify(category)}) must return a non-blank string`,
    'showing the category id',
  );
  return category;
}

/** One bar per item of the result, every text formatted; none for no result or a zero total. */
function barsOf(
  result: ParetoResult | null,
  categoryLabel: unknown,
  { t, format }: ParetoSettings,
): ParetoBar[] {
  if (result === null || result.total <= 0) return [];
  return result.items.map((item, index) => {
    const isOther = item.isOther === true;
    const label = isOther ? item.category : labelOf(categoryLabel, item.category);
    const countText = format(item.count, 'count');
    const shareText = format(item.share, 'ratio');
    const cumulativeText = format(item.cumulativeShare, 'ratio');
    const base = t('pareto.barName', {
      category: label,
      count: countText,
      share: shareText,
      cumulative: cumulativeText,
    });
    return {
      index,
      key: String(index),
      item,
      label,
      countText,
      shareText,
      cumulativeText,
      otherText:
        isOther && item.otherCategories
          ? t('pareto.otherIncludes', { count: format(item.otherCategories.length, 'count') })
          : null,
      name: item.vital ? t('pareto.barNameVital', { name: base }) : base,
      vital: item.vital,
      isOther,
    };
  });
}

/**
 * The model of a Pareto chart: its state, bars with every text formatted, the vital few and the
 * summary, from the options and the provider's settings. All analysis is the core's `pareto`
 * (sorting, shares, vital few, the Other bucket, see `analyseParetoData`). Pure apart from one
 * development error per invalid option; `memo` keeps the analysis and the bars between calls
 * while their inputs stay the same.
 *
 * Invalid `cutoff` or `maxBars` logs one development error and falls back to the default (0.8,
 * 12); invalid `data` (a negative count, NaN) logs one and gives the `error` state. A zero total
 * is `empty`: nothing is divided by zero and no NaN reaches the texts.
 */
export function paretoModel(input: ParetoModelInput, memo: Memo = noMemo): ParetoModel {
  const { options, settings } = input;
  const { t, locale, format } = settings;
  const { data, categoryLabel } = options;
  const cutoff = checkedOption('cutoff', options.cutoff, defaultCutoff);
  const maxBars = checkedOption('maxBars', options.maxBars, defaultMaxBars);
  const analysis = memo('analysis', [data, cutoff, maxBars, t, locale], () =>
    analyseParetoData(data, { cutoff, maxBars, otherLabel: t('other'), locale }),
  );
  if (analysis.problem) {
    const { prop, value, rule } = analysis.problem;
    warnInvalidProp(widget, prop, value, rule, 'showing the invalid-data state');
  }
  const result = analysis.result ?? null;
  const bars = memo('bars', [result, categoryLabel, format, t], () =>
    barsOf(result, categoryLabel, settings),
  );

  const status: ParetoStatus = options.loading
    ? 'loading'
    : analysis.problem
      ? 'error'
      : bars.length === 0
        ? 'empty'
        : 'ready';
  const vitalFew = memo('vitalFew', [bars], () => bars.filter((bar) => bar.vital));
  const lastVital = vitalFew[vitalFew.length - 1];
  const shownCutoff = result?.cutoff ?? cutoff;
  return {
    status,
    message:
      status === 'loading'
        ? t('loading')
        : status === 'error'
          ? t('pareto.invalidData')
          : status === 'empty'
            ? t('noData')
            : null,
    result,
    bars,
    vitalFew,
    summary:
      status === 'ready' && lastVital
        ? t('pareto.summary', {
            categories: joinList(
              locale,
              vitalFew.map((bar) => bar.label),
            ),
            share: lastVital.cumulativeText,
          })
        : null,
    cutoff: shownCutoff,
    cutoffText: t('pareto.cutoffLabel', {
      cutoff: format(shownCutoff, 'ratio', percentPrecision(shownCutoff)),
    }),
    labels: {
      title: options.label ?? t('pareto.title'),
      bars: t('pareto.bars'),
      category: t('category'),
      count: t('count'),
      share: t('share'),
      cumulativeShare: t('cumulativeShare'),
      vitalFew: t('vitalFew'),
    },
  };
}

/** The bar a navigation key moves to from bar `index` of bars 0…`last`; `null` for other keys. */
export function barAfterKey(key: string, index: number, last: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return Math.min(index + 1, last);
    case 'ArrowLeft':
      return Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
