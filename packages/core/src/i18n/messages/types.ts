import type { zhCN } from './zh-CN';

/** A key of the message catalogue, e.g. `'grade.excellent'`, `'noData'`, `'gauge.valueText'`. */
export type MessageKey = keyof typeof zhCN;

/** One locale's message catalogue: a text for every `MessageKey`, no more, no less. */
export type Messages = Readonly<Record<MessageKey, string>>;
