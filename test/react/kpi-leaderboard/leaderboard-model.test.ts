// The leaderboard's model without React: the options, en-US settings and the hook's state in, the
// rows, ranks, sort, window and texts out. Every expected value is worked out by hand beside its
// input.
import { defaultGradeScale, formatValue, translate } from '@servicescore/core';
import { describe, expect, it, vi } from 'vitest';
import {
  type LeaderboardModel,
  type LeaderboardModelInput,
  type LeaderboardSettings,
  leaderboardModel,
  leaderboardSizes,
} from '../../../packages/react/src/kpi-leaderboard/leaderboard-model';
import { leaderboardTexts } from '../../../packages/react/src/kpi-leaderboard/leaderboard-texts';
import type { KpiLeaderboardOptions } from '../../../packages/react/src/kpi-leaderboard/leaderboard-types';
import { createMemo } from '../../../packages/react/src/shared/memo';
import { evaluationOf, mv } from './fixtures';

const HOUR = 3_600_000;

const settings: LeaderboardSettings = {
  locale: 'en-US',
  gradeScale: defaultGradeScale,
  precision: 1,
  t: (key, params) => translate(leaderboardTexts, 'en-US', key, params),
  format: (value, unit, precision) => formatValue(value, unit, { locale: 'en-US', precision }),
};

/**
 * Three agents:
 * | key | name | csat                        | avgResolutionTime (lower is better) |
 * | A   | Ann  | 0.90   → "90.0%"            | 2 h                                 |
 * | B   | Bob  | 0.85   → "85.0%"            | 1 h                                 |
 * | C   | Cy   | 0.9004 → "90.0%" (A's text) | 3 h                                 |
 */
const threeAgents = evaluationOf([
  {
    key: 'A',
    values: {
      csat: mv('csat', 0.9, 'ratio'),
      avgResolutionTime: mv('avgResolutionTime', 2 * HOUR, 'duration'),
    },
  },
  {
    key: 'B',
    values: {
      csat: mv('csat', 0.85, 'ratio'),
      avgResolutionTime: mv('avgResolutionTime', 1 * HOUR, 'duration'),
    },
  },
  {
    key: 'C',
    values: {
      csat: mv('csat', 0.9004, 'ratio'),
      avgResolutionTime: mv('avgResolutionTime', 3 * HOUR, 'duration'),
    },
  },
]);
const names = { A: 'Ann', B: 'Bob', C: 'Cy' };
const metrics = ['csat', 'avgResolutionTime'];

/** The model of `options` (three agents by default) with no sort chosen, no filter, not measured. */
function model(
  options: Partial<KpiLeaderboardOptions> = {},
  state: Partial<Omit<LeaderboardModelInput, 'options' | 'settings'>> = {},
): LeaderboardModel {
  const all: KpiLeaderboardOptions = { evaluation: threeAgents, metrics, names, ...options };
  return leaderboardModel({
    options: all,
    settings,
    sizes: leaderboardSizes(all),
    sort: null,
    query: '',
    view: null,
    printing: false,
    ...state,
  });
}

const keys = (m: LeaderboardModel) => m.rows.map((row) => row.key);
const ranks = (m: LeaderboardModel) => m.rows.map((row) => row.rank);

