import { DAY_MS, daysFromCivil, MINUTE_MS } from '../time/civil';

type Part =
  | { kind: 'literal'; text: string }
  | {
      kind: 'year' | 'month' | 'day' | 'hour' | 'hour12' | 'minute' | 'second';
      min: number;
      max: number;
    }
  | { kind: 'year2' | 'fraction' | 'meridiem' | 'monthName' | 'weekday' }
  | { kind: 'offset'; colon: boolean };

const num = (
  kind: 'year' | 'month' | 'day' | 'hour' | 'hour12' | 'minute' | 'second',
  min: number,
  max: number,
): Part => ({ kind, min, max });

/** moment/dayjs tokens (and the date-fns spellings `yyyy`, `yy`, `d`, `dd`) → what they read. */
const tokens: Readonly<Record<string, Part>> = {
  YYYY: num('year', 4, 4),
  yyyy: num('year', 4, 4),
  YY: { kind: 'year2' },
  yy: { kind: 'year2' },
  M: num('month', 1, 2),
  MM: num('month', 2, 2),
  MMM: { kind: 'monthName' },
  MMMM: { kind: 'monthName' },
  D: num('day', 1, 2),
  DD: num('day', 2, 2),
  d: num('day', 1, 2),
  dd: num('day', 2, 2),
  ddd: { kind: 'weekday' },
  dddd: { kind: 'weekday' },
  EEE: { kind: 'weekday' },
  EEEE: { kind: 'weekday' },
  H: num('hour', 1, 2),
  HH: num('hour', 2, 2),
  h: num('hour12', 1, 2),
  hh: num('hour12', 2, 2),
  m: num('minute', 1, 2),
  mm: num('minute', 2, 2),
  s: num('second', 1, 2),
  ss: num('second', 2, 2),
  SSS: { kind: 'fraction' },
  A: { kind: 'meridiem' },
  a: { kind: 'meridiem' },
  Z: { kind: 'offset', colon: true },
  ZZ: { kind: 'offset', colon: false },
  T: { kind: 'literal', text: 'T' },
};

const monthNames = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
const longMonths = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const longWeekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Where a parsed date lands: a wall time (local ms) and, when the text had one, its offset. */
export interface Parsed {
  local: number;
  offset: number | undefined;
}

/** A date format compiled once per `mapRecords` call. */
export interface CompiledFormat {
  /** The host's format string, for reasons. */
  source: string;
  /** Whether the format carries a UTC offset (`Z`, `ZZ`). */
  hasOffset: boolean;
  /** Reads one value strictly; `undefined` when it does not fit the format or names an impossible date. */
  parse(text: string): Parsed | undefined;
}

function digitsAt(text: string, i: number, max: number): number {
  let n = 0;
  while (n < max) {
    const c = text.charCodeAt(i + n);
    if (c < 48 || c > 57) break;
    n++;
  }
  return n;
}

/** Matches one of `names` (lower case) at `i`, longest first; returns [index, length] or undefined. */
function nameAt(
  text: string,
  i: number,
  short: readonly string[],
  long: readonly string[],
): [number, number] | undefined {
  const rest = text.slice(i, i + 9).toLowerCase();
  for (let k = 0; k < long.length; k++)
    if (rest.startsWith(long[k] as string)) return [k, (long[k] as string).length];
  for (let k = 0; k < short.length; k++) if (rest.startsWith(short[k] as string)) return [k, 3];
  return undefined;
}

