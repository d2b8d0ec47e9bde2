// Reasons in the host's words: an order rule broken by mapped dates quotes the host's text and the
// instant it was read as; dates the host gave as Date, epoch ms or ISO with an offset keep the ISO
// reasons. (Reasons are English sentences everywhere in the data layer; they are not localised.)
import { DatasetError, evaluateRecords, mapRecords, parseDataset } from '@servicescore/core';
import { describe, expect, it } from 'vitest';

const la = { dateFormat: 'M/D/YYYY h:mm:ss A', timeZone: 'America/Los_Angeles' } as const;
// Los Angeles in December is UTC−8: 12/30/2017 12:00:00 AM = 2017-12-30T08:00Z,
// 12/30/2017 05:16:06 PM = 2017-12-31T01:16:06Z.
const row = {
  Ticket: 'SR-1',
  Created: '12/30/2017 05:16:06 PM',
  Resolved: '12/30/2017 12:00:00 AM',
  State: 'resolved',
};
const fields = { id: 'Ticket', createdAt: 'Created', resolvedAt: 'Resolved', status: 'State' };
const expected =
  'resolvedAt "12/30/2017 12:00:00 AM" (2017-12-30T08:00Z) is before createdAt "12/30/2017 05:16:06 PM" (2017-12-31T01:16:06Z)';

function reasonsOf(tickets: unknown[]): string[] {
  const { rejected } = parseDataset({ tickets: tickets as never }, { onInvalid: 'collect' });
  return rejected.flatMap((r) => r.issues.map((i) => i.reason));
}

