// Issue 12 item 1: instants have a domain (years 1900–2199 by default); outside it a record is
// rejected with its field and reason, so a "never" placeholder cannot reach a business calendar.
import { describe, expect, it } from 'vitest';
import {
  businessCalendar,
  type DatasetInput,
  DEFAULT_INSTANT_DOMAIN,
  evaluate,
  evaluateRecords,
  instantBounds,
  mapRecords,
  parseDataset,
  weekdayHours,
} from '@servicescore/core';
import { readInstant } from '../../../packages/core/src/data/instant';

const T0 = Date.UTC(2026, 2, 2, 8);
const collect = (tickets: Record<string, unknown>[]) =>
  parseDataset({ tickets } as unknown as DatasetInput, { onInvalid: 'collect' });

describe('instant domain', () => {
  it('defaults to years 1900–2199', () => {
    expect(DEFAULT_INSTANT_DOMAIN).toEqual({ fromYear: 1900, toYear: 2199 });
    const b = instantBounds();
    expect(b.first).toBe(Date.UTC(1900, 0, 1));
    expect(b.last).toBe(Date.UTC(2200, 0, 1) - 1);
  });

  it('rejects a 9999-12-31 "never" placeholder with field and reason', () => {
    const { dataset, rejected } = collect([
      { id: 'ok', createdAt: T0, status: 'resolved', resolvedAt: T0 + 3_600_000 },
      { id: 'never', createdAt: T0, status: 'resolved', resolvedAt: '9999-12-31T23:59:59Z' },
    ]);
    expect(dataset.tickets.map((t) => t.id)).toEqual(['ok']);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.path).toEqual(['resolvedAt']);
    expect(rejected[0]!.reason).toBe(
      'resolvedAt "9999-12-31T23:59:59Z" is outside the instant domain, years 1900–2199 (UTC) (a "never" placeholder such as 9999-12-31 is not a date: leave the field empty)',
    );
  });

  it('rejects year 0001, epoch ms 8.64e15 and a Date before 1900, every path of readInstant', () => {
    const { rejected } = collect([
      { id: 'a', createdAt: '0001-01-01T00:00:00Z', status: 'open' },
      { id: 'b', createdAt: T0, status: 'resolved', resolvedAt: 8.64e15 },
      { id: 'c', createdAt: new Date(Date.UTC(1899, 11, 31, 23, 59, 59, 999)), status: 'open' },
      { id: 'd', createdAt: '2200-01-01T08:00:00+08:00', status: 'open' }, // 2200-01-01T00:00Z
      { id: 'e', createdAt: '2199-12-31T23:00-02:00', status: 'open' }, // general path, 2200-01-01T01:00Z
    ]);
    expect(rejected.map((r) => [r.id, r.path.join('.')])).toEqual([
      ['a', 'createdAt'],
      ['b', 'resolvedAt'],
      ['c', 'createdAt'],
      ['d', 'createdAt'],
      ['e', 'createdAt'],
    ]);
    for (const r of rejected)
      expect(r.reason).toMatch(/outside the instant domain, years 1900–2199/);
  });

  it('accepts both ends of the domain', () => {
    const { rejected } = collect([
      { id: 'first', createdAt: '1900-01-01T00:00:00Z', status: 'open' },
      { id: 'last', createdAt: '2199-12-31T23:59:59.999Z', status: 'open' },
      { id: 'ms', createdAt: Date.UTC(2200, 0, 1) - 1, status: 'open' },
    ]);
    expect(rejected).toEqual([]);
  });

  it('rejects a mapped CSV date beyond the domain (dateFormat path)', () => {
    const mapped = mapRecords(
      [{ Id: '1', Opened: '03/02/2026', Closed: '12/31/9999', Status: 'resolved' }],
      {
        table: 'tickets',
        fields: { id: 'Id', createdAt: 'Opened', resolvedAt: 'Closed', status: 'Status' },
        dateFormat: 'MM/DD/YYYY',
        timeZone: 'UTC',
      },
    );
    const { rejected } = collect(mapped as Record<string, unknown>[]);
    expect(rejected[0]?.path).toEqual(['resolvedAt']);
    expect(rejected[0]?.reason).toMatch(/outside the instant domain/);
  });

  it('evaluates with a calendar once the placeholder is rejected (the 197 s hang of issue 12)', () => {
    const { dataset } = collect([
      { id: 'x', createdAt: T0, status: 'resolved', resolvedAt: T0 + 7_200_000 },
      { id: 'never', createdAt: T0, status: 'resolved', resolvedAt: '9999-12-31T23:59:59Z' },
    ]);
    const calendar = businessCalendar({ timeZone: 'UTC', hours: weekdayHours() });
    const result = evaluate(dataset, { metrics: ['avgResolutionTime'], calendar });
    // One ticket, Monday 08:00 → 10:00 inside 08:00–17:00: 2 h of working time.
    expect(result.overall.avgResolutionTime?.value).toBe(7_200_000);
  });

  it('takes a custom domain through readInstant and checks it', () => {
    const bounds = instantBounds({ fromYear: 2000, toYear: 2099 });
    expect(readInstant('createdAt', Date.UTC(1999, 11, 31), bounds)).toHaveProperty(
      'reason',
      `createdAt ${Date.UTC(1999, 11, 31)} is outside the instant domain, years 2000–2099 (UTC)`,
    );
    expect(readInstant('createdAt', Date.UTC(2000, 0, 1), bounds)).toBe(Date.UTC(2000, 0, 1));
    expect(() => instantBounds({ fromYear: 2100, toYear: 2000 })).toThrow(RangeError);
    expect(() => instantBounds({ fromYear: 1.5, toYear: 2000 })).toThrow(/fromYear 1.5/);
  });
});

