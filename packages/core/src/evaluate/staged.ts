import { type TallyFold, tallyFoldOf } from '../metrics/kit/tally';
import type { AnyMetric } from '../metrics/types';
import type { States } from './assemble';
import type { TicketContext } from './context';
import type { EvaluationEngine } from './engine';
import { timestampCode } from './timestamps';

/** A growable typed column. */
class Column<A extends Int32Array | Uint8Array> {
  length = 0;
  constructor(
    public data: A,
    private readonly make: (n: number) => A,
  ) {}
  set(i: number, x: number): void {
    while (i >= this.data.length) {
      const grown = this.make(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[i] = x;
    if (i >= this.length) this.length = i + 1;
  }
}

const int32 = (n: number) => new Int32Array(n).fill(-1);
const uint8 = (n: number) => new Uint8Array(n);

/** Packs an outcome (−1…2) into 2 bits; anything else is "not counted" (as `tally` treats it). */
const pack = (o: number): number => (o === 0 || o === 1 || o === 2 ? o + 1 : 0);

/**
 * Repeat-fault metrics in a one-pass evaluation without a second read of the records. A repeat is
 * a *later* ticket, so a ticket's repeat-fault status is known only after every ticket was read;
 * but a ratio or count metric's outcome depends on the ticket only through that status
 * (−1, 0 or 1). During the pass, each such metric classifies the ticket under the three possible
 * statuses (once when the classification never reads the status) and keeps the three outcomes in
 * one byte, with the ticket's cell; {@link StagedMetrics.tallyAll} then adds the outcome of the
 * real status: the same states as adding the ticket afterwards, at a byte and an int per ticket.
 */
export class StagedMetrics {
  /** Cell id per ticket row, per timestamp code (`-1`: the row added nothing). */
  private readonly cellIds: (Column<Int32Array> | undefined)[] = [];
  private readonly codes: Column<Uint8Array>[];

  /**
   * @param metrics index of each staged metric in the evaluation's states
   * @param timestampCodes each staged metric's timestamp code
   * @param folds each staged metric's fold
   */
  constructor(
    readonly metrics: readonly number[],
    readonly timestampCodes: readonly number[],
    private readonly folds: readonly TallyFold[],
  ) {
    this.codes = metrics.map(() => new Column(uint8(1024), uint8));
    for (const code of timestampCodes) this.cellIds[code] ??= new Column(int32(1024), int32);
  }

  /** Records the cell of ticket `row` for a timestamp code. */
  setCell(code: number, row: number, cell: number): void {
    (this.cellIds[code] as Column<Int32Array>).set(row, cell);
  }

  /** Classifies the current ticket of `ctx` (row `row`) for staged metric `k`. */
  classify(k: number, record: unknown, ctx: TicketContext, row: number): void {
    const fold = this.folds[k] as TallyFold;
    const reads = ctx.repeatReads;
    let packed: number;
    ctx.assumedRepeat = -1;
    const unknown = pack(fold.classify(record, ctx));
    if (ctx.repeatReads === reads) {
      // The outcome does not depend on the status.
      packed = unknown * 21; // the same 2 bits in each of the three places (1 + 4 + 16)
    } else {
      ctx.assumedRepeat = 0;
      const no = pack(fold.classify(record, ctx));
      ctx.assumedRepeat = 1;
      const yes = pack(fold.classify(record, ctx));
      packed = unknown | (no << 2) | (yes << 4);
    }
    ctx.assumedRepeat = Number.NaN;
    (this.codes[k] as Column<Uint8Array>).set(row, packed);
  }

  /** Tallies every staged outcome once the repeat-fault status of each row is known. */
  tallyAll(repeats: Int8Array, states: readonly States[]): void {
    for (let k = 0; k < this.metrics.length; k++) {
      const m = this.metrics[k] as number;
      const fold = this.folds[k] as TallyFold;
      const cells = (this.cellIds[this.timestampCodes[k] as number] as Column<Int32Array>).data;
      const codes = (this.codes[k] as Column<Uint8Array>).data;
      const rows = Math.min(repeats.length, cells.length);
      for (let row = 0; row < rows; row++) {
        const cell = cells[row] as number;
        if (cell < 0) continue;
        const shift = 2 * ((repeats[row] as number) + 1);
        const outcome = (((codes[row] as number) >> shift) & 3) - 1;
        if (outcome >= 0) fold.tally((states[cell] as States)[m], outcome);
      }
    }
  }
}

/**
 * Stages the metrics among `taken` (taken out of `engine`'s pass) that are kit folds, and hooks
 * them to the engine's pass; `undefined` when none is.
 *
 * @example
 * const staged = stageMetrics(engine, engine.takeOut((m) => m.needs?.includes('repeatFaults')));
 * // … addTicket for every ticket, then:
 * staged?.tallyAll(repeats, engine.states);
 */
export function stageMetrics(
  engine: EvaluationEngine,
  taken: readonly number[],
): StagedMetrics | undefined {
  const ids: number[] = [];
  const folds: TallyFold[] = [];
  for (const m of taken) {
    const fold = tallyFoldOf((engine.metrics[m] as AnyMetric).accumulator as never);
    if (fold === undefined) continue;
    ids.push(m);
    folds.push(fold);
  }
  if (ids.length === 0) return undefined;
  const codes = ids.map((m) => timestampCode(engine.metrics[m]));
  const staged = new StagedMetrics(ids, codes, folds);
  const ctx = engine.ticketCtx;
  engine.onTicket = (t, row, cellOf) => {
    for (let k = 0; k < codes.length; k++) {
      const code = codes[k] as number;
      staged.setCell(code, row, cellOf(code));
      staged.classify(k, t, ctx, row);
    }
  };
  return staged;
}
