/** Values for a template's `{name}` placeholders. Format numbers first (`formatValue`). */
export type MessageParams = Readonly<Record<string, string | number>>;

const placeholder = /\{(\w+)\}/g;

/**
 * Fills a template's `{name}` placeholders from `params`.
 *
 * Rules: a name is letters, digits and `_`; numbers are inserted with `String(n)` (format them
 * first for display); a placeholder with no value in `params` is left as is, so a missing
 * parameter shows up visibly instead of as "undefined".
 *
 * @example
 * formatMessage('{value}, {grade}, target {target}', { value: '93.5%', grade: 'Excellent', target: '95.0%' });
 * // "93.5%, Excellent, target 95.0%"
 */
export function formatMessage(template: string, params: MessageParams = {}): string {
  return template.replace(placeholder, (whole, name: string) => {
    const v = Object.hasOwn(params, name) ? params[name] : undefined;
    return v === undefined ? whole : String(v);
  });
}
