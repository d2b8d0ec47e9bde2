// The Pareto chart's model without React: the options and en-US settings in, the state, bars,
// vital few and texts out. Every expected value is worked out by hand beside its input.
import { formatValue, pareto, translate } from '@servicescore/core';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import type { ParetoChartOptions } from '../../../packages/react/src/pareto-chart/pareto-chart.types';
import {
  barAfterKey,
  type ParetoModel,
  type ParetoSettings,
  paretoModel,
} from '../../../packages/react/src/pareto-chart/pareto-model';
import { paretoTexts } from '../../../packages/react/src/pareto-chart/pareto-texts';
import { resetWarnings } from '../../../packages/react/src/shared/dev';
import { createMemo } from '../../../packages/react/src/shared/memo';

const settings: ParetoSettings = {
  locale: 'en-US',
  t: (key, params) => translate(paretoTexts, 'en-US', key, params),
  format: (value, unit, precision) => formatValue(value, unit, { locale: 'en-US', precision }),
};

/**
 * Four categories, total 100, given out of order. Sorted: a 50 (share 50 %, cumulative 50 %),
 * b 25 (25 %, 75 %), c 15 (15 %, 90 %), d 10 (10 %, 100 %). With the 80 % cutoff the vital few
 * are a, b and c: c crosses the line.
 */
const counts = [
  { category: 'd', count: 10 },
  { category: 'b', count: 25 },
  { category: 'a', count: 50 },
  { category: 'c', count: 15 },
];

const model = (options: ParetoChartOptions = {}): ParetoModel =>
  paretoModel({ options: { data: counts, ...options }, settings });
const labels = (m: ParetoModel) => m.bars.map((bar) => bar.label);
const vital = (m: ParetoModel) => m.vitalFew.map((bar) => bar.label);

