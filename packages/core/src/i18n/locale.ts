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
   * `undefined` when it named a shipped locale (in any letter case, `_` or `-`) or an English tag.
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
 * negotiateLocale('zh-TW'); // { locale: 'zh-CN', warning: 'locale "zh-TW" is not zh-CN or en-US; showing zh-CN' }
 */
export function negotiateLocale(
  requested: unknown,
  fallback: Locale = defaultLocale,
): LocaleNegotiation {
  const tag =
    typeof requested === 'string' ? requested.trim().replace(/_/g, '-').toLowerCase() : '';
  const language = tag.split('-', 1)[0];
  const locale: Locale =
    language === 'en' ? 'en-US' : language === 'zh' || fallback !== 'en-US' ? 'zh-CN' : 'en-US';
  const exact = tag === 'zh-cn' || language === 'en';
  return {
    locale,
    warning: exact
      ? undefined
      : `locale ${typeof requested === 'string' ? JSON.stringify(requested.slice(0, 40)) : String(requested)} is not zh-CN or en-US; showing ${locale}`,
  };
}
