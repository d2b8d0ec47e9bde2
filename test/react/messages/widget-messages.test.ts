// The widgets' own sentences: one `*-messages.ts` bundle beside each widget in packages/react/src,
// merged with the core's shared namespaces in the widget's texts module. Every bundle found there
// is checked as the core's catalogue is (test/core/i18n): the same keys in every shipped locale, no
// blank text, the same placeholders in every locale, no key shared with another bundle or with the
// core's catalogue (a later bundle would silently win in `mergeMessages`).
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { locales, type MessageBundle, messages, translate } from '@servicescore/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportTexts } from '../../../packages/react/src/agent-report/report-texts';
import { heatmapTexts } from '../../../packages/react/src/cross-analysis-heatmap/heatmap-texts';
import { boardTexts } from '../../../packages/react/src/improvement-plan-board/board-texts';
import { cardTexts } from '../../../packages/react/src/kpi-card/card-texts';
import { comparisonTexts } from '../../../packages/react/src/kpi-comparison/comparison-texts';
import { gaugeTexts } from '../../../packages/react/src/kpi-gauge/gauge-texts';
import { leaderboardTexts } from '../../../packages/react/src/kpi-leaderboard/leaderboard-texts';
import { trendTexts } from '../../../packages/react/src/kpi-trend/trend-texts';
import { paretoTexts } from '../../../packages/react/src/pareto-chart/pareto-texts';
import { scorecardTexts } from '../../../packages/react/src/scorecard-table/scorecard-texts';

// Vitest runs from the repository's root (the widgets' tests read their CSS the same way).
const src = resolve('packages/react/src');

/** Every `*-messages.ts` module under packages/react/src, relative to it. */
const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .map((f) => f.replaceAll('\\', '/'))
  .filter((f) => f.endsWith('-messages.ts'))
  .sort();

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every bundle those modules export (`gaugeMessages`, …), by name. */
const bundles: Record<string, MessageBundle> = {};

beforeAll(async () => {
  for (const file of files) {
    const module: Record<string, unknown> = await import(resolve(src, file));
    for (const [name, value] of Object.entries(module)) {
      expect(name, `${file} exports ${name}`).toMatch(/Messages$/);
      bundles[name] = value as MessageBundle;
    }
  }
});

describe("the widgets' message bundles", () => {
  it('sit beside their widgets, one module each', () => {
    expect(files).toEqual([
      'agent-report/report-messages.ts',
      'bullet-graph/bullet-messages.ts',
      'cross-analysis-heatmap/heatmap-messages.ts',
      'improvement-plan-board/board-messages.ts',
      'kpi-card/card-messages.ts',
      'kpi-comparison/comparison-messages.ts',
      'kpi-comparison/comparison-view-messages.ts',
      'kpi-gauge/gauge-messages.ts',
      'kpi-leaderboard/leaderboard-messages.ts',
      'kpi-trend/trend-messages.ts',
      'pareto-chart/pareto-messages.ts',
      'scorecard-table/scorecard-messages.ts',
    ]);
    expect(Object.keys(bundles).sort()).toEqual([
      'boardMessages',
      'bulletMessages',
      'cardMessages',
      'comparisonMessages',
      'comparisonViewMessages',
      'gaugeMessages',
      'heatmapMessages',
      'leaderboardMessages',
      'paretoMessages',
      'reportMessages',
      'scorecardMessages',
      'trendMessages',
    ]);
  });

  it('have a block for every shipped locale, and only those', () => {
    for (const [name, bundle] of Object.entries(bundles)) {
      expect(Object.keys(bundle).sort(), name).toEqual([...locales].sort());
    }
  });

  it('have exactly the same keys in every locale', () => {
    for (const [name, bundle] of Object.entries(bundles)) {
      expect(Object.keys(bundle['zh-CN']).length, name).toBeGreaterThan(0);
      for (const locale of locales) {
        expect(Object.keys(bundle[locale]).sort(), `${name} ${locale}`).toEqual(
          Object.keys(bundle['zh-CN']).sort(),
        );
      }
    }
  });

  it('have no empty or blank message', () => {
    for (const [name, bundle] of Object.entries(bundles)) {
      for (const locale of locales) {
        for (const [key, text] of Object.entries(bundle[locale])) {
          expect(text.trim(), `${name} ${locale} ${key}`).not.toBe('');
        }
      }
    }
  });

  it('use the same placeholders for a key in every locale', () => {
    for (const [name, bundle] of Object.entries(bundles)) {
      for (const [key, zh] of Object.entries(bundle['zh-CN'])) {
        for (const locale of locales) {
          const text = bundle[locale][key] ?? '';
          expect(placeholders(text), `${name} ${locale} ${key}`).toEqual(placeholders(zh));
        }
      }
    }
  });

  it("share no key with each other or with the core's catalogue", () => {
    const seen = new Map<string, string>(
      Object.keys(messages['zh-CN']).map((key) => [key, 'the core catalogue']),
    );
    for (const [name, bundle] of Object.entries(bundles)) {
      for (const key of Object.keys(bundle['zh-CN'])) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
        seen.set(key, name);
      }
    }
  });
});

describe("the widgets' texts", () => {
  const texts = {
    boardTexts,
    cardTexts,
    comparisonTexts,
    gaugeTexts,
    heatmapTexts,
    leaderboardTexts,
    paretoTexts,
    reportTexts,
    scorecardTexts,
    trendTexts,
  };

  it('are frozen, with the same keys in every locale', () => {
    for (const [name, bundle] of Object.entries(texts)) {
      expect(Object.isFrozen(bundle), name).toBe(true);
      for (const locale of locales) {
        expect(Object.isFrozen(bundle[locale]), `${name} ${locale}`).toBe(true);
        expect(Object.keys(bundle[locale]).sort(), `${name} ${locale}`).toEqual(
          Object.keys(bundle['zh-CN']).sort(),
        );
      }
    }
  });

  it('fill the gauge value text template', () => {
    const params = { value: '93.5%', grade: '优秀', target: '95.0%' };
    expect(translate(gaugeTexts, 'zh-CN', 'gauge.valueText', params)).toBe(
      '93.5%，优秀，目标 95.0%',
    );
    expect(
      translate(gaugeTexts, 'en-US', 'gauge.valueText', { ...params, grade: 'Excellent' }),
    ).toBe('93.5%, Excellent, target 95.0%');
  });

  it('fill the Pareto bar name template', () => {
    const params = { category: '安装', count: 32, share: '41.6%', cumulative: '41.6%' };
    expect(translate(paretoTexts, 'zh-CN', 'pareto.barName', params)).toBe(
      '安装：32（41.6%），累计 41.6%',
    );
    expect(
      translate(paretoTexts, 'en-US', 'pareto.barName', { ...params, category: 'Installation' }),
    ).toBe('Installation: 32 (41.6%), cumulative 41.6%');
    expect(translate(paretoTexts, 'en-US', 'vitalFew')).toBe('Vital few');
  });

  it("carry the core's common states", () => {
    for (const [name, bundle] of Object.entries(texts)) {
      expect(bundle['zh-CN'].noData, name).toBe('暂无数据');
      expect(bundle['en-US'].loading, name).toBe('Loading…');
    }
  });
});