describe('leaderboardModel: sort and ranks', () => {
  it('sorts by the first metric best first and ranks rows shown alike together', () => {
    // csat is higher-is-better, so descending: C 0.9004, A 0.90, B 0.85. C and A both show
    // "90.0%", so they share rank 1 and B is 3rd ("1, 1, 3").
    const m = model();
    expect(m.sorting).toEqual([{ id: 'csat', desc: true }]);
    expect(keys(m)).toEqual(['C', 'A', 'B']);
    expect(ranks(m)).toEqual([1, 1, 3]);
    expect(m.rows.map((row) => row.index)).toEqual([0, 1, 2]);
    // Cells: rank, name, csat, avgResolutionTime.
    expect(m.rows[0]!.cells.map((cell) => cell.text).slice(0, 3)).toEqual(['1', 'Cy', '90.0%']);
    expect(m.rows[2]!.cells.map((cell) => cell.text).slice(0, 3)).toEqual(['3', 'Bob', '85.0%']);
  });

  it('sorts a lower-is-better column ascending when chosen so, ranks 1, 2, 3', () => {
    // avgResolutionTime ascending: B 1 h, A 2 h, C 3 h.
    const m = model({}, { sort: [{ id: 'avgResolutionTime', desc: false }] });
    expect(keys(m)).toEqual(['B', 'A', 'C']);
    expect(ranks(m)).toEqual([1, 2, 3]);
    // Ascending csat instead: B 0.85 first, then A and C tied at "90.0%" in data order.
    const up = model({}, { sort: [{ id: 'csat', desc: false }] });
    expect(keys(up)).toEqual(['B', 'A', 'C']);
    expect(ranks(up)).toEqual([1, 2, 2]);
  });

  it('puts a row without a sufficient value last in both directions, with no rank', () => {
    // D has csat 0.99 on 12 surveys (insufficient): it is not ranked, ahead of C or behind B.
    const withD = evaluationOf([
      ...threeAgents.groups,
      { key: 'D', values: { csat: mv('csat', 0.99, 'ratio', 12, false) } },
    ]);
    const down = model({ evaluation: withD });
    expect(keys(down)).toEqual(['C', 'A', 'B', 'D']);
    expect(ranks(down)).toEqual([1, 1, 3, null]);
    const asc = model({ evaluation: withD }, { sort: [{ id: 'csat', desc: false }] });
    expect(keys(asc)).toEqual(['B', 'A', 'C', 'D']);
    expect(ranks(asc)).toEqual([1, 2, 2, null]);
  });

  it('falls back to the default sort for a chosen column that does not sort', () => {
    // 'fcr' is not a column and 'rank' does not sort: both give csat descending.
    expect(model({}, { sort: [{ id: 'fcr', desc: false }] }).sorting).toEqual([
      { id: 'csat', desc: true },
    ]);
    expect(keys(model({}, { sort: [{ id: 'rank', desc: false }] }))).toEqual(['C', 'A', 'B']);
  });

  it('starts from defaultSort: the name column best first is A to Z', () => {
    // Names have no better direction, so best first is ascending: Ann, Bob, Cy; all distinct.
    const m = model({ defaultSort: { column: 'name' } });
    expect(m.sorting).toEqual([{ id: 'name', desc: false }]);
    expect(keys(m)).toEqual(['A', 'B', 'C']);
    expect(ranks(m)).toEqual([1, 2, 3]);
    // An explicit direction wins: Cy, Bob, Ann.
    expect(keys(model({ defaultSort: { column: 'name', direction: 'desc' } }))).toEqual([
      'C',
      'B',
      'A',
    ]);
  });

  it('describes the headers: sort state, direction words and the sticky offsets', () => {
    const m = model();
    expect(
      m.headers.map((h) => [h.id, h.canSort, h.sorted, h.thProps['aria-sort'], h.directionText]),
    ).toEqual([
      ['rank', false, false, undefined, null],
      ['name', true, false, 'none', null],
      ['csat', true, 'desc', 'descending', 'Higher is better'],
      ['avgResolutionTime', true, false, 'none', 'Lower is better'],
    ]);
    // Rank (56 px) and name (176 px) stay in place: left 0 and 56; metrics scroll.
    expect(m.headers.map((h) => h.thProps.style)).toEqual([
      { left: 0 },
      { left: 56 },
      undefined,
      undefined,
    ]);
    // 56 + 176 + 2 × 128.
    expect(m.tableWidth).toBe(488);
  });
});

