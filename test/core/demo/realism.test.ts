import { generateDemoDataset, type DemoDataset } from '@servicescore/core/demo';
import type { ServiceTicket } from '@servicescore/core';
import { describe, expect, it } from 'vitest';

const demo: DemoDataset = generateDemoDataset();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const counted = demo.tickets.filter((t) => t.excluded === undefined);
const isResolved = (t: ServiceTicket) =>
  (t.status === 'resolved' || t.status === 'closed') && t.resolvedAt !== undefined;
const resolved = counted.filter(isResolved);
const beijingHour = (t: number) => Math.floor(((t + 8 * HOUR) % DAY) / HOUR);
const monthStarts = demo.meta.months.map(
  (_, i) => Date.UTC(2026, 4 + i, 1) - 8 * HOUR, // 2026-05 … 2026-10 at Beijing midnight
);
const monthOf = (t: number) => monthStarts.filter((s) => s <= t).length - 1;
const pdca = demo.meta.months.indexOf(demo.meta.pdcaMonth); // 3
const share = (part: number, whole: number) => part / whole;
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

describe('the default demo looks like a real service desk', () => {
  it('has a top-2-box CSAT between 80 % and 92 %', () => {
    const rated = counted.filter((t) => t.csat !== undefined);
    expect(
      share(rated.filter((t) => (t.csat as number) >= 4).length, rated.length),
    ).toBeGreaterThan(0.8);
    expect(share(rated.filter((t) => (t.csat as number) >= 4).length, rated.length)).toBeLessThan(
      0.92,
    );
  });

  it('has a first-contact resolution rate between 70 % and 85 %', () => {
    const fcr = share(
      resolved.filter((t) => t.contacts === 1 && t.reopens === 0).length,
      resolved.length,
    );
    expect(fcr).toBeGreaterThan(0.7);
    expect(fcr).toBeLessThan(0.85);
  });

  it('answers 85–97 % of tickets within the 24 h response SLA (or the contract due)', () => {
    let hit = 0;
    let due = 0;
    for (const t of counted) {
      const dueAt = t.responseDueAt ?? t.createdAt + 24 * HOUR;
      if (t.firstResponseAt !== undefined) {
        due++;
        if (t.firstResponseAt <= dueAt) hit++;
      } else if (dueAt < demo.meta.asOf) due++; // overdue and unanswered: a miss
    }
    expect(share(hit, due)).toBeGreaterThan(0.85);
    expect(share(hit, due)).toBeLessThan(0.97);
  });

  it('has a complaint rate between 3 % and 7 %', () => {
    const rate = share(counted.filter((t) => t.kind === 'complaint').length, counted.length);
    expect(rate).toBeGreaterThan(0.03);
    expect(rate).toBeLessThan(0.07);
  });

  it('has an NPS between +20 and +45', () => {
    const answers = counted.filter((t) => t.nps !== undefined).map((t) => t.nps as number);
    const nps =
      (100 * (answers.filter((x) => x >= 9).length - answers.filter((x) => x <= 6).length)) /
      answers.length;
    expect(nps).toBeGreaterThan(20);
    expect(nps).toBeLessThan(45);
  });

  it('surveys about a third of resolved tickets, asks NPS and reviews less often', () => {
    const csat = share(resolved.filter((t) => t.csat !== undefined).length, resolved.length);
    const nps = share(resolved.filter((t) => t.nps !== undefined).length, resolved.length);
    const review = share(resolved.filter((t) => t.review !== undefined).length, resolved.length);
    expect(csat).toBeGreaterThan(0.3); // 35 % asked; a few answers come after asOf
    expect(csat).toBeLessThan(0.4);
    expect(nps).toBeGreaterThan(0.2);
    expect(nps).toBeLessThan(0.3);
    expect(review).toBeGreaterThan(0.25);
    expect(review).toBeLessThan(0.35);
  });

  it('excludes about 1 % of tickets as duplicate, spam or test', () => {
    const excluded = demo.tickets.length - counted.length;
    expect(share(excluded, demo.tickets.length)).toBeGreaterThan(0.005);
    expect(share(excluded, demo.tickets.length)).toBeLessThan(0.02);
  });

  it('has log-normally skewed resolution times (mean well above the median)', () => {
    const hours = resolved
      .map((t) => ((t.resolvedAt as number) - t.createdAt) / HOUR)
      .sort((a, b) => a - b);
    const median = hours[Math.floor(hours.length / 2)] as number;
    expect(mean(hours)).toBeGreaterThan(1.5 * median);
  });

  it('answers about 95 % of calls', () => {
    const rate = share(demo.calls.filter((c) => c.answered).length, demo.calls.length);
    expect(rate).toBeGreaterThan(0.92);
    expect(rate).toBeLessThan(0.98);
  });

  it('loses 2–4 % of active customers a month', () => {
    const active = demo.customers.filter((c) => c.activeAtStart);
    const churn = share(active.filter((c) => !c.activeAtEnd).length, active.length);
    expect(churn).toBeGreaterThan(0.02);
    expect(churn).toBeLessThan(0.04);
  });
});

