// Issue 12 item 2: any requested locale maps onto a shipped one (the widgets' "reading 'noData'" crash).
import { describe, expect, it } from 'vitest';
import { negotiateLocale } from '@servicescore/core';

describe('negotiateLocale', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['en-US', 'en-US'],
    ['EN-US', 'en-US'],
    ['en_us', 'en-US'],
    [' zh-cn ', 'zh-CN'],
    ['en', 'en-US'],
    ['en-GB', 'en-US'],
    ['en-Latn-IN', 'en-US'],
  ])('%j → %s without a warning', (requested, locale) => {
    expect(negotiateLocale(requested)).toEqual({ locale, warning: undefined });
  });

  it.each(['zh', 'zh-Hans', 'zh-TW', 'zh-Hant-HK'])('%j → zh-CN with a warning', (requested) => {
    expect(negotiateLocale(requested)).toEqual({
      locale: 'zh-CN',
      warning: `locale ${JSON.stringify(requested)} is not zh-CN or en-US; showing zh-CN`,
    });
  });

  it('gives the fallback with a warning for anything else', () => {
    expect(negotiateLocale('')).toEqual({
      locale: 'zh-CN',
      warning: 'locale "" is not zh-CN or en-US; showing zh-CN',
    });
    expect(negotiateLocale('fr', 'en-US').locale).toBe('en-US');
    expect(negotiateLocale(undefined).warning).toBe(
      'locale undefined is not zh-CN or en-US; showing zh-CN',
    );
    expect(negotiateLocale({ toString: () => 'x' }, 'en-US').locale).toBe('en-US');
    // A bad fallback cannot leak through either.
    expect(negotiateLocale('de', 'de' as 'en-US').locale).toBe('zh-CN');
  });
});
