import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastIsoInstant, parseIsoString } from '../../../packages/core/src/data/instant';

/** The general path's answer for a full instant: epoch ms, or NaN when it is not one. */
function general(text: string): number {
  const parts = parseIsoString(text.trim());
  if (parts === undefined || parts === null || parts.offset === undefined) return Number.NaN;
  return parts.local - parts.offset;
}

describe('fastIsoInstant', () => {
  it('reads the canonical shapes exactly', () => {
    expect(fastIsoInstant('2026-03-05T08:12:44Z')).toBe(Date.UTC(2026, 2, 5, 8, 12, 44));
    expect(fastIsoInstant('2026-03-05T08:12:44.5Z')).toBe(Date.UTC(2026, 2, 5, 8, 12, 44, 500));
    // 16:00 at +08:00 is 08:00 UTC.
    expect(fastIsoInstant('2026-03-05T16:00:00.000+08:00')).toBe(Date.UTC(2026, 2, 5, 8));
    // 03:00 at −05:30 is 08:30 UTC.
    expect(fastIsoInstant('2026-03-05T03:00:00-05:30')).toBe(Date.UTC(2026, 2, 5, 8, 30));
    expect(fastIsoInstant('2024-02-29T00:00:00Z')).toBe(Date.UTC(2024, 1, 29));
  });

  it('leaves every other shape to the general path (NaN)', () => {
    for (const text of [
      '2026-03-05 08:12:44Z', // space separator: general path
      '2026-03-05T08:12Z', // no seconds
      '2026-03-05T08:12:44', // no offset
      ' 2026-03-05T08:12:44Z', // surrounding space
      '2026-02-29T00:00:00Z', // not a leap year
      '2026-13-01T00:00:00Z',
      '2026-03-05T24:00:00Z',
      '2026-03-05T08:12:44+0800',
      '2026-03-05T08:12:44.Z',
      '2026-03-05T08:12:44.1234567890Z',
    ]) {
      expect(fastIsoInstant(text), text).toBeNaN();
    }
  });

  it('agrees with the general path on every string it accepts', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    const iso = fc
      .record({
        y: fc.integer({ min: 0, max: 9999 }),
        mo: fc.integer({ min: 0, max: 13 }),
        d: fc.integer({ min: 0, max: 32 }),
        h: fc.integer({ min: 0, max: 25 }),
        mi: fc.integer({ min: 0, max: 60 }),
        s: fc.integer({ min: 0, max: 60 }),
        frac: fc.option(fc.stringMatching(/^[0-9]{0,10}$/)),
        zone: fc.oneof(
          fc.constant('Z'),
          fc.constant('z'),
          fc
            .tuple(
              fc.constantFrom('+', '-'),
              fc.integer({ min: 0, max: 24 }),
              fc.integer({ min: 0, max: 60 }),
            )
            .map(([sign, h, m]) => `${sign}${pad(h, 2)}:${pad(m, 2)}`),
          fc.constant(''),
        ),
      })
      .map(
        (p) =>
          `${pad(p.y, 4)}-${pad(p.mo, 2)}-${pad(p.d, 2)}T${pad(p.h, 2)}:${pad(p.mi, 2)}:${pad(p.s, 2)}${p.frac === null ? '' : `.${p.frac}`}${p.zone}`,
      );
    fc.assert(
      fc.property(fc.oneof(iso, fc.string()), (text) => {
        const fast = fastIsoInstant(text);
        if (!Number.isNaN(fast)) expect(fast).toBe(general(text));
      }),
      { numRuns: 2000 },
    );
  });
});