let errors: MockInstance<typeof console.error>;
beforeEach(() => {
  resetWarnings();
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => errors.mockRestore());

describe('paretoModel: bars and texts', () => {
  it('sorts the bars by count and formats each one', () => {
    const m = model();
    expect(m.status).toBe('ready');
    expect(m.message).toBeNull();
    expect(labels(m)).toEqual(['a', 'b', 'c', 'd']);
    expect(m.bars.map((bar) => [bar.countText, bar.shareText, bar.cumulativeText])).toEqual([
      ['50', '50.0%', '50.0%'],
      ['25', '25.0%', '75.0%'],
      ['15', '15.0%', '90.0%'],
      ['10', '10.0%', '100.0%'],
    ]);
    expect(m.bars.map((bar) => bar.key)).toEqual(['0', '1', '2', '3']);
    expect(m.bars[0]!.name).toBe('a: 50 (50.0%), cumulative 50.0%, vital few');
    expect(m.bars[3]!.name).toBe('d: 10 (10.0%), cumulative 100.0%');
    expect(m.labels.title).toBe('Pareto chart');
    expect(errors).not.toHaveBeenCalled();
  });

  it('names the vital few up to the bar crossing the cutoff, and sums them up', () => {
    // 80 %: a (50 %), b (75 %), c (90 %, crosses).
    const m = model();
    expect(vital(m)).toEqual(['a', 'b', 'c']);
    expect(m.summary).toBe('Vital few: a, b, c, 90.0% of the total');
    expect(m.cutoffText).toBe('Cutoff 80%');
    // 70 %: b's 75 % crosses it, so only a and b.
    const seventy = model({ cutoff: 0.7 });
    expect(vital(seventy)).toEqual(['a', 'b']);
    expect(seventy.summary).toBe('Vital few: a, b, 75.0% of the total');
    expect(seventy.cutoffText).toBe('Cutoff 70%');
    // A cutoff that is not a whole percent shows one decimal.
    expect(model({ cutoff: 0.825 }).cutoffText).toBe('Cutoff 82.5%');
  });

  it('folds the tail beyond maxBars into an Other bar, which is never vital', () => {
    // maxBars 3: a and b, then Other = c + d = 25 (cumulative 100 %). Vital: a (50 %), b (75 %,
    // still under 80 %); the line is crossed only inside Other.
    const m = model({ maxBars: 3 });
    expect(labels(m)).toEqual(['a', 'b', 'Other']);
    expect(m.bars[2]!.countText).toBe('25');
    expect(m.bars[2]!.isOther).toBe(true);
    expect(m.bars[2]!.otherText).toBe('Includes 2 categories');
    expect(m.bars[0]!.otherText).toBeNull();
    expect(vital(m)).toEqual(['a', 'b']);
  });

  it('labels categories with categoryLabel, but not the Other bar; a throwing one shows the id', () => {
    expect(labels(model({ maxBars: 3, categoryLabel: (c) => `#${c}` }))).toEqual([
      '#a',
      '#b',
      'Other',
    ]);
    const throwing = model({
      categoryLabel: () => {
        throw new Error('boom');
      },
    });
    expect(labels(throwing)).toEqual(['a', 'b', 'c', 'd']);
    expect(errors).toHaveBeenCalled();
  });

  it('takes the cutoff of a ParetoResult over the cutoff option', () => {
    const m = model({ data: pareto(counts, { cutoff: 0.7 }), cutoff: 0.9 });
    expect(m.cutoff).toBe(0.7);
    expect(vital(m)).toEqual(['a', 'b']);
  });
});

describe('paretoModel: states and invalid options', () => {
  it('is loading, empty or in error, with the message of each and no summary', () => {
    const states = [
      model({ loading: true }),
      model({ data: null }),
      model({ data: [] }),
      // A zero total: no bar, nothing divided by zero.
      model({ data: [{ category: 'x', count: 0 }] }),
      model({ data: [{ category: 'x', count: -1 }] }),
    ];
    expect(states.map((m) => [m.status, m.message, m.summary])).toEqual([
      ['loading', 'Loading…', null],
      ['empty', 'No data', null],
      ['empty', 'No data', null],
      ['empty', 'No data', null],
      ['error', 'The data is invalid, so the Pareto chart cannot be drawn', null],
    ]);
    expect(states[4]!.bars).toEqual([]);
  });

  it('uses the default for an invalid cutoff or maxBars, after one development error', () => {
    // cutoff 2 → 0.8: vital a, b, c as with the default. maxBars 1 → 12: all four bars.
    const m = model({ cutoff: 2, maxBars: 1 });
    expect(m.cutoff).toBe(0.8);
    expect(m.cutoffText).toBe('Cutoff 80%');
    expect(vital(m)).toEqual(['a', 'b', 'c']);
    expect(labels(m)).toEqual(['a', 'b', 'c', 'd']);
    const logged = errors.mock.calls.map((call) => String(call[0]));
    expect(logged).toHaveLength(2);
    expect(logged[0]).toContain('Invalid prop `cutoff` of value `2` supplied to `ParetoChart`');
    expect(logged[0]).toContain('using 0.8.');
    expect(logged[1]).toContain('Invalid prop `maxBars` of value `1` supplied to `ParetoChart`');
  });
});

describe('paretoModel: remembered steps', () => {
  it('labels the bars once while the data and labeller stay', () => {
    const categoryLabel = vi.fn((c: string) => c.toUpperCase());
    const memo = createMemo();
    const input = (data = counts) => ({ options: { data, categoryLabel }, settings });
    const first = paretoModel(input(), memo);
    // One label per bar.
    expect(categoryLabel).toHaveBeenCalledTimes(4);
    expect(paretoModel(input(), memo).bars).toBe(first.bars);
    expect(categoryLabel).toHaveBeenCalledTimes(4);
    // New data labels again; without a memo every call does.
    paretoModel(input([...counts]), memo);
    expect(categoryLabel).toHaveBeenCalledTimes(8);
    paretoModel(input());
    expect(categoryLabel).toHaveBeenCalledTimes(12);
  });
});

describe('barAfterKey', () => {
  it('moves one bar with the arrows, to the ends with Home and End, and stops at the ends', () => {
    // Bars 0…3.
    expect(barAfterKey('ArrowRight', 1, 3)).toBe(2);
    expect(barAfterKey('ArrowRight', 3, 3)).toBe(3);
    expect(barAfterKey('ArrowLeft', 1, 3)).toBe(0);
    expect(barAfterKey('ArrowLeft', 0, 3)).toBe(0);
    expect(barAfterKey('Home', 2, 3)).toBe(0);
    expect(barAfterKey('End', 0, 3)).toBe(3);
    expect(barAfterKey('Enter', 1, 3)).toBeNull();
    expect(barAfterKey('a', 1, 3)).toBeNull();
  });
});
