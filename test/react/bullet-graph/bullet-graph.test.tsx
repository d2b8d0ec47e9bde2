import { BulletGraph, BulletGraphView, useRuleBullet } from '@servicescore/react';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetWarnings } from '../../../packages/react/src/shared/dev';
import { axeViolations, captureConsoleErrors, expectCleanHydration, renderStrict } from '../utils';

afterEach(cleanup);
beforeEach(resetWarnings);

// FCR's after-sales rule: ≥ 85 % → 10, ≥ 75 % → 8, else 5 (of 10). 0.81 earns 8 → score 80 → 良好.
// Domain: thresholds 0.75 and 0.85, value 0.81, target 0.85 → extent 0.75–0.85, span 0.1, widened
// by a quarter each side → 0.725–0.875, made nice (step 0.02) → 0.72–0.88.
// Bar end: (0.81 − 0.72) / 0.16 = 56.25 %. Bands: 0.72–0.75 (5 points, 待改进) = 18.75 %,
// 0.75–0.85 (8, 良好) = 62.5 %, 0.85–0.88 (10, 优秀) = 18.75 %. Target at (0.85 − 0.72) / 0.16 = 81.25 %.

describe('BulletGraph', () => {
  const consoleErrors = captureConsoleErrors();

  it('is a meter named by the metric label, with value, domain and a spoken grade and target', () => {
    renderStrict(<BulletGraph metric="fcr" value={0.81} target={0.85} />);
    const meter = screen.getByRole('meter', { name: '首次解决率' });
    expect(Number(meter.getAttribute('aria-valuenow'))).toBe(0.81);
    expect(Number(meter.getAttribute('aria-valuemin'))).toBeCloseTo(0.72, 10);
    expect(Number(meter.getAttribute('aria-valuemax'))).toBeCloseTo(0.88, 10);
    expect(meter.getAttribute('aria-valuetext')).toBe('81.0%，良好，目标 85.0%');
    consoleErrors.expectNone();
  });

  it('draws the rule bands from the band engine, the value bar and the target marker', () => {
    const { container } = renderStrict(<BulletGraph metric="fcr" value={0.81} target={0.85} />);
    const bands = [...container.querySelectorAll('.ss-bullet-graph__band')];
    expect(bands.map((b) => b.getAttribute('data-tone'))).toEqual([
      'needsImprovement',
      'good',
      'excellent',
    ]);
    expect(bands.map((b) => Number.parseFloat(b.getAttribute('width') ?? ''))).toEqual([
      expect.closeTo(18.75, 6),
      expect.closeTo(62.5, 6),
      expect.closeTo(18.75, 6),
    ]);
    const bar = container.querySelector('.ss-bullet-graph__value-bar');
    expect(Number.parseFloat(bar?.getAttribute('width') ?? '')).toBeCloseTo(56.25, 6);
    const target = container.querySelector('.ss-bullet-graph__target');
    expect(Number.parseFloat(target?.getAttribute('x1') ?? '')).toBeCloseTo(81.25, 6);
    expect(screen.getByText('良好')).toBeTruthy();
  });

  it('draws vertically from the bottom', () => {
    const { container } = renderStrict(
      <BulletGraph metric="fcr" value={0.81} orientation="vertical" locale="en-US" />,
    );
    // Without a target the domain is fitted to 0.75, 0.85 and 0.81 → the same 0.72–0.88.
    const bar = container.querySelector('.ss-bullet-graph__value-bar');
    expect(Number.parseFloat(bar?.getAttribute('height') ?? '')).toBeCloseTo(56.25, 6);
    expect(Number.parseFloat(bar?.getAttribute('y') ?? '')).toBeCloseTo(100 - 56.25, 6);
    expect(screen.getByRole('meter').getAttribute('aria-valuetext')).toBe('81.0%, Good');
  });

  it('says no data as an image when there is no value', () => {
    renderStrict(<BulletGraph metric="fcr" value={null} />);
    expect(screen.getByRole('img', { name: '首次解决率: 暂无数据' })).toBeTruthy();
    expect(screen.queryByRole('meter')).toBeNull();
  });

  it('keeps a value beyond a given max on the axis and warns for max ≤ min', () => {
    renderStrict(
      <BulletGraph label="SLA" unit="ratio" metric="fcr" value={0.97} min={0.5} max={0.9} />,
    );
    expect(screen.getByRole('meter', { name: 'SLA' }).getAttribute('aria-valuenow')).toBe('0.9');
    cleanup();
    renderStrict(
      <BulletGraph label="SLA" unit="ratio" metric="fcr" value={0.8} min={1} max={0.5} />,
    );
    expect(consoleErrors.errors[0]).toMatch(/^\[servicescore\] Invalid prop `max` of value `0.5`/);
  });

  it('has no axe violations and hydrates cleanly', async () => {
    const { container } = renderStrict(<BulletGraph metric="fcr" value={0.81} target={0.85} />);
    expect(await axeViolations(container)).toEqual([]);
    cleanup();
    const hydrated = await expectCleanHydration(<BulletGraph metric="fcr" value={0.81} />);
    expect(hydrated.querySelector('[role="meter"]')).not.toBeNull();
  });
});

