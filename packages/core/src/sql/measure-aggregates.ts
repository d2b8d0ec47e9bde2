// The aggregates that compute one metric's accumulator state in SQL, derived from its declarative
// measure: hits and misses of a ratio, the count, sum and sum of squares of a mean (and its
// quantiles), a sum ratio's sums, an NPS's three bands.
import type { Measure } from '../metrics/expr/types';
import { type ExprScope, predicateSql, valueSql } from './expr';

/**
 * Aggregates of one metric's state, over the rows of a states query; columns `s<i>_<part>`, which
 * the assembler reads back into the kit's state (`stateOf` in `assemble-rows.ts`).
 */
export function measureAggregates(i: number, m: Measure, s: ExprScope): string[] {
  const d = s.dialect;
  const q = (id: string) => d.quote(id);
  const col = (part: string) => q(`s${i}_${part}`);
  const and = (...ps: string[]) => `(${ps.join(' AND ')})`;
  const not = (x: string) => `(NOT ${x})`;
  const where = m.where === undefined ? undefined : predicateSql(m.where, s);
  const population = predicateSql(m.population, s);
  const scope = where === undefined ? population : and(where, population);
  const count = (pred: string) => d.countWhere(pred);
  const caseOf = (pred: string, value: string) => `CASE WHEN ${pred} THEN ${value} ELSE NULL END`;
  switch (m.kind) {
    case 'ratio': {
      const hit = predicateSql(m.hit, s);
      const censor = m.censor === undefined ? undefined : predicateSql(m.censor, s);
      const miss = censor === undefined ? and(scope, not(hit)) : and(scope, not(hit), not(censor));
      const out = [
        `${count(and(scope, hit))} AS ${col('hits')}`,
        `${count(miss)} AS ${col('misses')}`,
      ];
      out.push(
        censor === undefined
          ? `${count(d.name === 'clickhouse' ? '0' : 'FALSE')} AS ${col('censored')}`
          : `${count(and(scope, not(hit), censor))} AS ${col('censored')}`,
      );
      return out;
    }
    case 'count': {
      const hit = predicateSql(m.hit, s);
      return [
        `${count(scope)} AS ${col('considered')}`,
        `${count(and(scope, hit))} AS ${col('count')}`,
      ];
    }
    case 'mean': {
      const value = valueSql(m.value, s);
      const inside = and(scope, `(${value} IS NOT NULL)`);
      // As a double before squaring: a BIGINT duration over ~35 days would overflow v × v.
      const v = d.castDouble(caseOf(inside, value));
      const censor = m.censor === undefined ? undefined : predicateSql(m.censor, s);
      const out = [
        `${count(inside)} AS ${col('n')}`,
        `${d.sumDouble(v)} AS ${col('sum')}`,
        `${d.sumDouble(`(${v}) * (${v})`)} AS ${col('sumsq')}`,
        censor === undefined
          ? `${count(d.name === 'clickhouse' ? '0' : 'FALSE')} AS ${col('censored')}`
          : `${count(and(not(inside), where ?? (d.name === 'clickhouse' ? '1' : 'TRUE'), censor))} AS ${col('censored')}`,
      ];
      if (m.quantiles === true) {
        const [q50, q90] = d.quantiles(caseOf(inside, d.castDouble(value)), `_s${i}`);
        out.push(`${q50} AS ${col('q50')}`, `${q90} AS ${col('q90')}`);
      }
      return out;
    }
    case 'sumRatio':
      return [
        `${d.sumDouble(caseOf(scope, valueSql(m.numerator, s)))} AS ${col('num')}`,
        `${d.sumDouble(caseOf(scope, valueSql(m.denominator, s)))} AS ${col('den')}`,
        `${count(scope)} AS ${col('records')}`,
      ];
    case 'nps': {
      const score = valueSql(m.score, s);
      const inside = and(scope, `(${score} IS NOT NULL)`);
      return [
        `${count(and(inside, d.notNull(`(${score} >= 9)`)))} AS ${col('pro')}`,
        `${count(and(inside, d.notNull(`(${score} >= 7 AND ${score} < 9)`)))} AS ${col('pas')}`,
        `${count(and(inside, d.notNull(`(${score} < 7)`)))} AS ${col('det')}`,
      ];
    }
  }
}
