import type { HandLoopResult } from './hand-loop';
import { cellKey, emptyCells, type FigureCells, sixFigures } from './six';

/** The hand loop's typed arrays as cells, for the cross-checks. */
export function handCells(result: HandLoopResult): FigureCells {
  const cells = emptyCells();
  for (let a = 0; a < result.agents.length; a++) {
    for (let m = 0; m < result.months; m++) {
      const c = a * result.months + m;
      for (const f of sixFigures) {
        const v = result[f][c] as number;
        // The hand loop keeps a cell for every agent × month; only cells with a sample count.
        if (!Number.isNaN(v)) cells[f].set(cellKey(result.agents[a] as string, m), v);
      }
    }
  }
  return cells;
}
