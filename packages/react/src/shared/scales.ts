// The scales the charts need, written out with d3's algorithms (same numbers): a linear scale with
// d3's "nice" domain and ticks, and a band scale. d3-scale through @visx/scale (scaleLinear ≈ 11.6 KB
// gzip, with scaleBand ≈ 12.4 KB) brought d3-interpolate, d3-color, d3-format and d3-time into
// every host's bundle. Lines are visx's `Line` / `LinePath` (d3-shape, ≈ 3.5 KB gzip).

const e10 = Math.sqrt(50);
const e5 = Math.sqrt(10);
const e2 = Math.sqrt(2);

/** d3-array's `tickIncrement`: a 1, 2 or 5 × 10ⁿ step (negative: its inverse) for ~`count` ticks. */
function tickIncrement(start: number, stop: number, count: number): number {
  const step = (stop - start) / Math.max(0, count);
  const power = Math.floor(Math.log(step) / Math.LN10);
  const error = step / 10 ** power;
  const factor = error >= e10 ? 10 : error >= e5 ? 5 : error >= e2 ? 2 : 1;
  return power >= 0 ? factor * 10 ** power : -(10 ** -power) / factor;
}

/** d3-array's `ticks` for `start ≤ stop`. */
function ticks(start: number, stop: number, count: number): number[] {
  if (start === stop && count > 0) return [start];
  let step = tickIncrement(start, stop, count);
  if (step === 0 || !Number.isFinite(step)) return [];
  const out: number[] = [];
  if (step > 0) {
    let r0 = Math.round(start / step);
    let r1 = Math.round(stop / step);
    if (r0 * step < start) ++r0;
    if (r1 * step > stop) --r1;
    for (let i = r0; i <= r1; i++) out.push(i * step);
  } else {
    step = -step;
    let r0 = Math.round(start * step);
    let r1 = Math.round(stop * step);
    if (r0 / step < start) ++r0;
    if (r1 / step > stop) --r1;
    for (let i = r0; i <= r1; i++) out.push(i / step);
  }
  return out;
}

/** d3-scale's `linear.nice()` (10 ticks) of an increasing domain. */
function niceDomain(start: number, stop: number): [number, number] {
  let prestep: number | undefined;
  for (let iter = 0; iter < 10; iter++) {
    const step = tickIncrement(start, stop, 10);
    if (step === prestep) return [start, stop];
    if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    prestep = step;
  }
  return [start, stop];
}

/** A linear scale (unclamped) with d3's arithmetic, its ticks and its domain. */
export interface LinearScale {
  (value: number): number;
  /** About `count` round values inside the domain (d3's `ticks`). */
  ticks(count: number): number[];
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

/**
 * A linear scale from `domain` (increasing) to `range`; with `nice`, the domain is first widened
 * to round values as d3's `nice()` does (0–87 → 0–90).
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  nice = false,
): LinearScale {
  const [d0, d1] = nice ? niceDomain(domain[0], domain[1]) : domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = (value: number) => {
    const t = span ? (value - d0) / span : Number.isNaN(span) ? Number.NaN : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
  return Object.assign(scale, {
    ticks: (count: number) => ticks(d0, d1, count),
    domain: [d0, d1] as const,
    range: [r0, r1] as const,
  });
}

/** A band scale: each key's start, the band width and the step (d3's `scaleBand`, align 0.5). */
export interface BandScale {
  start(key: string): number | undefined;
  bandwidth: number;
  step: number;
}

/** d3's `scaleBand().domain(keys).range([0, width]).paddingInner(inner).paddingOuter(outer)`. */
export function bandScale(
  keys: readonly string[],
  width: number,
  paddingInner: number,
  paddingOuter: number,
): BandScale {
  // Like d3's ordinal domain, a repeated key keeps its first place and takes no band of its own.
  const index = new Map<string, number>();
  for (const key of keys) if (!index.has(key)) index.set(key, index.size);
  const n = index.size;
  const step = width / Math.max(1, n - paddingInner + paddingOuter * 2);
  const first = (width - step * (n - paddingInner)) * 0.5;
  return {
    start: (key) => {
      const i = index.get(key);
      return i === undefined ? undefined : first + step * i;
    },
    bandwidth: step * (1 - paddingInner),
    step,
  };
}
