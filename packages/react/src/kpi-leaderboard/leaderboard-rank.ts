import type { Locale } from '@servicescore/core';
import type { LeaderboardColumnSpec } from './leaderboard-columns';
import type { LeaderboardEntry } from './leaderboard-entries';

/** What a column sorts by: a number, a name, or `undefined` (no data / insufficient: always last). */
export type SortValue = number | string | undefined;

/**
 * The value a row is sorted and ranked by in a column. Metric columns sort by the value only when
 * it is sufficient: an insufficient or missing value has no place in a ranking, so it goes last
 * in either direction. The grade column sorts by the total it grades.
 */
export function sortValueOf(entry: LeaderboardEntry, column: LeaderboardColumnSpec): SortValue {
  switch (column.kind) {
    case 'name':
      return entry.name;
    case 'metric': {
      const v = entry.values[column.id];
      return v?.sufficient && typeof v.value === 'number' && Number.isFinite(v.value)
        ? v.value
        : undefined;
    }
    case 'total':
    case 'grade':
      return entry.result?.total ?? undefined;
    default:
      return undefined;
  }
}

const collators = new Map<Locale, Intl.Collator>();

/** A memoised collator per locale (pinyin order for zh-CN names). */
export function collatorFor(locale: Locale): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    collators.set(locale, collator);
  }
  return collator;
}

/** Ascending comparison of two defined sort values (numbers numerically, text by `collator`). */
export function compareSortValues(a: SortValue, b: SortValue, collator: Intl.Collator): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  return collator.compare(String(a), String(b));
}

/**
 * Competition ranks ("1, 2, 2, 4") of every entry under a sort, over all entries (a name filter
 * does not change anyone's rank). The order is the table's: ascending or descending by the sort
 * value, ties in data order, rows without a sort value unranked (`null`). Two rows tie when
 * `tieKey` gives both the same text — the displayed value — so rows that look equal share a rank.
 */
export function rankEntries(
  entries: readonly LeaderboardEntry[],
  column: LeaderboardColumnSpec,
  desc: boolean,
  collator: Intl.Collator,
  tieKey: (value: SortValue) => string,
): Map<string, number> {
  const ranked: { key: string; value: SortValue }[] = [];
  for (const entry of entries) {
    const value = sortValueOf(entry, column);
    if (value !== undefined) ranked.push({ key: entry.key, value });
  }
  const sign = desc ? -1 : 1;
  ranked.sort((a, b) => sign * compareSortValues(a.value, b.value, collator));
  const ranks = new Map<string, number>();
  let previous: string | null = null;
  let rank = 0;
  ranked.forEach((item, i) => {
    const key = tieKey(item.value);
    if (key !== previous) rank = i + 1;
    previous = key;
    ranks.set(item.key, rank);
  });
  return ranks;
}
