/**
 * Checked mappings: every host column a mapping names must be carried by some row, or the mapping
 * is refused with the closest real names (a typo would leave a field silently absent).
 */
import { closestNames, didYouMean } from './closest';

/** One mapped column that no row carries. */
export interface MissingColumn {
  /** Where the mapping names it: `fields.closedAt` or `attributes` (`mapping.tickets.fields.closedAt` in `evaluateRecords`). */
  readonly option: string;
  /** The host column named. */
  readonly column: string;
  /** The closest columns the rows do carry, closest first. */
  readonly closest: readonly string[];
}

/**
 * A mapping names a host column that no row carries: a typo (`'Closed Date'` for `ClosedDate`)
 * would otherwise leave the field silently absent on every record. Lists every such column with
 * the closest real names. A `TypeError`, like the other mapping errors.
 */
export class MappingError extends TypeError {
  override readonly name = 'MappingError';
  constructor(
    readonly missing: readonly MissingColumn[],
    /** The function whose mapping it is (starts the message). */
    caller = 'mapRecords',
  ) {
    super(
      `${caller}: ${missing
        .map(
          (m) =>
            `${m.option}: column ${JSON.stringify(m.column)} is in no row${m.closest.length > 0 ? didYouMean(m.column, m.closest) : ''}`,
        )
        .join('; ')}.`,
    );
  }
}

/**
 * Checks, row after row, that every host column a mapping names is carried (as a key) by at least
 * one row: each row is looked at only while some named column has not been seen, so a CSV's rows
 * (which all carry every column) cost one row. Fed chunk by chunk, it gives the same verdict as on
 * all the rows at once.
 */
export class ColumnCheck {
  private readonly missing: Set<string>;
  /** Every key of the rows looked at (all rows when a column is missing): the closest names. */
  private readonly seen = new Set<string>();
  private rows = 0;

  constructor(private readonly named: readonly { option: string; column: string }[]) {
    this.missing = new Set(named.map((n) => n.column));
  }

  /** Looks at `rows` while a named column is still unseen. */
  add(rows: readonly unknown[]): void {
    const missing = this.missing;
    for (let i = 0; i < rows.length && missing.size > 0; i++) {
      const row = rows[i];
      if (typeof row !== 'object' || row === null) continue;
      this.rows++;
      for (const column of missing) if (Object.hasOwn(row, column)) missing.delete(column);
      for (const key of Object.keys(row)) this.seen.add(key);
    }
  }

  /** @throws MappingError when a named column was in none of the (object) rows, if there were any. */
  finish(caller: string): void {
    if (this.missing.size === 0 || this.rows === 0) return;
    throw new MappingError(
      this.named
        .filter((n) => this.missing.has(n.column))
        .map((n) => ({ ...n, closest: closestNames(n.column, this.seen) })),
      caller,
    );
  }
}
