import {
  commonMessages,
  statusMessages,
  wordMessages,
  type MessageKeyOf,
  mergeMessages,
} from '@servicescore/core';
import { comparisonMessages } from './comparison-messages';
import { comparisonViewMessages } from './comparison-view-messages';

/** The texts KpiComparison shows: the common states, words, its own sentences (`comparisonMessages`, `comparisonViewMessages`) and the change outcomes. */
export const comparisonTexts = /* @__PURE__ */ mergeMessages(
  commonMessages,
  wordMessages,
  comparisonMessages,
  comparisonViewMessages,
  statusMessages,
);

/** A key of {@link comparisonTexts}. */
export type ComparisonTextKey = MessageKeyOf<typeof comparisonTexts>;
