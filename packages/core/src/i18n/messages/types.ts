import type { Locale } from '../locale';

/**
 * One namespace of messages (of the core's catalogue, or a widget's own texts in
 * @servicescore/react): a text for each of its keys in every shipped locale. Each namespace file
 * declares its zh-CN texts first and types its `MessageBundle` by their keys, so a key missing from
 * (or extra in) another locale fails the type check.
 */
export type MessageBundle<K extends string = string> = Readonly<
  Record<Locale, Readonly<Record<K, string>>>
>;

/** The keys of a bundle, e.g. `MessageKeyOf<typeof commonMessages>`. */
export type MessageKeyOf<B> = B extends MessageBundle<infer K> ? K : never;
