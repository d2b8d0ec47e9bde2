import type { States } from './assemble';

/** Per group: cell ids by period slot (`-1`: none), or a map once the slots are too sparse. */
type Row = number[] | Map<number, number>;

/**
 * The cells (group × period slot) of an evaluation that received at least one record, and nothing
 * else: memory and the work of {@link CellStore.totals} grow with the cells that exist, never with
 * groups × periods (a million distinct groups with daily periods is a million cells, not a
 * million × the number of days).
 *
 * A group's cells are found by slot in a small array while its slots are dense enough (the common
 * dashboard: 200 agents × 12 months), and in a `Map` once a slot would leave the array more than
 * mostly empty, so no group ever holds more than about four array entries per cell it has.
 */
export class CellStore {
  /** Each cell's states, by cell id (creation order). */
  readonly states: States[] = [];
  /** Each cell's group and period slot, by cell id. */
  readonly group: number[] = [];
  readonly slot: number[] = [];
  private readonly rows: Row[] = [];
  private readonly counts: number[] = [];

  constructor(private readonly init: () => States) {}

  /** Array entries held by the per-group slot arrays (bounded by about 4 × cells + 16 × groups). */
  get footprint(): number {
    let n = 0;
    for (const row of this.rows) n += Array.isArray(row) ? row.length : row.size;
    return n;
  }

  /** Registers group `g` (ids are dense: 0, 1, 2, … in order). */
  addGroup(): void {
    this.rows.push([]);
    this.counts.push(0);
  }

  /** The id of the cell (g, p), created (with fresh states) when it does not exist yet. */
  id(g: number, p: number): number {
    const row = this.rows[g] as Row;
    if (Array.isArray(row)) {
      if (p < row.length) {
        const id = row[p] as number;
        if (id >= 0) return id;
        return (row[p] = this.create(g, p));
      }
      const count = this.counts[g] as number;
      if (p < 4 * count + 16) {
        while (row.length < p) row.push(-1);
        const id = this.create(g, p);
        row.push(id);
        return id;
      }
      return this.toMap(g, row).get(p) ?? this.setInMap(g, p);
    }
    return row.get(p) ?? this.setInMap(g, p);
  }

  /** The states of the cell (g, p), created when it does not exist yet. */
  get(g: number, p: number): States {
    return this.states[this.id(g, p)] as States;
  }

  private setInMap(g: number, p: number): number {
    const id = this.create(g, p);
    (this.rows[g] as Map<number, number>).set(p, id);
    return id;
  }

  private toMap(g: number, row: number[]): Map<number, number> {
    const map = new Map<number, number>();
    for (let p = 0; p < row.length; p++) if ((row[p] as number) >= 0) map.set(p, row[p] as number);
    this.rows[g] = map;
    return map;
  }

  private create(g: number, p: number): number {
    const id = this.states.length;
    this.states.push(this.init());
    this.group.push(g);
    this.slot.push(p);
    this.counts[g] = (this.counts[g] as number) + 1;
    return id;
  }

  /**
   * Every cell visited once: the cell ids of each group (by slot) and each group's and each period
   * slot's merged states (`merge(into, states)` folds a cell into a total), in O(cells log cells).
   */
  totals(merge: (into: States, states: States) => void): CellTotals {
    const n = this.states.length;
    const groups = this.rows.length;
    // Counting sort of cell ids by group: O(cells + groups).
    const start = new Int32Array(groups + 1);
    for (let c = 0; c < n; c++) {
      const at = (this.group[c] as number) + 1;
      start[at] = (start[at] as number) + 1;
    }
    for (let g = 0; g < groups; g++) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
    const byGroup = new Int32Array(n);
    const next = start.slice(0, groups);
    for (let c = 0; c < n; c++) {
      const g = this.group[c] as number;
      const at = next[g] as number;
      byGroup[at] = c;
      next[g] = at + 1;
    }
    // Within a group by slot: totals then add up in the same order as a dense groups × slots
    // walk would (floating-point sums depend on the order).
    const slots = this.slot;
    for (let g = 0; g < groups; g++) {
      if ((start[g + 1] as number) - (start[g] as number) > 1)
        byGroup
          .subarray(start[g] as number, start[g + 1] as number)
          .sort((a, b) => (slots[a] as number) - (slots[b] as number));
    }
    const groupTotals: States[] = new Array(groups);
    const periodTotals = new Map<number, States>();
    const overall = this.init();
    for (let g = 0; g < groups; g++) groupTotals[g] = this.init();
    for (let i = 0; i < n; i++) {
      const c = byGroup[i] as number;
      const states = this.states[c] as States;
      const slot = this.slot[c] as number;
      merge(groupTotals[this.group[c] as number] as States, states);
      let total = periodTotals.get(slot);
      if (total === undefined) {
        total = this.init();
        periodTotals.set(slot, total);
      }
      merge(total, states);
      merge(overall, states);
    }
    return {
      cellsOf: (g) => byGroup.subarray(start[g] as number, start[g + 1] as number),
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
