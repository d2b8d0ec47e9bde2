/** Rows rendered before the scroll container is measured (server render, first client render). */
export const initialRenderedRows = 20;

/** The rows in view: the first reaching into it and the last starting above its bottom. */
export interface RowView {
  readonly first: number;
  readonly last: number;
}

/** One rendered row: its index and its top and bottom in the scroll content, px. */
export interface WindowItem {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

/** The rows to render, and the height of all of them, px. */
export interface RowWindow {
  readonly items: readonly WindowItem[];
  readonly totalSize: number;
}

/**
 * The rows of a fixed-row-height list to render: the rows in `view` plus `overscan` rows above
 * and below (the same window TanStack Virtual computes for fixed sizes, in a few lines). Every row
 * while printing (paper cannot scroll); the first {@link initialRenderedRows} rows while the scroll
 * element is not measured (`view` is `null`: server, first client render, hidden container).
 */
export function rowWindow(
  view: RowView | null,
  printing: boolean,
  count: number,
  rowHeight: number,
  overscan: number,
): RowWindow {
  const totalSize = count * rowHeight;
  const range = (first: number, last: number) => {
    const items: WindowItem[] = [];
    for (let index = first; index <= last; index++)
      items.push({ index, start: index * rowHeight, end: (index + 1) * rowHeight });
    return items;
  };
  if (count === 0) return { items: [], totalSize };
  if (printing) return { items: range(0, count - 1), totalSize };
  // The first row reaching into view, the last one starting above its bottom, and the overscan.
  const items =
    view === null
      ? []
      : range(
          Math.max(0, Math.min(count - 1, view.first) - overscan),
          Math.min(count - 1, view.last + overscan),
        );
  // Not measured yet (server, first client render, hidden container): the first rows.
  return items.length > 0
    ? { items, totalSize }
    : { items: range(0, Math.min(count, initialRenderedRows) - 1), totalSize };
}
