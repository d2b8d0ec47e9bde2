// Issue 12 items 5 and 6: strict options (unknown keys named with the closest valid one), SLA specs
// as plain objects, and domains checked where values enter scoring and comparison.
import { describe, expect, it } from 'vitest';
import {
  businessCalendar,
  checkTargets,
  compare,
  compareEvaluations,
  evaluate,
  gradeOf,
  hours,
  type MetricValue,
  type ServiceDataset,
  type ServiceTicket,
  type SlaPolicy,
  scoreScorecard,
  afterSalesTemplate,
  weekdayHours,
} from '@servicescore/core';
import { closestKey } from '../../packages/core/src/option-keys';
import { evaluateInWorker } from '@servicescore/core/worker';

const T0 = Date.UTC(2026, 2, 2, 9); // Monday 09:00 UTC
const ticket = (id: string, resolvedAfter: number): ServiceTicket => ({
  id,
  createdAt: T0,
  status: 'resolved',
  resolvedAt: T0 + resolvedAfter,
  priority: 'normal',
});
const data: ServiceDataset = {
  tickets: [ticket('a', hours(0.5)), ticket('b', hours(3))],
  calls: [],
  agents: [],
  customers: [],
};
const asOf = T0 + hours(48);

describe('unknown option keys are errors naming the closest valid key', () => {
  it.each([
    ['groupby', 'groupBy'],
    ['timezone', 'timeZone'],
    ['asof', 'asOf'],
    ['metric', 'metrics'],
  ])('evaluate({ %s }) → did you mean `%s`?', (wrong, right) => {
    const options = { metrics: ['fcr'], [wrong]: 'x' } as never;
    expect(() => evaluate(data, options)).toThrow(TypeError);
    expect(() => evaluate(data, options)).toThrow(
      new RegExp(`evaluate: unknown option \`${wrong}\`; did you mean \`${right}\`\\?`),
    );
  });

  it('names a key with no close match without a guess, listing the valid ones', () => {
    expect(() => evaluate(data, { metrics: ['fcr'], colour: 1 } as never)).toThrow(
      /unknown option `colour`; Valid: metrics, groupBy, period/,
    );
  });

  it('businessCalendar({ holiday }) is refused (it left the holiday a working day)', () => {
    expect(() =>
      businessCalendar({
        timeZone: 'UTC',
        hours: weekdayHours(),
        holiday: ['2026-03-02'],
      } as never),
    ).toThrow('businessCalendar: unknown field `holiday`; did you mean `holidays`?');
  });

  it('evaluateInWorker refuses unknown options and controls before starting', async () => {
    await expect(
      evaluateInWorker({}, { metrics: ['fcr'], groupby: 'agentId' } as never),
    ).rejects.toThrow(/evaluateInWorker: unknown option `groupby`; did you mean `groupBy`\?/);
    await expect(
      evaluateInWorker({}, { metrics: ['fcr'] }, { onprogress: () => undefined } as never),
    ).rejects.toThrow(/unknown control `onprogress`; did you mean `onProgress`\?/);
  });

  it('checkTargets and compareEvaluations', () => {
    expect(() => checkTargets({ csat: 0.9 }, [], { previos: {} } as never)).toThrow(
      'checkTargets: unknown option `previos`; did you mean `previous`? Valid: previous.',
    );
    expect(() => compareEvaluations({}, {}, undefined, { direction: {} } as never)).toThrow(
      /compareEvaluations: unknown option `direction`; did you mean `directions`\?/,
    );
  });

  it('gradeOf and closestKey', () => {
    expect(() => gradeOf(80, undefined, { precison: 2 } as never)).toThrow(
      'gradeOf: unknown option `precison`; the only option is `precision`.',
    );
    expect(closestKey('GROUPBY', ['groupBy', 'metrics'])).toBe('groupBy');
    expect(closestKey('zzz', ['groupBy', 'metrics'])).toBeUndefined();
  });
});

describe('asOf lies in the instant domain', () => {
  it('refuses a 9999-12-31 placeholder asOf, accepts the last instant of 2199', () => {
    expect(() => evaluate(data, { metrics: ['fcr'], asOf: '9999-12-31T23:59:59Z' })).toThrow(
      /option `asOf` is "9999-12-31T23:59:59Z"; it must lie in the instant domain, years 1900–2199/,
    );
    expect(() =>
      evaluate(data, { metrics: ['fcr'], asOf: Date.UTC(2200, 0, 1) - 1 }),
    ).not.toThrow();
  });
});

describe('SLA specs as plain objects', () => {
  it('reads a hand-written spec as slaPolicy would (it used to mean "no target" everywhere)', () => {
    // Resolution target 1 h: ticket a (30 min) on time, b (3 h) late → 1 / 2 = 0.5.
    const spec = { resolution: { default: hours(1) } } as unknown as SlaPolicy;
    const result = evaluate(data, { metrics: ['onTimeResolutionRate'], sla: spec, asOf });
    expect(result.overall.onTimeResolutionRate?.value).toBe(0.5);
  });

  it('refuses a spec it cannot read, naming the part', () => {
    const bad = { resolution: { normall: hours(1) } } as unknown as SlaPolicy;
    expect(() => evaluate(data, { metrics: ['onTimeResolutionRate'], sla: bad, asOf })).toThrow(
      /unknown priority `normall`; did you mean `normal`\?/,
    );
    expect(() =>
      evaluate(data, { metrics: ['fcr'], sla: 'strict' as unknown as SlaPolicy, asOf }),
    ).toThrow(/option `sla` is strict/);
  });
});

describe('domains where values enter scoring', () => {
  it('{ fcr: 85 } (a percent for 0.85) is refused, not scored 100 优秀', () => {
    expect(() => scoreScorecard(afterSalesTemplate, { fcr: 85 })).toThrow(
      'Input for indicator "firstContactResolution" has the value 85: a ratio is from 0 to 1 (85 % is 0.85).',
    );
  });

  it('a negative handling time is refused, not given full points', () => {
    expect(() => scoreScorecard(afterSalesTemplate, { avgHandlingTime: -hours(2) })).toThrow(
      /has the value -7200000: a duration is milliseconds ≥ 0/,
    );
  });

  it("another metric's MetricValue under the fcr key is refused", () => {
    const csat: MetricValue = {
      metricId: 'csat',
      value: 0.9,
      unit: 'ratio',
      sampleSize: 50,
      sufficient: true,
    };
    expect(() => scoreScorecard(afterSalesTemplate, { fcr: csat })).toThrow(
      'Input for indicator "firstContactResolution" is a value of metric "csat", not "fcr": give each metric its own value.',
    );
  });

  it('checkTargets({ csat: 93.5 }) is refused, not "met"', () => {
    expect(() =>
      checkTargets({ csat: 93.5 }, [{ metricId: 'csat', comparator: '>=', target: 0.9 }]),
    ).toThrow(/Value of "csat" has the value 93.5: a ratio is from 0 to 1/);
  });

  it('compare of a ratio with a plain number is refused, not "improved"', () => {
    const before: MetricValue = {
      metricId: 'fcr',
      value: 0.8,
      unit: 'ratio',
      sampleSize: 10,
      sufficient: true,
    };
    const after: MetricValue = { ...before, value: 85, unit: 'number' };
    expect(() => compare(before, after)).toThrow(
      'compare was given values in two units, "ratio" (before) and "number" (after): compare like with like.',
    );
    expect(() => compare(before, { ...before, value: 85 })).toThrow(
      /compare: after \(fcr\) has the value 85: a ratio is from 0 to 1/,
    );
  });
});