describe('arrivals', () => {
  it('creates more than 70 % of each month’s tickets between 09:00 and 17:59 Beijing time', () => {
    for (let m = 0; m < monthStarts.length; m++) {
      const inMonth = demo.tickets.filter((t) => monthOf(t.createdAt) === m);
      const working = inMonth.filter(
        (t) => beijingHour(t.createdAt) >= 9 && beijingHour(t.createdAt) <= 17,
      );
      expect(share(working.length, inMonth.length), demo.meta.months[m]).toBeGreaterThan(0.7);
    }
  });

  it('peaks at 10:00 and 15:00 rather than at 12:00 or 03:00', () => {
    const byHour = new Array<number>(24).fill(0);
    for (const t of demo.tickets) {
      const h = beijingHour(t.createdAt);
      byHour[h] = (byHour[h] as number) + 1;
    }
    expect(byHour[10]).toBeGreaterThan(byHour[12] as number);
    expect(byHour[15]).toBeGreaterThan(byHour[12] as number);
    expect(byHour[10]).toBeGreaterThan(10 * (byHour[3] as number));
  });

  it('receives fewer tickets on a weekend day than on a weekday', () => {
    let weekend = 0;
    let weekday = 0;
    for (const t of demo.tickets) {
      const day = (Math.floor((t.createdAt + 8 * HOUR) / DAY) + 4) % 7; // 0 = Sunday
      if (day === 0 || day === 6) weekend++;
      else weekday++;
    }
    expect(weekend / 2).toBeLessThan(0.7 * (weekday / 5)); // per day
  });

  it('grows mildly from the first month to the last', () => {
    const first = demo.tickets.filter((t) => monthOf(t.createdAt) === 0).length;
    const last = demo.tickets.filter((t) => monthOf(t.createdAt) === 5).length;
    expect(last).toBeGreaterThan(first);
    expect(last).toBeLessThan(1.4 * first);
  });
});

describe('status at asOf', () => {
  it('concentrates open and pending tickets in the last month', () => {
    const open = counted.filter((t) => t.status === 'open' || t.status === 'pending');
    expect(open.length).toBeGreaterThan(10);
    expect(
      share(open.filter((t) => monthOf(t.createdAt) === 5).length, open.length),
    ).toBeGreaterThan(0.5);
  });

  it('has both resolved and closed tickets', () => {
    expect(resolved.filter((t) => t.status === 'resolved').length).toBeGreaterThan(100);
    expect(resolved.filter((t) => t.status === 'closed').length).toBeGreaterThan(4000);
  });
});

