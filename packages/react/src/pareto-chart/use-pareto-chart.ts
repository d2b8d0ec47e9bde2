import type { Locale } from '@servicescore/core';
import {
  type FocusEvent,
  type KeyboardEvent,
  useCallback,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useWidgetSettings } from '../provider/service-score-provider';
import { paretoTexts } from './pareto-texts';
import { warnInvalidProp } from '../shared/dev';
import { analyseParetoData, checkParetoOption } from './pareto-data';
import type {
  ParetoBar,
  ParetoBarProps,
  ParetoChartState,
  ParetoStatus,
  ParetoChartOptions,
} from './pareto-chart.types';

export type { ParetoData } from './pareto-data';
export type {
  ParetoBar,
  ParetoBarProps,
  ParetoChartState,
  ParetoStatus,
  ParetoChartOptions,
} from './pareto-chart.types';

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

/**
 * A category's display name through the host's `categoryLabel`: a function returning a non-blank
 * string; anything else (not a function, a throw, `undefined`, a number, blank text) shows the raw
 * category after one development error, never "undefined" or a crash.
 */
function labelOf(categoryLabel: unknown, category: string, widget: string): string {
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

/**
 * The state and ready-to-spread props of a Pareto chart. All analysis is the core's `pareto`
 * (sorting, shares, vital few, the Other bucket); the hook formats texts, builds accessible names
 * and runs the roving-tabindex keyboard model of the bars (ArrowLeft/Right, Home/End move,
 * Enter/Space select, Escape hides the tooltip).
 *
 * Invalid `cutoff` or `maxBars` logs one development error and falls back to the default; invalid
 * `data` (a negative count, NaN) logs one and gives the `error` state. A zero total is `empty`:
 * nothing is divided by zero and no NaN reaches the markup.
 *
 * @example
 * const pareto = useParetoChart({ data: countBy(complaints, 'category') });
 * pareto.bars.map((bar) => <g {...pareto.getBarProps(bar.index)}>…</g>);
 */
export function useParetoChart(options: ParetoChartOptions): ParetoChartState {
  const { t, theme, locale, format } = useWidgetSettings(options.locale, paretoTexts);
  const { data, categoryLabel, onCategorySelect, loading } = options;

  let cutoff = options.cutoff ?? defaultCutoff;
  const cutoffProblem = checkParetoOption({ cutoff });
  if (cutoffProblem !== null) {
    warnInvalidProp(widget, 'cutoff', cutoff, cutoffProblem, `using ${defaultCutoff}`);
    cutoff = defaultCutoff;
  }
  let maxBars = options.maxBars ?? defaultMaxBars;
  const maxBarsProblem = checkParetoOption({ maxBars });
  if (maxBarsProblem !== null) {
    warnInvalidProp(widget, 'maxBars', maxBars, maxBarsProblem, `using ${defaultMaxBars}`);
    maxBars = defaultMaxBars;
  }

  const analysis = useMemo(
    () => analyseParetoData(data, { cutoff, maxBars, otherLabel: t('other'), locale }),
    [data, cutoff, maxBars, t, locale],
  );
  if (analysis.problem) {
    const { prop, value, rule } = analysis.problem;
    warnInvalidProp(widget, prop, value, rule, 'showing the invalid-data state');
  }
  const result = analysis.result ?? null;

  const bars = useMemo<ParetoBar[]>(() => {
    if (result === null || result.total <= 0) return [];
    return result.items.map((item, index) => {
      const isOther = item.isOther === true;
      const label = isOther ? item.category : labelOf(categoryLabel, item.category, widget);
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
  }, [result, categoryLabel, format, t]);

  const status: ParetoStatus = loading
    ? 'loading'
    : analysis.problem
      ? 'error'
      : bars.length === 0
        ? 'empty'
        : 'ready';
  const message =
    status === 'loading'
      ? t('loading')
      : status === 'error'
        ? t('pareto.invalidData')
        : status === 'empty'
          ? t('noData')
          : null;

  const vitalFew = useMemo(() => bars.filter((bar) => bar.vital), [bars]);
  const lastVital = vitalFew[vitalFew.length - 1];
  const summary =
    status === 'ready' && lastVital
      ? t('pareto.summary', {
          categories: joinList(
            locale,
            vitalFew.map((bar) => bar.label),
          ),
          share: lastVital.cumulativeText,
        })
      : null;
  const shownCutoff = result?.cutoff ?? cutoff;
  const cutoffText = t('pareto.cutoffLabel', {
    cutoff: format(shownCutoff, 'ratio', percentPrecision(shownCutoff)),
  });

  // Roving tabindex and the tooltip's bar.
  const [focusState, setFocusIndex] = useState(0);
  const [hoverIndex, setHoverIndex] = useState<number | null>(null);
  const [hasFocus, setHasFocus] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const focusIndex = Math.min(focusState, Math.max(bars.length - 1, 0));
  const hovered = hoverIndex !== null && hoverIndex < bars.length ? hoverIndex : null;
  const activeIndex =
    status !== 'ready' || dismissed ? null : (hovered ?? (hasFocus ? focusIndex : null));

  const elements = useRef<(SVGGElement | null)[]>([]);
  const moveTo = useCallback((index: number) => {
    setFocusIndex(index);
    setDismissed(false);
    elements.current[index]?.focus();
  }, []);

  const select = useCallback(
    (index: number) => {
      const bar = bars[index];
      if (bar && onCategorySelect) onCategorySelect(bar.item.category, bar.item);
    },
    [bars, onCategorySelect],
  );

  const onKeyDown = useCallback(
    (index: number, event: KeyboardEvent<SVGGElement>) => {
      const last = bars.length - 1;
      let next: number | null = null;
      switch (event.key) {
        case 'ArrowRight':
          next = Math.min(index + 1, last);
          break;
        case 'ArrowLeft':
          next = Math.max(index - 1, 0);
          break;
        case 'Home':
          next = 0;
          break;
        case 'End':
          next = last;
          break;
        case 'Enter':
        case ' ':
          if (!onCategorySelect) return;
          event.preventDefault();
          select(index);
          return;
        case 'Escape':
          setDismissed(true);
          return;
        default:
          return;
      }
      event.preventDefault();
      moveTo(next);
    },
    [bars.length, moveTo, onCategorySelect, select],
  );

  const baseId = useId();
  const summaryId = `${baseId}-summary`;
  // useId may contain characters (":", "«") that break a url(#…) reference.
  const idPrefix = `ss-pareto${baseId.replace(/[^\w-]/g, '')}`;
  const actionable = onCategorySelect !== undefined;

  const getBarProps = (index: number): ParetoBarProps => {
    const bar = bars[index];
    return {
      ref: (element) => {
        elements.current[index] = element;
      },
      role: actionable ? 'button' : 'img',
      tabIndex: index === focusIndex ? 0 : -1,
      'aria-label': bar?.name,
      'data-vital': bar?.vital === true,
      'data-other': bar?.isOther === true,
      'data-active': index === activeIndex,
      onKeyDown: (event) => onKeyDown(index, event),
      onClick: actionable ? () => select(index) : undefined,
      onFocus: () => {
        setFocusIndex(index);
        setHasFocus(true);
      },
      onBlur: (event: FocusEvent<SVGGElement>) => {
        if (
          !(
            event.relatedTarget instanceof Element &&
            event.currentTarget.parentElement?.contains(event.relatedTarget)
          )
        )
          setHasFocus(false);
        setDismissed(false);
      },
      onPointerEnter: () => {
        setHoverIndex(index);
        setDismissed(false);
      },
    };
  };

  const title = options.label ?? t('pareto.title');
  return {
    status,
    message,
    result,
    bars,
    vitalFew,
    summary,
    cutoff: shownCutoff,
    cutoffText,
    locale,
    theme,
    labels: {
      title,
      bars: t('pareto.bars'),
      category: t('category'),
      count: t('count'),
      share: t('share'),
      cumulativeShare: t('cumulativeShare'),
      vitalFew: t('vitalFew'),
    },
    focusIndex,
    activeIndex,
    formatCount: (count) => format(count, 'count'),
    formatShare: (ratio, precision) => format(ratio, 'ratio', precision),
    rootProps: {
      role: 'group',
      'aria-label': title,
      'aria-describedby': summary === null ? undefined : summaryId,
      'aria-busy': status === 'loading' ? true : undefined,
      'data-theme': theme,
      'data-status': status,
      lang: locale,
    },
    summaryProps: { id: summaryId },
    barGroupProps: {
      role: 'group',
      'aria-label': t('pareto.bars'),
      onPointerLeave: () => setHoverIndex(null),
    },
    getBarProps,
    idPrefix,
  };
}
