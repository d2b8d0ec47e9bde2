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
 * The rows of a leaderboard in the order of one sort, computed once per sort: all entries
 * ascending or descending by their sort value (numbers numerically, names by the collator), ties
 * in data order, the rows without a sort value last in data order (in both directions).
 */
export interface LeaderboardOrder {
  /** Every entry, in sort order. */
  readonly entries: readonly LeaderboardEntry[];
  /** The sort values, aligned with `entries` (`undefined` only in the unranked tail). */
  readonly values: readonly SortValue[];
  /** How many entries have a sort value (the ranked head of `entries`). */
  readonly rankedCount: number;
}

/** Sorts `entries` by `column` once (see {@link LeaderboardOrder}). */
export function orderEntries(
  entries: readonly LeaderboardEntry[],
  column: LeaderboardColumnSpec,
  desc: boolean,
  collator: Intl.Collator,
): LeaderboardOrder {
  const n = entries.length;
  const values: SortValue[] = new Array(n);
  const ranked: number[] = [];
  const unranked: number[] = [];
  for (let i = 0; i < n; i++) {
    const value = sortValueOf(entries[i]!, column);
    values[i] = value;
    (value === undefined ? unranked : ranked).push(i);
  }
  const sign = desc ? -1 : 1;
  // Ties fall back to data order explicitly, so the order does not rest on sort stability.
  ranked.sort((a, b) => sign * compareSortValues(values[a], values[b], collator) || a - b);
  const order = ranked.concat(unranked);
  return {
    entries: order.map((i) => entries[i]!),
    values: order.map((i) => values[i]),
    rankedCount: ranked.length,
  };
}

/**
 * Competition ranks ("1, 2, 2, 4") under an order, over all its entries (a name filter does not
 * change anyone's rank); the unranked tail gets `null`. Two neighbours tie when `tieKey` gives
 * both the same text — the displayed value — so rows that look equal share a rank. Ranks are
 * computed on demand, for the rows asked for (the rendered window): a row walks back through its
 * tie group, and only the values compared are formatted; both are remembered.
 */
export function rankerOf(
  order: LeaderboardOrder,
  tieKey: (value: SortValue) => string,
): (position: number) => number | null {
  const { values, rankedCount } = order;
  const keys = new Map<number, string>();
  const keyAt = (i: number) => {
    let key = keys.get(i);
    if (key === undefined) {
      key = tieKey(values[i]);
      keys.set(i, key);
    }
    return key;
  };
  // Equal values show equally; otherwise compare the shown texts.
  const tied = (i: number) => Object.is(values[i - 1], values[i]) || keyAt(i - 1) === keyAt(i);
  const starts = new Map<number, number>();
  return (position) => {
    if (!(position >= 0 && position < rankedCount)) return null;
    let start = position;
    const walked: number[] = [];
    while (start > 0) {
      const known = starts.get(start);
      if (known !== undefined) {
        start = known;
        break;
      }
      walked.push(start);
      if (!tied(start)) break;
      start--;
    }
    for (const i of walked) starts.set(i, start);
    return start + 1;
  };
}
