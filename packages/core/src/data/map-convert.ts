/**
 * How `mapRecords` (and a one-pass evaluation with a mapping) converts a host's value of one
 * canonical field by the field's kind: yes/no text, numeric text and clock durations, enum case,
 * dates with a format or as wall times in a zone.
 */
import {
  type CompiledFormat,
  readFormatted,
  readIsoInZone,
  type WallTimeResolver,
} from './date-format';
import type { Zone } from '../time/zone';
import type { FieldKind } from './field-kinds';
import { enumMembers } from './fields';
import { type InstantBounds, outsideDomain } from './instant';
import { InvalidValue, show } from './invalid-value';

const yes = new Set(['true', 'yes', 'y', '1', '是']);
const no = new Set(['false', 'no', 'n', '0', '否']);
/**
 * Whether `text` is a decimal number `[+-]digits[.digits][e[+-]digits]` (digits on at least one
 * side of the point). A single left-to-right scan: linear in the length whatever the text (the
 * regex it replaces backtracked quadratically on a long run of digits ending in a letter).
 */
function isNumericText(text: string): boolean {
  const n = text.length;
  let i = 0;
  const isDigit = (k: number) => {
    const c = text.charCodeAt(k);
    return c >= 48 && c <= 57;
  };
  let c = text.charCodeAt(0);
  if (c === 43 || c === 45) i++;
  let mantissa = 0;
  while (i < n && isDigit(i)) {
    i++;
    mantissa++;
  }
  if (text.charCodeAt(i) === 46) {
    i++;
    while (i < n && isDigit(i)) {
      i++;
      mantissa++;
    }
  }
  if (mantissa === 0) return false;
  c = text.charCodeAt(i);
  if (c === 101 || c === 69) {
    i++;
    c = text.charCodeAt(i);
    if (c === 43 || c === 45) i++;
    const start = i;
    while (i < n && isDigit(i)) i++;
    if (i === start) return false;
  }
  return i === n;
}
const clock = /^(?:(\d+):)?(\d{1,2}):(\d{2}(?:\.\d+)?)$/;

/**
 * Converts one host value of a field. `texts` receives the host's text of an instant read with a
 * date format or as a wall time in the mapping's zone (see `host-text.ts`); other kinds ignore it.
 */
export type Convert = (value: unknown, texts: Record<string, string | undefined>) => unknown;

function toBoolean(field: string): Convert {
  return (v) => {
    if (typeof v === 'string') {
      const k = v.toLowerCase();
      if (yes.has(k)) return true;
      if (no.has(k)) return false;
      return new InvalidValue(
        `${field} ${show(v)} is not a yes/no value (true/false, yes/no, y/n, 1/0, 是/否)`,
      );
    }
    if (v === 1 || v === 0) return v === 1;
    if (typeof v === 'number')
      return new InvalidValue(`${field} ${show(v)} is not a yes/no value (1 or 0)`);
    return v;
  };
}

function toNumber(field: string, clockAllowed: boolean): Convert {
  return (v) => {
    if (typeof v !== 'string') return v;
    if (isNumericText(v)) return Number(v);
    const m = clockAllowed ? clock.exec(v) : null;
    if (m !== null) {
      const hours = m[1] === undefined ? 0 : Number(m[1]);
      const minutes = Number(m[2]);
      const seconds = Number(m[3]);
      // m:ss lets minutes run past 59 (75:30); h:mm:ss does not.
      if (seconds < 60 && (m[1] === undefined || minutes < 60))
        return (hours * 60 + minutes) * 60 + seconds;
    }
    const expected = clockAllowed ? 'a number of seconds or a duration like 1:02:03' : 'a number';
    return new InvalidValue(`${field} ${show(v)} is not ${expected}`);
  };
}

function toEnum(field: string): Convert {
  const members: readonly string[] =
    (enumMembers as Record<string, readonly string[]>)[field] ?? [];
  const byLower = new Map(members.map((m) => [m.toLowerCase(), m]));
  return (v) => (typeof v === 'string' ? (byLower.get(v.toLowerCase()) ?? v) : v);
}

/** What the date converters share: compiled formats per field, the zone and its resolver. */
export interface DateContext {
  formats: Partial<Record<string, CompiledFormat>>;
  zone: Zone | undefined;
  resolver: WallTimeResolver | undefined;
  /** The instant domain a date must lie in. */
  bounds: InstantBounds;
}

function toInstant(field: string, ctx: DateContext): Convert {
  const format = ctx.formats[field];
  return (v, texts) => {
    if (typeof v !== 'string') return v;
    const at =
      format === undefined
        ? readIsoInZone(field, v, ctx.resolver, ctx.zone, texts)
        : readFormatted(field, v, format, ctx.resolver, ctx.zone);
    if (typeof at !== 'number') return at;
    if (format !== undefined) texts[field] = v;
    // Checked here so that the reason quotes the host's text, not the epoch ms it was read as.
    return outsideDomain(field, v, at, ctx.bounds) ?? at;
  };
}

/** How a field of `kind` is converted from host text (`undefined`: taken as it is). */
export function converter(field: string, kind: FieldKind, ctx: DateContext): Convert | undefined {
  switch (kind) {
    case 'boolean':
      return toBoolean(field);
    case 'number':
      return toNumber(field, false);
    case 'seconds':
      return toNumber(field, true);
    case 'enum':
      return toEnum(field);
    case 'instant':
      return toInstant(field, ctx);
    default:
      return undefined;
  }
}