function parseWith(parts: readonly Part[], text: string): Parsed | undefined {
  let i = 0;
  let year = 1970;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  let pm: boolean | undefined;
  let hour12 = false;
  let weekday = -1;
  let offset: number | undefined;
  for (const part of parts) {
    switch (part.kind) {
      case 'literal':
        if (!text.startsWith(part.text, i)) return undefined;
        i += part.text.length;
        break;
      case 'year2': {
        if (digitsAt(text, i, 2) !== 2) return undefined;
        const yy = Number(text.slice(i, i + 2));
        year = yy > 68 ? 1900 + yy : 2000 + yy; // moment's pivot
        i += 2;
        break;
      }
      case 'fraction': {
        const n = digitsAt(text, i, 9);
        if (n === 0) return undefined;
        ms = Math.floor(Number(`0.${text.slice(i, i + n)}`) * 1000 + 1e-9);
        i += n;
        break;
      }
      case 'meridiem': {
        const m = text.slice(i, i + 2).toLowerCase();
        if (m !== 'am' && m !== 'pm') return undefined;
        pm = m === 'pm';
        i += 2;
        break;
      }
      case 'monthName': {
        const found = nameAt(text, i, monthNames, longMonths);
        if (found === undefined) return undefined;
        month = found[0] + 1;
        i += found[1];
        break;
      }
      case 'weekday': {
        const found = nameAt(text, i, weekdays, longWeekdays);
        if (found === undefined) return undefined;
        weekday = found[0] + 1;
        i += found[1];
        break;
      }
      case 'offset': {
        const sign = text.charCodeAt(i);
        if (sign === 90 || sign === 122) {
          offset = 0;
          i++;
          break;
        }
        if ((sign !== 43 && sign !== 45) || digitsAt(text, i + 1, 2) !== 2) return undefined;
        const oh = Number(text.slice(i + 1, i + 3));
        let j = i + 3;
        if (part.colon && text.charCodeAt(j) === 58) j++;
        if (digitsAt(text, j, 2) !== 2) return undefined;
        const om = Number(text.slice(j, j + 2));
        if (oh > 23 || om > 59) return undefined;
        offset = (sign === 45 ? -1 : 1) * (oh * 60 + om) * MINUTE_MS;
        i = j + 2;
        break;
      }
      default: {
        const n = digitsAt(text, i, part.max);
        if (n < part.min) return undefined;
        const v = Number(text.slice(i, i + n));
        i += n;
        if (part.kind === 'year') year = v;
        else if (part.kind === 'month') month = v;
        else if (part.kind === 'day') day = v;
        else if (part.kind === 'minute') minute = v;
        else if (part.kind === 'second') second = v;
        else {
          hour = v;
          hour12 = part.kind === 'hour12';
        }
      }
    }
  }
  if (i !== text.length) return undefined;
  if (hour12) {
    if (pm === undefined || hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (pm ? 12 : 0);
  } else if (pm !== undefined && (hour < 1 || hour > 12)) return undefined;
  else if (pm !== undefined) hour = (hour % 12) + (pm ? 12 : 0);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59)
    return undefined;
  const days = daysFromCivil(year, month, day);
  if (day > daysFromCivil(year, month + 1, 1) - daysFromCivil(year, month, 1)) return undefined;
  if (weekday > 0 && weekday !== ((((days + 3) % 7) + 7) % 7) + 1) return undefined;
  return { local: days * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + ms, offset };
}

type FieldKind =
  | 'year'
  | 'month'
  | 'day'
  | 'hour'
  | 'minute'
  | 'second'
  | 'fraction'
  | 'meridiem'
  | 'weekday'
  | 'offset';

/** The field a part fills (`YYYY` and `YY` both the year, `MM` and `MMM` both the month). */
function fieldOf(part: Part): FieldKind | undefined {
  switch (part.kind) {
    case 'literal':
      return undefined;
    case 'year2':
      return 'year';
    case 'monthName':
      return 'month';
    case 'hour12':
      return 'hour';
    default:
      return part.kind;
  }
}

/**
 * Refuses formats that would read dates silently wrong: a field read twice, minutes (`mm`) with
 * no hour (a lowercase month), no complete date (year, month and day), a meridiem without hours.
 */