describe('reasons in the host words', () => {
  it('quotes both mapped dates with the instants they were read as (mapRecords → parseDataset)', () => {
    expect(reasonsOf(mapRecords([row], { table: 'tickets', fields, ...la }))).toEqual([expected]);
  });

  it('quotes them the same way in the one-pass evaluation', () => {
    const { rejected } = evaluateRecords(
      { tickets: [row] },
      { metrics: ['csat'], mapping: { tickets: { fields, ...la } }, onInvalid: 'collect' },
    );
    expect(rejected.map((r) => r.reason)).toEqual([expected]);
  });

  it('reads the line of a DatasetError with the field first', () => {
    const tickets = mapRecords([row], { table: 'tickets', fields, ...la });
    expect(() => parseDataset({ tickets })).toThrow(
      `tickets[0] (id "SR-1") resolvedAt: "12/30/2017 12:00:00 AM" (2017-12-30T08:00Z) is before createdAt "12/30/2017 05:16:06 PM" (2017-12-31T01:16:06Z)`,
    );
    expect(() => parseDataset({ tickets })).toThrow(DatasetError);
  });

  it('quotes a first response after the resolution, seconds shown only when not zero', () => {
    const tickets = mapRecords(
      [{ ...row, Resolved: '12/31/2017 9:00:00 AM', Reply: '12/31/2017 9:30:00 AM' }],
      { table: 'tickets', fields: { ...fields, firstResponseAt: 'Reply' }, ...la },
    );
    // 9:30 AM PST = 17:30Z; 9:00 AM PST = 17:00Z.
    expect(reasonsOf(tickets)).toEqual([
      'firstResponseAt "12/31/2017 9:30:00 AM" (2017-12-31T17:30Z) is after resolvedAt "12/31/2017 9:00:00 AM" (2017-12-31T17:00Z)',
    ]);
  });

  it('quotes an offset-less ISO wall time read in the zone', () => {
    const tickets = mapRecords(
      [{ ...row, Created: '2017-12-30T17:16:06', Resolved: '2017-12-30T00:00:00.250' }],
      { table: 'tickets', fields, timeZone: 'America/Los_Angeles' },
    );
    expect(reasonsOf(tickets)).toEqual([
      'resolvedAt "2017-12-30T00:00:00.250" (2017-12-30T08:00:00.250Z) is before createdAt "2017-12-30T17:16:06" (2017-12-31T01:16:06Z)',
    ]);
  });

  it('keeps the ISO reason for ISO text with an offset, even through a mapping', () => {
    const tickets = mapRecords(
      [{ ...row, Created: '2017-12-31T01:16:06Z', Resolved: '2017-12-30T00:00:00-08:00' }],
      { table: 'tickets', fields, timeZone: 'America/Los_Angeles' },
    );
    expect(reasonsOf(tickets)).toEqual([
      'resolvedAt 2017-12-30T08:00:00.000Z is before createdAt 2017-12-31T01:16:06.000Z',
    ]);
  });

  it('keeps the ISO reason for records the host built itself', () => {
    const ticket = {
      id: 'SR-1',
      createdAt: new Date(Date.UTC(2017, 11, 31, 1, 16, 6)),
      resolvedAt: Date.UTC(2017, 11, 30, 8),
      status: 'resolved',
    };
    expect(reasonsOf([ticket])).toEqual([
      'resolvedAt 2017-12-30T08:00:00.000Z is before createdAt 2017-12-31T01:16:06.000Z',
    ]);
  });

  it('quotes the mapped side only when the other date came from an accessor', () => {
    const tickets = mapRecords([row], {
      table: 'tickets',
      fields: { ...fields, resolvedAt: () => new Date(Date.UTC(2017, 11, 30, 8)) },
      ...la,
    });
    expect(reasonsOf(tickets)).toEqual([
      'resolvedAt 2017-12-30T08:00:00.000Z is before createdAt "12/30/2017 05:16:06 PM" (2017-12-31T01:16:06Z)',
    ]);
  });

  it('keeps the host text out of sight: no key, no JSON, equal to the plain record', () => {
    const [record] = mapRecords([row], { table: 'tickets', fields, ...la });
    expect(Object.keys(record as object)).toEqual(['id', 'createdAt', 'resolvedAt', 'status']);
    expect(JSON.parse(JSON.stringify(record))).toEqual(record);
    expect(record).toStrictEqual({
      id: 'SR-1',
      createdAt: Date.UTC(2017, 11, 31, 1, 16, 6),
      resolvedAt: Date.UTC(2017, 11, 30, 8),
      status: 'resolved',
    });
  });

  it('does not carry one row’s text to the next row of the one-pass evaluation', () => {
    // The mapped record is reused from row to row. Row 1's Resolved is a Date (a host row may hold
    // one): its reason must not quote row 0's Resolved text. Row 2 breaks the rule with its texts.
    const rows = [
      { ...row, Ticket: 'SR-0', Resolved: '12/31/2017 9:00:00 AM' },
      { ...row, Ticket: 'SR-1', Resolved: new Date(Date.UTC(2017, 11, 30, 8)) },
      { ...row, Ticket: 'SR-2', Created: '1/2/2018 8:00:00 AM', Resolved: '1/1/2018 8:00:00 AM' },
    ];
    const { rejected, counts } = evaluateRecords(
      { tickets: rows },
      { metrics: ['csat'], mapping: { tickets: { fields, ...la } }, onInvalid: 'collect' },
    );
    expect(counts.tickets).toEqual({ input: 3, accepted: 1, rejected: 2 });
    // 8:00 AM PST = 16:00Z.
    expect(rejected.map((r) => [r.index, r.reason])).toEqual([
      [
        1,
        'resolvedAt 2017-12-30T08:00:00.000Z is before createdAt "12/30/2017 05:16:06 PM" (2017-12-31T01:16:06Z)',
      ],
      [
        2,
        'resolvedAt "1/1/2018 8:00:00 AM" (2018-01-01T16:00Z) is before createdAt "1/2/2018 8:00:00 AM" (2018-01-02T16:00Z)',
      ],
    ]);
  });
});

describe('reasons in the host words: dates outside the instant domain', () => {
  it('quotes the host text of a mapped date outside 1900–2199, not its epoch ms', () => {
    const tickets = mapRecords(
      [
        { ...row, Created: '1/1/1850 10:00:00 AM', Resolved: '' },
        { ...row, Created: '12/31/9999 12:00:00 AM', Resolved: '' },
      ],
      { table: 'tickets', fields, ...la },
    );
    expect(reasonsOf(tickets)).toEqual([
      'createdAt "1/1/1850 10:00:00 AM" is outside the instant domain, years 1900–2199 (UTC)',
      'createdAt "12/31/9999 12:00:00 AM" is outside the instant domain, years 1900–2199 (UTC) (a "never" placeholder such as 9999-12-31 is not a date: leave the field empty)',
    ]);
  });
});
