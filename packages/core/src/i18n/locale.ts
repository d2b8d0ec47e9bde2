/** The locales servicescore ships text for. */
export type Locale = 'zh-CN' | 'en-US';

/** The locales in catalogue order; `zh-CN` is the default everywhere a locale is optional. */
export const locales: readonly Locale[] = ['zh-CN', 'en-US'];

/** The default locale when none is given. */
export const defaultLocale: Locale = 'zh-CN';

/** A text in every shipped locale. */
export type LocalizedText = Readonly<Record<Locale, string>>;
