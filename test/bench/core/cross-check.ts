import { type FigureCells, sixFigures } from './six';

/** Relative tolerance: sums in a different order differ in the last bits, nothing more. */
const TOLERANCE = 1e-9;

/**
 * Compares a contestant's six figures with the hand loop's, cell by cell (every agent × month
 * with a sample). Returns the first few mismatches as readable lines, and how many cells agreed.
 */
export function crossCheck(
  name: string,
  got: FigureCells,
  expected: FigureCells,
): { problems: string[]; cells: number } {
  const problems: string[] = [];
  let cells = 0;
  for (const f of sixFigures) {
    const want = expected[f];
    const have = new Map([...got[f]].filter(([, v]) => !Number.isNaN(v)));
    for (const [key, w] of want) {
      const h = have.get(key);
      cells++;
      if (h === undefined) problems.push(`${name} ${f} [${key}]: missing, hand loop has ${w}`);
      else if (Math.abs(h - w) > TOLERANCE * Math.max(1, Math.abs(w)))
        problems.push(`${name} ${f} [${key}]: ${h}, hand loop has ${w}`);
    }
    for (const [key, h] of have)
      if (!want.has(key)) problems.push(`${name} ${f} [${key}]: ${h}, hand loop has no sample`);
  }
  return { problems: problems.slice(0, 12), cells };
}
