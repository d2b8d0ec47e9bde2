import type { Comparison } from '@servicescore/core';

/** The order of the rows: as given, or by effect (largest improvement or largest worsening first). */
export type ComparisonSort = 'given' | 'improvedFirst' | 'worsenedFirst';

/** The sort orders, in the order the control offers them. */
export const comparisonSorts: readonly ComparisonSort[] = [
  'given',
  'improvedFirst',
  'worsenedFirst',
];

/**
 * The effect of a change, comparable across units and directions: the core's relative change
 * ((after − before) ÷ |before|), signed so that an improvement is positive whether the metric
 * should rise or fall. FCR 70 % → 80 % is +0.143; a resolution time 10 h → 8 h (lower is better)
 * is +0.2; `null` when there is no relative change (a side missing, or a before of 0).
 *
 * @example
 * effectOf({ relativeChange: -0.2, direction: 'lower' }); // 0.2: 20 % faster is an improvement
 */
export function effectOf(c: Pick<Comparison, 'relativeChange' | 'direction'>): number | null {
  if (c.relativeChange === null) return null;
  if (c.relativeChange === 0) return 0;
  return c.direction === 'lower' ? -c.relativeChange : c.relativeChange;
}

/**
 * The rows in the order asked for: `given` keeps them; `improvedFirst` puts the largest effect
 * first and `worsenedFirst` the smallest (the largest worsening). Rows without an effect go last
 * in either order; ties keep their given order. Returns a new array.
 *
 * @example
 * sortByEffect([{ effect: 0.1 }, { effect: null }, { effect: -0.3 }, { effect: 0.2 }], 'improvedFirst');
 * // effects 0.2, 0.1, -0.3, null
 */
export function sortByEffect<T extends { effect: number | null }>(
  rows: readonly T[],
  sort: ComparisonSort,
): T[] {
  if (sort === 'given') return [...rows];
  const sign = sort === 'improvedFirst' ? -1 : 1;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      const ea = a.row.effect;
      const eb = b.row.effect;
      if (ea === null || eb === null) {
        if (ea !== eb) return ea === null ? 1 : -1;
      } else if (ea !== eb) return sign * (ea - eb);
      return a.index - b.index;
    })
    .map((e) => e.row);
}