describe('leaderboardModel: filter, states and texts', () => {
  it('filters by name, keeping the ranks of the full sort', () => {
    // " bo " trims to "bo": only Bob, who stays 3rd, shown as the first body row.
    const m = model({}, { query: ' bo ' });
    expect(keys(m)).toEqual(['B']);
    expect(ranks(m)).toEqual([3]);
    expect(m.rows[0]!.rowProps['aria-rowindex']).toBe(2);
    expect(m.rowCount).toBe(1);
    expect(m.totalCount).toBe(3);
    expect(m.countText).toBe('Showing 1 of 3');
    expect(m.message).toBeNull();
  });

  it('says so when nothing matches the filter', () => {
    // The message quotes the filter trimmed.
    const m = model({}, { query: ' zz ' });
    expect(m.status).toBe('ready');
    expect(m.message).toBe('No name contains “zz”');
    expect(m.rows).toEqual([]);
    expect(m.countText).toBe('Showing 0 of 3');
    // The message row is the one body row.
    expect(m.bodyRowCount).toBe(1);
  });

  it('has a loading and an empty state with their messages and no rows', () => {
    const loading = model({ loading: true });
    expect([loading.status, loading.message, loading.countText]).toEqual([
      'loading',
      'Loading…',
      null,
    ]);
    expect(loading.rows).toEqual([]);
    const empty = model({ evaluation: null });
    expect([empty.status, empty.message, empty.totalCount]).toEqual(['empty', 'No data', 0]);
  });

  it('marks the selected row and names the table', () => {
    const m = model({ selectedKey: 'A', label: 'Agents' });
    expect(m.rows.map((row) => row.selected)).toEqual([false, true, false]);
    expect(m.rows[1]!.rowProps['aria-current']).toBe('true');
    expect(m.rows[0]!.rowProps['aria-current']).toBeUndefined();
    expect(m.label).toBe('Agents');
    expect(model().label).toBe('KPI leaderboard');
  });
});

describe('leaderboardModel: cells that fit their column', () => {
  it('writes a value too long for its 128 px column in compact notation, every digit in its title', () => {
    // requestVolume is a count. "100,000,000" (11 characters) fits; "1,000,000,000,000" (17) does
    // not and shows as "1T" (one trillion).
    const m = model({
      evaluation: evaluationOf([
        { key: 'A', values: { requestVolume: mv('requestVolume', 1e12, 'count') } },
        { key: 'B', values: { requestVolume: mv('requestVolume', 1e8, 'count') } },
      ]),
      metrics: ['requestVolume'],
      names: { A: 'Ann', B: 'Bob' },
    });
    const cell = (row: number) => m.rows[row]!.cells[2]!;
    expect(cell(0).text).toBe('1T');
    // Every digit for screen readers and in the title.
    expect(cell(0).fullText).toBe('1,000,000,000,000');
    expect(cell(0).cellProps.title).toBe('1,000,000,000,000 · Sample size 100');
    expect([cell(1).text, cell(1).fullText]).toEqual(['100,000,000', null]);
  });

  it('writes a duration column in one unit, taken from every row, whatever the filter', () => {
    // 25 h, 23 h 20 min and 30 min: the median 23 h 20 min is ≥ 2 h and < 2 d, so hours:
    // 25.0 h, 23.3 h, 0.5 h (formatDuration: "1 d 1 h", "23 h 20 min", "30 min").
    const evaluation = evaluationOf([
      { key: 'A', values: { avgResolutionTime: mv('avgResolutionTime', 25 * HOUR, 'duration') } },
      {
        key: 'B',
        values: { avgResolutionTime: mv('avgResolutionTime', (23 + 1 / 3) * HOUR, 'duration') },
      },
      { key: 'C', values: { avgResolutionTime: mv('avgResolutionTime', HOUR / 2, 'duration') } },
    ]);
    const options = { evaluation, metrics: ['avgResolutionTime'] };
    const texts = (m: LeaderboardModel) => m.rows.map((row) => row.cells[2]!.text);
    // Lower is better: C, B, A.
    expect(texts(model(options))).toEqual(['0.5 h', '23.3 h', '25.0 h']);
    expect(model(options).rows[0]!.cells[2]!.cellProps.title).toBe('0.5 h · Sample size 100');
    // Filtered to Cy alone, the column keeps its unit: not "30.0 min".
    expect(texts(model(options, { query: 'cy' }))).toEqual(['0.5 h']);
  });
});

