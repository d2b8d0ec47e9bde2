import type { States } from './assemble';

/**
 * The cells (group × period slot) of an evaluation that received at least one record, and nothing
 * else: memory and the work of {@link CellStore.totals} grow with the cells that exist, never with
 * groups × periods (a million distinct groups with daily periods is a million cells, not a
 * million × the number of days). Each group finds its cells by slot in its own small map.
 */
export class CellStore {
  /** Each cell's states, group and period slot, by cell id (creation order). */
  readonly states: States[] = [];
  readonly group: number[] = [];
  readonly slot: number[] = [];
  private readonly rows: Map<number, number>[] = [];

  constructor(private readonly init: () => States) {}

  /** Registers the next group (ids are dense: 0, 1, 2, … in order). */
  addGroup(): void {
    this.rows.push(new Map());
  }

  /** The id of the cell (g, p), created (with fresh states) when it does not exist yet. */
  id(g: number, p: number): number {
    const row = this.rows[g] as Map<number, number>;
    let id = row.get(p);
    if (id === undefined) {
      id = this.states.length;
      row.set(p, id);
      this.states.push(this.init());
      this.group.push(g);
      this.slot.push(p);
    }
    return id;
  }

  /** The states of the cell (g, p), created when it does not exist yet. */
  get(g: number, p: number): States {
    return this.states[this.id(g, p)] as States;
  }

  /**
   * Every cell visited once, by group then slot — the order a dense groups × slots walk would
   * add them up in (floating-point sums depend on it): each group's cell ids and each group's,
   * each period slot's and the overall merged states (`merge(into, states)` folds a cell in).
   */
  totals(merge: (into: States, states: States) => void): CellTotals {
    const { group, slot, states, init } = this;
    const order = Int32Array.from(states, (_, c) => c).sort(
      (a, b) =>
        (group[a] as number) - (group[b] as number) || (slot[a] as number) - (slot[b] as number),
    );
    const first = new Int32Array(this.rows.length + 1);
    const groupTotals: States[] = [];
    const periodTotals = new Map<number, States>();
    const overall = init();
    for (let i = 0; i < order.length; i++) {
      const c = order[i] as number;
      const g = group[c] as number;
      const p = slot[c] as number;
      first[g + 1] = i + 1;
      const cell = states[c] as States;
      const starts = i === 0 || group[order[i - 1] as number] !== g;
      const next = order[i + 1];
      if (starts && (next === undefined || group[next] !== g)) {
        // A group's only cell is its total: shared, not copied (a million one-cell groups).
        groupTotals[g] = cell;
      } else {
        if (starts) groupTotals[g] = init();
        merge(groupTotals[g] as States, cell);
      }
      let total = periodTotals.get(p);
      if (total === undefined) periodTotals.set(p, (total = init()));
      merge(total, cell);
      merge(overall, cell);
    }
    // first[g + 1] is one past group g's last cell; a group without cells ends where the last did.
    for (let g = 1; g < first.length; g++)
      first[g] = Math.max(first[g] as number, first[g - 1] as number);
    return {
      cellsOf: (g) => order.subarray(first[g] as number, first[g + 1] as number),
      groupTotals,
      periodTotals,
      overall,
    };
  }
}

/** What {@link CellStore.totals} returns. */
export interface CellTotals {
  /** The ids of group `g`'s cells, by slot. */
  cellsOf(g: number): Int32Array;
  groupTotals: States[];
  periodTotals: Map<number, States>;
  overall: States;
}
