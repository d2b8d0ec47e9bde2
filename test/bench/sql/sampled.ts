/** Peak memory of a bench child while an asynchronous run goes on (DuckDB's memory is native). */

/** One timed run: its time, and the process's RSS before and at its peak, and its extra heap. */
export interface SampledRun {
  ms: number;
  rssBefore: number;
  peakRss: number;
  peakExtraHeap: number;
}

/** Times `fn`, sampling this process's RSS and heap every 20 ms while it runs. */
export async function sampled<T>(fn: () => Promise<T>): Promise<SampledRun & { value: T }> {
  const before = process.memoryUsage();
  let rss = before.rss;
  let heap = before.heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 20);
  const t0 = performance.now();
  const value = await fn();
  const ms = performance.now() - t0;
  clearInterval(timer);
  const after = process.memoryUsage();
  return {
    value,
    ms,
    rssBefore: before.rss,
    peakRss: Math.max(rss, after.rss),
    peakExtraHeap: Math.max(heap, after.heapUsed) - before.heapUsed,
  };
}
