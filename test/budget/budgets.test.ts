/**
 * Bundle budgets (issue 5): what one widget, or the core's computation, costs a host page to
 * download. Each test bundles a one-line consumer entry with `bundleSize` (esbuild, minified,
 * `NODE_ENV=production`, React and ReactDOM external, gzip level 9) and fails when the gzip size is
 * over the budget, naming the size, the budget and the largest inputs. Deterministic: the same
 * sources give the same bytes. The budgets and the exact entries are in `budgets.ts`.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type BundleSize, bundleSize } from './bundle-size';
import { budgets, KB } from './budgets';

const here = fileURLToPath(new URL('.', import.meta.url));

function report(name: string, size: BundleSize, limit: number): string {
  const inputs = size.largest.map((i) => `  ${String(i.bytes).padStart(7)} B  ${i.path}`);
  return [
    `${name}: ${size.gzip} B gzip (${(size.gzip / KB).toFixed(2)} KB) is over its limit of ${limit} B (${limit / KB} KB); ${size.min} B minified.`,
    'Largest inputs (minified bytes in the bundle):',
    ...inputs,
  ].join('\n');
}

describe('bundle budgets (gzip, minified, React external)', () => {
  for (const { name, entry, budget, pending } of budgets) {
    if (pending === undefined) {
      it(`${name} ≤ ${budget / KB} KB`, async () => {
        const size = await bundleSize(entry, here);
        expect(size.gzip, report(name, size, budget)).toBeLessThanOrEqual(budget);
      });
    } else {
      it(`${name} ≤ ${budget / KB} KB — not met yet, held at ≤ ${pending.ceiling / KB} KB (${pending.why})`, async () => {
        const size = await bundleSize(entry, here);
        expect(size.gzip, report(name, size, pending.ceiling)).toBeLessThanOrEqual(pending.ceiling);
        expect(
          size.gzip,
          `${name} is ${size.gzip} B, within its budget of ${budget} B: remove its \`pending\` entry in budgets.ts so the budget is enforced.`,
        ).toBeGreaterThan(budget);
      });
    }
  }
});
