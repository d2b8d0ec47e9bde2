import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type EventLogSpec,
  EventLogSpecError,
  evaluate,
  foldEvents,
  parseDataset,
} from '@servicescore/core';

type Row = Record<string, unknown>;

/** Epoch ms of a wall time in Asia/Shanghai (UTC+8, no daylight saving): local − 8 h. */
const sh = (y: number, mo: number, d: number, h: number, mi = 0) =>
  Date.UTC(y, mo - 1, d, h - 8, mi);

const spec: EventLogSpec = {
  caseId: 'case',
  timestamp: 'time',
  activity: 'activity',
  resource: 'who',
  dateFormat: 'YYYY-MM-DD HH:mm',
  timeZone: 'Asia/Shanghai',
  status: {
    Opened: 'open',
    'Taken in charge': 'open',
    Waiting: 'pending',
    'Customer call': null,
    Note: null,
    Resolved: 'resolved',
    Reopened: 'open',
    Closed: 'closed',
  },
  firstResponse: ['Taken in charge', 'Resolved'],
  resolve: ['Resolved'],
  close: ['Closed'],
  contacts: ['Opened', 'Customer call'],
  agent: { activities: ['Resolved'], pick: 'last' },
  caseFields: {
    from: 'first',
    fields: { category: 'cat', priority: 'prio' },
    values: { priority: { P1: 'urgent', P2: 'high', P3: 'normal' } },
    attributes: ['site'],
  },
};

const ev = (
  c: string,
  time: string,
  activity: string,
  who = '',
  cat = '',
  prio = '',
  site = '',
): Row => ({ case: c, time, activity, who, cat, prio, site });

/**
 * A small help-desk log as a CSV parser gives it (all text, '' for empty cells), in file order —
 * which is not time order.
 */
const log: Row[] = [
  /* 0 */ ev('A', '2026-03-02 09:40', 'Resolved', 'wang'), // before row 1 in the file, after it in time
  /* 1 */ ev('A', '2026-03-02 09:00', 'Opened', '', 'network', 'P2', 'Pudong'),
  /* 2 */ ev('B', '2026-03-02 10:00', 'Opened', '', 'billing', 'P3', 'Minhang'),
  /* 3 */ ev('A', '2026-03-02 09:15', 'Taken in charge', 'li'),
  /* 4 */ ev('B', '2026-03-02 10:30', 'Taken in charge', 'zhao'),
  /* 5 */ ev('B', '2026-03-02 12:00', 'Resolved', 'zhao'),
  /* 6 */ ev('B', '2026-03-03 08:00', 'Reopened'),
  /* 7 */ ev('B', '2026-03-03 08:00', 'Customer call'),
  /* 8 */ ev('B', '2026-03-03 09:00', 'Resolved', 'qian'),
  /* 9 */ ev('B', '2026-03-04 09:00', 'Closed'),
  /* 10 */ ev('A', '2026-03-02 10:00', 'Closed'),
  /* 11 */ ev('C', '2026-03-02 11:00', 'Opened', '', 'network', 'P1', 'Pudong'),
  /* 12 */ ev('C', '2026-03-02 11:20', 'Waiting', 'sun'),
  /* 13 */ ev('D', '2026-02-30 09:00', 'Opened'), // 30 February
  /* 14 */ ev('', '2026-03-02 11:30', 'Note'), // no case id
  /* 15 */ ev('C', '2026-03-02 11:30', 'Dance'), // not an activity of spec.status
  /* 16 */ { case: 'A', time: '2026-03-02 09:50', who: 'li' }, // no activity column at all
  /* 17 */ ev('E', '2026-03-05 10:00', 'Opened'),
  /* 18 */ ev('E', '2026-03-05 11:00', 'Resolved', 'wu'),
  /* 19 */ ev('E', '2026-03-05 11:00', 'Reopened'), // same minute as row 18: the tie
];

