import { parsePeriodKey } from '../time/period-key';
import type {
  Attributes,
  ExclusionReason,
  Priority,
  Review,
  TicketKind,
  TicketStatus,
} from './types';
import { readInstant } from './instant';
import { InvalidValue, show } from './invalid-value';

/** Reads one field's value: the parsed value, or an {@link InvalidValue} with the reason. */
export type Reader<Out> = (field: string, value: unknown) => Out | InvalidValue;

/** Ids and labels: a non-blank string, or a finite number turned into its string. */
export const readText: Reader<string> = (field, v) => {
  if (typeof v === 'string') {
    return v.trim() === ''
      ? new InvalidValue(`${field} ${show(v)} is blank; it must be a non-empty string`)
      : v;
  }
  if (typeof v === 'number') {
    return Number.isFinite(v)
      ? String(v)
      : new InvalidValue(`${field} ${show(v)} is not a finite number`);
  }
  return new InvalidValue(`${field} ${show(v)} is not a string or number`);
};

/** Instants: see {@link readInstant}. */
export const readTime: Reader<number> = readInstant;

/** Yes/no fields: a boolean only (`mapRecords` converts yes/no text). */
export const readBoolean: Reader<boolean> = (field, v) =>
  typeof v === 'boolean'
    ? v
    : new InvalidValue(
        `${field} ${show(v)} is not true or false${typeof v === 'string' ? ' (mapRecords converts yes/no text)' : ''}`,
      );

function readNumber(field: string, v: unknown): number | InvalidValue {
  if (typeof v !== 'number') {
    const hint = typeof v === 'string' ? ' (mapRecords converts numeric text)' : '';
    return new InvalidValue(`${field} ${show(v)} is not a number${hint}`);
  }
  return Number.isFinite(v) ? v : new InvalidValue(`${field} ${show(v)} is not a finite number`);
}

/** A value on a closed scale, e.g. csat 1–5; `integer` for nps 0–10. */
export function readScale(
  min: number,
  max: number,
  integer: boolean,
  scale: string,
): Reader<number> {
  return (field, v) => {
    const n = readNumber(field, v);
    if (typeof n !== 'number') return n;
    if (n < min || n > max)
      return new InvalidValue(`${field} ${show(n)} is outside the ${min}–${max} ${scale}`);
    if (integer && !Number.isInteger(n)) {
      return new InvalidValue(
        `${field} ${show(n)} is not a whole number on the ${min}–${max} ${scale}`,
      );
    }
    return n;
  };
}

/** A count: a whole number ≥ 0. */
export const readCount: Reader<number> = (field, v) => {
  const n = readNumber(field, v);
  if (typeof n !== 'number') return n;
  if (n < 0)
    return new InvalidValue(`${field} ${show(n)} is negative; counts are whole numbers ≥ 0`);
  if (!Number.isInteger(n))
    return new InvalidValue(
      `${field} ${show(n)} is not a whole number; counts are whole numbers ≥ 0`,
    );
  return n;
};

/** A quantity (seconds, hours, revenue, assessment score): a finite number ≥ 0. */
export const readAmount: Reader<number> = (field, v) => {
  const n = readNumber(field, v);
  if (typeof n !== 'number') return n;
  return n < 0 ? new InvalidValue(`${field} ${show(n)} is negative; it must be 0 or more`) : n;
};

/** One of a fixed set of strings, compared exactly. */
export function readEnum<T extends string>(values: readonly T[]): Reader<T> {
  const set = new Set<unknown>(values);
  const list = values.join(', ');
  return (field, v) =>
    set.has(v) ? (v as T) : new InvalidValue(`${field} ${show(v)} is not one of ${list}`);
}

/** A period key (`2026`, `2026-Q1`, `2026-03`, `2026-W09`, `2026-03-05`); a year number is accepted. */
export const readPeriod: Reader<string> = (field, v) => {
  const key = typeof v === 'number' && Number.isInteger(v) ? String(v) : v;
  if (typeof key === 'string' && parsePeriodKey(key) !== undefined) return key;
  return new InvalidValue(
    `${field} ${show(v)} is not a period key (2026, 2026-Q1, 2026-03, 2026-W09 or 2026-03-05)`,
  );
};

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

const readQaScore = readScale(0, 100, false, 'score range');

/** Quality-inspection scores by item, each 0–100; the reason names `qa.item`. */
export const readQa: Reader<Readonly<Record<string, number>>> = (field, v) => {
  if (!isPlainObject(v))
    return new InvalidValue(`${field} ${show(v)} is not an object of item scores`);
  const out: Record<string, number> = {};
  for (const item in v) {
    const score = v[item];
    if (score === undefined) continue;
    const n = readQaScore(`${field}.${item}`, score);
    if (n instanceof InvalidValue) return new InvalidValue(n.reason, [item]);
    out[item] = n;
  }
  return out;
};

/**
 * One attribute value: a string, finite number, boolean or null. An object, array or `Date` is
 * rejected so that nothing a host passes is dropped or flattened silently.
 */
export function readScalar(
  field: string,
  v: unknown,
): string | number | boolean | null | undefined | InvalidValue {
  switch (typeof v) {
    case 'string':
    case 'boolean':
    case 'undefined':
      return v;
    case 'number':
      return Number.isFinite(v)
        ? v
        : new InvalidValue(`${field} ${show(v)} is not a finite number`);
    default:
      if (v === null) return null;
      if (v instanceof InvalidValue) return v;
      return new InvalidValue(
        `${field} is ${show(v).replace(/^\((.*)\)$/, '$1')}; unknown fields are kept as attributes, which hold only strings, numbers, booleans or null — map or flatten it (mapRecords) or leave it out`,
      );
  }
}

/** The explicit `attributes` field: an object of scalars. */
export const readAttributes: Reader<Attributes> = (field, v) => {
  if (!isPlainObject(v)) return new InvalidValue(`${field} ${show(v)} is not an object`);
  const out: Attributes = {};
  for (const key in v) {
    const s = readScalar(`${field}.${key}`, v[key]);
    if (s instanceof InvalidValue) return new InvalidValue(s.reason, [key]);
    if (s !== undefined) out[key] = s;
  }
  return out;
};

/** Enum members exactly as `data/types.ts` spells them, by field. */
export const enumMembers = {
  status: ['open', 'pending', 'resolved', 'closed'] satisfies TicketStatus[],
  excluded: ['duplicate', 'spam', 'merged', 'test'] satisfies ExclusionReason[],
  kind: [
    'inquiry',
    'repair',
    'installation',
    'return',
    'complaint',
    'other',
  ] satisfies TicketKind[],
  priority: ['urgent', 'high', 'normal', 'low'] satisfies Priority[],
  review: ['positive', 'neutral', 'negative'] satisfies Review[],
} as const;
