import { describe, expect, it } from 'vitest';
import { H, resolved, run, ticket } from './fixtures';

describe('avgComplaintHandlingTime', () => {
  it('averages the resolution time of complaints only and censors open complaints', () => {
    // complaints 3 h and 5 h → 4 h; the 1 h repair is not a complaint; one open complaint censored,
    // the open repair is not counted at all
    const v = run('avgComplaintHandlingTime', [
      resolved(3, { kind: 'complaint' }),
      resolved(5, { kind: 'complaint' }),
      resolved(1, { kind: 'repair' }),
      ticket({ kind: 'complaint' }),
      ticket({ kind: 'repair' }),
    ]);
    expect(v.value).toBe(4 * H);
    expect(v.count).toBe(2);
    expect(v.censored).toBe(1);
  });

  it('is null with noData when there are no resolved complaints', () => {
    const v = run('avgComplaintHandlingTime', [resolved(1, { kind: 'repair' })]);
    expect(v.value).toBeNull();
    expect(v.reason).toBe('noData');
  });
});
