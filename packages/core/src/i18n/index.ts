export { mergeMessages, translate } from './bundle';
export { formatMessage, type MessageParams } from './format-message';
export { isMessageKey, type MessageKey, type Messages, messages, t } from './messages';
export {
  bulletMessages,
  cardMessages,
  commonMessages,
  comparisonMessages,
  dataMessages,
  gaugeMessages,
  gradeMessages,
  leaderboardMessages,
  type MessageBundle,
  type MessageKeyOf,
  paretoMessages,
  scorecardMessages,
  statusMessages,
  trendMessages,
  vocabularyMessages,
  wordMessages,
} from './messages/index';
export { label } from './label';
