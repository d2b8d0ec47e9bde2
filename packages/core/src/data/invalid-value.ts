/**
 * A value that could not be read, carrying the reason. `mapRecords` puts one in a field it could
 * not convert (an unparsable date, `'abc'` for a number) and the field parsers return one for a
 * value that breaks a rule, so `parseDataset` reports it on that row and field instead of the
 * whole import failing. Internal: hosts never construct one.
 */
export class InvalidValue {
  constructor(
    readonly reason: string,
    /** Where inside the field the problem is, e.g. `['empathy']` for `qa.empathy`. */
    readonly subPath: readonly (string | number)[] = [],
  ) {}
}

/**
 * Shows a value inside a reason: strings quoted, numbers as written, a Date as ISO, anything else
 * by kind in parentheses, so "id (an object) is not a string or number" reads well.
 */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    const s = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(s);
  }
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  if (value === null) return 'null';
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'an invalid Date' : value.toISOString();
  }
  if (Array.isArray(value)) return '(an array)';
  if (typeof value === 'object') return '(an object)';
  if (typeof value === 'function') return '(a function)';
  return String(value);
}

/** An epoch-ms instant as an ISO-8601 UTC string, for reasons. */
export function showInstant(ms: number): string {
  return new Date(ms).toISOString();
}
