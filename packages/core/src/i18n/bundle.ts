import { defaultLocale, type Locale, locales } from './locale';
import { formatMessage, type MessageParams } from './format-message';
import type { MessageBundle, MessageKeyOf } from './messages/types';

/**
 * One bundle holding the keys of all the given namespaces (a later bundle wins on a shared key;
 * the shipped namespaces share none). Frozen. Pure: a widget builds its own set at module level.
 *
 * @example
 * const texts = mergeMessages(commonMessages, dataMessages);
 * translate(texts, 'en-US', 'data.rejectedRows', { count: 3 }); // "Rows rejected: 3"
 */
export function mergeMessages<const B extends readonly MessageBundle[]>(
  ...bundles: B
): MessageBundle<MessageKeyOf<B[number]>> {
  const merged: Partial<Record<Locale, Readonly<Record<string, string>>>> = {};
  for (const locale of locales)
    merged[locale] = Object.freeze(Object.assign({}, ...bundles.map((b) => b[locale])));
  return Object.freeze(merged) as MessageBundle<MessageKeyOf<B[number]>>;
}

/**
 * A message of `bundle` in a locale, with its `{name}` placeholders filled from `params` (see
 * `formatMessage`). The one way to get a text: `translate(messages, locale, key)` for the
 * catalogue, `translate(yourBundle, …)` for a host's own texts.
 *
 * @param locale @default 'zh-CN' when `undefined`
 * @example
 * translate(commonMessages, 'en-US', 'noData'); // "No data"
 */
export function translate<K extends string>(
  bundle: MessageBundle<K>,
  locale: Locale | undefined,
  key: K,
  params?: MessageParams,
): string {
  const text = bundle[locale ?? defaultLocale][key];
  return params === undefined ? text : formatMessage(text, params);
}
