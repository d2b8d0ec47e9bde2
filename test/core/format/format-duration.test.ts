import { describe, expect, it } from 'vitest';
import { formatDuration } from '@servicescore/core';

const S = 1_000;
const MIN = 60 * S;
const H = 60 * MIN;
const D = 24 * H;
const en = { locale: 'en-US' } as const;
const zh = { locale: 'zh-CN' } as const;

describe('formatDuration', () => {
  it('shows the two largest units by default, in both locales', () => {
    expect(formatDuration(2 * H + 15 * MIN, en)).toBe('2 h 15 min');
    expect(formatDuration(2 * H + 15 * MIN, zh)).toBe('2小时15分钟');
    expect(formatDuration(3 * D + 4 * H, en)).toBe('3 d 4 h');
    expect(formatDuration(3 * D + 4 * H, zh)).toBe('3天4小时');
    expect(formatDuration(45 * S, en)).toBe('45 s');
    expect(formatDuration(45 * S, zh)).toBe('45秒');
    expect(formatDuration(90 * S, en)).toBe('1 min 30 s');
  });

  it('uses zh-CN by default', () => {
    expect(formatDuration(45 * S)).toBe('45秒');
  });

  it('shows zero as 0 s', () => {
    expect(formatDuration(0, en)).toBe('0 s');
    expect(formatDuration(0, zh)).toBe('0秒');
    expect(formatDuration(-0, en)).toBe('0 s');
  });

  it('shows 59 min 59 s in full, just under an hour', () => {
    expect(formatDuration(59 * MIN + 59 * S, en)).toBe('59 min 59 s');
    expect(formatDuration(59 * MIN + 59 * S, zh)).toBe('59分钟59秒');
  });

  it('shows exactly one hour and exactly one day without zero parts', () => {
    expect(formatDuration(H, en)).toBe('1 h');
    expect(formatDuration(H, zh)).toBe('1小时');
    expect(formatDuration(D, en)).toBe('1 d');
    expect(formatDuration(D, zh)).toBe('1天');
    expect(formatDuration(D + 30 * S, en)).toBe('1 d'); // 30 s is below the 2nd unit (h)
  });

  it('rounds to the smallest unit shown, carrying into the next unit', () => {
    expect(formatDuration(59 * MIN + 59.6 * S, en)).toBe('1 h'); // 59 min 60 s → 1 h 0 min
    expect(formatDuration(23 * H + 59 * MIN + 59 * S, en)).toBe('1 d'); // 1439.98 min → 1440 min = 24 h
    expect(formatDuration(H + 30 * S, en)).toBe('1 h 1 min'); // 60.5 min rounds half up to 61
    expect(formatDuration(H + 29 * S, en)).toBe('1 h'); // 60.48 min → 60
  });

  it('shows tenths of a second under one second', () => {
    expect(formatDuration(400, en)).toBe('0.4 s');
    expect(formatDuration(400, zh)).toBe('0.4秒');
    expect(formatDuration(949, en)).toBe('0.9 s');
    expect(formatDuration(950, en)).toBe('1 s'); // from 950 ms the value rounds to a whole second
    expect(formatDuration(49, en)).toBe('0 s'); // rounds to 0.0 s
  });

  it('keeps a minus sign on negative durations, but not on one that rounds to zero', () => {
    expect(formatDuration(-(2 * H + 15 * MIN), en)).toBe('-2 h 15 min');
    expect(formatDuration(-(2 * H + 15 * MIN), zh)).toBe('-2小时15分钟');
    expect(formatDuration(-400, en)).toBe('-0.4 s');
    expect(formatDuration(-49, en)).toBe('0 s');
  });

  it('shows one or three units on request', () => {
    expect(formatDuration(2 * H + 15 * MIN, { ...en, units: 1 })).toBe('2 h'); // 2.25 h → 2 h
    expect(formatDuration(2 * H + 45 * MIN, { ...en, units: 1 })).toBe('3 h'); // 2.75 h → 3 h
    expect(formatDuration(3 * D + 4 * H + 5 * MIN + 6 * S, { ...en, units: 3 })).toBe(
      '3 d 4 h 5 min',
    );
    expect(formatDuration(3 * D + 4 * H + 5 * MIN + 6 * S, { ...zh, units: 3 })).toBe(
      '3天4小时5分钟',
    );
  });

  it('rejects a units option other than 1, 2 or 3', () => {
    expect(() => formatDuration(1, { units: 4 as 3 })).toThrow(/`units` of value 4/);
  });

  it('formats extreme durations sanely', () => {
    // 1e12 ms = 277,777.8 h → 277,778 h = 11,574 d 2 h
    expect(formatDuration(1e12, en)).toBe('11,574 d 2 h');
    expect(formatDuration(1e-12, en)).toBe('0 s');
  });

  it('uses plain spaces only (no narrow no-break spaces) in English', () => {
    expect(formatDuration(3 * D + 4 * H, en)).not.toMatch(/[\u00a0\u202f]/);
  });

  it('shows missing and non-finite durations as an em dash', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(undefined)).toBe('—');
    expect(formatDuration(Number.NaN)).toBe('—');
    expect(formatDuration(Number.POSITIVE_INFINITY)).toBe('—');
  });
});
