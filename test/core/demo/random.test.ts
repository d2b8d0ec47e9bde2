import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Random } from '../../../packages/core/src/demo/random';

describe('demo Random (sfc32 + polar Box–Muller)', () => {
  it('repeats the same stream for the same seed and stream id', () => {
    const a = new Random(42, 3);
    const b = new Random(42, 3);
    for (let i = 0; i < 100; i++) expect(a.next()).toBe(b.next());
  });

  it('gives a different stream for another stream id', () => {
    const a = new Random(42, 3);
    const b = new Random(42, 4);
    expect([a.next(), a.next(), a.next()]).not.toEqual([b.next(), b.next(), b.next()]);
  });

  it('draws uniforms in [0, 1) for any integer seed', () => {
    fc.assert(
      fc.property(fc.integer(), fc.nat(10), (seed, stream) => {
        const r = new Random(seed, stream);
        for (let i = 0; i < 50; i++) {
          const x = r.next();
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
        }
      }),
    );
  });

  it('draws uniforms with mean ≈ 1/2 and every decile ≈ 10 %', () => {
    const r = new Random(1);
    const deciles = new Array<number>(10).fill(0);
    let sum = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const x = r.next();
      sum += x;
      const d = Math.floor(x * 10);
      deciles[d] = (deciles[d] as number) + 1;
    }
    expect(sum / n).toBeCloseTo(0.5, 2);
    for (const d of deciles) expect(Math.abs(d / n - 0.1)).toBeLessThan(0.005);
  });

  it('draws standard normals with mean ≈ 0 and standard deviation ≈ 1', () => {
    const r = new Random(2);
    const n = 100_000;
    let sum = 0;
    let squares = 0;
    let within1 = 0;
    for (let i = 0; i < n; i++) {
      const z = r.normal();
      sum += z;
      squares += z * z;
      if (Math.abs(z) <= 1) within1++;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.02);
    expect(Math.sqrt(squares / n)).toBeCloseTo(1, 1);
    expect(within1 / n).toBeCloseTo(0.6827, 2); // P(|Z| ≤ 1)
  });

  it('draws log-normals around the given median', () => {
    const r = new Random(3);
    const xs = Array.from({ length: 20_001 }, () => r.logNormal(5, 1)).sort((a, b) => a - b);
    expect(xs[10_000]).toBeGreaterThan(4.7);
    expect(xs[10_000]).toBeLessThan(5.3);
  });

  it('picks from a cumulative table in proportion to the weights', () => {
    const r = new Random(4);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) {
      const k = r.pickCumulative([1, 3, 6]); // weights 1, 2, 3
      counts[k] = (counts[k] as number) + 1;
    }
    expect((counts[0] as number) / 30_000).toBeCloseTo(1 / 6, 1);
    expect((counts[1] as number) / 30_000).toBeCloseTo(2 / 6, 1);
    expect((counts[2] as number) / 30_000).toBeCloseTo(3 / 6, 1);
  });

  it('picks by bisection from long tables too', () => {
    const r = new Random(5);
    const table = Array.from({ length: 40 }, (_, i) => i + 1); // 40 equal weights
    const counts = new Array<number>(40).fill(0);
    for (let i = 0; i < 40_000; i++) {
      const k = r.pickCumulative(table);
      counts[k] = (counts[k] as number) + 1;
    }
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(150);
  });
});
