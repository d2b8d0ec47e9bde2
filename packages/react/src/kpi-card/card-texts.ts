import {
  commonMessages,
  dataMessages,
  type MessageKeyOf,
  mergeMessages,
  statusMessages,
  wordMessages,
} from '@servicescore/core';
import { cardMessages } from './card-messages';

/** The texts KpiCard shows: common states, words, its sentences, sample and target statuses. */
export const cardTexts = /* @__PURE__ */ mergeMessages(
  commonMessages,
  wordMessages,
  cardMessages,
  dataMessages,
  statusMessages,
);

/** A key of {@link cardTexts}. */
export type CardTextKey = MessageKeyOf<typeof cardTexts>;
