import {
  defaultGradeScale,
  defaultLocale,
  formatValue,
  type GradeScale,
  type Locale,
  type MessageKey,
  type MessageParams,
  type MetricUnit,
  t as translate,
} from '@servicescore/core';
import { createContext, type ReactNode, useContext, useMemo } from 'react';

/** `system` follows the user's `prefers-color-scheme`. */
export type ThemeMode = 'light' | 'dark' | 'system';

/** What every widget reads from the nearest {@link ServiceScoreProvider}. */
export interface ServiceScoreSettings {
  /** @default 'zh-CN' */
  locale: Locale;
  /** @default 'light' */
  theme: ThemeMode;
  /** @default defaultGradeScale (优秀 ≥ 90 / 良好 ≥ 80 / 合格 ≥ 60 / 待改进) */
  gradeScale: GradeScale;
  /** Decimals of scores (and the grading rounding rule). @default 1 */
  precision: number;
}

const defaults: ServiceScoreSettings = {
  locale: defaultLocale,
  theme: 'light',
  gradeScale: defaultGradeScale,
  precision: 1,
};

const ServiceScoreContext = createContext<ServiceScoreSettings>(defaults);

/** Props of {@link ServiceScoreProvider}; every setting is optional. */
export interface ServiceScoreProviderProps extends Partial<ServiceScoreSettings> {
  children?: ReactNode;
}

/**
 * Sets the locale, theme, grade scale and score precision for the widgets below it. Optional:
 * without it every widget uses zh-CN, the light theme, the default grade scale and 1 decimal.
 * Renders no element of its own. Providers nest; an inner one overrides only what it sets.
 *
 * @example
 * <ServiceScoreProvider locale="en-US" theme="system">
 *   <ScorecardTable result={result} />
 * </ServiceScoreProvider>
 */
export function ServiceScoreProvider({ children, ...settings }: ServiceScoreProviderProps) {
  const parent = useContext(ServiceScoreContext);
  const { locale, theme, gradeScale, precision } = settings;
  const value = useMemo<ServiceScoreSettings>(
    () => ({
      locale: locale ?? parent.locale,
      theme: theme ?? parent.theme,
      gradeScale: gradeScale ?? parent.gradeScale,
      precision: precision ?? parent.precision,
    }),
    [parent, locale, theme, gradeScale, precision],
  );
  return <ServiceScoreContext.Provider value={value}>{children}</ServiceScoreContext.Provider>;
}

/** The settings plus two helpers bound to the locale. */
export interface ServiceScore extends ServiceScoreSettings {
  /** A message of the catalogue in the current locale. */
  t: (key: MessageKey, params?: MessageParams) => string;
  /** `formatValue` in the current locale. */
  format: (value: number | null | undefined, unit: MetricUnit, precision?: number) => string;
}

/**
 * The nearest provider's settings (or the defaults), with `t` and `format` bound to its locale.
 * A widget's own `locale` prop, when given, wins over the provider.
 */
export function useServiceScore(overrides?: { locale?: Locale | undefined }): ServiceScore {
  const settings = useContext(ServiceScoreContext);
  const locale = overrides?.locale ?? settings.locale;
  return useMemo<ServiceScore>(
    () => ({
      ...settings,
      locale,
      t: (key, params) => translate(locale, key, params),
      format: (value, unit, precision) =>
        formatValue(value, unit, { locale, ...(precision === undefined ? {} : { precision }) }),
    }),
    [settings, locale],
  );
}
