// Issue 12 item 8: what the fuzz suite missed — absurd instants, wrong argument types, unknown
// option keys, long cells and hostile labels — each property with a per-case bound. The bound is
// generous (10 s, where a case takes milliseconds) so a loaded machine never trips it, while a hang
// (the 197 s calendar walk, the quadratic regex) always does.
import fc from 'fast-check';
import {
  afterSalesTemplate,
  businessCalendar,
  type DatasetInput,
  evaluate,
  gradeOf,
  mapRecords,
  negotiateLocale,
  parseDataset,
  type ScorecardTemplate,
  scorecardToCsv,
  scoreScorecard,
  weekdayHours,
} from '@servicescore/core';
import { describe, expect, it } from 'vitest';
import { anyValue, RUNS, tolerant } from './fuzz-kit';

/** Per-case wall-clock bound: only a hang exceeds it. */
const CASE_MS = 10_000;
/** Cases per property: expensive entries (an evaluation per case) run a tenth of `RUNS`. */
const HEAVY = Math.max(20, Math.floor(RUNS / 10));

function bounded<Ts extends [unknown, ...unknown[]]>(
  name: string,
  arbs: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  predicate: (...args: Ts) => void,
  runs = RUNS,
): void {
  let cases = 0;
  let slowest = 0;
  fc.assert(
    fc.property(...(arbs as unknown as [fc.Arbitrary<Ts[0]>]), (...args: unknown[]) => {
      cases++;
      const t0 = performance.now();
      (predicate as (...a: unknown[]) => void)(...args);
      const spent = performance.now() - t0;
      slowest = Math.max(slowest, spent);
      if (spent > CASE_MS) expect.fail(`${name}: one case took ${spent.toFixed(0)} ms`);
    }),
    { numRuns: runs },
  );
  console.log(`fuzz ${name}: ${cases} cases, slowest ${slowest.toFixed(1)} ms`);
}

const FIRST = Date.UTC(1900, 0, 1);
const LAST = Date.UTC(2200, 0, 1) - 1;

/** Instants a host might send: sane, placeholders, the Date limits, ISO strings of any year. */
const absurdInstant: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) }),
  fc.constantFrom(8.64e15, -8.64e15, 8.64e15 - 1, 0, -1, FIRST - 1, LAST + 1, FIRST, LAST),
  fc.integer({ min: 0, max: 9999 }).map((y) => `${String(y).padStart(4, '0')}-12-31T23:59:59Z`),
  fc.double({ min: -8.64e15, max: 8.64e15, noNaN: true }),
  fc.date({ noInvalidDate: true }),
);

const calendar = businessCalendar({ timeZone: 'America/New_York', hours: weekdayHours() });

describe('absurd instants: rejected with a field and reason, never a hang', () => {
  it('parseDataset + evaluate with a calendar', () => {
    bounded(
      'absurd instants',
      [fc.array(fc.tuple(absurdInstant, absurdInstant), { minLength: 1, maxLength: 5 })],
      (pairs) => {
        const tickets = pairs.map(([createdAt, resolvedAt], i) => ({
          id: `T${i}`,
          createdAt,
          status: 'resolved',
          resolvedAt,
        }));
        const { dataset, rejected } = parseDataset({ tickets } as unknown as DatasetInput, {
          onInvalid: 'collect',
        });
        for (const t of dataset.tickets) {
          expect(t.createdAt).toBeGreaterThanOrEqual(FIRST);
          expect(t.resolvedAt as number).toBeLessThanOrEqual(LAST);
        }
        for (const r of rejected) expect(r.reason.length).toBeGreaterThan(12);
        evaluate(dataset, {
          metrics: ['avgResolutionTime', 'onTimeResolutionRate'],
          calendar,
          asOf: Date.UTC(2026, 6, 1),
        });
      },
      HEAVY,
    );
  });
});

