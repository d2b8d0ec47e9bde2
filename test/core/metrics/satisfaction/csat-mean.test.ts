import { describe, expect, it } from 'vitest';
import { dataset, rated, run, ticket } from './fixtures';

describe('csatMean', () => {
  it('averages the answers on the 1–5 scale', () => {
    // (5 + 4 + 3 + 1) / 4 = 13 / 4 = 3.25
    const v = run('csatMean', dataset(rated([5, 4, 3, 1])));
    expect(v).toMatchObject({ value: 3.25, sum: 13, count: 4, sampleSize: 4, unit: 'number' });
  });

  it('keeps the sum of squares for the t-test', () => {
    // 5² + 4² + 3² + 1² = 25 + 16 + 9 + 1 = 51
    expect(run('csatMean', dataset(rated([5, 4, 3, 1])))?.sumSquares).toBe(51);
  });

  it('leaves unanswered tickets out instead of counting them as 0', () => {
    // 4 and 2 answered, 2 unanswered → (4 + 2) / 2 = 3
    const v = run('csatMean', dataset([...rated([4, 2]), ticket(), ticket()]));
    expect(v).toMatchObject({ value: 3, count: 2 });
  });

  it('gives null with reason noData when nobody answered', () => {
    expect(run('csatMean', dataset([ticket()]))).toMatchObject({
      value: null,
      reason: 'noData',
      sufficient: false,
    });
  });

  it('is insufficient at 29 answers and sufficient at 30', () => {
    expect(run('csatMean', dataset(rated(new Array(29).fill(4))))?.sufficient).toBe(false);
    expect(run('csatMean', dataset(rated(new Array(30).fill(4))))?.sufficient).toBe(true);
  });
});
