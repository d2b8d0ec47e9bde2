import { describe, expect, it } from 'vitest';
import {
  commonMessages,
  dataMessages,
  type MessageBundle,
  mergeMessages,
  messages,
  translate,
} from '@servicescore/core';
import { locales } from '@servicescore/core';
import * as catalogue from '../../../packages/core/src/i18n/messages/index';

/**
 * Every namespace module of the core's catalogue (`commonMessages`, `gradeMessages`, …). The
 * widgets' own sentences live in @servicescore/react and are checked in test/react/messages.
 */
const namespaces = Object.fromEntries(
  Object.entries(catalogue).filter(([name]) => name.endsWith('Messages')),
) as Record<string, MessageBundle>;

describe('message namespaces', () => {
  it('are the texts the core uses or a headless host needs', () => {
    expect(Object.keys(namespaces).sort()).toEqual([
      'commonMessages',
      'dataMessages',
      'gradeMessages',
      'statusMessages',
      'vocabularyMessages',
      'wordMessages',
    ]);
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
    expect(messages['en-US']['data.rejectedRows']).toBe(dataMessages['en-US']['data.rejectedRows']);
    expect(messages['zh-CN'].noData).toBe('暂无数据');
  });
});

describe('mergeMessages and translate', () => {
  const texts = mergeMessages(commonMessages, dataMessages);

  it('merge the keys of the namespaces, per locale, frozen', () => {
    expect(Object.keys(texts['en-US']).sort()).toEqual(
      [...Object.keys(commonMessages['en-US']), ...Object.keys(dataMessages['en-US'])].sort(),
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
    expect(translate(texts, 'en-US', 'data.rejectedRows', { count: 3 })).toBe('Rows rejected: 3');
    expect(translate(texts, undefined, 'data.rejectedRows', { count: 3 })).toBe('已拒绝 3 行');
    expect(translate(texts, 'en-US', 'noData')).toBe('No data');
  });
});