describe('wrong argument types', () => {
  it('calendar methods: a number or a TypeError/RangeError naming the argument', () => {
    bounded('calendar arguments', [anyValue, anyValue], (a, b) => {
      const from = typeof a === 'number' ? Math.max(FIRST, Math.min(LAST, a)) : a;
      const names = (method: string) =>
        new RegExp(`^${method}: (argument \`(from|to|ms)\`|the amount )`);
      const classes = [TypeError, RangeError];
      const out = tolerant(
        () => calendar.addWorkingTime(from as number, b as number),
        classes,
        names('addWorkingTime'),
      );
      if (out !== undefined) expect(typeof out).toBe('number');
      const span = tolerant(
        () => calendar.elapsed(from as number, b as number),
        classes,
        names('elapsed'),
      );
      if (span !== undefined) expect(typeof span).toBe('number');
    });
  });

  it('gradeOf: a grade for 0–100, else a RangeError/TypeError', () => {
    bounded('gradeOf', [anyValue], (score) => {
      const grade = tolerant(() => gradeOf(score as number));
      if (grade !== undefined) {
        expect(typeof score).toBe('number');
        expect(score as number).toBeGreaterThanOrEqual(-0.05);
        expect(score as number).toBeLessThan(100.05);
      }
    });
  });

  it('negotiateLocale: always a shipped locale', () => {
    bounded('negotiateLocale', [fc.oneof(anyValue, fc.string())], (requested) => {
      expect(['zh-CN', 'en-US']).toContain(negotiateLocale(requested).locale);
    });
  });
});

describe('unknown option keys', () => {
  const valid = new Set([
    'metrics',
    'groupBy',
    'period',
    'timeZone',
    'calendar',
    'sla',
    'asOf',
    'where',
    'repeatWindowDays',
    'followUpWindowHours',
    'serviceLevelSeconds',
    'recorded',
    'instantDomain',
    'onInvalid',
  ]);
  it('evaluate names every unknown key', () => {
    bounded('evaluate option keys', [fc.string({ minLength: 1, maxLength: 20 })], (key) => {
      fc.pre(!valid.has(key));
      const options = { metrics: ['csat'], [key]: 1 };
      expect(() =>
        evaluate({ tickets: [], calls: [], agents: [], customers: [] }, options as never),
      ).toThrow(/evaluate: unknown option `/);
    });
  });
});

describe('long cells', () => {
  it('mapRecords reads cells of up to 200 KB in linear time', () => {
    const cell = fc
      .tuple(
        fc.constantFrom('1', '9', '.', 'e', '-', ':', 'x', '0'),
        fc.integer({ min: 1, max: 200_000 }),
        fc.constantFrom('', 'x', '1', ':'),
      )
      .map(([c, n, tail]) => c.repeat(n) + tail);
    bounded(
      'long cells',
      [cell, cell],
      (number, duration) => {
        const rows = mapRecords(
          [
            {
              Id: 'C1',
              Start: '2026-03-02T08:00:00Z',
              Answered: 'yes',
              Wait: duration,
              Csat: number,
            },
          ],
          {
            table: 'calls',
            fields: {
              id: 'Id',
              startedAt: 'Start',
              answered: 'Answered',
              waitSeconds: 'Wait',
              csat: 'Csat',
            },
          },
        );
        parseDataset({ calls: rows }, { onInvalid: 'collect' });
      },
      HEAVY,
    );
  });
});

/** RFC 4180 fields of a CSV text (quotes, doubled quotes, CRLF). */
function csvCells(text: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i <= text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else cell += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && !(text[i] === '\r' && text[i + 1] === '\n'))
        cell += text[i++];
    }
    cells.push(cell);
    if (text[i] === ',') i++;
    else if (text[i] === '\r') i += 2;
    else break;
  }
  return cells;
}

describe('hostile labels', () => {
  it('scorecardToCsv never writes a cell a spreadsheet would run as a formula', () => {
    const label = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('=1+1', '+SUM(A1)', '-2', '@x', '\t=1', '\r=1', '=HYPERLINK("http://x","y")'),
    );
    bounded('csv labels', [label, label, label], (dimension, indicator, suggestion) => {
      const base = afterSalesTemplate.dimensions[0]!;
      const template: ScorecardTemplate = {
        ...afterSalesTemplate,
        dimensions: [
          {
            ...base,
            label: { 'zh-CN': dimension || 'd', 'en-US': dimension || 'd' },
            indicators: base.indicators.map((ind) => ({
              ...ind,
              label: { 'zh-CN': indicator || 'i', 'en-US': indicator || 'i' },
              suggestions: [{ 'zh-CN': suggestion || 's', 'en-US': suggestion || 's' }],
            })),
          },
        ],
      };
      const result = tolerant(() => scoreScorecard(template, { responseTimelinessRate: 0.5 }));
      if (result === undefined) return;
      const cells = csvCells(scorecardToCsv(result, 'en-US').slice(1));
      for (const c of cells) expect(c).not.toMatch(/^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/);
    });
  });
});
