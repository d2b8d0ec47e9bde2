// The record tables are declared once (packages/core/src/data/tables.ts); the readers, blank
// records, field kinds and schemas derive from them. These tests pin the hand-written record types
// to the declarations and check, through one reused reader per table, that every field of rows with
// different field sets lands in its own property and that nothing of an earlier row survives.
import { describe, expect, it } from 'vitest';
import { fieldKinds, requiredFields } from '../../../packages/core/src/data/field-kinds';
import { newReading } from '../../../packages/core/src/data/read-row';
import {
  blankAgent,
  blankCall,
  blankCustomer,
  blankTicket,
  tableReaders,
} from '../../../packages/core/src/data/records';
import { type FieldDef, type RecordOf, recordTables } from '../../../packages/core/src/data/tables';
import type {
  AgentRecord,
  CustomerRecord,
  ServiceCall,
  ServiceTicket,
  TableName,
} from '@servicescore/core';

// Type-level pins: `pnpm typecheck` fails when a declaration and its record type drift apart.
type Equal<A, B> =
  (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;
const pins: [
  Equal<RecordOf<typeof recordTables.tickets>, ServiceTicket>,
  Equal<RecordOf<typeof recordTables.calls>, ServiceCall>,
  Equal<RecordOf<typeof recordTables.agents>, AgentRecord>,
  Equal<RecordOf<typeof recordTables.customers>, CustomerRecord>,
] = [true, true, true, true];

/** A tiny deterministic generator (mulberry32), so a failure names a reproducible row. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASE = Date.UTC(2026, 2, 2, 8);

/**
 * A valid value for field number `i` of a table in row `row`, unique to the field where the kind
 * allows it (texts carry the field's name, instants and amounts its position), so a value that
 * lands in another field's property is seen. Instants grow with the field's position: createdAt
 * (or startedAt) comes first and firstResponseAt < resolvedAt < closedAt, as the order rules want.
 */
function valueFor(name: string, def: FieldDef, i: number, row: number): unknown {
  if (def.members !== undefined) return def.members[(row + i) % def.members.length];
  switch (def.kind) {
    case 'text':
      return name === 'attributes' ? { [`attr${row % 3}`]: row } : `${name}-${row}`;
    case 'instant':
      return BASE + i * 60_000;
    case 'boolean':
      // examPassed true with examTaken false is a contradiction: keep both true.
      return name.startsWith('exam') ? true : (row + i) % 2 === 0;
    case 'period':
      return `2026-0${1 + (row % 9)}`;
    case 'qa':
      return { empathy: (row * 7) % 101 };
    default:
      if (name === 'csat') return 1 + (row % 5);
      if (name === 'nps') return row % 11;
      // Counts and amounts: distinct by position; "met"/"done"/"repeat" never above their totals.
      return /Met$|Done$|^repeat/.test(name) ? 0 : i + 1 + (row % 4);
  }
}

const blanks = {
  tickets: blankTicket,
  calls: blankCall,
  agents: blankAgent,
  customers: blankCustomer,
} as const;

/** One table's reader with one reading and one record, reused for every row as the engine does. */
function reusedReader(table: TableName) {
  const reading = newReading();
  const into = tableReaders[table].into as (
    row: Record<string, unknown>,
    r: typeof reading,
    out: unknown,
  ) => unknown;
  const out = blanks[table]() as unknown as Record<string, unknown>;
  return { reading, into, out };
}

describe.each(Object.keys(recordTables) as TableName[])('the %s table', (table) => {
  const fields = Object.entries(recordTables[table].fields) as [string, FieldDef][];

  it('derives its field kinds, required fields and blank record from the declaration', () => {
    expect(pins).toEqual([true, true, true, true]);
    expect(Object.keys(fieldKinds[table])).toEqual(
      fields.map(([n]) => n).filter((n) => n !== 'attributes'),
    );
    expect(requiredFields[table]).toEqual(
      fields.filter(([, f]) => f.presence === 'required').map(([n]) => n),
    );
    const blank = blanks[table]() as unknown as Record<string, unknown>;
    expect(Object.keys(blank)).toEqual(fields.map(([n]) => n));
    // Only a defaulted field has a value in a blank record (tickets: priority 'normal').
    expect(Object.entries(blank).filter(([, v]) => v !== undefined)).toEqual(
      fields.filter(([, f]) => f.presence === 'default').map(([n, f]) => [n, f.fallback]),
    );
  });

  it('reads rows with different field sets through one reader, each field into its own place', () => {
    const next = random(table.length * 7919);
    const { reading, into, out } = reusedReader(table);
    let checked = 0;
    for (let row = 0; row < 300; row++) {
      // Required fields always; each other field in about half the rows, so consecutive rows
      // differ in which fields they carry (a slot not cleared would leak into the next row).
      const input: Record<string, unknown> = {};
      fields.forEach(([name, def], i) => {
        if (def.presence === 'required' || next() < 0.5) input[name] = valueFor(name, def, i, row);
      });
      into(input, reading, out);
      expect(reading.issues, `row ${row}`).toEqual([]);
      for (const [name, def] of fields) {
        // What the row gave, or the declared fallback when it gave nothing.
        const expected = Object.hasOwn(input, name) ? input[name] : def.fallback;
        if (def.kind === 'instant' && expected !== undefined) {
          expect(out[name], `row ${row}: ${name}`).toBe(expected);
        } else expect(out[name], `row ${row}: ${name}`).toEqual(expected);
        checked++;
      }
    }
    expect(checked).toBe(300 * fields.length);
  });
});

describe('order rules', () => {
  it('rejects a first response after the resolution, naming firstResponseAt', () => {
    const reading = newReading();
    tableReaders.tickets.into(
      {
        id: 'T-1',
        createdAt: '2026-03-02T08:00:00Z',
        status: 'resolved',
        // Solved at 09:00, "first response" three days later: it would count a 1 h fix as a
        // 72 h response.
        resolvedAt: '2026-03-02T09:00:00Z',
        firstResponseAt: '2026-03-05T09:00:00Z',
      },
      reading,
      blankTicket(),
    );
    expect(reading.issues).toEqual([
      {
        path: ['firstResponseAt'],
        reason:
          'firstResponseAt 2026-03-05T09:00:00.000Z is after resolvedAt 2026-03-02T09:00:00.000Z',
      },
    ]);
  });
});

describe('rules across fields on the fast path', () => {
  // The reader tests the rules on numbers it keeps per ruled field and runs the declared `check`
  // only when one breaks: through one reused reader, its issues must be exactly the `check`'s on
  // the record read, whatever the ruled fields hold, whether they are absent, and what the
  // previous row held.
  it.each(['tickets', 'agents', 'customers'] as const)(
    '%s: the same issues as the declared check',
    (table) => {
      const def = recordTables[table];
      const fields = Object.entries(def.fields) as [string, FieldDef][];
      const ruled = new Set(def.rules.flatMap((r) => [r.field, r.ref]));
      const next = random(table.length * 104_729);
      const { reading, into, out } = reusedReader(table);
      let broken = 0;
      let kept = 0;
      for (let row = 0; row < 400; row++) {
        const input: Record<string, unknown> = {};
        fields.forEach(([name, f], i) => {
          if (!ruled.has(name)) {
            if (f.presence === 'required') input[name] = valueFor(name, f, i, row);
            return;
          }
          if (f.presence !== 'required' && next() < 0.3) return;
          // Ruled values from a small set, so every order between two of them (and ties) occurs;
          // createdAt stays the earliest instant when present, as its own rules need nothing else.
          if (f.kind === 'instant') input[name] = BASE + Math.floor(next() * 4) * 3_600_000;
          else if (f.kind === 'boolean') input[name] = next() < 0.5;
          else input[name] = Math.floor(next() * 4);
        });
        into(input, reading, out);
        const expected: { path: (string | number)[]; reason: string }[] = [];
        def.check(out as never, expected, input, (_source, _field, ms) => String(ms));
        expect(
          reading.issues.map((i) => i.path),
          `row ${row}: ${JSON.stringify(input)}`,
        ).toEqual(expected.map((i) => i.path));
        if (expected.length > 0) broken++;
        else kept++;
        reading.issues = [];
      }
      // Both verdicts occur often, so the comparison says something either way.
      expect(broken).toBeGreaterThan(40);
      expect(kept).toBeGreaterThan(40);
    },
  );
});
