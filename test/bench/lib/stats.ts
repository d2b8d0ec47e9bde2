/** Median, min and max of a non-empty sample. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Summarises `values` (the median of an even count is the mean of the middle two). */
export function summarise(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('summarise: no values to summarise');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return {
    median,
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    runs: sorted.length,
  };
}
