import {
  commonMessages,
  comparisonMessages,
  type Locale,
  type MessageKeyOf,
  mergeMessages,
  pdcaMessages,
  statusMessages,
  wordMessages,
} from '@servicescore/core';

/** The texts of the PDCA widgets: common states, words, significance and the pdca namespace. */
export const pdcaTexts = /* @__PURE__ */ mergeMessages(
  commonMessages,
  wordMessages,
  comparisonMessages,
  statusMessages,
  pdcaMessages,
);

/** A key of {@link pdcaTexts}. */
export type PdcaTextKey = MessageKeyOf<typeof pdcaTexts>;

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
