import { commonMessages, type MessageKeyOf, mergeMessages } from '@servicescore/core';
import { heatmapMessages } from './heatmap-messages';

/** The texts CrossAnalysisHeatmap shows: the common states and its own. */
export const heatmapTexts = /* @__PURE__ */ mergeMessages(commonMessages, heatmapMessages);

/** A key of {@link heatmapTexts}. */
export type HeatmapTextKey = MessageKeyOf<typeof heatmapTexts>;