describe('foldEvents on a small help-desk log (expectations worked by hand beside each case)', () => {
  const result = foldEvents(log, spec);

  it('counts every row once: events = accepted + rejected, four cases', () => {
    // Accepted: A rows 0,1,3,10 (4) + B rows 2,4–9 (7) + C rows 11,12 (2) + E rows 17–19 (3) = 16;
    // rejected: rows 13–16 (4). D's only row is rejected, so D has no ticket.
    expect(result.counts).toEqual({ events: 20, accepted: 16, rejected: 4, cases: 4 });
    expect(result.tickets.map((t) => t.id)).toEqual(['A', 'B', 'C', 'E']); // first appearance
  });

  it('sorts each case by parsed time, not file order; ties keep row order', () => {
    // A: 09:00 (1), 09:15 (3), 09:40 (0), 10:00 (10). B: rows 6 and 7 share 03-03 08:00 → 6, 7.
    // E: rows 18 and 19 share 11:00 → 18 (Resolved), 19 (Reopened).
    expect(result.cases).toEqual([
      { id: 'A', events: [1, 3, 0, 10] },
      { id: 'B', events: [2, 4, 5, 6, 7, 8, 9] },
      { id: 'C', events: [11, 12] },
      { id: 'E', events: [17, 18, 19] },
    ]);
  });

  it('case A: opened, taken in charge, resolved, closed (out of file order)', () => {
    expect(result.tickets[0]).toEqual({
      id: 'A',
      createdAt: sh(2026, 3, 2, 9), // row 1, the earliest event (not row 0, the first in the file)
      status: 'closed', // last event: Closed (row 10)
      firstResponseAt: sh(2026, 3, 2, 9, 15), // first of Taken in charge/Resolved: row 3
      resolvedAt: sh(2026, 3, 2, 9, 40), // the only Resolved: row 0
      closedAt: sh(2026, 3, 2, 10), // row 10, after the last resolve
      reopens: 0, // one resolve − 1
      contacts: 1, // Opened (row 1); no Customer call
      agentId: 'wang', // resource of the last Resolved (row 0)
      category: 'network', // caseFields from the first event in time (row 1)
      priority: 'high', // P2 → high
      attributes: { site: 'Pudong' },
    });
  });

  it('case B: resolved, reopened, resolved again (reopens 1), closed', () => {
    expect(result.tickets[1]).toEqual({
      id: 'B',
      createdAt: sh(2026, 3, 2, 10), // row 2
      status: 'closed', // row 9
      firstResponseAt: sh(2026, 3, 2, 10, 30), // Taken in charge, row 4
      resolvedAt: sh(2026, 3, 3, 9), // the last Resolved, row 8
      closedAt: sh(2026, 3, 4, 9), // row 9
      reopens: 1, // two resolves (rows 5 and 8, each after the case was open) − 1
      contacts: 2, // Opened (row 2) + Customer call (row 7)
      agentId: 'qian', // last Resolved (row 8), not zhao (row 5)
      category: 'billing',
      priority: 'normal', // P3
      attributes: { site: 'Minhang' },
    });
  });

  it('case C: never resolved — pending, no resolution fields, reopens 0', () => {
    expect(result.tickets[2]).toEqual({
      id: 'C',
      createdAt: sh(2026, 3, 2, 11), // row 11
      status: 'pending', // Waiting (row 12); row 15 (Dance) was rejected and takes no part
      reopens: 0, // no resolve: 0 − 1 → 0, never negative
      contacts: 1, // Opened
      category: 'network',
      priority: 'urgent', // P1
      attributes: { site: 'Pudong' },
      // no firstResponseAt (Waiting is not a response), resolvedAt, closedAt or agentId
    });
  });

  it('case E: a resolve and a reopen in the same minute — row order decides, the case is open', () => {
    expect(result.tickets[3]).toEqual({
      id: 'E',
      createdAt: sh(2026, 3, 5, 10),
      status: 'open', // rows 18, 19 tie at 11:00; row order puts Reopened (19) last
      firstResponseAt: sh(2026, 3, 5, 11), // Resolved counts as a response in this spec
      resolvedAt: sh(2026, 3, 5, 11), // kept: an open ticket with an old resolvedAt was reopened
      reopens: 0, // one resolve so far
      contacts: 1,
      agentId: 'wu',
      attributes: { site: null }, // '' is a null value; cat and prio '' → absent
    });
  });

  it('rejects invalid rows with their index, field (the host column) and reason', () => {
    expect(result.rejected).toHaveLength(4);
    expect(result.rejected[0]).toEqual({
      table: 'events',
      index: 13,
      id: 'D',
      path: ['time'],
      reason: 'time "2026-02-30 09:00" is not a valid date for format YYYY-MM-DD HH:mm',
      issues: [
        {
          path: ['time'],
          reason: 'time "2026-02-30 09:00" is not a valid date for format YYYY-MM-DD HH:mm',
        },
      ],
    });
    expect(result.rejected[1]).toMatchObject({
      index: 14,
      id: undefined,
      path: ['case'],
      reason: 'case is required (the case id)',
    });
    expect(result.rejected[2]).toMatchObject({ index: 15, id: 'C', path: ['activity'] });
    expect(result.rejected[2]?.reason).toMatch(
      /^activity "Dance" is not an activity of spec\.status; closest: /,
    );
    expect(result.rejected[3]).toMatchObject({
      index: 16,
      id: 'A',
      path: ['activity'],
      reason: 'activity is missing: this row has no column "activity" (the activity)',
    });
  });

  it('gives tickets that parseDataset accepts and evaluate scores', () => {
    const { dataset, rejected } = parseDataset(
      { tickets: result.tickets },
      { onInvalid: 'collect' },
    );
    expect(rejected).toEqual([]);
    expect(dataset.tickets[3]?.priority).toBe('normal'); // E: no priority → the default
    const evaluation = evaluate(dataset, {
      metrics: ['resolutionRate', 'reopenRate', 'fcr'],
      asOf: sh(2026, 3, 6, 0),
      timeZone: 'Asia/Shanghai',
    });
    // Resolved now: A and B (closed with resolvedAt); C pending, E reopened → 2 of 4.
    expect(evaluation.overall.resolutionRate).toMatchObject({ numerator: 2, denominator: 4 });
    // Of the resolved A and B, B was reopened → 1 of 2.
    expect(evaluation.overall.reopenRate).toMatchObject({ numerator: 1, denominator: 2 });
    // FCR: A (contacts 1, no reopen) yes; B (contacts 2, reopened) no → 1 of 2.
    expect(evaluation.overall.fcr).toMatchObject({ numerator: 1, denominator: 2 });
  });
});