function checkParts(parts: readonly Part[], format: string, where: string): void {
  const fail = (rule: string): never => {
    throw new TypeError(`mapRecords: ${where} ${JSON.stringify(format)} ${rule}`);
  };
  const seen = new Set<FieldKind>();
  for (const part of parts) {
    const field = fieldOf(part);
    if (field === undefined) continue;
    if (seen.has(field)) {
      fail(
        field === 'month'
          ? 'reads the month twice: months are MM, minutes mm (e.g. "YYYY-MM-DD HH:mm").'
          : `reads the ${field} twice.`,
      );
    }
    seen.add(field);
  }
  if (seen.has('minute') && !seen.has('hour')) {
    fail('reads minutes (mm) but no hour: months are MM, minutes mm (e.g. "YYYY-MM-DD").');
  }
  const missing = (['year', 'month', 'day'] as const).filter((f) => !seen.has(f));
  if (missing.length > 0) {
    fail(
      `has no ${missing.join(', ')}: a date format needs a year (YYYY), a month (MM) and a day (DD), or every record would fall on the same date.`,
    );
  }
  if (seen.has('meridiem') && !seen.has('hour')) fail('has AM/PM (A) but no hour (h).');
}

/**
 * Compiles a moment/dayjs-style format (`'DD-MM-YYYY HH:mm'`, `'M/D/YYYY h:mm:ss A'`) into a
 * strict reader. Tokens: `YYYY YY M MM MMM MMMM D DD ddd dddd H HH h hh m mm s ss SSS A a Z ZZ`
 * (English month and weekday names, any case), literal text in `[brackets]`; the date-fns
 * spellings `yyyy`, `yy`, `d`, `dd` (day of month) and `EEE`, `EEEE` are accepted too. One-letter
 * tokens take one or two digits, two-letter ones exactly two; `YY` 00–68 is 20xx, 69–99 is 19xx
 * (moment's rule); `SSS` takes 1–9 fraction digits; `Z` is `+08:00` or `Z`, `ZZ` `+0800` or `Z`.
 * A value must match the whole format and name a real date and time (no 31 February, no 13:00 PM).
 * The format itself must hold a year, a month and a day, read no field twice, and read minutes
 * only with an hour (`'YYYY-mm-dd'`, lowercase `mm` = minutes, is refused with the hint).
 *
 * @throws TypeError naming the format and the unknown token or the rule it breaks.
 * @example compileFormat('DD/MM/YYYY HH:mm', 'dateFormat').parse('02/03/2026 14:30')
 */
export function compileFormat(format: string, where: string): CompiledFormat {
  if (typeof format !== 'string') {
    throw new TypeError(
      `mapRecords: ${where} must be a format string such as "YYYY-MM-DD HH:mm", got ${typeof format}.`,
    );
  }
  const parts: Part[] = [];
  const literal = (text: string) => {
    const last = parts[parts.length - 1];
    if (last?.kind === 'literal') last.text += text;
    else parts.push({ kind: 'literal', text });
  };
  let i = 0;
  while (i < format.length) {
    const ch = format.charAt(i);
    if (ch === '[') {
      const end = format.indexOf(']', i);
      if (end < 0)
        throw new TypeError(`mapRecords: ${where} ${JSON.stringify(format)} has an unclosed "[".`);
      literal(format.slice(i + 1, end));
      i = end + 1;
    } else if (/[A-Za-z]/.test(ch)) {
      let j = i;
      while (format.charAt(j) === ch) j++;
      const run = format.slice(i, j);
      const part = tokens[run];
      if (part === undefined) {
        throw new TypeError(
          `mapRecords: ${where} ${JSON.stringify(format)} has an unknown token "${run}"; use YYYY, MM, M, DD, D, HH, H, hh, h, mm, ss, SSS, A, Z or literal text in [brackets].`,
        );
      }
      if (part.kind === 'literal') literal(part.text);
      else parts.push(part);
      i = j;
    } else {
      literal(ch);
      i++;
    }
  }
  checkParts(parts, format, where);
  return {
    source: format,
    hasOffset: parts.some((p) => p.kind === 'offset'),
    parse: (text) => parseWith(parts, text),
  };
}
