import {
  commonMessages,
  statusMessages,
  type MessageKeyOf,
  mergeMessages,
} from '@servicescore/core';
import { gaugeMessages } from './gauge-messages';

/** The texts KpiGauge shows: the common states, its own sentences and the direction words. */
export const gaugeTexts = /* @__PURE__ */ mergeMessages(
  commonMessages,
  gaugeMessages,
  statusMessages,
);

/** A key of {@link gaugeTexts}. */
export type GaugeTextKey = MessageKeyOf<typeof gaugeTexts>;