describe('foldEvents rules', () => {
  const base: EventLogSpec = {
    caseId: 'case',
    timestamp: 'time',
    activity: 'activity',
    status: {
      Opened: 'open',
      Resolved: 'resolved',
      Reopened: 'open',
      Closed: 'closed',
      Note: null,
    },
    resolve: ['Resolved'],
    close: ['Closed'],
  };
  const at = (h: number, m = 0) =>
    `2026-03-02T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00Z`;

  it('reads ISO-8601 timestamps with an offset by default, epoch ms and Dates as they are', () => {
    const { tickets, rejected } = foldEvents(
      [
        { case: 'X', time: '2026-03-02T09:00:00+08:00', activity: 'Opened' },
        { case: 'X', time: Date.UTC(2026, 2, 2, 2), activity: 'Note' },
        { case: 'X', time: new Date(Date.UTC(2026, 2, 2, 3)), activity: 'Resolved' },
      ],
      base,
    );
    expect(rejected).toEqual([]);
    // 09:00+08:00 = 01:00Z; Resolved at 03:00Z.
    expect(tickets[0]).toMatchObject({
      createdAt: Date.UTC(2026, 2, 2, 1),
      resolvedAt: Date.UTC(2026, 2, 2, 3),
      status: 'resolved',
    });
  });

  it('rejects an ISO timestamp without an offset when no timeZone is given', () => {
    const { rejected } = foldEvents(
      [{ case: 'X', time: '2026-03-02 09:00', activity: 'Opened' }],
      base,
    );
    expect(rejected[0]).toMatchObject({ index: 0, path: ['time'] });
    expect(rejected[0]?.reason).toBe(
      'time "2026-03-02 09:00" has no UTC offset; add one or use mapRecords with a timeZone',
    );
  });

  it('counts a repeated Resolved (a state log writing the state on every update) as one resolve', () => {
    const { tickets } = foldEvents(
      [
        { case: 'S', time: at(9), activity: 'Opened' },
        { case: 'S', time: at(10), activity: 'Resolved' },
        { case: 'S', time: at(10, 30), activity: 'Resolved' }, // status before it: resolved
        { case: 'S', time: at(11), activity: 'Note' },
        { case: 'S', time: at(12), activity: 'Resolved' }, // still resolved (Note keeps the status)
      ],
      base,
    );
    // One real resolve → reopens 0; resolvedAt = the last Resolved event, 12:00.
    expect(tickets[0]).toMatchObject({ reopens: 0, resolvedAt: Date.parse(at(12)) });
  });

  it('drops a close that a later resolve undid, and keeps one after it', () => {
    const rows = [
      { case: 'F', time: at(9), activity: 'Opened' },
      { case: 'F', time: at(10), activity: 'Resolved' },
      { case: 'F', time: at(11), activity: 'Closed' },
      { case: 'F', time: at(12), activity: 'Reopened' },
      { case: 'F', time: at(13), activity: 'Resolved' },
    ];
    const open = foldEvents(rows, base).tickets[0];
    // Closed at 11:00 came before the resolve at 13:00: no closedAt (it would be before resolvedAt).
    expect(open).toMatchObject({ status: 'resolved', resolvedAt: Date.parse(at(13)), reopens: 1 });
    expect(open).not.toHaveProperty('closedAt');
    const closed = foldEvents([...rows, { case: 'F', time: at(14), activity: 'Closed' }], base);
    expect(closed.tickets[0]).toMatchObject({ status: 'closed', closedAt: Date.parse(at(14)) });
  });

  it('orders events of the same instant by the sequence column, then by row order', () => {
    const rows = [
      { case: 'T', time: at(9), activity: 'Opened', seq: '0' },
      { case: 'T', time: at(10), activity: 'Reopened', seq: '3' },
      { case: 'T', time: at(10), activity: 'Resolved', seq: '2' },
    ];
    // Without a sequence: row order → Resolved (row 2) last → resolved.
    expect(foldEvents(rows, base).tickets[0]?.status).toBe('resolved');
    // With it: seq 2 (Resolved) then seq 3 (Reopened) → open.
    const seq = foldEvents(rows, { ...base, sequence: 'seq' });
    expect(seq.tickets[0]?.status).toBe('open');
    expect(seq.cases[0]?.events).toEqual([0, 2, 1]);
    const bad = foldEvents([{ ...rows[0], seq: 'x' }], { ...base, sequence: 'seq' });
    expect(bad.rejected[0]).toMatchObject({
      path: ['seq'],
      reason: 'seq "x" is not a number (the sequence)',
    });
  });

  it('picks the first or last resource, of any activity when none is named', () => {
    const rows = [
      { case: 'G', time: at(9), activity: 'Opened', who: '' },
      { case: 'G', time: at(10), activity: 'Note', who: 'li' },
      { case: 'G', time: at(11), activity: 'Note', who: 'wang' },
      { case: 'G', time: at(12), activity: 'Resolved', who: 'NA' }, // a null value: no resource
    ];
    expect(
      foldEvents(rows, { ...base, resource: 'who', agent: { pick: 'first' } }).tickets[0]?.agentId,
    ).toBe('li');
    expect(
      foldEvents(rows, { ...base, resource: 'who', agent: { pick: 'last' } }).tickets[0]?.agentId,
    ).toBe('wang');
    const resolver = foldEvents(rows, {
      ...base,
      resource: 'who',
      agent: { activities: ['Resolved'], pick: 'last' },
    });
    expect(resolver.tickets[0]).not.toHaveProperty('agentId'); // the Resolved row names nobody
  });

  it('leaves a field absent when its rule is not in the spec (never a 0 built on nothing)', () => {
    const minimal: EventLogSpec = {
      caseId: 'case',
      timestamp: 'time',
      activity: 'activity',
      status: { Opened: 'open', Resolved: 'resolved' },
    };
    const { tickets } = foldEvents(
      [
        { case: 'M', time: at(9), activity: 'Opened' },
        { case: 'M', time: at(10), activity: 'Resolved' },
      ],
      minimal,
    );
    expect(tickets[0]).toEqual({ id: 'M', createdAt: Date.parse(at(9)), status: 'resolved' });
  });

  it('reads case fields from the last event with from: "last"', () => {
    const rows = [
      { case: 'L', time: at(9), activity: 'Opened', team: 'T1', csat: '' },
      { case: 'L', time: at(10), activity: 'Resolved', team: 'T2', csat: '4' },
    ];
    const { tickets } = foldEvents(rows, {
      ...base,
      caseFields: { from: 'last', fields: { teamId: 'team', csat: 'csat' } },
    });
    expect(tickets[0]).toMatchObject({ teamId: 'T2', csat: 4 }); // '4' → 4 as mapRecords converts
  });

  it("leads parseDataset's ticket rejections back to the event rows through cases", () => {
    const folded = foldEvents(
      [
        { case: 'P', time: at(9), activity: 'Opened', prio: 'P9' },
        { case: 'Q', time: at(9), activity: 'Opened', prio: 'low' },
        { case: 'P', time: at(8), activity: 'Note', prio: 'P9' },
      ],
      { ...base, caseFields: { from: 'first', fields: { priority: 'prio' } } },
    );
    const { rejected } = parseDataset({ tickets: folded.tickets }, { onInvalid: 'collect' });
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ index: 0, id: 'P', path: ['priority'] });
    expect(folded.cases[rejected[0]?.index ?? -1]?.events).toEqual([2, 0]); // 08:00 then 09:00
  });

  it('rejects a row that is not an object, and takes numeric case ids as text', () => {
    const { rejected, tickets } = foldEvents(
      [null, { case: 42, time: at(9), activity: 'Opened' }] as unknown[],
      base,
    );
    expect(rejected[0]).toMatchObject({
      index: 0,
      path: [],
      reason: 'an event must be an object of columns, not null',
    });
    expect(tickets[0]?.id).toBe('42');
    const odd = foldEvents([{ case: { no: 1 }, time: Number.NaN, activity: 'Opened' }], base);
    // Every problem of the row is listed, the first one first.
    expect(odd.rejected[0]?.issues).toEqual([
      { path: ['case'], reason: 'case (an object) is not text or a number (the case id)' },
      { path: ['time'], reason: 'time NaN is not a finite number' },
    ]);
  });
});