describe('leaderboardModel: the rendered window', () => {
  // K0 … K49 with fcr 0.50, 0.49 … 0.01: descending fcr is data order, ranks 1 … 50.
  const fifty = evaluationOf(
    Array.from({ length: 50 }, (_, i) => ({
      key: `K${i}`,
      values: { fcr: mv('fcr', (50 - i) / 100, 'ratio') },
    })),
  );
  const options = { evaluation: fifty, metrics: ['fcr'], names: {}, rowHeight: 40, overscan: 2 };

  it('renders the rows in view plus the overscan, with spacers for the rest', () => {
    // Rows 10–14 in view, 2 more each side: rows 8–16 (9 rows). Above: 8 × 40 = 320 px; below:
    // 50 × 40 − 17 × 40 = 1320 px.
    const m = model(options, { view: { first: 10, last: 14 } });
    expect(keys(m)).toEqual(['K8', 'K9', 'K10', 'K11', 'K12', 'K13', 'K14', 'K15', 'K16']);
    expect(ranks(m)).toEqual([9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(m.rows[0]!.rowProps.style).toEqual({ height: 40 });
    expect([m.paddingTop, m.paddingBottom]).toEqual([320, 1320]);
  });

  it('clamps the window at the end of the rows', () => {
    // A stale view past the end (rows 48–55): rows 46–49, nothing below.
    const m = model(options, { view: { first: 48, last: 55 } });
    expect(keys(m)).toEqual(['K46', 'K47', 'K48', 'K49']);
    expect([m.paddingTop, m.paddingBottom]).toEqual([46 * 40, 0]);
  });

  it('renders the first 20 rows before measuring, and every row when printed', () => {
    const first = model(options);
    expect(first.rows).toHaveLength(20);
    expect(first.rows[19]!.key).toBe('K19');
    // 30 rows below, 40 px each.
    expect([first.paddingTop, first.paddingBottom]).toEqual([0, 1200]);
    const printed = model(options, { view: { first: 10, last: 14 }, printing: true });
    expect(printed.rows).toHaveLength(50);
    expect([printed.paddingTop, printed.paddingBottom]).toEqual([0, 0]);
  });
});

describe('leaderboardModel: remembered steps', () => {
  it('builds the rows once while their options stay, whatever the sort, filter or view', () => {
    const rowLabel = vi.fn((key: string) => `Agent ${key}`);
    const memo = createMemo();
    const input = (query: string, evaluation = threeAgents): LeaderboardModelInput => {
      // A new metrics array each time, as an inline prop would be.
      const options: KpiLeaderboardOptions = { evaluation, metrics: [...metrics], rowLabel };
      return {
        options,
        settings,
        sizes: leaderboardSizes(options),
        sort: null,
        query,
        view: null,
        printing: false,
      };
    };
    const first = leaderboardModel(input(''), memo);
    // One name per row.
    expect(rowLabel).toHaveBeenCalledTimes(3);
    const second = leaderboardModel(input('agent b'), memo);
    expect(rowLabel).toHaveBeenCalledTimes(3);
    expect(second.columns).toBe(first.columns);
    expect(keys(second)).toEqual(['B']);
    // A new evaluation builds the rows again; without a memo every call does.
    leaderboardModel(input('', evaluationOf([...threeAgents.groups])), memo);
    expect(rowLabel).toHaveBeenCalledTimes(6);
    leaderboardModel(input(''));
    expect(rowLabel).toHaveBeenCalledTimes(9);
  });
});
