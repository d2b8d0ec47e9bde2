import { commonMessages, type MessageKeyOf, mergeMessages, wordMessages } from '@servicescore/core';
import { reportMessages } from './report-messages';

/** The texts AgentReportCard shows: the common states, words and its own. */
export const reportTexts = /* @__PURE__ */ mergeMessages(
  commonMessages,
  wordMessages,
  reportMessages,
);

/** A key of {@link reportTexts}. */
export type ReportTextKey = MessageKeyOf<typeof reportTexts>;
