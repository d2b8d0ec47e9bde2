import { describe, expect, it } from 'vitest';
import {
  canonicalFields,
  type Disambiguation,
  MappingError,
  mapRecords,
  type RecordMapping,
} from '@servicescore/core';
import { parseDataset } from '@servicescore/core';

type Row = Record<string, unknown>;

/** Maps rows and parses them in collect mode: accepted tickets and rejection reasons by row. */
function tickets(rows: Row[], mapping: Omit<RecordMapping<'tickets'>, 'table'>) {
  const mapped = mapRecords(rows, { table: 'tickets', ...mapping });
  const { dataset, rejected } = parseDataset({ tickets: mapped }, { onInvalid: 'collect' });
  return { accepted: dataset.tickets, rejected, mapped };
}

function calls(rows: Row[], mapping: Omit<RecordMapping<'calls'>, 'table'>) {
  const mapped = mapRecords(rows, { table: 'calls', ...mapping });
  const { dataset, rejected } = parseDataset({ calls: mapped }, { onInvalid: 'collect' });
  return { accepted: dataset.calls, rejected };
}

const ticketFields = { id: 'ID', createdAt: 'Created', status: 'Status' } as const;

describe('date formats', () => {
  const shanghai = {
    fields: ticketFields,
    dateFormat: 'DD-MM-YYYY HH:mm',
    timeZone: 'Asia/Shanghai',
  };

  it("reads 'DD-MM-YYYY HH:mm' as a wall time in Asia/Shanghai", () => {
    const { accepted } = tickets(
      [{ ID: '1', Created: '01-03-2026 16:00', Status: 'open' }],
      shanghai,
    );
    // 16:00 at UTC+8 is 08:00Z
    expect(accepted[0]?.createdAt).toBe(Date.UTC(2026, 2, 1, 8));
  });

  it('rejects 31 February, naming the value and the format', () => {
    const { rejected } = tickets(
      [{ ID: '1', Created: '31-02-2026 10:00', Status: 'open' }],
      shanghai,
    );
    expect(rejected[0]).toMatchObject({
      index: 0,
      path: ['createdAt'],
      reason: 'createdAt "31-02-2026 10:00" is not a valid date for format DD-MM-YYYY HH:mm',
    });
  });

  it('rejects a 13th month', () => {
    const { rejected } = tickets(
      [{ ID: '1', Created: '01-13-2026 10:00', Status: 'open' }],
      shanghai,
    );
    expect(rejected[0]?.reason).toContain('is not a valid date for format DD-MM-YYYY HH:mm');
  });

  it('rejects a value of the wrong shape', () => {
    const { rejected } = tickets(
      [{ ID: '1', Created: '2026-03-01 10:00', Status: 'open' }],
      shanghai,
    );
    expect(rejected[0]?.reason).toBe(
      'createdAt "2026-03-01 10:00" is not a valid date for format DD-MM-YYYY HH:mm',
    );
  });

  it('reports the bad date in DatasetError with the field', () => {
    const mapped = mapRecords([{ ID: 'T-5', Created: '31-02-2026 10:00', Status: 'open' }], {
      table: 'tickets',
      ...shanghai,
    });
    expect(() => parseDataset({ tickets: mapped })).toThrow(
      'tickets[0] (id "T-5") createdAt: "31-02-2026 10:00" is not a valid date for format DD-MM-YYYY HH:mm',
    );
  });

  it("reads 'M/D/YYYY h:mm:ss A' with one-digit parts", () => {
    const { accepted } = tickets([{ ID: '1', Created: '3/9/2026 3:05:09 PM', Status: 'open' }], {
      fields: ticketFields,
      dateFormat: 'M/D/YYYY h:mm:ss A',
      timeZone: 'America/New_York',
    });
    // 15:05:09 EDT (UTC−4) on 9 March is 19:05:09Z
    expect(accepted[0]?.createdAt).toBe(Date.UTC(2026, 2, 9, 19, 5, 9));
  });

  it("reads 'YYYY-MM-DD' as local midnight", () => {
    const { accepted } = tickets([{ ID: '1', Created: '2026-03-01', Status: 'open' }], {
      fields: ticketFields,
      dateFormat: 'YYYY-MM-DD',
      timeZone: 'Asia/Shanghai',
    });
    // 00:00 at UTC+8 is 16:00Z the day before
    expect(accepted[0]?.createdAt).toBe(Date.UTC(2026, 1, 28, 16));
  });

  it('uses a per-field format over dateFormat', () => {
    const { accepted } = tickets(
      [{ ID: '1', Created: '01-03-2026 16:00', Due: '2026/03/02', Status: 'open' }],
      {
        fields: { ...ticketFields, resolutionDueAt: 'Due' },
        dateFormat: 'DD-MM-YYYY HH:mm',
        dateFormats: { resolutionDueAt: 'YYYY/MM/DD' },
        timeZone: 'Asia/Shanghai',
      },
    );
    expect(accepted[0]?.resolutionDueAt).toBe(Date.UTC(2026, 2, 1, 16));
  });

  it('reads a format with an offset token without a time zone', () => {
    const { accepted } = tickets(
      [{ ID: '1', Created: '2026-03-01 16:00 +08:00', Status: 'open' }],
      {
        fields: ticketFields,
        dateFormat: 'YYYY-MM-DD HH:mm Z',
      },
    );
    expect(accepted[0]?.createdAt).toBe(Date.UTC(2026, 2, 1, 8));
  });
});

