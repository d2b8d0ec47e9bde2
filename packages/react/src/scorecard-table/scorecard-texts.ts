import {
  commonMessages,
  scorecardMessages,
  statusMessages,
  wordMessages,
  type MessageKeyOf,
  mergeMessages,
} from '@servicescore/core';

/** The texts ScorecardTable shows: the common states, column words, indicator statuses and its coverage sentences. */
export const scorecardTexts = /* @__PURE__ */ mergeMessages(
  commonMessages,
  wordMessages,
  statusMessages,
  scorecardMessages,
);

/** A key of {@link scorecardTexts}. */
export type ScorecardTextKey = MessageKeyOf<typeof scorecardTexts>;
