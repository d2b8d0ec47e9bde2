/**
 * What every bench child process shares: forced GC, heap readings, the markers the runner reads
 * the `--trace-gc` output between, and the one result line it parses.
 *
 * Protocol on stdout (a pipe, written synchronously on Linux, so V8's `--trace-gc` lines and ours
 * stay in order): `##MARK start <i>` and `##MARK end <i> <heapUsed bytes>` around run `i`, and one
 * `##RESULT <json>` line at the end.
 */

declare const gc: (() => void) | undefined;

/** Full GC twice (the second one collects what finalisers of the first freed). */
export function fullGc(): void {
  if (typeof gc !== 'function')
    throw new Error('bench child: run node with --expose-gc (the bench runner does)');
  gc();
  gc();
}

/** `heapUsed` after a full GC, bytes. */
export function settledHeap(): number {
  fullGc();
  return process.memoryUsage().heapUsed;
}

/** Prints the marker before run `i`. */
export function markStart(i: number): void {
  process.stdout.write(`##MARK start ${i}\n`);
}

/** Prints the marker after run `i`, with the heap in use at that moment (garbage included). */
export function markEnd(i: number): void {
  process.stdout.write(`##MARK end ${i} ${process.memoryUsage().heapUsed}\n`);
}

/** One measured run as the child reports it; the runner adds the peak from the GC trace. */
export interface ChildRun {
  ms: number;
  /** `heapUsed` after a full GC just before the run, bytes. */
  baseHeap: number;
}

/**
 * Runs `fn` `runs` times, each after a full GC and between markers, and returns the times and
 * the settled heap before each. `keep` receives each run's result (so it stays alive until the
 * end marker, counting in the peak) — the last one is returned for the sanity check.
 */
export function measureRuns<T>(runs: number, fn: () => T): { runs: ChildRun[]; last: T } {
  const out: ChildRun[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    last = undefined;
    const baseHeap = settledHeap();
    markStart(i);
    const t0 = performance.now();
    const result = fn();
    const ms = performance.now() - t0;
    markEnd(i);
    last = result;
    out.push({ ms, baseHeap });
  }
  return { runs: out, last: last as T };
}

/** Writes the result line and ends the process. */
export function report(result: unknown): void {
  process.stdout.write(`##RESULT ${JSON.stringify(result)}\n`);
}

/** Reads `--name=value` arguments. */
export function args(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of process.argv.slice(2)) {
    const m = /^--([^=]+)=(.*)$/.exec(a);
    if (m) out[m[1] as string] = m[2] as string;
  }
  return out;
}

/** A required numeric argument. */
export function numberArg(all: Record<string, string>, name: string): number {
  const v = Number(all[name]);
  if (!Number.isFinite(v)) throw new Error(`bench child: --${name}=<number> is required`);
  return v;
}
