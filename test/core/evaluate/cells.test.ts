import { evaluate, evaluateRecords, parseDataset, type ServiceTicket } from '@servicescore/core';
import { describe, expect, it } from 'vitest';
import {
  assembleEvaluation,
  type EvaluationParts,
} from '../../../packages/core/src/evaluate/assemble';
import { CellStore } from '../../../packages/core/src/evaluate/cells';
import { EvaluationEngine } from '../../../packages/core/src/evaluate/engine';
import { dataset, ticket } from './fixtures';

const DAY = 86_400_000;
const start = Date.UTC(2026, 0, 1);

/** `n` tickets, each of its own customer and its own UTC day: n groups × n days, n cells. */
function diagonal(n: number): ServiceTicket[] {
  return Array.from({ length: n }, (_, i) =>
    ticket({
      id: `T-${i}`,
      customerId: `C-${String(i).padStart(4, '0')}`,
      createdAt: start + i * DAY + 3_600_000,
      firstResponseAt: start + i * DAY + 3_600_000 + 60_000 * (i + 1),
    }),
  );
}

const options = {
  metrics: ['avgFirstResponseTime', 'complaintRate'],
  groupBy: 'customerId',
  period: 'day',
  asOf: start + 400 * DAY,
} as const;

/** Wraps an engine's parts, counting how often assembly asks for single cells and group cells. */
function counted(parts: EvaluationParts) {
  const calls = { cell: 0, groupCells: 0, cellsListed: 0 };
  const wrapped: EvaluationParts = {
    ...parts,
    cell: (g, slot) => {
      calls.cell++;
      return parts.cell(g, slot);
    },
    groupCells: (g) => {
      calls.groupCells++;
      const cells = parts.groupCells?.(g) ?? [];
      calls.cellsListed += cells.length;
      return cells;
    },
  };
  return { calls, wrapped };
}

describe('evaluation cost grows with the cells that exist, not groups × periods', () => {
  it('assembles n groups on n different days from the n cells, never asking for the other n² − n', () => {
    const n = 300;
    const engine = new EvaluationEngine(options);
    for (const [i, t] of diagonal(n).entries()) engine.addTicket(t, i, i);
    const { calls, wrapped } = counted(engine.parts());
    const evaluation = assembleEvaluation(wrapped);
    // A groups × periods walk would ask cell() 300 × 300 = 90,000 times.
    expect(calls.cell).toBe(0);
    // One listing per group (300 groups), 1 cell each: 300 cells in all.
    expect(calls.groupCells).toBe(300);
    expect(calls.cellsListed).toBe(300);
    // 300 group totals + 300 group × day rows; 300 periods; nothing invented.
    expect(evaluation.groups).toHaveLength(600);
    expect(evaluation.periods).toHaveLength(300);
  });

  it('gives the same evaluation whether a group lists its cells or every period is asked', () => {
    const engine = new EvaluationEngine(options);
    for (const [i, t] of diagonal(40).entries()) engine.addTicket(t, i, i);
    const parts = engine.parts();
    const { groupCells: _listed, ...asking } = parts;
    expect(assembleEvaluation(asking)).toEqual(assembleEvaluation(parts));
  });

  it('lists a group’s periods in time order and its first-response mean per day', () => {
    // Customer C-0000 on days 0 and 2 (response 1 and 3 min), C-0001 on day 1 (2 min): the slot
    // of day 2 is created after day 1's, yet C-0000's rows come out day 0, day 2.
    const tickets = [
      ticket({ id: 'A', customerId: 'C-0000', createdAt: start, firstResponseAt: start + 60_000 }),
      ticket({
        id: 'B',
        customerId: 'C-0001',
        createdAt: start + DAY,
        firstResponseAt: start + DAY + 120_000,
      }),
      ticket({
        id: 'C',
        customerId: 'C-0000',
        createdAt: start + 2 * DAY,
        firstResponseAt: start + 2 * DAY + 180_000,
      }),
    ];
    const e = evaluate(dataset({ tickets }), options);
    const rows = e.groups.map((g) => [g.key, g.period, g.values.avgFirstResponseTime?.value]);
    expect(rows).toEqual([
      ['C-0000', undefined, 120_000], // (60,000 + 180,000) / 2
      ['C-0000', '2026-01-01', 60_000],
      ['C-0000', '2026-01-03', 180_000],
      ['C-0001', undefined, 120_000],
      ['C-0001', '2026-01-02', 120_000],
    ]);
  });

  it('creates a cell once and totals each existing cell once: into its group, its period and the overall', () => {
    // States are [number of records]; merging adds them up.
    const store = new CellStore(() => [0]);
    for (let g = 0; g < 1000; g++) store.addGroup();
    // 1,000 groups, group g with one record at slot g + 1 (every group on its own day) …
    for (let g = 0; g < 1000; g++) (store.get(g, g + 1)[0] as number)++;
    // … and group 7 with two more records on day 3 and one on day 1 (created after slot 8).
    (store.get(7, 3)[0] as number)++;
    (store.get(7, 3)[0] as number)++;
    (store.get(7, 1)[0] as number)++;
    expect(store.states).toHaveLength(1002);
    expect(store.id(999, 1000)).toBe(999);
    let merges = 0;
    const totals = store.totals((into, states) => {
      merges++;
      into[0] = (into[0] as number) + (states[0] as number);
    });
    // 1,002 cells into their period and the overall = 2,004 merges, plus group 7's three cells
    // into its total (a one-cell group's total is its cell, shared): 2,007; nothing for the
    // 999,000 empty group × slot pairs.
    expect(merges).toBe(2007);
    expect(totals.groupTotals[0]).toBe(store.states[0]);
    expect(totals.overall).toEqual([1003]);
    // Group 7: slot 1 (1 record), slot 3 (2), slot 8 (1) — listed by slot, whatever the creation order.
    expect(Array.from(totals.cellsOf(7), (c) => store.slot[c])).toEqual([1, 3, 8]);
    expect(totals.groupTotals[7]).toEqual([4]);
    // Slot 3: group 2's record and group 7's two.
    expect(totals.periodTotals.get(3)).toEqual([3]);
    expect(totals.cellsOf(0)).toHaveLength(1);
    expect(totals.cellsOf(999)).toHaveLength(1);
  });

  it('one-pass and parsed evaluations agree on 1,000 groups × 1,000 days (a million pairs, a thousand cells)', () => {
    const tickets = diagonal(1000) as never[];
    const expected = evaluate(parseDataset({ tickets }).dataset, options);
    expect(expected.groups).toHaveLength(2000);
    expect(evaluateRecords({ tickets }, options).evaluation).toEqual(expected);
  });
});
