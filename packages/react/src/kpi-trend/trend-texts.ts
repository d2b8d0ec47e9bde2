import { commonMessages, type MessageKeyOf, mergeMessages, wordMessages } from '@servicescore/core';
import { trendMessages } from './trend-messages';

/** The texts KpiTrend shows: common states, words (period, target, before/after) and its sentences. */
export const trendTexts = /* @__PURE__ */ mergeMessages(
  commonMessages,
  wordMessages,
  trendMessages,
);

/** A key of {@link trendTexts}. */
export type TrendTextKey = MessageKeyOf<typeof trendTexts>;
