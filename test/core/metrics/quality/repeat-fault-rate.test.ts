import { describe, expect, it } from 'vitest';
import { DAY, HOUR, R, T0, WINDOW, later, customerTicket as ticket, run } from './fixtures';

describe('repeatFaultRate', () => {
  it('counts a resolved ticket followed by a new ticket of the same customer within 30 days', () => {
    // c1: resolved, new fault 10 days later → repeated; c2: resolved, nothing since → not → 1 / 2
    const tickets = [ticket(), later(R + 10 * DAY), ticket({ customerId: 'c2' })];
    expect(run('repeatFaultRate', tickets)).toMatchObject({
      value: 0.5,
      numerator: 1,
      denominator: 2,
      sampleSize: 2,
    });
  });

  it('counts a repeat at exactly 30 days (inclusive)', () => {
    // new fault at R + 30 d → repeated: 1 / 1
    expect(run('repeatFaultRate', [ticket(), later(R + WINDOW)])).toMatchObject({
      value: 1,
      numerator: 1,
      denominator: 1,
    });
  });

  it('does not count a new ticket at 30 days + 1 ms', () => {
    // new fault at R + 30 d + 1 ms → outside the window: 0 / 1
    expect(run('repeatFaultRate', [ticket(), later(R + WINDOW + 1)])).toMatchObject({
      value: 0,
      numerator: 0,
      denominator: 1,
    });
  });

  it('honours a configured window (repeatWindowDays)', () => {
    // 7-day window: a new fault 8 days later is no repeat → 0 / 1; 7 days exactly is → 1 / 1
    expect(
      run('repeatFaultRate', [ticket(), later(R + 8 * DAY)], { repeatWindowDays: 7 })?.value,
    ).toBe(0);
    expect(
      run('repeatFaultRate', [ticket(), later(R + 7 * DAY)], { repeatWindowDays: 7 })?.value,
    ).toBe(1);
  });

  it('does not count a ticket of another customer as a repeat', () => {
    // c1 resolved, c2 reports 1 day later → c1 not repeated; c2's ticket is open → 0 / 1
    expect(run('repeatFaultRate', [ticket(), later(R + DAY, { customerId: 'c2' })])).toMatchObject({
      value: 0,
      denominator: 1,
    });
  });

  it('does not count a ticket created before the resolution as a repeat', () => {
    // second ticket of c1 created 30 min before the first was resolved → not a repeat: 0 / 1
    expect(run('repeatFaultRate', [ticket(), later(R - HOUR / 2)])).toMatchObject({
      value: 0,
      denominator: 1,
    });
  });

  it('leaves tickets without customerId out: neither counted nor censored', () => {
    // no customer on the resolved ticket → nothing to trace → noData, no censoring
    const v = run('repeatFaultRate', [
      ticket({ customerId: undefined }),
      later(R + DAY, { customerId: undefined }),
    ]);
    expect(v).toMatchObject({ value: null, reason: 'noData', denominator: 0 });
    expect(v?.censored).toBeUndefined();
  });

  it('requires the same product when both tickets know it', () => {
    // product p1 resolved, p2 reported a day later → different products: 0 / 1
    expect(
      run('repeatFaultRate', [ticket({ productId: 'p1' }), later(R + DAY, { productId: 'p2' })])
        ?.value,
    ).toBe(0);
    // p1 then p1 → repeat: 1 / 1
    expect(
      run('repeatFaultRate', [ticket({ productId: 'p1' }), later(R + DAY, { productId: 'p1' })])
        ?.value,
    ).toBe(1);
  });

  it('matches the product when only one of the two tickets knows it', () => {
    // p1 resolved, new ticket without product → repeat; and the other way round → repeat
    expect(run('repeatFaultRate', [ticket({ productId: 'p1' }), later(R + DAY)])?.value).toBe(1);
    expect(run('repeatFaultRate', [ticket(), later(R + DAY, { productId: 'p1' })])?.value).toBe(1);
  });

  it('requires the same category when both tickets know it, and matches when either lacks it', () => {
    // screen then battery → no repeat; screen then screen → repeat; screen then unknown → repeat
    expect(
      run('repeatFaultRate', [
        ticket({ category: 'screen' }),
        later(R + DAY, { category: 'battery' }),
      ])?.value,
    ).toBe(0);
    expect(
      run('repeatFaultRate', [
        ticket({ category: 'screen' }),
        later(R + DAY, { category: 'screen' }),
      ])?.value,
    ).toBe(1);
    expect(run('repeatFaultRate', [ticket({ category: 'screen' }), later(R + DAY)])?.value).toBe(1);
  });

  it('finds a matching repeat behind a non-matching one', () => {
    // p1 resolved; p2 after 1 day (no match), p1 after 2 days (match) → 1 / 1
    const tickets = [
      ticket({ productId: 'p1' }),
      later(R + DAY, { productId: 'p2' }),
      later(R + 2 * DAY, { productId: 'p1' }),
    ];
    expect(run('repeatFaultRate', tickets)?.value).toBe(1);
  });

  it('censors a ticket whose window is still open at asOf', () => {
    // asOf = R + 10 d, no repeat yet → not known: censored 1, nothing in the denominator
    const v = run('repeatFaultRate', [ticket()], { asOf: R + 10 * DAY });
    expect(v).toMatchObject({ value: null, reason: 'noData', censored: 1 });
  });

  it('counts an observed repeat even while the window is still open', () => {
    // asOf = R + 10 d, repeat on day 3 → 1 / 1, nothing censored
    const v = run('repeatFaultRate', [ticket(), later(R + 3 * DAY)], { asOf: R + 10 * DAY });
    expect(v).toMatchObject({ value: 1, denominator: 1 });
    expect(v?.censored).toBeUndefined();
  });

  it('judges the window closed when it ends exactly at asOf', () => {
    // asOf = R + 30 d → window closed, no repeat → 0 / 1
    expect(run('repeatFaultRate', [ticket()], { asOf: R + WINDOW })).toMatchObject({
      value: 0,
      denominator: 1,
    });
  });

  it('leaves open tickets out', () => {
    // only an open ticket with a customer → noData, not censored
    const v = run('repeatFaultRate', [later(T0)]);
    expect(v).toMatchObject({ value: null, reason: 'noData' });
    expect(v?.censored).toBeUndefined();
  });

  it('does not let an excluded ticket act as the repeat', () => {
    // the only later ticket is a duplicate → no repeat: 0 / 1
    expect(
      run('repeatFaultRate', [ticket(), later(R + DAY, { excluded: 'duplicate' })]),
    ).toMatchObject({ value: 0, denominator: 1 });
  });

  it('counts a resolved follow-up in its own right', () => {
    // A resolved, B (same customer) 5 d later and resolved 1 h after, nothing after B
    // A repeated (by B), B not → 1 / 2
    const tickets = [ticket(), ticket({ createdAt: R + 5 * DAY, resolvedAt: R + 5 * DAY + HOUR })];
    expect(run('repeatFaultRate', tickets)).toMatchObject({
      value: 0.5,
      numerator: 1,
      denominator: 2,
    });
  });
});