describe('foldEvents spec errors (clear, all at once, with the closest names)', () => {
  const rows = [{ case: 'A', time: '2026-03-02T09:00:00Z', activity: 'Opened', who: 'li' }];
  const base: EventLogSpec = {
    caseId: 'case',
    timestamp: 'time',
    activity: 'activity',
    status: { Opened: 'open', Resolved: 'resolved' },
  };
  const message = (s: unknown, r: unknown = rows) => {
    try {
      foldEvents(r as Row[], s as EventLogSpec);
    } catch (error) {
      expect(error).toBeInstanceOf(EventLogSpecError);
      return (error as Error).message;
    }
    throw new Error('foldEvents did not throw');
  };

  it('names a column that no row carries and the closest real ones', () => {
    expect(message({ ...base, caseId: 'Case', resource: 'whom' })).toBe(
      'foldEvents: the spec cannot be applied:\n' +
        '  spec.caseId: no row has a column "Case"; closest: "case", "time", "who"\n' +
        '  spec.resource: no row has a column "whom"; closest: "who", "case", "time"',
    );
  });

  it('names a rule activity missing from status, with the closest activity', () => {
    expect(message({ ...base, resolve: ['Resolvd'] })).toBe(
      'foldEvents: the spec cannot be applied:\n' +
        '  spec.resolve.0: activity "Resolvd" is not in spec.status; closest: "Resolved", "Opened"',
    );
  });

  it('names an unknown option and the closest one', () => {
    expect(message({ ...base, resolved: ['Resolved'] })).toContain(
      'spec: "resolved" is not an option; closest: "resolve"',
    );
  });

  it('lists every shape problem at once', () => {
    const text = message({
      caseId: '',
      activity: 3,
      status: { Opened: 'opened' },
      agent: { pick: 'any' },
    });
    expect(text).toContain('spec.caseId: must be the case id column, a non-empty column name');
    expect(text).toContain('spec.timestamp: is required: the timestamp column');
    expect(text).toContain('spec.activity: must be the activity column, a column name');
    expect(text).toContain(
      'spec.status.Opened: must be one of open, pending, resolved, closed, or null (the status does not change)',
    );
    expect(text).toContain("spec.agent.pick: must be 'first' or 'last'");
  });

  it('refuses case fields that the fold derives, or that a rule already folds', () => {
    const text = message({
      ...base,
      resource: 'who',
      agent: { pick: 'last' },
      caseFields: { from: 'first', fields: { createdAt: 'time', agentId: 'who', colour: 'x' } },
    });
    expect(text).toContain(
      'spec.caseFields.fields.createdAt: createdAt is folded from the events, not read from a column',
    );
    expect(text).toContain('spec.caseFields.fields.colour: colour is not a ticket field; closest:');
    expect(message({ ...base, agent: { pick: 'last' } })).toContain(
      'spec.agent: needs spec.resource, the column naming who did each event',
    );
    const twice = message({
      ...base,
      resource: 'who',
      agent: { pick: 'last' },
      caseFields: { from: 'first', fields: { agentId: 'who' } },
    });
    expect(twice).toContain(
      'spec.caseFields.fields.agentId: agentId is already folded by spec.agent; map one or the other',
    );
  });

  it('asks for a time zone when the date format has no offset, and checks the zone', () => {
    expect(message({ ...base, dateFormat: 'YYYY-MM-DD HH:mm' })).toContain(
      'spec.dateFormat: "YYYY-MM-DD HH:mm" has no offset, so timestamps are wall times: give timeZone',
    );
    expect(message({ ...base, timeZone: 'Asia/Shangai' })).toContain(
      'spec.timeZone "Asia/Shangai" is not a known IANA time zone',
    );
  });

  it('refuses rows that are not an array and a spec that is not an object', () => {
    expect(message(base, 'a,b')).toBe(
      'foldEvents: the spec cannot be applied:\n  rows: must be an array of event rows, not "a,b"',
    );
    expect(message(null)).toContain(
      'spec: must be an object { caseId, timestamp, activity, status, … }',
    );
  });

  it('folds no rows into nothing', () => {
    expect(foldEvents([], base)).toEqual({
      tickets: [],
      cases: [],
      rejected: [],
      counts: { events: 0, accepted: 0, rejected: 0, cases: 0 },
    });
  });
});

