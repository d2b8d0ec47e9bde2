import { afterSalesTemplate, scoreScorecard } from '@servicescore/core';
import { GradeBadge, ServiceScoreProvider } from '@servicescore/react';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { resetWarnings } from '../../../packages/react/src/shared/dev';
import { axeViolations, captureConsoleErrors, expectCleanHydration, renderStrict } from '../utils';

describe('GradeBadge', () => {
  const consoleErrors = captureConsoleErrors();

  it('shows the zh-CN grade label of a score by default', () => {
    renderStrict(<GradeBadge score={85} />);
    expect(screen.getByText('良好')).toBeTruthy();
  });

  it('grades the rounded score, so 89.96 shown as 90.0 is 优秀', () => {
    const { container } = renderStrict(<GradeBadge score={89.96} showScore />);
    expect(container.textContent).toBe('优秀90.0');
    expect(container.querySelector('[data-tone]')?.getAttribute('data-tone')).toBe('excellent');
  });

  it('takes a grade id and the locale from the provider', () => {
    renderStrict(
      <ServiceScoreProvider locale="en-US" theme="dark">
        <GradeBadge grade="needsImprovement" />
      </ServiceScoreProvider>,
    );
    const label = screen.getByText('Needs improvement');
    expect(label.closest('.ss-grade-badge')?.getAttribute('data-theme')).toBe('dark');
    expect(label.closest('.ss-grade-badge')?.getAttribute('lang')).toBe('en-US');
  });

  it('says the sample is insufficient instead of grading', () => {
    renderStrict(<GradeBadge score={95} insufficient />);
    expect(screen.getByText('样本不足')).toBeTruthy();
    expect(screen.queryByText('优秀')).toBeNull();
  });

  it('says a total is not graded for lack of coverage, with the coverage', () => {
    // 0.37 of the weight with data → "37%"; the score 95 is not graded.
    renderStrict(
      <>
        <GradeBadge score={95} insufficient coverage={0.37} />
        <GradeBadge score={95} insufficient coverage={0.37} locale="en-US" />
        <GradeBadge insufficient coverage={Number.NaN} locale="en-US" />
      </>,
    );
    expect(screen.getByText('数据不足（覆盖 37%）')).toBeTruthy();
    expect(screen.getByText('Insufficient data (coverage 37%)')).toBeTruthy();
    // A coverage that is not a 0–1 share falls back to the plain insufficient-sample text.
    expect(screen.getByText('Insufficient sample')).toBeTruthy();
    expect(screen.queryByText('优秀')).toBeNull();
  });

  it('shows a scorecard result as it was graded, never re-grading its total', () => {
    // Only 响应及时率 (10 of 100) has data: 0.96 → 10 of 10 points → total 100, coverage 0.1 <
    // minCoverage 0.6: not graded, although a score of 100 would be 优秀.
    const thin = scoreScorecard(afterSalesTemplate, { responseTimelinessRate: 0.96 });
    // The same template with minCoverage 0: graded, 100 → 优秀, shown with its score.
    const graded = scoreScorecard(
      afterSalesTemplate,
      { responseTimelinessRate: 0.96 },
      { minCoverage: 0 },
    );
    renderStrict(
      <>
        <GradeBadge result={thin} showScore />
        <GradeBadge result={graded} showScore />
      </>,
    );
    expect(screen.getByText('数据不足（覆盖 10%）')).toBeTruthy();
    expect(screen.getByText('优秀')).toBeTruthy();
    expect(screen.getByText('100.0')).toBeTruthy();
    expect(screen.getAllByText(/优秀/)).toHaveLength(1);
  });

  it('draws a shape per grade so colour is not the only signal', () => {
    const { container } = renderStrict(
      <>
        <GradeBadge grade="excellent" />
        <GradeBadge grade="pass" />
      </>,
    );
    const paths = [...container.querySelectorAll('svg path')].map((p) => p.getAttribute('d'));
    expect(new Set(paths).size).toBe(2);
    expect(container.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('renders no grade and logs one development error for a NaN score', () => {
    resetWarnings();
    renderStrict(<GradeBadge score={Number.NaN} />);
    expect(screen.getByText('暂无数据')).toBeTruthy();
    expect(consoleErrors.errors).toHaveLength(1);
    expect(consoleErrors.errors[0]).toMatch(
      /Invalid prop `score` of value `NaN` supplied to `GradeBadge`/,
    );
  });

  it('rejects an unknown grade id the same way', () => {
    resetWarnings();
    renderStrict(<GradeBadge grade={'great' as 'good'} />);
    expect(screen.getByText('暂无数据')).toBeTruthy();
    expect(consoleErrors.errors[0]).toMatch(
      /`grade` of value `great`.*must be one of excellent, good, pass, needsImprovement/,
    );
  });

  it('passes span attributes through', () => {
    renderStrict(<GradeBadge grade="good" id="g1" data-testid="badge" className="mine" />);
    const el = screen.getByTestId('badge');
    expect(el.id).toBe('g1');
    expect(el.className).toContain('mine');
    expect(el.className).toContain('ss-grade-badge--md');
  });

  it('has no axe violations', async () => {
    const { container } = renderStrict(
      <>
        <GradeBadge grade="excellent" />
        <GradeBadge score={72.5} showScore size="lg" />
        <GradeBadge insufficient size="sm" />
      </>,
    );
    expect(await axeViolations(container)).toEqual([]);
    consoleErrors.expectNone();
  });
});

describe('GradeBadge hydration', () => {
  it('hydrates server HTML without mismatch or console errors', async () => {
    const container = await expectCleanHydration(<GradeBadge score={72} showScore />);
    expect(container.textContent).toBe('合格72.0');
  });
});

describe('GradeBadge props in, props out', () => {
  const consoleErrors = captureConsoleErrors();

  it('puts host attributes on the badge and keeps the options off the DOM', () => {
    renderStrict(
      <GradeBadge
        grade="good"
        score={85}
        showScore
        size="lg"
        locale="en-US"
        data-testid="badge"
        aria-describedby="grade-note"
        title="Q3"
      />,
    );
    const el = screen.getByTestId('badge');
    // The host's three attributes and the badge's own; no `grade`, `score`, `size` or `locale`.
    expect(el.getAttributeNames().sort()).toEqual([
      'aria-describedby',
      'class',
      'data-testid',
      'data-theme',
      'data-tone',
      'lang',
      'title',
    ]);
    expect(el.getAttribute('aria-describedby')).toBe('grade-note');
    expect(el.getAttribute('title')).toBe('Q3');
    expect(el.getAttribute('lang')).toBe('en-US');
    expect(el.className).toBe('ss-widget ss-grade-badge ss-grade-badge--lg');
    expect(el.textContent).toBe('Good85.0');
    consoleErrors.expectNone();
  });
});
