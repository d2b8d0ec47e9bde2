import {
  commonMessages,
  dataMessages,
  type MessageKeyOf,
  mergeMessages,
  statusMessages,
  wordMessages,
} from '@servicescore/core';
import { leaderboardMessages } from './leaderboard-messages';

/** The texts KpiLeaderboard shows: common states, column words, its sentences, sample, directions. */
export const leaderboardTexts = /* @__PURE__ */ mergeMessages(
  commonMessages,
  wordMessages,
  leaderboardMessages,
  dataMessages,
  statusMessages,
);

/** A key of {@link leaderboardTexts}. */
export type LeaderboardTextKey = MessageKeyOf<typeof leaderboardTexts>;
