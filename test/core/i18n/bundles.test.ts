import { describe, expect, it } from 'vitest';
import {
  commonMessages,
  gaugeMessages,
  type MessageBundle,
  mergeMessages,
  messages,
  translate,
} from '@servicescore/core';
import { locales } from '@servicescore/core';
import * as catalogue from '../../../packages/core/src/i18n/messages/index';

/** Every namespace module of the catalogue (`commonMessages`, `gaugeMessages`, …). */
const namespaces = Object.fromEntries(
  Object.entries(catalogue).filter(([name]) => name.endsWith('Messages')),
) as Record<string, MessageBundle>;

describe('message namespaces', () => {
  it('are a dozen or more', () => {
    expect(Object.keys(namespaces).length).toBeGreaterThanOrEqual(12);
  });

  it('have exactly the same keys in every locale', () => {
    for (const [name, bundle] of Object.entries(namespaces)) {
      for (const locale of locales) {
        expect(Object.keys(bundle[locale]).sort(), `${name} ${locale}`).toEqual(
          Object.keys(bundle['zh-CN']).sort(),
        );
      }
    }
  });

  it('share no key, and together are exactly the catalogue', () => {
    const seen = new Map<string, string>();
    for (const [name, bundle] of Object.entries(namespaces)) {
      for (const key of Object.keys(bundle['zh-CN'])) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
        seen.set(key, name);
      }
    }
    expect([...seen.keys()].sort()).toEqual(Object.keys(messages['zh-CN']).sort());
  });

  it('give the catalogue its texts', () => {
    expect(messages['en-US']['gauge.targetLegend']).toBe(
      gaugeMessages['en-US']['gauge.targetLegend'],
    );
    expect(messages['zh-CN'].noData).toBe('暂无数据');
  });
});

describe('mergeMessages and translate', () => {
  const texts = mergeMessages(commonMessages, gaugeMessages);

  it('merge the keys of the namespaces, per locale, frozen', () => {
    expect(Object.keys(texts['en-US']).sort()).toEqual(
      [...Object.keys(commonMessages['en-US']), ...Object.keys(gaugeMessages['en-US'])].sort(),
    );
    expect(Object.isFrozen(texts)).toBe(true);
    expect(Object.isFrozen(texts['zh-CN'])).toBe(true);
  });

  it('let a later bundle win on a shared key', () => {
    const a = { 'zh-CN': { x: '甲' }, 'en-US': { x: 'a' } };
    const b = { 'zh-CN': { x: '乙' }, 'en-US': { x: 'b' } };
    expect(mergeMessages(a, b)['en-US'].x).toBe('b');
  });

  it('translate in the locale, filling placeholders, zh-CN when undefined', () => {
    expect(translate(texts, 'en-US', 'gauge.targetLegend', { target: '95%' })).toBe('Target 95%');
    expect(translate(texts, undefined, 'gauge.targetLegend', { target: '95%' })).toBe('目标 95%');
    expect(translate(texts, 'en-US', 'noData')).toBe('No data');
  });
});