describe('ScorecardTable with scorecardRuleBullet', () => {
  it('draws one bullet meter per indicator in the rule column, the rule in words as its title', async () => {
    const { scoreScorecard, afterSalesTemplate } = await import('@servicescore/core');
    const { ScorecardTable, scorecardRuleBullet } = await import('@servicescore/react');
    // Two inputs only: FCR 0.81 (8 of 10 → 良好) and response timeliness 0.97 (10 of 10 → 优秀).
    const result = scoreScorecard(afterSalesTemplate, {
      firstContactResolution: 0.81,
      responseTimeliness: 0.97,
    });
    renderStrict(
      <ScorecardTable
        result={result}
        defaultExpanded
        renderRule={scorecardRuleBullet}
        columns={['indicator', 'rule', 'grade']}
      />,
    );
    // Within the table: the hydration test above leaves its own container in the document.
    const meters = within(screen.getByRole('table')).getAllByRole('meter');
    // Only indicators with a value are meters (the others say no data): every meter shows one of
    // the two given values, toned by its rule.
    const spoken = new Set(meters.map((m) => m.getAttribute('aria-valuetext')));
    expect(spoken).toEqual(new Set(['81.0%，良好', '97.0%，优秀']));
    const fcr = meters.find((m) => m.getAttribute('aria-valuenow') === '0.81') as HTMLElement;
    expect(fcr.getAttribute('aria-valuetext')).toBe('81.0%，良好');
    expect(fcr.closest('[title]')?.getAttribute('title')).toBe(
      // The rule in words, thresholds held together by no-break spaces (ScorecardTable's keepTogether).
      '≥\u00a085% →\u00a010；≥\u00a075% →\u00a08；其他 →\u00a05',
    );
  });
});

/** A host's own rule bullet: the rule given, the label hidden, a title and a class for the root. */
function RuleBullet() {
  const state = useRuleBullet({
    rule: { type: 'linear', from: { value: 0, points: 0 }, to: { value: 1, points: 10 } },
    label: 'SLA',
    value: 0.9,
    unit: 'ratio',
    hideLabel: true,
    title: 'linear 0–100 %',
    className: 'in-cell',
  });
  return <BulletGraphView state={state} />;
}

describe('BulletGraph props in, props out', () => {
  const consoleErrors = captureConsoleErrors();

  it('puts host attributes on the root and keeps the options off the DOM', () => {
    renderStrict(
      <BulletGraph
        metric="fcr"
        value={0.81}
        target={0.85}
        min={0.5}
        max={1}
        locale="en-US"
        orientation="vertical"
        hideLabel
        data-testid="bullet"
        aria-describedby="bullet-note"
        title="FCR"
      />,
    );
    const root = screen.getByTestId('bullet');
    // The host's three attributes and the graph's own; no `metric`, `value`, `target`, `min`,
    // `max`, `locale` or `orientation` (which is said as data-orientation).
    expect(root.getAttributeNames().sort()).toEqual([
      'aria-describedby',
      'class',
      'data-orientation',
      'data-testid',
      'data-theme',
      'data-tone',
      'lang',
      'title',
    ]);
    expect(root.getAttribute('data-orientation')).toBe('vertical');
    expect(root.getAttribute('aria-describedby')).toBe('bullet-note');
    expect(root.querySelector('.ss-visually-hidden')?.textContent).toBe(
      'First contact resolution (FCR)',
    );
    consoleErrors.expectNone();
  });

  it('useRuleBullet takes the same props: a title and a class reach the root of BulletGraphView', () => {
    renderStrict(<RuleBullet />);
    const root = screen.getByTitle('linear 0–100 %');
    expect(root.className).toBe('ss-widget ss-bullet-graph in-cell');
    expect(root.getAttribute('data-orientation')).toBe('horizontal');
    expect(root.querySelector('.ss-visually-hidden')?.textContent).toBe('SLA');
    expect(root.hasAttribute('label')).toBe(false);
    consoleErrors.expectNone();
  });
});