describe('a configurable instant domain (instantDomain option)', () => {
  // 2500-03-01T00:00Z (epoch ms 16,730,323,200,000), inside 1900–2999, outside the default 1900–2199.
  const Y2500 = Date.UTC(2500, 2, 1);
  const wide = { fromYear: 1900, toYear: 2999 };
  const tickets = [
    { id: 'now', createdAt: T0, status: 'resolved', resolvedAt: T0 + 3_600_000 },
    { id: 'future', createdAt: Y2500, status: 'resolved', resolvedAt: Y2500 + 7_200_000 },
    { id: 'never', createdAt: T0, status: 'resolved', resolvedAt: '9999-12-31T23:59:59Z' },
  ];

  it('parseDataset accepts what the wider domain holds and names its years when it rejects', () => {
    const { dataset, rejected } = parseDataset({ tickets } as unknown as DatasetInput, {
      onInvalid: 'collect',
      instantDomain: wide,
    });
    expect(dataset.tickets.map((t) => t.id)).toEqual(['now', 'future']);
    expect(rejected.map((r) => r.reason)).toEqual([
      'resolvedAt "9999-12-31T23:59:59Z" is outside the instant domain, years 1900–2999 (UTC) (a "never" placeholder such as 9999-12-31 is not a date: leave the field empty)',
    ]);
    // The default still rejects the year 2500 (field and both ends named).
    const byDefault = collect(tickets);
    expect(byDefault.rejected.map((r) => `${r.id}.${r.path.join('.')}`)).toEqual([
      'future.createdAt',
      'never.resolvedAt',
    ]);
  });

  it('a narrower domain rejects what the default accepts', () => {
    const { rejected } = parseDataset(
      { tickets: [{ id: 'old', createdAt: '1999-12-31T23:59:59Z', status: 'open' }] },
      { onInvalid: 'collect', instantDomain: { fromYear: 2000, toYear: 2099 } },
    );
    expect(rejected.map((r) => r.reason)).toEqual([
      'createdAt "1999-12-31T23:59:59Z" is outside the instant domain, years 2000–2099 (UTC)',
    ]);
  });

  it('evaluateRecords reads records, mapped dates and asOf in the domain', () => {
    const options = {
      metrics: ['requestVolume', 'avgResolutionTime'],
      asOf: Y2500 + 86_400_000,
      onInvalid: 'collect' as const,
      instantDomain: wide,
    };
    const { evaluation, rejected } = evaluateRecords({ tickets } as never, options);
    // Two resolved tickets (1 h and 2 h): volume 2, mean 1.5 h.
    expect(evaluation.overall.requestVolume?.value).toBe(2);
    expect(evaluation.overall.avgResolutionTime?.value).toBe(5_400_000);
    expect(rejected.map((r) => r.id)).toEqual(['never']);
    // The same rows as a CSV with a date format, through the mapping.
    const mapped = evaluateRecords(
      { tickets: [{ No: 'F', Opened: '01/03/2500 00:00', Solved: '01/03/2500 02:00' }] } as never,
      {
        ...options,
        mapping: {
          tickets: {
            fields: {
              id: 'No',
              createdAt: 'Opened',
              resolvedAt: 'Solved',
              status: () => 'resolved',
            },
            dateFormat: 'DD/MM/YYYY HH:mm',
            timeZone: 'UTC',
          },
        },
      },
    );
    expect(mapped.evaluation.overall.requestVolume?.value).toBe(1);
    expect(mapped.rejected).toEqual([]);
  });

  it('evaluate takes asOf in the domain, and refuses it outside with the years', () => {
    const { dataset } = parseDataset({ tickets: [] });
    expect(
      evaluate(dataset, { metrics: ['requestVolume'], asOf: Y2500, instantDomain: wide }).asOf,
    ).toBe(Y2500);
    expect(() => evaluate(dataset, { metrics: ['requestVolume'], asOf: Y2500 })).toThrow(
      /option `asOf` is 16730323200000; it must lie in the instant domain, years 1900–2199 \(UTC\)/,
    );
  });

  it('mapRecords takes it on the mapping', () => {
    const rows = [{ No: 'F', Opened: '2500-03-01T00:00:00Z' }];
    const fields = { id: 'No', createdAt: 'Opened', status: () => 'open' };
    const out = mapRecords(rows, { table: 'tickets', fields, instantDomain: wide });
    expect(out[0]?.createdAt).toBe(Y2500);
  });

  it('a business calendar works in its own domain and points to it when refusing', () => {
    const spec = { timeZone: 'UTC', hours: weekdayHours() };
    // 2500-03-01 is a Monday: 08:00–10:00 is 2 h of working time.
    const from = Y2500 + 8 * 3_600_000;
    expect(businessCalendar({ ...spec, instantDomain: wide }).elapsed(from, from + 7_200_000)).toBe(
      7_200_000,
    );
    expect(() => businessCalendar(spec).elapsed(from, from + 7_200_000)).toThrow(
      `elapsed: argument \`from\` ${from} is outside the instant domain, years 1900–2199 (UTC) (a wider domain is businessCalendar's instantDomain option)`,
    );
  });

  it('refuses a bad domain by name, in the caller', () => {
    const input = { tickets: [] };
    expect(() => parseDataset(input, { instantDomain: { fromYear: 1800, toYear: 2199 } })).toThrow(
      new RangeError(
        'parseDataset: option instantDomain.fromYear 1800 is not a year from 1900 to 9999',
      ),
    );
    expect(() =>
      parseDataset(input, { instantDomain: { fromYear: 1900, toYear: 10_000 } }),
    ).toThrow('parseDataset: option instantDomain.toYear 10000 is not a year from 1900 to 9999');
    expect(() =>
      evaluateRecords(input, {
        metrics: ['csat'],
        instantDomain: { fromYear: 1900, toYear: 2199, toYaer: 3000 } as never,
      }),
    ).toThrow(
      new TypeError(
        'evaluateRecords: option instantDomain: unknown key `toYaer`; did you mean `toYear`? Valid: fromYear, toYear.',
      ),
    );
    expect(() =>
      businessCalendar({
        timeZone: 'UTC',
        hours: weekdayHours(),
        instantDomain: { fromYear: 2100, toYear: 2000 },
      }),
    ).toThrow('businessCalendar: instantDomain.toYear 2000 is before fromYear 2100');
  });
});
