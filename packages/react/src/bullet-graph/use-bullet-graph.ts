import type { HostAttributes } from '../shared/host-attributes';
import {
  afterSalesRuleOf,
  bandSegments,
  classifyValue,
  commonMessages,
  type GradeId,
  type GradeScale,
  getMetricMeta,
  gradeMessages,
  type Locale,
  type MetricUnit,
  type MetricValue,
  mergeMessages,
  type ScoringRule,
} from '@servicescore/core';
import { type HTMLAttributes, useId } from 'react';
import { isMetricValue } from '../kpi-card/delta-text';
import { useWidgetSettings } from '../provider/service-score-provider';
import { warnInvalidProp } from '../shared/dev';
import type { Tone } from '../shared/tone-icon';
import { bulletDomain } from './bullet-domain';
import { bulletMessages } from './bullet-messages';

const WIDGET = 'BulletGraph';
const texts = /* @__PURE__ */ mergeMessages(commonMessages, gradeMessages, bulletMessages);

/** Options of {@link useBulletGraph} and `BulletGraph`. */
export interface BulletGraphOptions {
  /** The value: a number, an `evaluate` MetricValue or `null` (no data). */
  value: number | MetricValue | null | undefined;
  /** A catalogue metric id: label and unit, and its after-sales rule when `rule` is not given. */
  metric?: string | undefined;
  /** The qualitative bands, from the same band engine as the gauge and the badge. @default the metric's after-sales rule */
  rule?: ScoringRule | undefined;
  /** @default the metric's label */
  label?: string | undefined;
  /** @default the metric's unit, else the MetricValue's, else 'number' */
  unit?: MetricUnit | undefined;
  /** The comparative measure: a target marker across the bar. @default undefined */
  target?: number | undefined;
  /** Axis ends. @default fitted to the rule's thresholds, the value and the target */
  min?: number | undefined;
  max?: number | undefined;
  /** Full points of the rule (for the tone). @default 10 */
  maxPoints?: number | undefined;
  /** @default the default grade scale */
  scale?: GradeScale | undefined;
  /** Decimals of the value. @default the unit's */
  precision?: number | undefined;
  /** @default the provider's locale */
  locale?: Locale | undefined;
  /** @default 'horizontal' */
  orientation?: 'horizontal' | 'vertical' | undefined;
  /** Hides the label visually (it still names the meter), e.g. in a table cell. @default false */
  hideLabel?: boolean | undefined;
}

/**
 * Props of `BulletGraph` and {@link useBulletGraph}: the bullet's options and any root `<div>`
 * attribute (the hook hands the attributes back in `rootProps`).
 */
export interface BulletGraphProps
  extends BulletGraphOptions,
    Omit<HTMLAttributes<HTMLDivElement>, 'children'> {}

/** One qualitative band as a share of the axis (0–100). */
export interface BulletBand {
  start: number;
  size: number;
  tone: GradeId;
}

/** What {@link useBulletGraph} returns. */
export interface BulletGraphState {
  status: 'ready' | 'noData' | 'noRule';
  label: string;
  tone: Tone;
  bands: BulletBand[];
  /** Where the value bar ends, 0–100 of the axis; `null` without a value. */
  valueAt: number | null;
  /** Where the target marker sits, 0–100; `null` without a target. */
  targetAt: number | null;
  valueText: string;
  gradeText: string | null;
  targetText: string | null;
  domain: [number, number];
  /** The `orientation` option. */
  orientation: 'horizontal' | 'vertical';
  /** The `hideLabel` option: the label is visually hidden (it still names the meter). */
  hideLabel: boolean;
  /** Spread on the root: the host's attributes (its `className` too), then theme, tone, lang and orientation. */
  rootProps: HTMLAttributes<HTMLDivElement> & {
    'data-theme': string;
    'data-tone': Tone;
    'data-orientation': 'horizontal' | 'vertical';
  };
  labelProps: { id: string; title: string };
  /** Spread on the bar's box: `role="meter"` with the value, the domain and a spoken text. */
  meterProps: HTMLAttributes<HTMLDivElement>;
}

function readValue(input: unknown): { value: number | null; unit: MetricUnit | undefined } {
  if (input === null || input === undefined) return { value: null, unit: undefined };
  if (isMetricValue(input))
    return {
      value: typeof input.value === 'number' && Number.isFinite(input.value) ? input.value : null,
      unit: input.unit,
    };
  if (typeof input === 'number' && Number.isFinite(input)) return { value: input, unit: undefined };
  warnInvalidProp(
    WIDGET,
    'value',
    input,
    'value must be a finite number, a MetricValue or null',
    'showing no data',
  );
  return { value: null, unit: undefined };
}

/**
 * A bullet graph's state (Stephen Few's spec): qualitative bands from the core's `bandSegments`
 * (the gauge's and the badge's band engine), the value bar's and target marker's positions on a
 * domain fitted to the rule, and `role="meter"` props whose value text says value, grade and target.
 * Takes the component's props: the options are read, every other attribute is handed back in
 * `rootProps`.
 *
 * @example
 * const bullet = useBulletGraph({ metric: 'fcr', value: 0.81, target: 0.85 });
 * <div {...bullet.meterProps}>…</div>
 */
