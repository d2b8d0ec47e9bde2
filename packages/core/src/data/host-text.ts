/**
 * The host's own text of mapped instants, for reasons. When a mapping reads a date with a format
 * (`'12/30/2017 12:00:00 AM'`) or an offset-less ISO wall time in its zone, the record it builds
 * carries that text in a side record under a symbol key, not enumerable: the readers, `for…in`,
 * `Object.keys`, JSON and `toEqual` never see it, and nothing looks it up unless a rule fails. A
 * reason then quotes the host's text beside the parsed instant. Records a host builds itself (Dates,
 * epoch ms, ISO text with an offset) carry no side record and keep the ISO reasons. A structured
 * clone (`postMessage`) drops it: give the mapping to `evaluateInWorker` instead.
 */
import { show, showInstant } from './invalid-value';

/** The key of the side record: canonical field → the host's text. */
export const hostTexts: unique symbol = Symbol('servicescore.hostTexts');

/** Host texts by canonical field (absent or `undefined`: the value was not read from host text). */
export type HostTexts = Record<string, string | undefined>;

/** Attaches `texts` to `record` as its side record (not enumerable, replaceable). */
export function attachHostTexts(record: object, texts: HostTexts): void {
  Object.defineProperty(record, hostTexts, { value: texts, writable: true, configurable: true });
}

/** The host's text of `field` in `record`, if a mapping read it from text. */
export function hostTextOf(record: unknown, field: string): string | undefined {
  const texts = (record as { [hostTexts]?: HostTexts } | null | undefined)?.[hostTexts];
  return texts === undefined ? undefined : texts[field];
}

/**
 * An instant as UTC ISO-8601 without the parts that are zero: `2017-12-30T08:00Z`,
 * `2017-12-31T01:16:06Z`, `2017-12-31T01:16:06.250Z`.
 */
export function shortInstant(ms: number): string {
  return new Date(ms).toISOString().replace(/(:00)?\.000Z$/, 'Z');
}

/**
 * An instant field's value in a reason: the host's text and the instant it was read as
 * (`"12/30/2017 12:00:00 AM" (2017-12-30T08:00Z)`) when a mapping read it from text, else the ISO
 * instant as before (`2017-12-30T08:00:00.000Z`).
 *
 * @example
 * showFieldInstant(record, 'resolvedAt', record.resolvedAt); // '"12/30/2017 12:00:00 AM" (2017-12-30T08:00Z)'
 */
export function showFieldInstant(record: unknown, field: string, ms: number): string {
  const text = hostTextOf(record, field);
  return text === undefined ? showInstant(ms) : `${show(text)} (${shortInstant(ms)})`;
}
