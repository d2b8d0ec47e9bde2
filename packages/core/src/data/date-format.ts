import { DAY_MS } from '../time/civil';
import { createZone, type Disambiguation, type Zone } from '../time/zone';
import type { CompiledFormat } from './format-parser';

export { type CompiledFormat, compileFormat } from './format-parser';
import { parseIsoString } from './instant';
import { InvalidValue, show } from './invalid-value';

/**
 * Checks a time-zone name with the project's own zone code (`createZone`, the one the engine
 * buckets periods with); `undefined` when none. Only IANA names are accepted: not offsets such as
 * `'UTC+8'` and not the host machine's `'local'` zone, whose meaning would change with the server.
 * @throws TypeError for an unknown zone.
 */
export function zoneOf(timeZone: string | undefined, caller = 'mapRecords'): Zone | undefined {
  if (timeZone === undefined) return undefined;
  try {
    if (typeof timeZone === 'string' && timeZone !== '') return createZone(timeZone);
  } catch {
    // An unknown name: the TypeError below names it.
  }
  throw new TypeError(
    `${caller}: timeZone ${JSON.stringify(timeZone)} is not a known IANA time zone (e.g. 'Asia/Shanghai', 'America/New_York', 'UTC').`,
  );
}

/**
 * Turns wall times ("local ms": a wall clock reading written as ms since 1970-01-01T00:00 on that
 * clock) of one zone into instants, detecting daylight-saving gaps and overlaps. Offsets are
 * cached per local day: when the offset two days before and three days after agree, the whole day
 * has that offset (no zone changes its offset twice within five days), so only transition days
 * pay for the exact check.
 */
export class WallTimeResolver {
  private readonly days = new Map<number, readonly [number, number]>();

  constructor(
    private readonly zone: Zone,
    private readonly ambiguous: Disambiguation,
  ) {}

  private offsetMs(ms: number): number {
    return this.zone.offsetAt(ms);
  }

  /** The instant of `local`, or a reason: 'gap' (never happened) or 'overlap' (happened twice). */
  resolve(local: number): number | 'gap' | 'overlap' {
    const day = Math.floor(local / DAY_MS);
    let pair = this.days.get(day);
    if (pair === undefined) {
      pair = [this.offsetMs((day - 2) * DAY_MS), this.offsetMs((day + 3) * DAY_MS)];
      this.days.set(day, pair);
    }
    const [before, after] = pair;
    if (before === after) return local - before;
    const a = local - before;
    const b = local - after;
    const aValid = this.offsetMs(a) === before;
    const bValid = this.offsetMs(b) === after;
    if (aValid && bValid && a !== b) {
      if (this.ambiguous === 'reject') return 'overlap';
      return this.ambiguous === 'earlier' ? Math.min(a, b) : Math.max(a, b);
    }
    if (aValid) return a;
    if (bValid) return b;
    return 'gap';
  }
}

function zoneReason(
  field: string,
  text: string,
  zone: Zone,
  what: 'gap' | 'overlap',
): InvalidValue {
  return new InvalidValue(
    what === 'gap'
      ? `${field} ${show(text)} does not exist in ${zone.timeZone}: the clocks skip that hour at the daylight-saving change`
      : `${field} ${show(text)} is ambiguous in ${zone.timeZone}: it happens twice at the daylight-saving change; set ambiguousTime to 'earlier' or 'later'`,
  );
}

/** Reads one host date string with a compiled format; wall times go through the zone. */
export function readFormatted(
  field: string,
  text: string,
  format: CompiledFormat,
  resolver: WallTimeResolver | undefined,
  zone: Zone | undefined,
): number | InvalidValue {
  const parsed = format.parse(text);
  if (parsed === undefined) {
    return new InvalidValue(
      `${field} ${show(text)} is not a valid date for format ${format.source}`,
    );
  }
  if (parsed.offset !== undefined) return parsed.local - parsed.offset;
  if (resolver === undefined || zone === undefined) {
    return new InvalidValue(`${field} ${show(text)} has no UTC offset and no timeZone was given`);
  }
  const at = resolver.resolve(parsed.local);
  return typeof at === 'number' ? at : zoneReason(field, text, zone, at);
}

/**
 * Reads an ISO-8601 string for `mapRecords` without a format: with an offset it is exact; without
 * one it is a wall time in `timeZone` (a date alone is local midnight). Anything else — no zone
 * for an offset-less string, not ISO at all — is left as it is for the schema to reject. A wall
 * time read in the zone puts its text in `texts[field]` when given (reasons quote it).
 */
export function readIsoInZone(
  field: string,
  text: string,
  resolver: WallTimeResolver | undefined,
  zone: Zone | undefined,
  texts?: Record<string, string | undefined>,
): number | string | InvalidValue {
  const parts = parseIsoString(text);
  if (parts === undefined || parts === null) return text;
  if (parts.offset !== undefined) return parts.local - parts.offset;
  if (resolver === undefined || zone === undefined) return text;
  const at = resolver.resolve(parts.local);
  if (typeof at !== 'number') return zoneReason(field, text, zone, at);
  if (texts !== undefined) texts[field] = text;
  return at;
}