describe('daylight saving (America/New_York)', () => {
  const ny = (ambiguousTime?: Disambiguation) => ({
    fields: ticketFields,
    dateFormat: 'MM/DD/YYYY hh:mm:ss A',
    timeZone: 'America/New_York',
    ...(ambiguousTime === undefined ? {} : { ambiguousTime }),
  });

  it('rejects a wall time in the spring-forward gap (2026-03-08 02:30)', () => {
    const { rejected } = tickets(
      [{ ID: '1', Created: '03/08/2026 02:30:00 AM', Status: 'open' }],
      ny(),
    );
    expect(rejected[0]?.reason).toBe(
      'createdAt "03/08/2026 02:30:00 AM" does not exist in America/New_York: the clocks skip that hour at the daylight-saving change',
    );
  });

  it('reads the minutes either side of the gap exactly', () => {
    const { accepted } = tickets(
      [
        { ID: '1', Created: '03/08/2026 01:59:59 AM', Status: 'open' },
        { ID: '2', Created: '03/08/2026 03:00:00 AM', Status: 'open' },
      ],
      ny(),
    );
    // 01:59:59 EST (UTC−5) = 06:59:59Z; 03:00 EDT (UTC−4) = 07:00Z: one second apart
    expect(accepted.map((t) => t.createdAt)).toEqual([
      Date.UTC(2026, 2, 8, 6, 59, 59),
      Date.UTC(2026, 2, 8, 7),
    ]);
  });

  it('rejects a wall time in the fall-back overlap (2026-11-01 01:30) by default', () => {
    const { rejected } = tickets(
      [{ ID: '1', Created: '11/01/2026 01:30:00 AM', Status: 'open' }],
      ny(),
    );
    expect(rejected[0]?.reason).toBe(
      "createdAt \"11/01/2026 01:30:00 AM\" is ambiguous in America/New_York: it happens twice at the daylight-saving change; set ambiguousTime to 'earlier' or 'later'",
    );
  });

  it("takes the first occurrence (EDT) with ambiguousTime: 'earlier'", () => {
    const { accepted } = tickets(
      [{ ID: '1', Created: '11/01/2026 01:30:00 AM', Status: 'open' }],
      ny('earlier'),
    );
    // 01:30 EDT (UTC−4) = 05:30Z
    expect(accepted[0]?.createdAt).toBe(Date.UTC(2026, 10, 1, 5, 30));
  });

  it("takes the second occurrence (EST) with ambiguousTime: 'later'", () => {
    const { accepted } = tickets(
      [{ ID: '1', Created: '11/01/2026 01:30:00 AM', Status: 'open' }],
      ny('later'),
    );
    // 01:30 EST (UTC−5) = 06:30Z
    expect(accepted[0]?.createdAt).toBe(Date.UTC(2026, 10, 1, 6, 30));
  });

  it('still rejects the gap with ambiguousTime set', () => {
    const { rejected } = tickets(
      [{ ID: '1', Created: '03/08/2026 02:30:00 AM', Status: 'open' }],
      ny('later'),
    );
    expect(rejected[0]?.reason).toContain('does not exist in America/New_York');
  });

  it('reads an offset-less ISO string in the time zone when no format is given', () => {
    const { accepted, rejected } = tickets(
      [
        { ID: '1', Created: '2026-07-01T12:00:00', Status: 'open' },
        { ID: '2', Created: '2026-03-08T02:30', Status: 'open' },
        { ID: '3', Created: '2026-07-01T12:00:00Z', Status: 'open' },
      ],
      { fields: ticketFields, timeZone: 'America/New_York' },
    );
    // 12:00 EDT = 16:00Z; the explicit Z wins over the zone
    expect(accepted.map((t) => t.createdAt)).toEqual([
      Date.UTC(2026, 6, 1, 16),
      Date.UTC(2026, 6, 1, 12),
    ]);
    expect(rejected[0]?.reason).toContain('does not exist in America/New_York');
  });
});

