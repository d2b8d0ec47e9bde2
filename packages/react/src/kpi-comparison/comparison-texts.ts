import {
  commonMessages,
  comparisonMessages,
  statusMessages,
  wordMessages,
  type MessageKeyOf,
  mergeMessages,
} from '@servicescore/core';

/** The texts KpiComparison shows: the common states, words, its own sentences and the change outcomes. */
export const comparisonTexts = /* @__PURE__ */ mergeMessages(
  commonMessages,
  wordMessages,
  comparisonMessages,
  statusMessages,
);

/** A key of {@link comparisonTexts}. */
export type ComparisonTextKey = MessageKeyOf<typeof comparisonTexts>;
