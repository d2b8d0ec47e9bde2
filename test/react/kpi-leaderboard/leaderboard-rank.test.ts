import { describe, expect, it } from 'vitest';
import type { LeaderboardColumnSpec } from '../../../packages/react/src/kpi-leaderboard/leaderboard-columns';
import type { LeaderboardEntry } from '../../../packages/react/src/kpi-leaderboard/leaderboard-entries';
import {
  collatorFor,
  orderEntries,
  rankerOf,
  type SortValue,
} from '../../../packages/react/src/kpi-leaderboard/leaderboard-rank';
import { mv } from './fixtures';

const csat: LeaderboardColumnSpec = {
  id: 'csat',
  kind: 'metric',
  label: '客户满意度',
  unit: 'ratio',
  direction: 'higher',
  minSample: 30,
  indicator: null,
  width: 128,
};
const name: LeaderboardColumnSpec = { ...csat, id: 'name', kind: 'name', unit: null };

/** Entries A, B, C … in data order, with the given csat values (`null`: no data). */
function entries(...values: (number | null)[]): LeaderboardEntry[] {
  return values.map((value, i) => {
    const key = String.fromCharCode(65 + i);
    return { key, name: key, values: { csat: mv('csat', value, 'ratio') }, result: null };
  });
}

const zh = collatorFor('zh-CN');
const keysOf = (list: readonly LeaderboardEntry[]) => list.map((e) => e.key);
// The shown text of a ratio at one decimal of a percent, as the leaderboard formats it.
const percent = (value: SortValue) => `${((value as number) * 100).toFixed(1)}%`;

describe('orderEntries', () => {
  it('sorts by value, ties in data order, rows without a value last in both directions', () => {
    // A 0.85, B none, C 0.92, D 0.85, E none.
    const list = entries(0.85, null, 0.92, 0.85, null);
    const desc = orderEntries(list, csat, true, zh);
    expect(keysOf(desc.entries)).toEqual(['C', 'A', 'D', 'B', 'E']);
    expect(desc.values).toEqual([0.92, 0.85, 0.85, undefined, undefined]);
    expect(desc.rankedCount).toBe(3);
    expect(keysOf(orderEntries(list, csat, false, zh).entries)).toEqual(['A', 'D', 'C', 'B', 'E']);
  });

  it('sorts names with the collator (pinyin for zh-CN)', () => {
    const list = ['张伟', '李娜', '王芳', '刘洋'].map((n, i) => ({
      ...entries(null)[0]!,
      key: `K${i}`,
      name: n,
    }));
    // li na, liu yang, wang fang, zhang wei.
    expect(orderEntries(list, name, false, zh).entries.map((e) => e.name)).toEqual([
      '李娜',
      '刘洋',
      '王芳',
      '张伟',
    ]);
  });
});

describe('rankerOf', () => {
  // Descending: 0.9 (90.0%), 0.8504, 0.85, 0.8496 (all 85.0%), 0.7 (70.0%), then no data.
  const order = orderEntries(entries(0.9, 0.8504, 0.8496, 0.85, 0.7, null), csat, true, zh);

  it('gives rows whose shown values are equal one rank ("1, 2, 2, 2, 5") and none to the rest', () => {
    const rankAt = rankerOf(order, percent);
    // Asked back to front, as a window scrolled to the bottom would: the same ranks.
    expect([5, 4, 3, 2, 1, 0].map(rankAt)).toEqual([null, 5, 2, 2, 2, 1]);
    expect([0, 1, 2, 3, 4, 5].map(rankAt)).toEqual([1, 2, 2, 2, 5, null]);
  });

  it('formats only the values it compares', () => {
    const shown: SortValue[] = [];
    const rankAt = rankerOf(order, (value) => {
      shown.push(value);
      return percent(value);
    });
    // Row 4 (70.0%) against row 3 (0.8496, 85.0%): two values formatted, not five.
    expect(rankAt(4)).toBe(5);
    expect(shown).toEqual([0.8496, 0.7]);
    // The first row has rank 1 without any comparison.
    expect(rankAt(0)).toBe(1);
    expect(shown).toHaveLength(2);
  });
});
