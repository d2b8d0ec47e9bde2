import { describe, expect, it } from 'vitest';
import { agent, run } from './fixtures';

describe('avgTrainingHours', () => {
  it('is the mean of the training hours given, an explicit 0 included', () => {
    // (4 + 8 + 0) ÷ 3 = 4
    const v = run('avgTrainingHours', [
      agent({ trainingHours: 4 }),
      agent({ trainingHours: 8 }),
      agent({ trainingHours: 0 }),
      agent(),
    ]);
    expect(v.value).toBe(4);
    expect(v.count).toBe(3);
    expect(v.unit).toBe('number');
  });

  it('is null with noData when no hours are given', () => {
    expect(run('avgTrainingHours', [agent()]).value).toBeNull();
  });
});
