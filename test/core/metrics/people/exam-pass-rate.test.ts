import { describe, expect, it } from 'vitest';
import { agent, run } from './fixtures';

describe('examPassRate', () => {
  it('is passed ÷ took the exam', () => {
    // taken: passed, failed, no result (not passed) → 1 ÷ 3; not taken and unknown left out
    const v = run('examPassRate', [
      agent({ examTaken: true, examPassed: true }),
      agent({ examTaken: true, examPassed: false }),
      agent({ examTaken: true }),
      agent({ examTaken: false }),
      agent({ examPassed: true }),
    ]);
    expect(v.numerator).toBe(1);
    expect(v.denominator).toBe(3);
  });

  it('is null with noData when nobody took the exam', () => {
    expect(run('examPassRate', [agent({ examTaken: false })]).reason).toBe('noData');
  });
});
