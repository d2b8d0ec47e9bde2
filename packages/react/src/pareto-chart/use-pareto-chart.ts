import type { HostAttributes } from '../shared/host-attributes';
import type { ParetoItem } from '@servicescore/core';
import { type FocusEvent, type KeyboardEvent, useId, useRef, useState } from 'react';
import { useWidgetSettings } from '../provider/service-score-provider';
import { createMemo } from '../shared/memo';
import type {
  ParetoChartOptions,
  ParetoBar,
  ParetoBarProps,
  ParetoChartProps,
  ParetoChartState,
} from './pareto-chart.types';
import { barAfterKey, paretoModel } from './pareto-model';
import { paretoTexts } from './pareto-texts';
import { useElementWidth } from './use-element-width';

export type { ParetoData } from './pareto-data';
export type {
  ParetoBar,
  ParetoBarProps,
  ParetoChartOptions,
  ParetoChartProps,
  ParetoChartState,
  ParetoStatus,
} from './pareto-chart.types';

const defaultWidth = 640;
const defaultHeight = 320;

/**
 * The roving-tabindex keyboard model of the bars and the tooltip's bar: ArrowLeft/Right, Home/End
 * move the tab stop, Enter/Space (and a click) call `onCategorySelect`, Escape hides the tooltip
 * until the next move, hover, focus or blur. The tooltip shows the hovered bar, else the focused
 * one, only while `ready`.
 */
function useBarNavigation(
  bars: readonly ParetoBar[],
  ready: boolean,
  onCategorySelect: ((category: string, item: ParetoItem) => void) | undefined,
) {
  const [focusState, setFocusIndex] = useState(0);
  const [hoverIndex, setHoverIndex] = useState<number | null>(null);
  const [hasFocus, setHasFocus] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const focusIndex = Math.min(focusState, Math.max(bars.length - 1, 0));
  const hovered = hoverIndex !== null && hoverIndex < bars.length ? hoverIndex : null;
  const activeIndex = !ready || dismissed ? null : (hovered ?? (hasFocus ? focusIndex : null));
  const elements = useRef<(SVGGElement | null)[]>([]);
  const actionable = onCategorySelect !== undefined;

  const select = (index: number) => {
    const bar = bars[index];
    if (bar && onCategorySelect) onCategorySelect(bar.item.category, bar.item);
  };
  const onKeyDown = (index: number, event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      if (!onCategorySelect) return;
      event.preventDefault();
      select(index);
      return;
    }
    if (event.key === 'Escape') {
      setDismissed(true);
      return;
    }
    const next = barAfterKey(event.key, index, bars.length - 1);
    if (next === null) return;
    event.preventDefault();
    setFocusIndex(next);
    setDismissed(false);
    elements.current[next]?.focus();
  };

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
  return { focusIndex, activeIndex, getBarProps, onPointerLeave: () => setHoverIndex(null) };
}

/**
 * The state and ready-to-spread props of a Pareto chart. Takes the component's props: the options,
 * the size, the tooltip's content, and any `<div>` attribute, handed back in `rootProps` (with the
 * hook's own attributes over them; `className` is the host's, for the root's own classes to join).
 * The bars, texts and summary are the model's (`paretoModel`: all analysis is the core's `pareto`);
 * the hook adds the roving-tabindex keyboard model of the bars (ArrowLeft/Right, Home/End move,
 * Enter/Space select, Escape hides the tooltip) and measures the root's width.
 *
 * Invalid `cutoff` or `maxBars` logs one development error and falls back to the default; invalid
 * `data` (a negative count, NaN) logs one and gives the `error` state. A zero total is `empty`:
 * nothing is divided by zero and no NaN reaches the markup.
 *
 * @example
 * const pareto = useParetoChart({ data: countBy(complaints, 'category') });
 * pareto.bars.map((bar) => <g {...pareto.getBarProps(bar.index)}>…</g>);
 */
export function useParetoChart(props: ParetoChartProps): ParetoChartState {
  // Every option is taken out of the root's attributes here; the model reads them from `props`.
  const {
    data,
    cutoff,
    maxBars,
    categoryLabel,
    onCategorySelect,
    loading,
    label,
    locale,
    height,
    width,
    renderTooltip,
    className,
    ...hostProps
  } = props;
  const settings = useWidgetSettings(locale, paretoTexts);
  const [memo] = useState(createMemo);
  const model = paretoModel({ options: props, settings }, memo);
  const { status, summary } = model;
  const bars = useBarNavigation(model.bars, status === 'ready', onCategorySelect);
  const root = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(root, defaultWidth, width === undefined);

  const baseId = useId();
  const summaryId = `${baseId}-summary`;
  const { format } = settings;
  return {
    ...model,
    locale: settings.locale,
    theme: settings.theme,
    focusIndex: bars.focusIndex,
    activeIndex: bars.activeIndex,
    formatCount: (count) => format(count, 'count'),
    formatShare: (ratio, precision) => format(ratio, 'ratio', precision),
    rootProps: {
      ...(hostProps satisfies HostAttributes<typeof hostProps, ParetoChartOptions>),
      role: 'group',
      'aria-label': model.labels.title,
      'aria-describedby': summary === null ? undefined : summaryId,
      'aria-busy': status === 'loading' ? true : undefined,
      'data-theme': settings.theme,
      'data-status': status,
      lang: settings.locale,
      ref: root,
      className,
    },
    summaryProps: { id: summaryId },
    barGroupProps: {
      role: 'group',
      'aria-label': model.labels.bars,
      onPointerLeave: bars.onPointerLeave,
    },
    getBarProps: bars.getBarProps,
    // useId may contain characters (":", "«") that break a url(#…) reference.
    idPrefix: `ss-pareto${baseId.replace(/[^\w-]/g, '')}`,
    width: width ?? measured,
    height: height !== undefined && Number.isFinite(height) && height > 0 ? height : defaultHeight,
    renderTooltip,
  };
}
