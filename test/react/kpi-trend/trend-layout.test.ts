// Where KpiTrend puts its target's label: worked out by hand on hand-built geometry.
import { describe, expect, it } from 'vitest';
import { type TrendLayout, targetLabelY } from '../../../packages/react/src/kpi-trend/trend-layout';

/**
 * A 300 × 150 px plot (top margin 14) with its target line at `targetY` and the points given as
 * [x, y]; the label is 80 px wide, so its box spans x 218–298 (right end at 300 − 2).
 */
function layoutOf(targetY: number | null, points: ReadonlyArray<readonly [number, number | null]>) {
  return {
    width: 340,
    height: 194,
    margin: { top: 14, right: 16, bottom: 30, left: 24 },
    plotWidth: 300,
    plotHeight: 150,
    y: (v: number) => v,
    yTicks: [],
    step: 50,
    points: points.map(([x, y], index) => ({
      index,
      x,
      y,
      band: null,
      limits: null,
      labelShown: true,
    })),
    centerY: null,
    targetY,
  } satisfies TrendLayout;
}
const width = 80;
// Six periods 50 px apart, centred at 25 … 275.
const xs = [25, 75, 125, 175, 225, 275] as const;

describe('targetLabelY', () => {
  it('puts the label just above the line when the points are far from it', () => {
    // Line at 50: above, the baseline is 46 and the box 34–49. The points at 120 are far below.
    expect(
      targetLabelY(
        layoutOf(
          50,
          xs.map((x) => [x, 120]),
        ),
        width,
      ),
    ).toBe(46);
  });

  it('moves it below the line when the last points sit just above it', () => {
    // Points at 40 are inside the box 34–49 padded by 8 px (26–57): not above. Below, the
    // baseline is 50 + 2 + 12 = 64 and the box 52–67, padded 44–75: 40 is clear, and so is the
    // flat line at 40.
    expect(
      targetLabelY(
        layoutOf(
          50,
          xs.map((x) => [x, 40]),
        ),
        width,
      ),
    ).toBe(64);
  });

  it('leaves it out when the points straddle the line under it', () => {
    // 40 blocks above; 60 is inside 44–75 and blocks below: the legend still names the target.
    const zigzag = xs.map((x, i) => [x, i % 2 === 0 ? 40 : 60] as const);
    expect(targetLabelY(layoutOf(50, zigzag), width)).toBeNull();
  });

  it('sees the line between two periods, not only the points', () => {
    // (150, 10) to (350, 90), no point within the label's columns. Clipped to x 216–300 the line
    // runs from y 10 + 80 × 66/200 = 36.4 to 10 + 80 × 150/200 = 70: through the box above
    // (34–49, padded 32–51) and below (52–67, padded 50–69).
    expect(
      targetLabelY(
        layoutOf(50, [
          [150, 10],
          [350, 90],
        ]),
        width,
      ),
    ).toBeNull();
    // With a gap (no value) at the second period, there is no line: above is free.
    expect(
      targetLabelY(
        layoutOf(50, [
          [150, 10],
          [350, null],
        ]),
        width,
      ),
    ).toBe(46);
  });

  it('stays on the chart: into the top margin at most, never onto the period axis', () => {
    // Line at 0: above, the box would start at −4 − 12 = −16, past the 14 px margin: below, at
    // baseline 0 + 2 + 12 = 14.
    expect(
      targetLabelY(
        layoutOf(
          0,
          xs.map((x) => [x, 120]),
        ),
        width,
      ),
    ).toBe(14);
    // Line at 5: the box above starts at 1 − 12 = −11, inside the margin: above, baseline 1.
    expect(
      targetLabelY(
        layoutOf(
          5,
          xs.map((x) => [x, 120]),
        ),
        width,
      ),
    ).toBe(1);
    // Line at 145 with points at 140: not above; below would end at 145 + 2 + 12 + 3 = 162 > 150.
    expect(
      targetLabelY(
        layoutOf(
          145,
          xs.map((x) => [x, 140]),
        ),
        width,
      ),
    ).toBeNull();
  });

  it('has nothing to place without a target', () => {
    expect(
      targetLabelY(
        layoutOf(
          null,
          xs.map((x) => [x, 40]),
        ),
        width,
      ),
    ).toBeNull();
  });
});
