/**
 * The sentinel-date case of issue 12: 10,000 tickets through `evaluateRecords` with a business
 * calendar, one of them resolved `9999-12-31T23:59:59Z` (a common "never" placeholder). Before the
 * instant domain and the week/year-skipping calendar this one ticket took 197 s and 1.17 GB; now it
 * is rejected at reading and the figure is that of the other 9,999 tickets.
 */
import { businessCalendar, evaluateRecords, weekdayHours } from '@servicescore/core';
import { measureRuns } from '../lib/child';

export const sentinelTickets = 10_000;

export function sentinelFigure(runs: number) {
  const calendar = businessCalendar({
    timeZone: 'Asia/Shanghai',
    hours: weekdayHours('09:00', '18:00'),
  });
  const start = Date.UTC(2026, 0, 5, 1);
  const tickets = Array.from({ length: sentinelTickets }, (_, i) => {
    const createdAt = start + i * 1_800_000;
    return {
      id: `T-${i}`,
      createdAt,
      status: 'resolved' as const,
      priority: 'normal' as const,
      resolvedAt: i === 0 ? '9999-12-31T23:59:59Z' : createdAt + ((i * 7919) % 72) * 3_600_000,
    };
  });
  const measured = measureRuns(runs, () =>
    evaluateRecords(
      { tickets },
      {
        metrics: ['avgResolutionTime', 'onTimeResolutionRate'],
        calendar,
        asOf: Date.UTC(2026, 6, 1),
        onInvalid: 'collect',
      },
    ),
  );
  const { rejected, evaluation } = measured.last;
  if (rejected.length !== 1 || rejected[0]?.path[0] !== 'resolvedAt')
    throw new Error(`expected the sentinel ticket rejected at resolvedAt, got ${rejected.length}`);
  if (typeof evaluation.overall.avgResolutionTime?.value !== 'number')
    throw new Error('avgResolutionTime has no value');
  return measured.runs;
}
