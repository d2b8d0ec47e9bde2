import { commonMessages, type MessageKeyOf, mergeMessages } from '@servicescore/core';
import { paretoMessages } from './pareto-messages';

/** The texts ParetoChart shows: the common states and its own words and sentences. */
export const paretoTexts = /* @__PURE__ */ mergeMessages(commonMessages, paretoMessages);

/** A key of {@link paretoTexts}. */
export type ParetoTextKey = MessageKeyOf<typeof paretoTexts>;
