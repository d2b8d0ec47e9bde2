/**
 * Reads a child's stdout (`--trace-gc` lines interleaved with the markers of `child.ts`) and
 * gives, per run, the peak heap in use: the largest "before" size of every GC between the run's
 * markers, or the heap at the end marker if larger. Between two GCs the heap grows by at most
 * the young generation (a few MB to tens of MB), so the peak is exact to about that.
 */

/** `[pid:0x…]  1234 ms: Scavenge 1890.1 (1950.2) -> 1880.3 (1960.2) MB, …` — sizes in MiB. */
const GC_LINE = /\d+ ms: [A-Za-z -]+? (\d+(?:\.\d+)?) \((\d+(?:\.\d+)?)\) -> (\d+(?:\.\d+)?) \(/;
const MIB = 1024 * 1024;

export interface TracedChild {
  /** Peak heap in use during run `i` (bytes). */
  peaks: number[];
  /** How many GCs ran during run `i`. */
  gcs: number[];
  /** The `##RESULT` JSON. */
  result: unknown;
  /** Lines that are neither GC lines nor markers (the child's own output). */
  other: string[];
}

/** Parses a child's whole stdout. */
export function readTrace(stdout: string): TracedChild {
  const peaks: number[] = [];
  const gcs: number[] = [];
  const other: string[] = [];
  let result: unknown;
  let current = -1;
  for (const line of stdout.split('\n')) {
    if (line.startsWith('##MARK start ')) {
      current = Number(line.slice(13));
      peaks[current] = 0;
      gcs[current] = 0;
    } else if (line.startsWith('##MARK end ')) {
      const [, , i, heap] = line.split(' ');
      const run = Number(i);
      peaks[run] = Math.max(peaks[run] ?? 0, Number(heap));
      current = -1;
    } else if (line.startsWith('##RESULT ')) {
      result = JSON.parse(line.slice(9));
    } else {
      const m = GC_LINE.exec(line);
      if (m) {
        if (current >= 0) {
          peaks[current] = Math.max(peaks[current] ?? 0, Number(m[1]) * MIB);
          gcs[current] = (gcs[current] ?? 0) + 1;
        }
      } else if (line.trim() !== '') other.push(line);
    }
  }
  return { peaks, gcs, result, other };
}
