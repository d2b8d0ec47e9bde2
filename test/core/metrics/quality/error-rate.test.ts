import { describe, expect, it } from 'vitest';
import { open, run, ticket } from './fixtures';

describe('errorRate', () => {
  it('divides resolved tickets with errors found by resolved tickets inspected', () => {
    // errors 3, 1, 0, 0 + one uninspected → 2 / 4 = 0.5 (three errors count once)
    const tickets = [
      ticket({ errors: 3 }),
      ticket({ errors: 1 }),
      ticket({ errors: 0 }),
      ticket({ errors: 0 }),
      ticket(),
    ];
    expect(run('errorRate', tickets)).toMatchObject({ value: 0.5, numerator: 2, denominator: 4 });
  });

  it('leaves open tickets out even when inspected', () => {
    // resolved errors 0 + open errors 2 → 0 / 1
    expect(run('errorRate', [ticket({ errors: 0 }), open({ errors: 2 })])).toMatchObject({
      value: 0,
      denominator: 1,
    });
  });

  it('gives null with reason noData when nothing was inspected', () => {
    expect(run('errorRate', [ticket(), ticket()])).toMatchObject({ value: null, reason: 'noData' });
  });
});
