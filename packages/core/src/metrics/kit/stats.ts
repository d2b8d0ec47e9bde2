/** Two-sided 95 % normal quantile. */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval for `successes` out of `trials` at 95 %. Robust for small samples and for
 * proportions at 0 or 1, where the normal approximation collapses to a zero-width interval.
 * `trials` must be > 0; the bounds are clamped to [0, 1].
 *
 * @example
 * wilsonInterval(45, 50); // ≈ [0.786, 0.957]
 * wilsonInterval(0, 10); // [0, ≈ 0.278]: not a zero-width interval
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  z = Z95,
): readonly [number, number] {
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  // At p = 0 or 1 the matching bound is exactly 0 or 1 (floating point would give 1 − 1e-16).
  const lower = successes <= 0 ? 0 : Math.max(0, centre - half);
  const upper = successes >= trials ? 1 : Math.min(1, centre + half);
  return [lower, upper];
}

/**
 * Quantile `q` (0..1) of **sorted** values by linear interpolation between order statistics
 * (Hyndman–Fan type 7, the default of R, NumPy and Excel's PERCENTILE.INC). `null` when empty.
 *
 * @example
 * quantileSorted([1, 2, 3, 4], 0.5); // 2.5
 * quantileSorted([10, 20, 30, 40, 50], 0.9); // 46
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (h - lo) * (b - a);
}

/**
 * Quantiles `qs` (each 0..1) of **unsorted** values, type 7 like {@link quantileSorted}, without a
 * full sort: quickselect puts the needed order statistics in place in O(n) on average. Reorders
 * `values` (pass a copy you own). `null`s when empty.
 *
 * @example
 * quantilesSelect(Float64Array.from([40, 10, 30, 20, 50]), [0.5, 0.9]); // [30, 46]
 */
export function quantilesSelect(values: Float64Array, qs: readonly number[]): (number | null)[] {
  const n = values.length;
  if (n === 0) return qs.map(() => null);
  return qs.map((q) => {
    const h = (n - 1) * q;
    const lo = Math.floor(h);
    const a = selectKth(values, lo);
    if (lo + 1 >= n || h === lo) return a;
    // The next order statistic is the smallest value right of `lo` (select left them ≥ a).
    let b = Number.POSITIVE_INFINITY;
    for (let i = lo + 1; i < n; i++) if ((values[i] as number) < b) b = values[i] as number;
    return a + (h - lo) * (b - a);
  });
}

/** Hoare-style quickselect: after it, `values[k]` is the k-th smallest, smaller ones left of it. */
function selectKth(values: Float64Array, k: number): number {
  let left = 0;
  let right = values.length - 1;
  while (right > left) {
    // Median of three as the pivot keeps sorted and reversed inputs linear.
    const mid = (left + right) >>> 1;
    const a = values[left] as number;
    const b = values[mid] as number;
    const c = values[right] as number;
    const pivot = Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    let i = left;
    let j = right;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k] as number;
}

/**
 * Sample variance from a sum, a sum of squares and a count; `null` below two values. Never negative.
 *
 * @example
 * sampleVariance(6, 14, 3); // 1: the values 1, 2, 3 (sum 6, squares 1 + 4 + 9)
 */
export function sampleVariance(sum: number, sumSquares: number, count: number): number | null {
  if (count < 2) return null;
  const mean = sum / count;
  return Math.max(0, (sumSquares - count * mean * mean) / (count - 1));
}

/**
 * `true` for a finite number (not NaN, not ±Infinity).
 *
 * @example
 * isFiniteNumber(3); // true
 * isFiniteNumber(Number.NaN); // false
 * isFiniteNumber('3'); // false
 */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
