export { formatMessage, type MessageParams } from './format-message';
export { isMessageKey, type MessageKey, type Messages, messages, t } from './messages';
export { label } from './label';
