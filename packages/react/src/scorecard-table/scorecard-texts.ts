import {
  commonMessages,
  statusMessages,
  wordMessages,
  type MessageKeyOf,
  mergeMessages,
} from '@servicescore/core';
import { scorecardMessages } from './scorecard-messages';

/** The texts ScorecardTable shows: the common states, column words, indicator statuses and its coverage sentences. */
export const scorecardTexts = /* @__PURE__ */ mergeMessages(
  commonMessages,
  wordMessages,
  statusMessages,
  scorecardMessages,
);

/** A key of {@link scorecardTexts}. */
export type ScorecardTextKey = MessageKeyOf<typeof scorecardTexts>;
