// The host's bundler replaces `process.env.NODE_ENV`; in a browser without one, `process` is absent.
declare const process: { env?: Record<string, string | undefined> } | undefined;

const logged = new Set<string>();

/** `true` unless the host's bundler set `process.env.NODE_ENV` to `'production'`. */
export function isDevelopment(): boolean {
  // Written as the exact expression bundlers replace (`process.env.NODE_ENV`); where nothing replaced
  // it and there is no `process` (a plain browser), the reference throws and we count as development.
  try {
    return process!.env!.NODE_ENV !== 'production';
  } catch {
    return true;
  }
}

/**
 * Logs one console error per distinct problem (in development only) naming the widget, the prop,
 * the value and the rule, in the style of React's own prop warnings. Widgets call it and then render
 * their error or no-data state instead of throwing into the host page.
 *
 * @example
 * warnInvalidProp('KpiGauge', 'max', -1, 'max must be greater than min (0)', 'showing the no-data state');
 * // [servicescore] Invalid prop `max` of value `-1` supplied to `KpiGauge`: max must be greater than min (0); showing the no-data state.
 */
export function warnInvalidProp(
  widget: string,
  prop: string,
  value: unknown,
  rule: string,
  fallback: string,
): string {
  const message = `[servicescore] Invalid prop \`${prop}\` of value \`${show(value)}\` supplied to \`${widget}\`: ${rule}; ${fallback}.`;
  if (isDevelopment() && !logged.has(message)) {
    logged.add(message);
    console.error(message);
  }
  return message;
}

function show(value: unknown): string {
  if (
    typeof value === 'number' ||
    typeof value === 'bigint' ||
    typeof value === 'boolean' ||
    value == null
  )
    return String(value);
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  try {
    const json = JSON.stringify(value);
    return json.length > 60 ? `${json.slice(0, 57)}…` : json;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Test helper: forget which warnings were already logged. @internal */
export function resetWarnings(): void {
  logged.clear();
}
