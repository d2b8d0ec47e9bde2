import { describe, expect, it } from 'vitest';
import { dataset, rated, run, ticket } from './fixtures';

describe('complaintSatisfaction', () => {
  it('counts top-box answers among complaint tickets only', () => {
    // complaints: 5, 4, 2 → 2 of 3; a repair rated 1 is ignored
    const tickets = [
      ...rated([5, 4, 2], { kind: 'complaint' }),
      ticket({ kind: 'repair', csat: 1 }),
    ];
    const v = run('complaintSatisfaction', dataset(tickets));
    expect(v).toMatchObject({ numerator: 2, denominator: 3, sampleSize: 3 });
    expect(v?.value).toBeCloseTo(2 / 3, 12);
  });

  it('treats a ticket without kind as not a complaint', () => {
    expect(run('complaintSatisfaction', dataset(rated([5, 5])))).toMatchObject({
      value: null,
      reason: 'noData',
    });
  });

  it('leaves unrated complaints out', () => {
    // complaint rated 4 + complaint unrated → 1 of 1
    const v = run(
      'complaintSatisfaction',
      dataset([ticket({ kind: 'complaint', csat: 4 }), ticket({ kind: 'complaint' })]),
    );
    expect(v).toMatchObject({ value: 1, denominator: 1 });
  });

  it('is insufficient at 29 answers and sufficient at 30', () => {
    expect(
      run('complaintSatisfaction', dataset(rated(new Array(29).fill(5), { kind: 'complaint' })))
        ?.sufficient,
    ).toBe(false);
    expect(
      run('complaintSatisfaction', dataset(rated(new Array(30).fill(5), { kind: 'complaint' })))
        ?.sufficient,
    ).toBe(true);
  });
});
