// Strict options: an unknown key is an error naming it and the closest valid key.

/** Edit distance (insertions, deletions, substitutions) between two short strings. */
function distance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Math.abs(a.length - b.length) + 64;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The valid key closest to `key` (case-insensitive edit distance, at most a third of its length,
 * at least 2), or `undefined` when none is close.
 *
 * @example closestKey('groupby', ['metrics', 'groupBy']) // 'groupBy'
 */
export function closestKey(key: string, valid: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const candidate of valid) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Throws a TypeError for the first own key of `options` not in `valid`, naming it, the closest
 * valid key and every valid one — a misspelt option (`holiday`, `groupby`, `asof`) is never
 * silently ignored. `undefined` and non-objects pass (the caller checks those).
 *
 * @example
 * rejectUnknownKeys('evaluate', 'option', { groupby: 'agentId' }, ['metrics', 'groupBy']);
 * // TypeError: evaluate: unknown option `groupby`; did you mean `groupBy`? Valid: metrics, groupBy.
 */
export function rejectUnknownKeys(
  caller: string,
  what: string,
  options: unknown,
  valid: readonly string[],
): void {
  if (typeof options !== 'object' || options === null) return;
  for (const key of Object.keys(options)) {
    if (valid.includes(key)) continue;
    const near = closestKey(key, valid);
    const shown = JSON.stringify(key.length > 60 ? `${key.slice(0, 57)}…` : key).slice(1, -1);
    throw new TypeError(
      `${caller}: unknown ${what} \`${shown}\`;${near === undefined ? '' : ` did you mean \`${near}\`?`} Valid: ${valid.join(', ')}.`,
    );
  }
}