export function useBulletGraph(props: BulletGraphProps): BulletGraphState {
  const { metric, rule, unit, label, ...rest } = props;
  const { locale } = useWidgetSettings(rest.locale, texts);
  const meta = metric === undefined ? null : (getMetricMeta(metric) ?? null);
  return useRuleBullet({
    ...rest,
    rule: rule ?? (metric === undefined ? null : afterSalesRuleOf(metric)),
    unit: unit ?? meta?.unit,
    label: label ?? meta?.label[locale] ?? metric ?? '',
  });
}

/** Options of {@link useRuleBullet}: a rule and a label given, no catalogue lookup. */
export type RuleBulletOptions = Omit<BulletGraphOptions, 'metric' | 'rule' | 'label'> & {
  rule: ScoringRule | null;
  label: string;
};

/**
 * {@link useBulletGraph} without the catalogue lookup (no metric labels or after-sales rules in the
 * bundle): for a host that has the rule already, such as `ScorecardTable`'s rule column. Like
 * `useBulletGraph`, it takes the options and any root `<div>` attribute, handed back in `rootProps`.
 *
 * @example
 * const bullet = useRuleBullet({ rule: indicator.rule, label: '首次解决率', unit: 'ratio', value: 0.81 });
 */
export function useRuleBullet(
  props: RuleBulletOptions & Omit<HTMLAttributes<HTMLDivElement>, 'children'>,
): BulletGraphState {
  const {
    value: given,
    rule,
    label,
    unit: unitProp,
    target: targetProp,
    min,
    max,
    maxPoints,
    scale,
    precision,
    locale: localeProp,
    orientation = 'horizontal',
    hideLabel = false,
    ...rest
  } = props;
  const { t, theme, format, locale } = useWidgetSettings(localeProp, texts);
  const labelId = useId();
  const { value, unit: valueUnit } = readValue(given);
  const unit = unitProp ?? valueUnit ?? 'number';
  const target = typeof targetProp === 'number' && Number.isFinite(targetProp) ? targetProp : null;
  const fmt = (v: number) => format(v, unit, precision);

  let domain: [number, number] = [min ?? 0, max ?? 1];
  if (rule !== null && (min === undefined || max === undefined)) {
    const fitted = bulletDomain(rule, unit, value, target);
    domain = [min ?? fitted[0], max ?? fitted[1]];
  }
  if (!(domain[0] < domain[1])) {
    warnInvalidProp(
      WIDGET,
      'max',
      domain[1],
      `max must be greater than min (${domain[0]})`,
      'using min + 1',
    );
    domain = [domain[0], domain[0] + 1];
  }
  const [lo, hi] = domain;
  // Shares of the axis, rounded to 0.001 % (sub-pixel at any width) so the markup stays short.
  const at = (v: number) =>
    Math.round(((Math.min(Math.max(v, lo), hi) - lo) / (hi - lo)) * 100_000) / 1000;
  const classifyOptions = { maxPoints, scale, unit };
  const segments = rule === null ? [] : bandSegments(rule, domain, classifyOptions);
  const tone: Tone =
    rule === null || value === null ? 'none' : classifyValue(value, rule, classifyOptions).tone;
  const gradeText = tone === 'none' ? null : t(`grade.${tone}`);
  const valueText = value === null ? t('noData') : fmt(value);
  const targetText = target === null ? null : t('bullet.target', { target: fmt(target) });
  const status = value === null ? 'noData' : rule === null ? 'noRule' : 'ready';
  const spoken =
    value === null
      ? t('noData')
      : target === null
        ? t('bullet.valueText', { value: valueText, grade: gradeText ?? t('bullet.noRule') })
        : t('bullet.valueTextTarget', {
            value: valueText,
            grade: gradeText ?? t('bullet.noRule'),
            target: fmt(target),
          });

  return {
    status,
    label,
    tone,
    bands: segments.map((s) => ({ start: at(s.from), size: at(s.to) - at(s.from), tone: s.tone })),
    valueAt: value === null ? null : at(value),
    targetAt: target === null ? null : at(target),
    valueText,
    gradeText,
    targetText,
    domain,
    orientation,
    hideLabel,
    rootProps: {
      ...(rest satisfies HostAttributes<typeof rest, BulletGraphOptions>),
      'data-theme': theme,
      'data-tone': tone,
      lang: locale,
      'data-orientation': orientation,
    },
    labelProps: { id: labelId, title: label },
    meterProps:
      value === null
        ? { role: 'img', 'aria-label': `${label}: ${spoken}` }
        : {
            role: 'meter',
            'aria-labelledby': labelId,
            'aria-valuemin': lo,
            'aria-valuemax': hi,
            'aria-valuenow': Math.min(Math.max(value, lo), hi),
            'aria-valuetext': spoken,
          },
  };
}
