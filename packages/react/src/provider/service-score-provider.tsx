import {
  defaultGradeScale,
  defaultLocale,
  formatValue,
  type GradeScale,
  type Locale,
  type MessageBundle,
  type MessageKey,
  type MessageParams,
  type MetricUnit,
  messages,
  negotiateLocale,
  translate,
  validateGradeScale,
} from '@servicescore/core';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { warnInvalidProp } from '../shared/dev';

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

// The host's bundler replaces `process.env.NODE_ENV`; a page without a bundler has no `process`.
declare const process: { env: Record<string, string | undefined> } | undefined;

const themes: readonly string[] = ['light', 'dark', 'system'];

/** A shipped locale for any request; a development warning when it was not one (see `negotiateLocale`). */
function resolveLocale(requested: unknown, fallback: Locale, owner: string): Locale {
  const { locale, warning } = negotiateLocale(requested, fallback);
  // Development only, written as the expression bundlers replace (the texts drop in production).
  if (
    warning !== undefined &&
    typeof process !== 'undefined' &&
    process.env.NODE_ENV !== 'production'
  )
    warnInvalidProp(owner, 'locale', requested, warning, `using ${locale}`);
  return locale;
}

/**
 * The provider's settings with every invalid one replaced by the parent's (the defaults at the
 * top) and a development warning naming it, so that no setting makes a widget throw.
 */
function sanitize(settings: Partial<ServiceScoreSettings>, parent: ServiceScoreSettings) {
  const owner = 'ServiceScoreProvider';
  const { locale, theme, gradeScale, precision } = settings;
  let safeTheme = theme ?? parent.theme;
  if (!themes.includes(safeTheme)) {
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production')
      warnInvalidProp(
        owner,
        'theme',
        theme,
        "theme must be 'light', 'dark' or 'system'",
        `using ${parent.theme}`,
      );
    safeTheme = parent.theme;
  }
  let safePrecision = precision ?? parent.precision;
  if (!Number.isInteger(safePrecision) || safePrecision < 0 || safePrecision > 10) {
    if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production')
      warnInvalidProp(
        owner,
        'precision',
        precision,
        'precision must be an integer from 0 to 10',
        `using ${parent.precision}`,
      );
    safePrecision = parent.precision;
  }
  let safeScale = gradeScale ?? parent.gradeScale;
  if (gradeScale !== undefined) {
    const check = validateGradeScale(gradeScale);
    if (!check.valid) {
      if (typeof process !== 'undefined' && process.env.NODE_ENV !== 'production')
        warnInvalidProp(
          owner,
          'gradeScale',
          gradeScale,
          check.issues.join(' '),
          "using the parent's grade scale",
        );
      safeScale = parent.gradeScale;
    }
  }
  return {
    locale: locale === undefined ? parent.locale : resolveLocale(locale, parent.locale, owner),
    theme: safeTheme,
    gradeScale: safeScale,
    precision: safePrecision,
  } satisfies ServiceScoreSettings;
}

/** Props of {@link ServiceScoreProvider}; every setting is optional. */
export interface ServiceScoreProviderProps extends Partial<ServiceScoreSettings> {
  children?: ReactNode;
}

/**
 * Sets the locale, theme, grade scale and score precision for the widgets below it. Optional:
 * without it every widget uses zh-CN, the light theme, the default grade scale and 1 decimal.
 * Renders no element of its own. Providers nest; an inner one overrides only what it sets.
 * No setting throws: a locale is negotiated (`'en-GB'` → en-US, `'zh-TW'` → zh-CN, `'fr'` → the
 * parent's), and an invalid theme, precision (not an integer 0–10) or grade scale falls back to
 * the parent's value with one development warning naming it.
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
    () => sanitize({ locale, theme, gradeScale, precision }, parent),
    [parent, locale, theme, gradeScale, precision],
  );
  return <ServiceScoreContext.Provider value={value}>{children}</ServiceScoreContext.Provider>;
}

/** The settings plus two helpers bound to the locale. */
export interface ServiceScore<K extends string = MessageKey> extends ServiceScoreSettings {
  /** A message of the catalogue (or of the widget's own namespaces) in the current locale. */
  t: (key: K, params?: MessageParams) => string;
  /** `formatValue` in the current locale. */
  format: (value: number | null | undefined, unit: MetricUnit, precision?: number) => string;
}

/**
 * The nearest provider's settings (or the defaults), with `t` and `format` bound to its locale.
 * A widget's own `locale` prop, when given, wins over the provider. `t` reads the whole message
 * catalogue; the library's widgets use {@link useWidgetSettings} with only their namespaces.
 *
 * @example
 * function CsatLine({ value }: { value: number }) {
 *   const { t, format } = useServiceScore();
 *   return <p>{t('grade.excellent')}: {format(value, 'ratio')}</p>; // value 0.912: "优秀: 91.2%"
 * }
 */
export function useServiceScore(overrides?: { locale?: Locale | undefined }): ServiceScore {
  return useWidgetSettings(overrides?.locale, messages);
}

/** The settings plus `t` bound to the locale (no `format`). @internal */
export type WidgetText<K extends string> = Omit<ServiceScore<K>, 'format'>;

/**
 * The settings with `t` over the given message bundle only (e.g.
 * `mergeMessages(commonMessages, gaugeMessages)`), so a widget's bundle carries its own texts and
 * not the whole catalogue; no `format`, so it does not bring every unit's formatting. @internal
 */
export function useWidgetText<K extends string>(
  localeOverride: Locale | undefined,
  texts: MessageBundle<K>,
): WidgetText<K> {
  const settings = useContext(ServiceScoreContext);
  const locale =
    localeOverride === undefined
      ? settings.locale
      : resolveLocale(localeOverride, settings.locale, 'servicescore widget');
  return useMemo<WidgetText<K>>(
    () => ({ ...settings, locale, t: (key, params) => translate(texts, locale, key, params) }),
    [settings, locale, texts],
  );
}

/** {@link useWidgetText} plus `format` (`formatValue` in the locale). @internal */
export function useWidgetSettings<K extends string>(
  localeOverride: Locale | undefined,
  texts: MessageBundle<K>,
): ServiceScore<K> {
  const text = useWidgetText(localeOverride, texts);
  return useMemo<ServiceScore<K>>(
    () => ({
      ...text,
      format: (value, unit, precision) =>
        formatValue(value, unit, {
          locale: text.locale,
          ...(precision === undefined ? {} : { precision }),
        }),
    }),
    [text],
  );
}
