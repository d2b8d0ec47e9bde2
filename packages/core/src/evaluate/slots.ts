import type { PeriodBounds, PeriodIndexer } from '../time/period';

/**
 * Period slots: small dense ids for the periods an evaluation meets, in order of first use (slot
 * 0 is "no period"). Records mostly come in time order, so each timestamp code keeps the range of
 * the period it saw last: an instant inside it costs two comparisons.
 */
export class PeriodSlots {
  /** Period ordinal of each slot (slot 0: `NaN`). */
  readonly ordinals: number[] = [Number.NaN];
  private readonly byOrdinal = new Map<number, number>();
  /** Per timestamp code (3 = calls): the period range seen last and its slot. */
  private readonly cacheStart = new Float64Array(4).fill(Number.NaN);
  private readonly cacheEnd = new Float64Array(4).fill(Number.NaN);
  private readonly cacheSlot = new Int32Array(4);
  /** Per slot: its cacheable range, `null` when it has none, `undefined` before it is asked. */
  private readonly ranges: (PeriodBounds | null | undefined)[] = [];

  constructor(private readonly indexer: PeriodIndexer | undefined) {}

  /** The slot of a period ordinal, created on first use. */
  ofOrdinal(ordinal: number): number {
    let p = this.byOrdinal.get(ordinal);
    if (p === undefined) {
      p = this.ordinals.length;
      this.byOrdinal.set(ordinal, p);
      this.ordinals.push(ordinal);
    }
    return p;
  }

  /** The slot of an instant for a timestamp code (0–3); needs a period indexer. */
  of(ms: number, code: number): number {
    if (ms >= (this.cacheStart[code] as number) && ms < (this.cacheEnd[code] as number)) {
      return this.cacheSlot[code] as number;
    }
    const indexer = this.indexer as PeriodIndexer;
    const ordinal = indexer.ordinalOf(ms);
    const p = this.ofOrdinal(ordinal);
    let range = this.ranges[p];
    if (range === undefined) {
      range = indexer.cacheRangeOf(ordinal) ?? null;
      this.ranges[p] = range;
    }
    if (range !== null) {
      this.cacheStart[code] = range.start;
      this.cacheEnd[code] = range.end;
      this.cacheSlot[code] = p;
    }
    return p;
  }
}
