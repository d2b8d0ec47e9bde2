import { describe, expect, it } from 'vitest';
import { formatPeriod } from '@servicescore/core';

describe('formatPeriod', () => {
  it('formats a year', () => {
    expect(formatPeriod('2026', 'zh-CN')).toBe('2026年');
    expect(formatPeriod('2026', 'en-US')).toBe('2026');
  });

  it('formats a quarter', () => {
    expect(formatPeriod('2026-Q1', 'zh-CN')).toBe('2026年第1季度');
    expect(formatPeriod('2026-Q1', 'en-US')).toBe('Q1 2026');
  });

  it('formats a month, including the first and last', () => {
    expect(formatPeriod('2026-03', 'zh-CN')).toBe('2026年3月');
    expect(formatPeriod('2026-03', 'en-US')).toBe('Mar 2026');
    expect(formatPeriod('2026-01', 'en-US')).toBe('Jan 2026');
    expect(formatPeriod('2026-12', 'en-US')).toBe('Dec 2026');
  });

  it('formats an ISO week with its week-year', () => {
    expect(formatPeriod('2026-W09', 'zh-CN')).toBe('2026年第9周');
    expect(formatPeriod('2026-W09', 'en-US')).toBe('Week 9, 2026');
    expect(formatPeriod('2026-W53', 'en-US')).toBe('Week 53, 2026'); // 2026 starts on a Thursday: 53 weeks
  });

  it('formats a day from its own fields, whatever the machine time zone', () => {
    expect(formatPeriod('2026-03-05', 'zh-CN')).toBe('2026年3月5日');
    expect(formatPeriod('2026-03-05', 'en-US')).toBe('Mar 5, 2026');
    expect(formatPeriod('2026-01-01', 'en-US')).toBe('Jan 1, 2026');
    expect(formatPeriod('2026-12-31', 'zh-CN')).toBe('2026年12月31日');
  });

  it('uses zh-CN by default', () => {
    expect(formatPeriod('2026-03')).toBe('2026年3月');
  });

  it('returns an unknown or impossible key as is', () => {
    expect(formatPeriod('last month', 'en-US')).toBe('last month');
    expect(formatPeriod('2026-02-30', 'zh-CN')).toBe('2026-02-30');
    expect(formatPeriod('2025-W53', 'en-US')).toBe('2025-W53'); // 2025 has 52 ISO weeks
    expect(formatPeriod('', 'en-US')).toBe('');
  });
});
