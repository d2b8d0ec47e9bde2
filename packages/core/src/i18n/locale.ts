/** The locales servicescore ships text for. */
export type Locale = 'zh-CN' | 'en-US';

/** The locales in catalogue order; `zh-CN` is the default everywhere a locale is optional. */
export const locales: readonly Locale[] = ['zh-CN', 'en-US'];

/** The default locale when none is given. */
export const defaultLocale: Locale = 'zh-CN';

/** A text in every shipped locale. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/** The outcome of {@link negotiateLocale}. */
export interface LocaleNegotiation {
  /** A shipped locale, always. */
  readonly locale: Locale;
  /**
   * Why the request was not taken as is (an English sentence for a development warning), or
   * `undefined` when it named a shipped locale (in any letter case, `_` or `-`) or a plain English tag.
   */
  readonly warning: string | undefined;
}

/**
 * Maps any requested locale onto a shipped one, so that text lookups never miss: the shipped tags
 * in any case (`'EN-US'`, `'zh_cn'`) are themselves; any other English tag (`'en'`, `'en-GB'`) is
 * en-US; any other Chinese tag (`'zh'`, `'zh-Hans'`, `'zh-TW'`) is zh-CN with a warning (Simplified
 * text shown for it); anything else (`'fr'`, `''`, a non-string) is `fallback` with a warning.
 *
 * @param fallback @default defaultLocale
 * @example
 * negotiateLocale('en-GB').locale; // 'en-US'
 * negotiateLocale('zh-TW'); // { locale: 'zh-CN', warning: 'locale "zh-TW" is not shipped; showing zh-CN (Simplified Chinese)' }
 */
export function negotiateLocale(
  requested: unknown,
  fallback: Locale = defaultLocale,
): LocaleNegotiation {
  if (requested === 'zh-CN' || requested === 'en-US')
    return { locale: requested, warning: undefined };
  const safeFallback: Locale = fallback === 'en-US' ? 'en-US' : 'zh-CN';
  if (typeof requested !== 'string') {
    return {
      locale: safeFallback,
      warning: `locale ${String(requested)} is not a string; showing ${safeFallback}`,
    };
  }
  const tag = requested.trim().replace(/_/g, '-').toLowerCase();
  if (tag === 'zh-cn') return { locale: 'zh-CN', warning: undefined };
  if (tag === 'en-us') return { locale: 'en-US', warning: undefined };
  const language = tag.split('-', 1)[0];
  if (language === 'en') return { locale: 'en-US', warning: undefined };
  if (language === 'zh') {
    return {
      locale: 'zh-CN',
      warning: `locale ${JSON.stringify(requested.slice(0, 40))} is not shipped; showing zh-CN (Simplified Chinese)`,
    };
  }
  return {
    locale: safeFallback,
    warning: `locale ${JSON.stringify(requested.slice(0, 40))} is not one of ${locales.join(', ')}; showing ${safeFallback}`,
  };
}
