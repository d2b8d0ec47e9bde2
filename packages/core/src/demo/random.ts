/**
 * A small, fast, seeded pseudo-random generator for the demo dataset: sfc32 (Chris Doty-Humphrey's
 * Small Fast Chaotic generator, 128-bit state) seeded through splitmix32, plus Box–Muller normals.
 * Pure integer arithmetic, so the same seed gives the same stream on every machine and time zone.
 */

const TWO_POW_32 = 4294967296;

/** splitmix32 step: scrambles a 32-bit value into a well-mixed 32-bit value. */
function splitmix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  let z = x;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * Seeded generator. `stream` gives independent sequences from one seed, so each table draws from
 * its own stream (changing the number of calls does not reshuffle the tickets).
 */
export class Random {
  /** sfc32 state a, b, c, d (a typed array: int32 stores never box a number). */
  private readonly state = new Int32Array(4);
  /** The second normal of the last polar pair, and whether it is unused (1) or not (0). */
  private readonly spare = new Float64Array(2);

  constructor(seed: number, stream = 0) {
    // Fold a (possibly larger than 32-bit) integer seed and the stream id into the state.
    const lo = seed | 0;
    const hi = Math.floor(seed / TWO_POW_32) | 0;
    const state = this.state;
    let s = splitmix32(lo ^ Math.imul(stream + 1, 0x27d4eb2d));
    state[0] = s;
    s = splitmix32(s ^ hi);
    state[1] = s;
    s = splitmix32(s + stream);
    state[2] = s;
    s = splitmix32(s);
    state[3] = s | 1;
    // Discard the first outputs: sfc32 needs a few rounds to mix a fresh state.
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const state = this.state;
    const a = state[0] as number;
    const b = state[1] as number;
    const c = state[2] as number;
    const d = state[3] as number;
    const t = (((a + b) | 0) + d) | 0;
    state[3] = d + 1;
    state[0] = b ^ (b >>> 9);
    state[1] = c + (c << 3);
    state[2] = ((c << 21) | (c >>> 11)) + t;
    return (t >>> 0) / TWO_POW_32;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform in [min, max). */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** `true` with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /**
   * Standard normal, by the Box–Muller transform in Marsaglia's polar form (no trigonometry);
   * the second value of each pair is kept for the next call.
   */
  normal(): number {
    const spare = this.spare;
    if (spare[1] === 1) {
      spare[1] = 0;
      return spare[0] as number;
    }
    let u: number;
    let v: number;
    let s: number;
    do {
      u = 2 * this.next() - 1;
      v = 2 * this.next() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    spare[0] = v * f;
    spare[1] = 1;
    return u * f;
  }

  /** Log-normal with the given median and log-space standard deviation. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Exponential with mean 1. */
  exponential(): number {
    return -Math.log(1 - this.next());
  }

  /** Index drawn from a cumulative weight table (last entry = total). */
  pickCumulative(cumulative: ArrayLike<number>): number {
    const n = cumulative.length;
    const x = this.next() * (cumulative[n - 1] as number);
    // Linear scan: the tables are short (≤ a dozen entries) except agents, which use bisection.
    if (n <= 16) {
      for (let i = 0; i < n - 1; i++) if (x < (cumulative[i] as number)) return i;
      return n - 1;
    }
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (x < (cumulative[mid] as number)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Running sums of `weights` (for {@link Random.pickCumulative}). */
export function cumulate(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i] as number;
    out[i] = sum;
  }
  return out;
}

/** Clamps `x` into [min, max]. */
export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}
