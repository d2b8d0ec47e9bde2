import { defaultLocale, type Locale } from './locale';
import { formatMessage, type MessageParams } from './format-message';
import { enUS } from './messages/en-US';
import type { MessageKey, Messages } from './messages/types';
import { zhCN } from './messages/zh-CN';

export type { MessageKey, Messages } from './messages/types';

/**
 * The message catalogues of every shipped locale, with exactly the same keys (type-checked).
 *
 * @example
 * messages['en-US']['grade.excellent']; // "Excellent"
 */
export const messages: Readonly<Record<Locale, Messages>> = Object.freeze({
  'zh-CN': Object.freeze(zhCN),
  'en-US': Object.freeze(enUS),
});

/** Whether `key` is a key of the message catalogue. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zhCN, key);
}

/**
 * A message in a locale, with its `{name}` placeholders filled from `params` (see `formatMessage`).
 *
 * @param locale @default 'zh-CN' when `undefined`
 * @example
 * t('en-US', 'noData'); // "No data"
 * t('zh-CN', 'data.rejectedRows', { count: 3 }); // "已拒绝 3 行"
 */
export function t(locale: Locale | undefined, key: MessageKey, params?: MessageParams): string {
  const text = messages[locale ?? defaultLocale][key];
  return params === undefined ? text : formatMessage(text, params);
}
