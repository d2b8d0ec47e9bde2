import { describe, expect, it } from 'vitest';
import { complaint, run, ticket } from './fixtures';

describe('complaintRate', () => {
  it('divides complaint tickets by all tickets', () => {
    // 1 complaint among 4 tickets (repair, inquiry, no kind) → 0.25
    const tickets = [
      complaint(),
      ticket({ kind: 'repair' }),
      ticket({ kind: 'inquiry' }),
      ticket(),
    ];
    expect(run('complaintRate', tickets)).toMatchObject({
      value: 0.25,
      numerator: 1,
      denominator: 4,
      sampleSize: 4,
    });
  });

  it('counts open tickets in both parts', () => {
    // open complaint + open repair → 1 / 2
    const tickets = [
      complaint({ status: 'open', resolvedAt: undefined }),
      ticket({ status: 'open', resolvedAt: undefined }),
    ];
    expect(run('complaintRate', tickets)?.value).toBe(0.5);
  });

  it('keeps excluded tickets out', () => {
    // complaint + duplicate complaint + repair → 1 / 2
    expect(
      run('complaintRate', [complaint(), complaint({ excluded: 'duplicate' }), ticket()]),
    ).toMatchObject({ value: 0.5, denominator: 2 });
  });

  it('is a true zero, sufficient, when there are tickets but no complaints', () => {
    expect(run('complaintRate', [ticket({ kind: 'repair' })])).toMatchObject({
      value: 0,
      sufficient: true,
    });
  });

  it('is not recorded, not 0 %, when no ticket carries a kind', () => {
    // Two tickets, neither with `kind`: "no complaint" would be a figure built on absence.
    expect(run('complaintRate', [ticket(), ticket()])).toEqual({
      metricId: 'complaintRate',
      value: null,
      unit: 'ratio',
      sampleSize: 0,
      sufficient: false,
      reason: 'notRecorded',
      notRecorded: ['kind'],
    });
  });

  it('gives null with reason noData without tickets', () => {
    expect(run('complaintRate', [])).toMatchObject({ value: null, reason: 'noData' });
  });
});
