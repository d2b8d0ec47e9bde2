// The settings a widget's pure model reads (`t` and `format` bound to a locale, the grade scale and
// the score precision), built without React the way `useWidgetSettings` builds them: for unit tests
// of the model functions in plain Node, no provider and no rendering.
import {
  defaultGradeScale,
  formatValue,
  type Locale,
  type MessageBundle,
  type MetricUnit,
  type MessageParams,
  translate,
} from '@servicescore/core';

/** A widget's settings over its message bundle, as the provider gives them with no overrides. */
export function modelSettings<K extends string>(texts: MessageBundle<K>, locale: Locale = 'zh-CN') {
  return {
    locale,
    theme: 'light' as const,
    gradeScale: defaultGradeScale,
    precision: 1,
    t: (key: K, params?: MessageParams) => translate(texts, locale, key, params),
    format: (value: number | null | undefined, unit: MetricUnit, precision?: number) =>
      formatValue(value, unit, { locale, ...(precision === undefined ? {} : { precision }) }),
  };
}