describe("the README's worked example (README.md, Event logs)", () => {
  it('folds as the README says', () => {
    const rows = [
      { case: 'INC-7', time: '2026-03-02 10:30', activity: 'Resolved', who: 'wang' },
      { case: 'INC-7', time: '2026-03-02 09:00', activity: 'Opened', who: '' },
      { case: 'INC-7', time: '2026-03-02 09:10', activity: 'Assigned', who: 'wang' },
      { case: 'INC-7', time: '2026-03-03 08:00', activity: 'Reopened', who: '' },
      { case: 'INC-7', time: '2026-03-03 09:00', activity: 'Resolved', who: 'li' },
      { case: 'INC-7', time: '2026-03-04 09:00', activity: 'Closed', who: '' },
      { case: 'INC-8', time: '2026-03-02 25:00', activity: 'Opened', who: '' },
    ];
    const { tickets, cases, rejected } = foldEvents(rows, {
      caseId: 'case',
      timestamp: 'time',
      activity: 'activity',
      resource: 'who',
      dateFormat: 'YYYY-MM-DD HH:mm',
      timeZone: 'Asia/Shanghai',
      status: {
        Opened: 'open',
        Assigned: 'open',
        Resolved: 'resolved',
        Reopened: 'open',
        Closed: 'closed',
      },
      firstResponse: ['Assigned', 'Resolved'],
      resolve: ['Resolved'],
      close: ['Closed'],
      contacts: ['Opened'],
      agent: { activities: ['Resolved'], pick: 'last' },
    });
    expect(tickets).toEqual([
      {
        id: 'INC-7',
        createdAt: Date.UTC(2026, 2, 2, 1), // 09:00 in Shanghai
        status: 'closed',
        firstResponseAt: Date.UTC(2026, 2, 2, 1, 10), // Assigned 09:10
        resolvedAt: Date.UTC(2026, 2, 3, 1), // the last Resolved, 03-03 09:00
        closedAt: Date.UTC(2026, 2, 4, 1),
        reopens: 1, // Resolved (open before) + Resolved after Reopened = 2 resolves − 1
        contacts: 1,
        agentId: 'li',
      },
    ]);
    expect(cases).toEqual([{ id: 'INC-7', events: [1, 2, 0, 3, 4, 5] }]);
    expect(rejected).toMatchObject([
      {
        table: 'events',
        index: 6,
        id: 'INC-8',
        path: ['time'],
        reason: 'time "2026-03-02 25:00" is not a valid date for format YYYY-MM-DD HH:mm',
      },
    ]);
    expect(parseDataset({ tickets }, { onInvalid: 'collect' }).rejected).toEqual([]);
  });
});

