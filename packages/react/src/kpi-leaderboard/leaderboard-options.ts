import type { SortingState } from '@tanstack/react-table';
import { warnInvalidProp } from '../shared/dev';
import type { LeaderboardColumnSpec } from './leaderboard-columns';
import type { LeaderboardSort } from './leaderboard-types';

/**
 * The sort a leaderboard starts with: `defaultSort` when it names a sortable column (else one
 * development error), otherwise the total, else the first metric, else the name; in the given
 * direction, else best first (descending for higher-is-better columns).
 */
export function initialSortOf(
  columns: readonly LeaderboardColumnSpec[],
  sort: LeaderboardSort | undefined,
) {
  const sortable = columns.filter((c) => c.kind !== 'rank');
  const fallback =
    columns.find((c) => c.kind === 'total') ??
    columns.find((c) => c.kind === 'metric') ??
    columns.find((c) => c.kind === 'name');
  let column = fallback;
  let direction = sort?.direction;
  if (sort) {
    const found = sortable.find((c) => c.id === sort.column);
    if (found) column = found;
    else {
      warnInvalidProp(
        'KpiLeaderboard',
        'defaultSort',
        sort.column,
        `defaultSort.column must be one of ${sortable.map((c) => c.id).join(', ')}`,
        `sorting by ${fallback?.id ?? 'name'}`,
      );
      direction = undefined;
    }
  }
  const id = column?.id ?? 'name';
  const desc = direction === undefined ? column?.direction === 'higher' : direction === 'desc';
  return [{ id, desc }] satisfies SortingState;
}

/** A positive (or, with `allowZero`, non-negative) finite number prop, or the fallback after one development error. */
export function validPositive(
  value: number | undefined,
  fallback: number,
  prop: string,
  allowZero = false,
): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isFinite(value) && (allowZero ? value >= 0 : value > 0))
    return value;
  warnInvalidProp(
    'KpiLeaderboard',
    prop,
    value,
    `${prop} must be a finite number ${allowZero ? 'of 0 or more' : 'above 0'}`,
    `using ${fallback}`,
  );
  return fallback;
}
