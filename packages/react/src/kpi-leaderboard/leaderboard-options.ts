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

/** A CSS length the leaderboard's `max-height` may take: a number, or digits and a unit. */
const cssLength = /^(?:\d{1,6}(?:\.\d{1,4})?)(?:px|em|rem|vh|svh|dvh|lvh|%)$/;

/**
 * `height` as a positive finite number of pixels or a plain CSS length (`'60vh'`, `'30rem'`), else
 * the fallback after one development error — the value reaches a server-rendered `style`, so
 * anything else (`'1px; background:url(…)'`, `NaN`) is refused.
 */
export function validHeight(value: number | string | undefined, fallback: number): number | string {
  if (value === undefined) return fallback;
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  if (typeof value === 'string' && cssLength.test(value.trim())) return value.trim();
  warnInvalidProp(
    'KpiLeaderboard',
    'height',
    value,
    "height must be a number of pixels above 0 or a CSS length such as '60vh'",
    `using ${fallback}`,
  );
  return fallback;
}
