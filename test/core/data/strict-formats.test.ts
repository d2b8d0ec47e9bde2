// Issue 12 items 3 and 5: date formats are validated (minutes vs months, a date part required) and
// no parser backtracks super-linearly (1 MB cells are read in one pass).
import { describe, expect, it } from 'vitest';
import { mapRecords, parseDataset, type RecordMapping } from '@servicescore/core';

type Row = Record<string, unknown>;
const ticketFields = { id: 'ID', createdAt: 'Created', status: 'Status' } as const;

function mapTickets(rows: Row[], mapping: Omit<RecordMapping<'tickets'>, 'table'>) {
  return mapRecords(rows, { table: 'tickets', ...mapping });
}

describe('date formats are validated', () => {
  const row = { ID: 'T-1', Created: '2026-03-02', Status: 'open' };
  it("refuses 'YYYY-mm-dd' (lowercase mm = minutes; it read 2026-03-02 as 2026-01-02T00:03Z)", () => {
    expect(() =>
      mapTickets([row], { fields: ticketFields, dateFormat: 'YYYY-mm-dd', timeZone: 'UTC' }),
    ).toThrow(
      'mapRecords: dateFormat "YYYY-mm-dd" reads minutes (mm) but no hour: months are MM, minutes mm (e.g. "YYYY-MM-DD").',
    );
  });

  it("refuses a format with no date part ('HH:mm' put every ticket on 1970-01-01)", () => {
    expect(() =>
      mapTickets([row], { fields: ticketFields, dateFormat: 'HH:mm', timeZone: 'UTC' }),
    ).toThrow(
      /"HH:mm" has no year, month, day: a date format needs a year \(YYYY\), a month \(MM\) and a day \(DD\)/,
    );
    expect(() =>
      mapTickets([row], { fields: ticketFields, dateFormat: 'MM/YYYY', timeZone: 'UTC' }),
    ).toThrow(/has no day/);
  });

  it("refuses 'YYYY-MM-DD HH:MM' (a month read twice) and a meridiem without an hour", () => {
    expect(() =>
      mapTickets([row], { fields: ticketFields, dateFormat: 'YYYY-MM-DD HH:MM', timeZone: 'UTC' }),
    ).toThrow(/reads the month twice: months are MM, minutes mm/);
    expect(() =>
      mapTickets([row], { fields: ticketFields, dateFormat: 'YYYY-MM-DD A', timeZone: 'UTC' }),
    ).toThrow(/AM\/PM \(A\) but no hour/);
    expect(() =>
      mapTickets([row], {
        fields: ticketFields,
        dateFormat: 42 as unknown as string,
        timeZone: 'UTC',
      }),
    ).toThrow(/dateFormat must be a string/);
  });

  it('still reads valid formats: MMM names, two-digit years, 12-hour clocks', () => {
    const out = mapTickets([{ ID: '1', Created: 'Mar 2, 26 2:05 PM', Status: 'open' }], {
      fields: ticketFields,
      dateFormat: 'MMM D, YY h:mm A',
      timeZone: 'UTC',
    });
    // 2026-03-02 14:05 UTC.
    expect(out[0]!.createdAt).toBe(Date.UTC(2026, 2, 2, 14, 5));
  });
});

describe('1 MB cells are read in linear time (no regex backtracking)', () => {
  const MB = 1 << 20;
  const digits = '1'.repeat(MB);
  // A quadratic scan of 1 MB is ~10^12 steps (hours); a linear one is milliseconds. The generous
  // 60 s test timeout only fails the quadratic case, whatever the load on the machine.
  it('a 1 MB numeric cell ending in a letter is rejected as "not a number"', {
    timeout: 60_000,
  }, () => {
    const mapped = mapRecords(
      [
        {
          ID: 'T-1',
          Created: '2026-03-02T08:00:00Z',
          Status: 'open',
          Contacts: `${digits}x`,
          Csat: `${digits}.${digits}e`,
        },
      ],
      { table: 'tickets', fields: { ...ticketFields, contacts: 'Contacts', csat: 'Csat' } },
    );
    const { rejected } = parseDataset({ tickets: mapped }, { onInvalid: 'collect' });
    expect(rejected[0]!.issues.map((i) => i.path[0])).toEqual(['contacts', 'csat']);
    expect(rejected[0]!.issues[0]!.reason).toMatch(/^contacts ".*" is not a number$/);
  });

  it('a 1 MB duration cell (clock syntax allowed) is rejected', { timeout: 60_000 }, () => {
    const mapped = mapRecords(
      [
        { ID: 'C-1', Start: '2026-03-02T08:00:00Z', Answered: 'yes', Wait: `${digits}:${digits}x` },
        { ID: 'C-2', Start: '2026-03-02T08:00:00Z', Answered: 'yes', Wait: `1:${digits}` },
      ],
      {
        table: 'calls',
        fields: { id: 'ID', startedAt: 'Start', answered: 'Answered', waitSeconds: 'Wait' },
      },
    );
    const { rejected } = parseDataset({ calls: mapped }, { onInvalid: 'collect' });
    expect(rejected.map((r) => r.path[0])).toEqual(['waitSeconds', 'waitSeconds']);
  });

  it('1 MB date cells (ISO and formatted) are rejected', { timeout: 60_000 }, () => {
    const iso = mapTickets(
      [{ ID: '1', Created: `2026-03-02T08:00:00.${digits}Z`, Status: 'open' }],
      {
        fields: ticketFields,
        timeZone: 'UTC',
      },
    );
    const formatted = mapTickets([{ ID: '1', Created: `02/03/2026 ${digits}`, Status: 'open' }], {
      fields: ticketFields,
      dateFormat: 'DD/MM/YYYY HH:mm',
      timeZone: 'UTC',
    });
    const a = parseDataset({ tickets: [...iso, ...formatted] }, { onInvalid: 'collect' });
    expect(a.rejected.map((r) => r.path[0])).toEqual(['createdAt', 'createdAt']);
  });

  it('numeric text is still read: signs, points, exponents', () => {
    const mapped = mapTickets(
      [
        { ID: '1', Created: '2026-03-02T08:00:00Z', Status: 'open', Contacts: '+4', Csat: '4.' },
        { ID: '2', Created: '2026-03-02T08:00:00Z', Status: 'open', Contacts: '3e0', Csat: '.5e1' },
        { ID: '3', Created: '2026-03-02T08:00:00Z', Status: 'open', Contacts: '1e', Csat: '.' },
      ],
      { fields: { ...ticketFields, contacts: 'Contacts', csat: 'Csat' } },
    );
    expect(mapped.slice(0, 2).map((r) => [r.contacts, r.csat])).toEqual([
      [4, 4],
      [3, 5],
    ]);
    // '1e' and '.' are not numbers: the rows carry the reason for the schema to report.
    const { rejected } = parseDataset({ tickets: mapped }, { onInvalid: 'collect' });
    expect(rejected.map((r) => r.issues.map((i) => i.reason))).toEqual([
      ['contacts "1e" is not a number', 'csat "." is not a number'],
    ]);
  });
});