describe('complaint causes', () => {
  it('are Pareto-shaped: the top three causes hold 70–90 % of complaints', () => {
    const counts = new Map<string, number>();
    for (const t of counted)
      if (t.kind === 'complaint')
        counts.set(t.category as string, (counts.get(t.category as string) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const total = sorted.reduce((s, x) => s + x, 0);
    const top3 = (sorted[0] ?? 0) + (sorted[1] ?? 0) + (sorted[2] ?? 0);
    expect(share(top3, total)).toBeGreaterThan(0.7);
    expect(share(top3, total)).toBeLessThan(0.9);
    expect(counts.size).toBeGreaterThanOrEqual(8);
  });

  it('include repeat faults: same customer, product and cause within 30 days of a resolution', () => {
    const byCustomer = new Map<string, ServiceTicket[]>();
    for (const t of counted) {
      const list = byCustomer.get(t.customerId as string) ?? [];
      list.push(t);
      byCustomer.set(t.customerId as string, list);
    }
    let repeats = 0;
    for (const a of resolved) {
      const later = byCustomer.get(a.customerId as string) ?? [];
      const repeated = later.some(
        (b) =>
          b.createdAt > (a.resolvedAt as number) &&
          b.createdAt <= (a.resolvedAt as number) + 30 * DAY &&
          b.productId === a.productId &&
          b.category === a.category,
      );
      if (repeated) repeats++;
    }
    expect(share(repeats, resolved.length)).toBeGreaterThan(0.01);
    expect(share(repeats, resolved.length)).toBeLessThan(0.08);
  });
});

describe('the improvement cycle (PDCA)', () => {
  const before = counted.filter((t) => monthOf(t.createdAt) < pdca);
  const after = counted.filter((t) => monthOf(t.createdAt) > pdca);

  it('cuts the mean first-response time by at least 15 % after the PDCA month', () => {
    const response = (ts: ServiceTicket[]) =>
      mean(
        ts
          .filter((t) => t.firstResponseAt !== undefined)
          .map((t) => (t.firstResponseAt as number) - t.createdAt),
      );
    expect(response(after)).toBeLessThan(0.85 * response(before));
  });

  it('raises first-contact resolution', () => {
    const fcr = (ts: ServiceTicket[]) => {
      const res = ts.filter(isResolved);
      return share(res.filter((t) => t.contacts === 1 && t.reopens === 0).length, res.length);
    };
    expect(fcr(after)).toBeGreaterThan(fcr(before) + 0.03);
  });

  it('reduces complaints about the top cause', () => {
    const top = demo.meta.categories[0]?.id; // poor-installation
    const rate = (ts: ServiceTicket[]) =>
      share(ts.filter((t) => t.kind === 'complaint' && t.category === top).length, ts.length);
    expect(rate(after)).toBeLessThan(0.8 * rate(before));
  });
});

describe('agents', () => {
  const csatByAgent = demo.meta.agents.map((a) => {
    const scores = counted
      .filter((t) => t.agentId === a.id && t.csat !== undefined)
      .map((t) => t.csat as number);
    return mean(scores);
  });
  const sorted = [...csatByAgent].sort((a, b) => a - b);
  const median = ((sorted[11] as number) + (sorted[12] as number)) / 2;

  it('include two or three weak agents whose mean CSAT is visibly lower', () => {
    const weak = csatByAgent.filter((x) => x < median - 0.5).length;
    expect(weak).toBeGreaterThanOrEqual(2);
    expect(weak).toBeLessThanOrEqual(3);
  });

  it('keep most agents close to the median', () => {
    expect(csatByAgent.filter((x) => Math.abs(x - median) <= 0.4).length).toBeGreaterThanOrEqual(
      18,
    );
  });

  it('score lower on quality inspection when weak (the three lowest-CSAT agents)', () => {
    const kb = demo.meta.agents.map((a) =>
      mean(
        counted
          .filter((t) => t.agentId === a.id && t.qa !== undefined)
          .map((t) => t.qa?.knowledgeBase as number),
      ),
    );
    const byCsat = csatByAgent
      .map((c, i) => [c, kb[i] as number] as const)
      .sort((x, y) => x[0] - y[0]);
    const weakKb = mean(byCsat.slice(0, 3).map(([, k]) => k));
    expect(weakKb).toBeLessThan(mean(kb) - 5);
  });

  it('score 60–100 on quality inspection for about a fifth of resolved tickets', () => {
    const qa = counted.filter((t) => t.qa !== undefined);
    expect(share(qa.length, resolved.length)).toBeGreaterThan(0.15);
    expect(share(qa.length, resolved.length)).toBeLessThan(0.25);
    for (const t of qa) {
      for (const score of Object.values(t.qa ?? {})) {
        expect(score).toBeGreaterThanOrEqual(60);
        expect(score).toBeLessThanOrEqual(100);
      }
    }
  });
});