describe('Asia/Shanghai', () => {
  it('has no daylight-saving gap: 2026-03-08 02:30 exists', () => {
    const { accepted } = tickets([{ ID: '1', Created: '2026-03-08 02:30', Status: 'open' }], {
      fields: ticketFields,
      dateFormat: 'YYYY-MM-DD HH:mm',
      timeZone: 'Asia/Shanghai',
    });
    // 02:30 at UTC+8 is 18:30Z the day before
    expect(accepted[0]?.createdAt).toBe(Date.UTC(2026, 2, 7, 18, 30));
  });

  it('leaves an offset-less ISO string to be rejected when no time zone is given', () => {
    const { rejected } = tickets([{ ID: '1', Created: '2026-03-08T02:30:00', Status: 'open' }], {
      fields: ticketFields,
    });
    expect(rejected[0]?.reason).toBe(
      'createdAt "2026-03-08T02:30:00" has no UTC offset; add one or use mapRecords with a timeZone',
    );
  });
});

describe('values, null values and coercions', () => {
  it('maps host values onto enums before validation', () => {
    const { accepted } = tickets([{ ID: '1', Created: '2026-03-01T00:00:00Z', Status: 'Solved' }], {
      fields: ticketFields,
      values: { status: { Solved: 'resolved' } },
    });
    expect(accepted[0]?.status).toBe('resolved');
  });

  it('matches enum members case-insensitively', () => {
    const { accepted } = tickets(
      [{ ID: '1', Created: '2026-03-01T00:00:00Z', Status: ' Open ', P: 'URGENT' }],
      {
        fields: { ...ticketFields, priority: 'P' },
      },
    );
    expect(accepted[0]).toMatchObject({ status: 'open', priority: 'urgent' });
  });

  it('treats the default null values as absent', () => {
    const rows = ['', 'NA', 'N/A', 'null', 'NULL', '  '].map((v, i) => ({
      ID: String(i),
      Created: '2026-03-01T00:00:00Z',
      Status: 'open',
      Score: v,
    }));
    const { accepted } = tickets(rows, { fields: { ...ticketFields, csat: 'Score' } });
    expect(accepted.map((t) => t.csat)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('uses custom null values instead of the defaults', () => {
    const { accepted, rejected } = tickets(
      [
        { ID: '1', Created: '2026-03-01T00:00:00Z', Status: 'open', Score: '-' },
        { ID: '2', Created: '2026-03-01T00:00:00Z', Status: 'open', Score: 'NA' },
      ],
      { fields: { ...ticketFields, csat: 'Score' }, nullValues: ['-'] },
    );
    expect(accepted.map((t) => t.id)).toEqual(['1']);
    expect(rejected[0]?.reason).toBe('csat "NA" is not a number');
  });

  it('coerces numeric text', () => {
    const { accepted } = tickets(
      [
        {
          ID: '1',
          Created: '2026-03-01T00:00:00Z',
          Status: 'open',
          Score: '4',
          Nps: ' 9 ',
          Q: '4.5',
        },
      ],
      {
        fields: { ...ticketFields, csat: 'Q', nps: 'Nps', contacts: 'Score' },
      },
    );
    expect(accepted[0]).toMatchObject({ csat: 4.5, nps: 9, contacts: 4 });
  });

  it('rejects text that is not a number', () => {
    const { rejected } = tickets(
      [{ ID: '1', Created: '2026-03-01T00:00:00Z', Status: 'open', Score: 'abc' }],
      {
        fields: { ...ticketFields, csat: 'Score' },
      },
    );
    expect(rejected[0]).toMatchObject({ path: ['csat'], reason: 'csat "abc" is not a number' });
  });

  it('rejects thousands separators rather than guessing', () => {
    const { rejected } = calls([{ id: '1', at: '2026-03-01T00:00:00Z', ok: 'Y', wait: '1,200' }], {
      fields: { id: 'id', startedAt: 'at', answered: 'ok', waitSeconds: 'wait' },
    });
    expect(rejected[0]?.reason).toBe(
      'waitSeconds "1,200" is not a number of seconds or a duration like 1:02:03',
    );
  });

  it('reads h:mm:ss and m:ss durations in seconds fields', () => {
    const { accepted } = calls(
      [{ id: '1', at: '2026-03-01T00:00:00Z', ok: 'Y', talk: '00:02:23', wait: '1:05' }],
      {
        fields: {
          id: 'id',
          startedAt: 'at',
          answered: 'ok',
          talkSeconds: 'talk',
          waitSeconds: 'wait',
        },
      },
    );
    // 2 min 23 s = 143 s; 1 min 5 s = 65 s
    expect(accepted[0]).toMatchObject({ talkSeconds: 143, waitSeconds: 65 });
  });

  it('coerces yes/no text in any case, including 是/否 and 1/0', () => {
    const values = ['true', 'FALSE', 'Yes', 'no', 'Y', 'n', '1', '0', '是', '否'];
    const rows = values.map((v, i) => ({ id: String(i), at: '2026-03-01T00:00:00Z', ok: v }));
    const { accepted } = calls(rows, { fields: { id: 'id', startedAt: 'at', answered: 'ok' } });
    expect(accepted.map((c) => c.answered)).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      false,
    ]);
  });

  it('rejects other text in a yes/no field', () => {
    const { rejected } = calls([{ id: '1', at: '2026-03-01T00:00:00Z', ok: 'maybe' }], {
      fields: { id: 'id', startedAt: 'at', answered: 'ok' },
    });
    expect(rejected[0]?.reason).toBe(
      'answered "maybe" is not a yes/no value (true/false, yes/no, y/n, 1/0, 是/否)',
    );
  });

  it('applies values to yes/no fields too', () => {
    const { accepted } = calls([{ id: '1', at: '2026-03-01T00:00:00Z', ok: 'Answered' }], {
      fields: { id: 'id', startedAt: 'at', answered: 'ok' },
      values: { answered: { Answered: true, Abandoned: false } },
    });
    expect(accepted[0]?.answered).toBe(true);
  });
});

describe('accessors, attributes and rows', () => {
  it('calls accessor functions with the row and its index', () => {
    const rows = [{ n: 'x', day: '2026-03-01', time: '09:15' }];
    const mapped = mapRecords(rows, {
      table: 'tickets',
      fields: {
        id: (row, index) => `${row.n}-${index}`,
        createdAt: (row) => `${row.day}T${row.time}:00Z`,
        status: () => 'open',
      },
    });
    expect(mapped[0]).toEqual({
      id: 'x-0',
      createdAt: Date.UTC(2026, 2, 1, 9, 15),
      status: 'open',
    });
  });

  it('turns an accessor that throws into a rejection of that row and field', () => {
    const { rejected } = tickets([{ ID: '1', Created: '2026-03-01T00:00:00Z', Status: 'open' }], {
      fields: {
        ...ticketFields,
        region: () => {
          throw new Error('no region column');
        },
      },
    });
    expect(rejected[0]).toMatchObject({
      path: ['region'],
      reason: 'region could not be read: the accessor threw "no region column"',
    });
  });

  it('keeps the listed host columns as attributes, null values as null', () => {
    const { accepted } = tickets(
      [
        {
          ID: '1',
          Created: '2026-03-01T00:00:00Z',
          Status: 'open',
          Agency: ' Solid Waste ',
          Ward: 'NA',
          Other: 'dropped',
        },
      ],
      {
        fields: ticketFields,
        attributes: ['Agency', 'Ward'],
      },
    );
    expect(accepted[0]?.attributes).toEqual({ Agency: 'Solid Waste', Ward: null });
  });

  it('refuses a listed attribute column that no row carries, naming it', () => {
    const rows = [{ ID: '1', Created: '2026-03-01T00:00:00Z', Status: 'open', Agency: 'DPW' }];
    // 'Agnecy' → 'Agency' swaps two letters: edit distance 2, within a third of 6 letters.
    expect(() =>
      mapRecords(rows, {
        table: 'tickets',
        fields: ticketFields,
        attributes: ['Agency', 'Agnecy'],
      }),
    ).toThrow('mapRecords: attributes: column "Agnecy" is in no row; did you mean "Agency"?.');
  });

  it('gives one output per input row, at the same index', () => {
    const rows = [
      { ID: '1', Created: 'bad', Status: 'open' },
      7,
      { ID: '3', Created: '2026-03-01T00:00:00Z', Status: 'open' },
    ];
    const { mapped, rejected } = tickets(rows as Row[], { fields: ticketFields });
    expect(mapped).toHaveLength(3);
    expect(mapped[1]).toBe(7);
    expect(rejected.map((r) => r.index)).toEqual([0, 1]);
  });
});

describe('mapping errors', () => {
  it('throws a TypeError for an unknown field, listing the valid ones', () => {
    expect(() =>
      mapRecords([], {
        table: 'calls',
        fields: { id: 'a', startedAt: 'b', answered: 'c', waitTime: 'd' } as never,
      }),
    ).toThrow(
      'mapRecords: fields names "waitTime", which is not a field of calls; the fields are id, startedAt, answered, agentId, teamId, waitSeconds, talkSeconds, holdSeconds, wrapSeconds, resolved, csat.',
    );
  });

  it('throws a TypeError when a required field is not mapped', () => {
    expect(() => mapRecords([], { table: 'tickets', fields: { id: 'a', status: 'c' } })).toThrow(
      'mapRecords: tickets need createdAt; map it in fields (required: id, createdAt, status).',
    );
  });

  it('throws a TypeError for a wall-time format without a time zone', () => {
    expect(() =>
      mapRecords([], { table: 'tickets', fields: ticketFields, dateFormat: 'DD-MM-YYYY HH:mm' }),
    ).toThrow(
      /dateFormat "DD-MM-YYYY HH:mm" has no offset, so createdAt is a wall time: give timeZone/,
    );
  });

  it('throws a TypeError for an unknown date token', () => {
    expect(() =>
      mapRecords([], {
        table: 'tickets',
        fields: ticketFields,
        dateFormat: 'YYYY-MM-DD Q',
        timeZone: 'UTC',
      }),
    ).toThrow('has an unknown token "Q"');
  });

  it('throws a TypeError for an unknown time zone', () => {
    expect(() =>
      mapRecords([], { table: 'tickets', fields: ticketFields, timeZone: 'Asia/Peking' }),
    ).toThrow(`mapRecords: timeZone "Asia/Peking" is not a known IANA time zone`);
  });

  it.each(['UTC+8', 'local', 'system', ''])(
    "takes IANA names only: %j (an offset, or the server's own zone) is refused",
    (timeZone) => {
      expect(() => mapRecords([], { table: 'tickets', fields: ticketFields, timeZone })).toThrow(
        `mapRecords: timeZone ${JSON.stringify(timeZone)} is not a known IANA time zone`,
      );
    },
  );

  it('names the zone in its canonical spelling when a wall time does not exist there', () => {
    // 'us/eastern' is an alias of America/New_York: 2026-03-08 02:30 is in its spring-forward gap.
    const { rejected } = tickets([{ ID: '1', Created: '2026-03-08T02:30:00', Status: 'open' }], {
      fields: ticketFields,
      timeZone: 'us/eastern',
    });
    expect(rejected[0]?.reason).toContain(
      'createdAt "2026-03-08T02:30:00" does not exist in America/New_York',
    );
  });

  it('throws a TypeError for a format on a field that is not a date', () => {
    expect(() =>
      mapRecords([], {
        table: 'tickets',
        fields: ticketFields,
        dateFormats: { csat: 'YYYY' },
        timeZone: 'UTC',
      }),
    ).toThrow('dateFormats names "csat", which is not a field of tickets (date fields)');
  });

  it('throws a TypeError for an unknown table', () => {
    expect(() => mapRecords([], { table: 'orders' as 'tickets', fields: ticketFields })).toThrow(
      'mapRecords: table "orders" is not one of tickets, calls, agents, customers.',
    );
  });
});

describe('canonicalFields', () => {
  it('lists the canonical fields of a table in declaration order', () => {
    expect(canonicalFields('customers')).toEqual([
      'customerId',
      'period',
      'activeAtStart',
      'activeAtEnd',
      'orders',
      'revenue',
      'repeatRevenue',
      'careContacts',
    ]);
    expect(canonicalFields('tickets')).toHaveLength(29);
  });
});

describe('checked mappings', () => {
  // The columns of a 311 export: `ClosedDate` with no space.
  const rows = [
    {
      Id: '1',
      CreatedDate: '2026-03-01T08:00:00Z',
      Status: 'Closed',
      ClosedDate: '2026-03-02T08:00:00Z',
    },
    { Id: '2', CreatedDate: '2026-03-01T09:00:00Z', Status: 'Open', ClosedDate: '' },
  ];
  const fields = { id: 'Id', createdAt: 'CreatedDate', status: 'Status' } as const;
  const values = { status: { Closed: 'closed', Open: 'open' } };

  it('refuses a misspelt column, suggesting the real one, instead of leaving the field absent', () => {
    // 'Closed Date' → 'ClosedDate' is one deletion: within a third of the name, so one suggestion.
    const run = () =>
      mapRecords(rows, {
        table: 'tickets',
        fields: { ...fields, closedAt: 'Closed Date' },
        values,
      });
    expect(run).toThrow(MappingError);
    expect(run).toThrow(
      'mapRecords: fields.closedAt: column "Closed Date" is in no row; did you mean "ClosedDate"?.',
    );
    const error = (() => {
      try {
        run();
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect((error as MappingError).missing).toEqual([
      {
        option: 'fields.closedAt',
        column: 'Closed Date',
        closest: ['ClosedDate', 'CreatedDate', 'Status'],
      },
    ]);
  });

  it('names a misspelt required column once, not "id is required" on every row', () => {
    expect(() =>
      mapRecords(rows, { table: 'tickets', fields: { ...fields, id: 'ID ' }, values }),
    ).toThrow('mapRecords: fields.id: column "ID " is in no row; did you mean "Id"?.');
  });

  it('accepts a column that only some rows carry, and maps no rows at all without complaint', () => {
    const sparse = [
      { ...rows[0] },
      { Id: '3', CreatedDate: '2026-03-01T10:00:00Z', Status: 'Open' },
    ];
    const mapped = mapRecords(sparse, {
      table: 'tickets',
      fields: { ...fields, closedAt: 'ClosedDate' },
      values,
    });
    expect(mapped.map((r) => r.closedAt)).toEqual([1772438400000, undefined]);
    expect(
      mapRecords([], { table: 'tickets', fields: { ...fields, closedAt: 'Closed Date' } }),
    ).toEqual([]);
  });
});
