import { describe, expect, it } from 'vitest';
import { LANGUAGES, resolveLanguage, resolveLocale, supportedLanguageFor, textDirection } from '../../../electron/common/i18n/languages.js';

describe('which language the user gets', () => {
  it('follows the first of the system’s preferences that Limber speaks', () => {
    expect(resolveLanguage('system', ['sv-SE', 'de-AT', 'en-US'])).toBe('de');
    expect(resolveLanguage('system', ['fr-CA'])).toBe('fr');
    expect(resolveLanguage('system', ['ja-JP'])).toBe('ja');
    expect(resolveLanguage('system', ['ar-EG'])).toBe('ar');
  });

  it('gives any Portuguese Brazilian Portuguese, and Simplified Chinese only to readers of Simplified script', () => {
    expect(resolveLanguage('system', ['pt-PT'])).toBe('pt-BR');
    expect(resolveLanguage('system', ['pt'])).toBe('pt-BR');
    expect(resolveLanguage('system', ['zh-Hans-CN'])).toBe('zh-CN');
    expect(resolveLanguage('system', ['zh-SG'])).toBe('zh-CN');
    expect(resolveLanguage('system', ['zh-TW', 'en-US'])).toBe('en');
    expect(resolveLanguage('system', ['zh-Hant-HK', 'ja'])).toBe('ja');
  });

  it('falls back to English when the system prefers nothing Limber speaks, or says nothing', () => {
    expect(resolveLanguage('system', ['sv-SE', 'fi'])).toBe('en');
    expect(resolveLanguage('system', [])).toBe('en');
    expect(resolveLanguage('system', ['', '-', 'x'])).toBe('en');
  });

  it('lets the setting override the system', () => {
    expect(resolveLanguage('pl', ['de-DE'])).toBe('pl');
    expect(resolveLanguage('en', ['ja-JP'])).toBe('en');
  });

  it('reads POSIX-style tags as the system may give them', () => {
    expect(supportedLanguageFor('de_DE')).toBe('de');
    expect(supportedLanguageFor('pt_BR')).toBe('pt-BR');
  });

  it('takes the clock and number style from the system’s own tag in that language', () => {
    expect(resolveLocale('en', ['en-GB', 'de-DE'])).toBe('en-GB');
    expect(resolveLocale('de', ['en-US', 'de-CH'])).toBe('de-CH');
    expect(resolveLocale('fr', ['en-US'])).toBe('fr');
    const time = (locale: string) => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 1, 15, 5));
    expect(time(resolveLocale('en', ['en-GB']))).toBe('15:05');
    expect(time(resolveLocale('en', ['en-US']))).toMatch(/^3:05\sPM$/);
  });

  it('writes Arabic numbers in the same digits as the counts in its sentences, whatever the region', () => {
    const locale = resolveLocale('ar', ['ar-EG']);
    expect(locale).toBe('ar-EG-u-nu-latn');
    expect(new Intl.NumberFormat(locale).format(1234)).toMatch(/^1[,٬]?234$/);
    expect(resolveLocale('ar', ['en-US'])).toBe('ar-u-nu-latn');
  });

  it('mirrors only Arabic', () => {
    expect(LANGUAGES.filter((l) => textDirection(l) === 'rtl')).toEqual(['ar']);
  });
});
