export { mergeMessages, translate } from './bundle';
export { formatMessage, type MessageParams } from './format-message';
export { isMessageKey, type MessageKey, type Messages, messages } from './messages';
export {
  commonMessages,
  dataMessages,
  gradeMessages,
  type MessageBundle,
  type MessageKeyOf,
  statusMessages,
  vocabularyMessages,
  wordMessages,
} from './messages/index';
export { label } from './label';
