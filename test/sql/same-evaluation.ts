import type { Evaluation } from '@servicescore/core';
import type { SqlEvaluation } from '@servicescore/core/sql';

/**
 * Every difference between two evaluations, field by field: the same keys everywhere, the same
 * strings, booleans and nulls, integers (counts) exactly, other numbers to `relative` (sums and
 * quantiles computed in another order or engine). An empty list means equal. An `evaluateSql`
 * result's own `rejected` report is not part of `Evaluation`: the contract tests compare it with
 * `evaluateRecords`' counts (`contract.ts`).
 */
export function evaluationDifferences(
  actual: Evaluation | SqlEvaluation,
  expected: Evaluation,
  relative = 1e-9,
): string[] {
  const out: string[] = [];
  if ('rejected' in actual && !('rejected' in expected)) {
    const { rejected: _report, ...evaluation } = actual;
    return evaluationDifferences(evaluation, expected, relative);
  }
  const visit = (a: unknown, e: unknown, path: string) => {
    if (out.length > 20) return;
    if (typeof e === 'number' && typeof a === 'number') {
      if (Number.isInteger(e) && Number.isInteger(a) && Math.abs(e) < 2 ** 53) {
        if (a !== e) out.push(`${path}: ${a} ≠ ${e}`);
        return;
      }
      const scale = Math.max(Math.abs(a), Math.abs(e), 1e-300);
      if (Math.abs(a - e) / scale > relative) out.push(`${path}: ${a} ≠ ${e}`);
      return;
    }
    if (Array.isArray(e) || Array.isArray(a)) {
      if (!Array.isArray(e) || !Array.isArray(a) || a.length !== e.length) {
        out.push(
          `${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(e)?.slice(0, 200)}`,
        );
        return;
      }
      for (const [i, x] of e.entries()) visit(a[i], x, `${path}[${i}]`);
      return;
    }
    if (typeof e === 'object' && e !== null && typeof a === 'object' && a !== null) {
      const ka = Object.keys(a)
        .filter((k) => (a as Record<string, unknown>)[k] !== undefined)
        .sort();
      const ke = Object.keys(e)
        .filter((k) => (e as Record<string, unknown>)[k] !== undefined)
        .sort();
      if (ka.join() !== ke.join()) out.push(`${path}: keys ${ka.join(',')} ≠ ${ke.join(',')}`);
      for (const k of ke)
        visit((a as Record<string, unknown>)[k], (e as Record<string, unknown>)[k], `${path}.${k}`);
      return;
    }
    if (a !== e) out.push(`${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(e)}`);
  };
  visit(actual, expected, 'evaluation');
  return out;
}
