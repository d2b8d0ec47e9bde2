import {
  commonMessages,
  type Locale,
  type MessageKeyOf,
  mergeMessages,
  statusMessages,
} from '@servicescore/core';
import { comparisonMessages } from '../kpi-comparison/comparison-messages';
import { boardMessages } from './board-messages';

/**
 * The texts ImprovementPlanBoard shows: the common states, the change sentence and significance
 * words of a verification, and its own.
 */
export const boardTexts = /* @__PURE__ */ mergeMessages(
  commonMessages,
  comparisonMessages,
  statusMessages,
  boardMessages,
);

/** A key of {@link boardTexts}. */
export type BoardTextKey = MessageKeyOf<typeof boardTexts>;

/** A calendar date `YYYY-MM-DD` in the locale ("2026年10月15日" / "Oct 15, 2026"); same on server and client. */
export function formatDate(date: string, locale: Locale): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  if (!Number.isFinite(ms)) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(ms);
}

/** A share as a whole percent ("15%"). */
export function formatPercent(share: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    share,
  );
}

/** A host text: a plain string, or the locale's entry of a localized one. */
export function planText(text: string | Readonly<Record<Locale, string>>, locale: Locale): string {
  return typeof text === 'string' ? text : text[locale];
}
