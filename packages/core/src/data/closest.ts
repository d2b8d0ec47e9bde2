/**
 * "Did you mean …?": the names closest to a misspelt one, by edit distance (Levenshtein, case
 * ignored; ties keep the candidates' order). One implementation for every error that suggests a
 * name: mapped columns, option keys, SQL columns, event-log columns.
 */

/** Levenshtein distance between `a` and `b` (insertions, deletions, substitutions cost 1). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
    }
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * Up to `limit` candidates closest to `name` (case ignored), closest first.
 * @example closestNames('Closed Date', ['Id', 'ClosedDate', 'Status']) // ['ClosedDate', 'Status', 'Id']
 */
export function closestNames(
  name: string,
  candidates: Iterable<string>,
  limit = 3,
): readonly string[] {
  const lower = name.toLowerCase();
  return [...new Set(candidates)]
    .map((c, i) => ({ c, i, d: editDistance(lower, c.toLowerCase()) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, limit)
    .map((e) => e.c);
}

/**
 * The suggestion sentence for an error message: `; did you mean "ClosedDate"?` when one name is
 * clearly closest (within a third of the name's length), else `; closest: "A", "B", "C"`, or `''`
 * without candidates.
 * @example didYouMean('Closed Date', ['Id', 'ClosedDate']) // '; did you mean "ClosedDate"?'
 */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const near = closestNames(name, candidates);
  const first = near[0];
  if (first === undefined) return '';
  const d = editDistance(name.toLowerCase(), first.toLowerCase());
  if (d <= Math.max(1, Math.floor(name.length / 3)))
    return `; did you mean ${JSON.stringify(first)}?`;
  return `; closest: ${near.map((c) => JSON.stringify(c)).join(', ')}`;
}
