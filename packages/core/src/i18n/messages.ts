import { mergeMessages } from './bundle';
import type { Locale } from './locale';
import {
  commonMessages,
  dataMessages,
  gradeMessages,
  statusMessages,
  vocabularyMessages,
  wordMessages,
} from './messages/index';

const all = mergeMessages(
  gradeMessages,
  vocabularyMessages,
  statusMessages,
  commonMessages,
  wordMessages,
  dataMessages,
);

/** A key of the message catalogue, e.g. `'grade.excellent'`, `'noData'`, `'data.rejectedRows'`. */
export type MessageKey = keyof (typeof all)['zh-CN'];

/** One locale's message catalogue: a text for every `MessageKey`, no more, no less. */
export type Messages = Readonly<Record<MessageKey, string>>;

/**
 * The whole message catalogue of every shipped locale: every namespace of the core (`commonMessages`,
 * `gradeMessages`, …) merged, with exactly the same keys in each locale (type-checked). Frozen.
 * Importing it (or `t`, `label`) brings every text of the core; widgets import only their
 * namespaces, and keep their own sentences beside them in @servicescore/react.
 *
 * @example
 * messages['en-US']['grade.excellent']; // "Excellent"
 */
export const messages: Readonly<Record<Locale, Messages>> = all;

/**
 * Whether `key` is a key of the message catalogue.
 *
 * @example
 * isMessageKey('grade.excellent'); // true
 * isMessageKey('grade.superb'); // false
 */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(all['zh-CN'], key);
}
