import { describe, expect, it } from 'vitest';
import { run, ticket } from './fixtures';

describe('positiveReviewRate', () => {
  it('divides positive reviews by all reviews, neutral ones included', () => {
    // positive, positive, neutral, negative → 2 of 4 = 0.5
    const tickets = [
      ticket({ review: 'positive' }),
      ticket({ review: 'positive' }),
      ticket({ review: 'neutral' }),
      ticket({ review: 'negative' }),
    ];
    expect(run('positiveReviewRate', tickets)).toMatchObject({
      value: 0.5,
      numerator: 2,
      denominator: 4,
      sampleSize: 4,
    });
  });

  it('leaves tickets without a review out', () => {
    // positive + 2 without review → 1 of 1
    expect(
      run('positiveReviewRate', [ticket({ review: 'positive' }), ticket(), ticket()]),
    ).toMatchObject({ value: 1, denominator: 1 });
  });

  it('gives null with reason noData without reviews', () => {
    expect(run('positiveReviewRate', [ticket()])).toMatchObject({
      value: null,
      reason: 'noData',
      sufficient: false,
    });
  });

  it('is insufficient at 29 reviews and sufficient at 30 (minSample 30)', () => {
    const reviews = (n: number) => Array.from({ length: n }, () => ticket({ review: 'positive' }));
    expect(run('positiveReviewRate', reviews(29))?.sufficient).toBe(false);
    expect(run('positiveReviewRate', reviews(30))?.sufficient).toBe(true);
  });
});
