// Issue 12 item 2: no provider setting makes a widget throw (server-rendered, so a throw would take
// the host's whole page down). Locales are negotiated; bad precision, theme and scales fall back.
import { afterSalesTemplate, type GradeScale, type Locale } from '@servicescore/core';
import {
  GradeBadge,
  KpiGauge,
  KpiLeaderboard,
  ParetoChart,
  ScorecardTable,
  ServiceScoreProvider,
} from '@servicescore/react';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetWarnings } from '../../packages/react/src/shared/dev';
import { fourAgents, fourNames } from '../react/kpi-leaderboard/fixtures';
import { smallResult } from '../react/scorecard-table/fixtures';
import { renderOnServer } from './utils';

const widgets = (): ReactElement => (
  <>
    <GradeBadge score={91} showScore />
    <KpiGauge metric="csat" value={null} />
    <ParetoChart data={[]} />
    <ScorecardTable result={smallResult()} />
    <KpiLeaderboard
      evaluation={fourAgents}
      metrics={['csat']}
      names={fourNames}
      template={afterSalesTemplate}
    />
  </>
);

let logged: string[] = [];
beforeEach(() => {
  resetWarnings();
  logged = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    logged.push(String(args[0]));
  });
});
afterEach(() => vi.restoreAllMocks());

const warned = (): string => logged.join('\n');

describe('locale negotiation in the provider and the widgets', () => {
  // English: the badge says "Excellent" and the gauge "No data"; Chinese: 优秀 and 暂无数据.
  it.each([
    ['en', 'Excellent', false],
    ['en-GB', 'Excellent', false],
    ['EN-US', 'Excellent', false],
    ['en_US', 'Excellent', false],
    ['zh', '优秀', true],
    ['zh-Hans', '优秀', true],
    ['zh-TW', '优秀', true],
    ['zh-cn', '优秀', false],
    ['', '优秀', true],
    ['fr-FR', '优秀', true],
  ])(
    'locale %j renders every widget in the negotiated language (warning: %s)',
    (locale, grade, warns) => {
      const html = renderOnServer(
        <ServiceScoreProvider locale={locale as Locale}>{widgets()}</ServiceScoreProvider>,
      );
      expect(html).toContain(grade);
      expect(html).toContain(grade === 'Excellent' ? 'No data' : '暂无数据');
      expect(html).not.toMatch(/undefined|NaN/);
      if (warns) expect(warned()).toMatch(/Invalid prop `locale`.*ServiceScoreProvider/);
      else expect(warned()).not.toMatch(/`locale`/);
    },
  );

  it('negotiates a widget-level locale prop too (non-string: the provider locale, warned)', () => {
    const html = renderOnServer(
      <ServiceScoreProvider locale="en-US">
        <GradeBadge score={91} locale={'en-AU' as Locale} />
        <GradeBadge score={55} locale={42 as unknown as Locale} />
      </ServiceScoreProvider>,
    );
    expect(html).toContain('Excellent');
    // 55 < 60 → needs improvement, in the provider's en-US.
    expect(html).toContain('Needs improvement');
    expect(warned()).toMatch(/Invalid prop `locale` of value `42`/);
  });
});

describe('numeric and scale settings fall back with a warning', () => {
  it.each([[-1], [11], [1.5], [Number.NaN]])(
    'precision %s → the default 1 decimal',
    (precision) => {
      const html = renderOnServer(
        <ServiceScoreProvider locale="en-US" precision={precision}>
          <GradeBadge score={91} showScore />
        </ServiceScoreProvider>,
      );
      expect(html).toContain('91.0');
      expect(warned()).toMatch(/Invalid prop `precision`.*integer from 0 to 10/);
    },
  );

  it('a bad provider grade scale or theme falls back to the defaults', () => {
    const bad = [{ id: 'top', min: Number.NaN, label: { 'zh-CN': '顶', 'en-US': 'Top' } }];
    const html = renderOnServer(
      <ServiceScoreProvider
        locale="en-US"
        gradeScale={bad as unknown as GradeScale}
        theme={'neon' as 'dark'}
      >
        <GradeBadge score={85} />
      </ServiceScoreProvider>,
    );
    // 85 on the default scale (good ≥ 80) → Good.
    expect(html).toContain('Good');
    expect(html).toContain('data-theme="light"');
    expect(warned()).toMatch(/Invalid prop `gradeScale`.*must be a finite number/);
    expect(warned()).toMatch(/Invalid prop `theme` of value `neon`/);
  });

  it('GradeBadge: a bad `scale` prop, null entries and an out-of-range score never throw', () => {
    const html = renderOnServer(
      <ServiceScoreProvider locale="en-US">
        <GradeBadge score={85} scale={[null] as unknown as GradeScale} />
        <GradeBadge score={150} />
        <GradeBadge grade={7 as unknown as 'good'} />
      </ServiceScoreProvider>,
    );
    expect(html).toContain('Good');
    expect(html).toContain('No data');
    expect(warned()).toMatch(/Invalid prop `scale`.*Entry 0 is null/);
    expect(warned()).toMatch(/Invalid prop `score` of value `150`/);
  });
});

describe('hostile widget props never throw or leak', () => {
  const data = [
    { category: 'late', count: 30 },
    { category: 'broken', count: 10 },
  ];
  it.each([
    ['a non-function', 'labels' as unknown],
    [
      'a throwing function',
      () => {
        throw new Error('boom');
      },
    ],
    ['undefined results', () => undefined],
    ['blank results', () => '  '],
  ])('ParetoChart categoryLabel as %s shows the category ids', (_, categoryLabel) => {
    const html = renderOnServer(
      <ServiceScoreProvider locale="en-US">
        <ParetoChart data={data} categoryLabel={categoryLabel as (c: string) => string} />
      </ServiceScoreProvider>,
    );
    expect(html).toContain('late');
    expect(html).toContain('broken');
    expect(html).not.toContain('undefined');
    expect(warned()).toMatch(/Invalid prop `categoryLabel`/);
  });

  it('KpiLeaderboard height: a CSS length passes, an injection does not reach the style', () => {
    const ok = renderOnServer(
      <KpiLeaderboard evaluation={fourAgents} metrics={['csat']} names={fourNames} height="60vh" />,
    );
    expect(ok).toContain('max-height:60vh');
    const html = renderOnServer(
      <KpiLeaderboard
        evaluation={fourAgents}
        metrics={['csat']}
        names={fourNames}
        height={'1px;background:url(https://evil.example/x)' as never}
      />,
    );
    expect(html).not.toContain('evil.example');
    expect(html).toContain('max-height:480px');
    expect(warned()).toMatch(/Invalid prop `height`.*CSS length/);
    const nan = renderOnServer(
      <KpiLeaderboard
        evaluation={fourAgents}
        metrics={['csat']}
        names={fourNames}
        height={Number.NaN}
      />,
    );
    expect(nan).toContain('max-height:480px');
  });
});