describe('foldEvents properties (fast-check, 200 random logs)', () => {
  const spec: EventLogSpec = {
    caseId: 'case',
    timestamp: 'time',
    activity: 'activity',
    status: {
      Opened: 'open',
      Resolved: 'resolved',
      Reopened: 'open',
      Closed: 'closed',
      Note: null,
    },
    firstResponse: ['Resolved'],
    resolve: ['Resolved'],
    close: ['Closed'],
    contacts: ['Opened', 'Note'],
  };
  const event = fc.record({
    case: fc.constantFrom('A', 'B', 'C', ' ', 'NA'),
    activity: fc.constantFrom('Opened', 'Resolved', 'Reopened', 'Closed', 'Note', 'Bogus'),
    bad: fc.boolean(),
  });
  // Distinct minutes, so that time order is total and the fold cannot depend on row order.
  const log = fc
    .uniqueArray(fc.integer({ min: 0, max: 100_000 }), { maxLength: 40 })
    .chain((minutes) =>
      fc.tuple(
        fc.array(event, { minLength: minutes.length, maxLength: minutes.length }),
        fc.constant(minutes),
        fc.array(fc.nat(), { minLength: minutes.length, maxLength: minutes.length }),
      ),
    )
    .map(([events, minutes, keys]) => {
      const rows = events.map((e, i) => ({
        case: e.case,
        activity: e.activity,
        time: e.bad
          ? 'soon'
          : new Date(Date.UTC(2026, 0, 1) + (minutes[i] as number) * 60_000).toISOString(),
      }));
      const order = rows
        .map((_, i) => i)
        .sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
      return { rows, shuffled: order.map((i) => rows[i] as Row) };
    });

  it('loses no row, gives valid tickets without NaN, and does not depend on row order', () => {
    fc.assert(
      fc.property(log, ({ rows, shuffled }) => {
        const a = foldEvents(rows, spec);
        // Every row is in exactly one case or rejected.
        const seen = [...a.cases.flatMap((c) => c.events), ...a.rejected.map((r) => r.index)];
        expect(seen.sort((x, y) => x - y)).toEqual(rows.map((_, i) => i));
        expect(a.counts.accepted + a.counts.rejected).toBe(rows.length);
        const parsed = parseDataset({ tickets: a.tickets }, { onInvalid: 'collect' });
        expect(parsed.rejected).toEqual([]);
        for (const t of parsed.dataset.tickets) {
          for (const v of Object.values(t))
            if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
          expect(t.reopens).toBeGreaterThanOrEqual(0);
        }
        const b = foldEvents(shuffled, spec);
        const byId = (r: typeof a) => Object.fromEntries(r.tickets.map((t) => [t.id, t]));
        expect(byId(b)).toEqual(byId(a));
        expect(b.rejected.map((r) => r.reason).sort()).toEqual(
          a.rejected.map((r) => r.reason).sort(),
        );
      }),
      { numRuns: 200 },
    );
  });
});
