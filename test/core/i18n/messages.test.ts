import { describe, expect, it } from 'vitest';
import { isMessageKey, messages, translate } from '@servicescore/core';
import { formatMessage } from '../../../packages/core/src/i18n/format-message';

/** The catalogue's text of `key` (what a host writes as `translate(messages, …)`). */
const t = (
  locale: Parameters<typeof translate>[1],
  key: keyof (typeof messages)['zh-CN'],
  params?: Record<string, string | number>,
) => translate(messages, locale, key, params);
import { locales } from '@servicescore/core';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('have exactly the same keys in zh-CN and en-US', () => {
    expect(Object.keys(messages['en-US']).sort()).toEqual(Object.keys(messages['zh-CN']).sort());
  });

  it('have a catalogue for every shipped locale', () => {
    expect(Object.keys(messages).sort()).toEqual([...locales].sort());
  });

  it('have no empty or blank message', () => {
    for (const locale of locales) {
      for (const [key, text] of Object.entries(messages[locale])) {
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
      }
    }
  });

  it('use the same placeholders for a key in both locales', () => {
    for (const [key, zh] of Object.entries(messages['zh-CN'])) {
      const en = messages['en-US'][key as keyof (typeof messages)['en-US']];
      expect(placeholders(en), key).toEqual(placeholders(zh));
    }
  });

  it('are frozen', () => {
    expect(Object.isFrozen(messages)).toBe(true);
    expect(Object.isFrozen(messages['zh-CN'])).toBe(true);
    expect(Object.isFrozen(messages['en-US'])).toBe(true);
  });

  it('name the default grades', () => {
    expect(messages['zh-CN']['grade.excellent']).toBe('优秀');
    expect(messages['zh-CN']['grade.good']).toBe('良好');
    expect(messages['zh-CN']['grade.pass']).toBe('合格');
    expect(messages['zh-CN']['grade.needsImprovement']).toBe('待改进');
    expect(messages['en-US']['grade.needsImprovement']).toBe('Needs improvement');
  });

  it('name the seed 003 dimensions and the metric categories', () => {
    expect(messages['zh-CN']['dimension.resolution']).toBe('问题解决效果');
    expect(messages['zh-CN']['dimension.proactivity']).toBe('服务主动性');
    expect(messages['zh-CN']['category.people']).toBe('人员发展');
    expect(messages['en-US']['category.business']).toBe('Business impact');
  });

  it('carry the common states and the words widgets share', () => {
    expect(messages['zh-CN'].noData).toBe('暂无数据');
    expect(messages['zh-CN'].loading).toBe('加载中…');
    expect(messages['zh-CN'].exportCsv).toBe('导出 CSV');
    expect(messages['en-US'].sampleSize).toBe('Sample size');
  });

  it("leave out the widgets' own sentences (they live beside each widget in @servicescore/react)", () => {
    for (const key of ['gauge.valueText', 'pareto.barName', 'vitalFew', 'pdca.summary']) {
      expect(isMessageKey(key), key).toBe(false);
    }
  });
});

describe('formatMessage (internal: translate fills placeholders with it)', () => {
  it('fills {name} placeholders', () => {
    expect(formatMessage('{a} and {b}', { a: 'x', b: 2 })).toBe('x and 2');
  });

  it('fills a placeholder used twice', () => {
    expect(formatMessage('{a}/{a}', { a: 1 })).toBe('1/1');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(formatMessage('{value}, target {target}', { value: '93.5%' })).toBe(
      '93.5%, target {target}',
    );
  });

  it('ignores inherited object properties as parameter names', () => {
    expect(formatMessage('{toString}', {})).toBe('{toString}');
  });
});

describe('translate over the catalogue', () => {
  it('returns a message in the locale', () => {
    expect(t('en-US', 'noData')).toBe('No data');
    expect(t('zh-CN', 'noData')).toBe('暂无数据');
  });

  it('uses zh-CN when the locale is undefined', () => {
    expect(t(undefined, 'target')).toBe('目标');
  });

  it('fills the minimum sample template', () => {
    const params = { sampleSize: 12, minSample: 30 };
    expect(t('zh-CN', 'sample.belowMinimum', params)).toBe('样本量 12，低于最低要求 30');
    expect(t('en-US', 'sample.belowMinimum', params)).toBe('Sample of 12, below the minimum of 30');
  });

  it('fills the rejected rows template', () => {
    expect(t('zh-CN', 'data.rejectedRows', { count: 3 })).toBe('已拒绝 3 行');
    expect(t('en-US', 'data.rejectedRows', { count: 3 })).toBe('Rows rejected: 3');
  });
});

describe('isMessageKey', () => {
  it('accepts catalogue keys and rejects anything else, including inherited names', () => {
    expect(isMessageKey('grade.excellent')).toBe(true);
    expect(isMessageKey('noData')).toBe(true);
    expect(isMessageKey('nodata')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
    expect(isMessageKey('__proto__')).toBe(false);
  });
});
