/**
 * The languages Limber speaks, and which one a user gets. Codes are BCP 47 tags and name the catalogue files in
 * resources/locales/. English is the source language and the fallback for anything a catalogue lacks.
 */

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt-BR', 'it', 'nl', 'pl', 'ja', 'zh-CN', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Accented and longer English, so hard-coded text and overflow show up in tests; never offered in Settings. */
export const PSEUDO_LANGUAGE = 'en-XA';
export type PageLanguageCode = Language | typeof PSEUDO_LANGUAGE;

export const SOURCE_LANGUAGE: Language = 'en';

/** The "Language" setting: follow the system, or one language whatever the system says. */
export type LanguageSetting = 'system' | Language;

/** Each language by its own name, as a speaker looks for it in a list. */
export const LANGUAGE_NAMES: { readonly [L in Language]: string } = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  'pt-BR': 'Português (Brasil)',
  it: 'Italiano',
  nl: 'Nederlands',
  pl: 'Polski',
  ja: '日本語',
  'zh-CN': '简体中文',
  ar: 'العربية',
};

const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar']);

export function textDirection(language: PageLanguageCode): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The supported language for one BCP 47 tag from the system, or null. Any Portuguese gets Brazilian Portuguese,
 * the only one there is. Chinese written in Traditional script (Taiwan, Hong Kong, Macau, or `Hant`) is not
 * offered Simplified: the system's next preference, often English, serves those readers better.
 */
export function supportedLanguageFor(tag: string): Language | null {
  const parts = tag.trim().replace(/_/g, '-').split('-').filter(Boolean);
  const base = parts[0]?.toLowerCase();
  if (!base) return null;
  const rest = parts.slice(1).map((p) => p.toLowerCase());
  if (base === 'zh') {
    if (rest.includes('hant') || rest.some((p) => p === 'tw' || p === 'hk' || p === 'mo')) return null;
    return 'zh-CN';
  }
  if (base === 'pt') return 'pt-BR';
  return LANGUAGES.find((l) => l === base) ?? null;
}

/** The language to speak: the setting when it names one, else the first of the system's preferences we have. */
export function resolveLanguage(setting: LanguageSetting, preferred: readonly string[]): Language {
  if (setting !== 'system') return setting;
  for (const tag of preferred) {
    const found = supportedLanguageFor(tag);
    if (found) return found;
  }
  return SOURCE_LANGUAGE;
}

/**
 * The locale for dates, times and numbers: the system's own tag when it is in the chosen language, so an
 * English speaker in Britain gets a 24-hour clock and one in the US gets AM/PM; else the language's usual one.
 */
export function resolveLocale(language: PageLanguageCode, preferred: readonly string[]): string {
  if (language === PSEUDO_LANGUAGE) return 'en-US';
  return withDigits(language, systemTagIn(language, preferred) ?? language);
}

function systemTagIn(language: Language, preferred: readonly string[]): string | null {
  for (const tag of preferred) {
    if (supportedLanguageFor(tag) !== language) continue;
    try {
      const canonical = Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0];
      if (canonical) return canonical;
    } catch {
      // A malformed tag from the system: keep looking.
    }
  }
  return null;
}

/**
 * Counts inside sentences come out of the catalogue as Western digits, so every number in Arabic is written so:
 * without this, a region such as Egypt would get Arabic-Indic digits from Intl beside Western ones in the text.
 */
function withDigits(language: Language, locale: string): string {
  if (language !== 'ar' || /-u-(.+-)?nu-/.test(locale)) return locale;
  return locale.includes('-u-') ? `${locale}-nu-latn` : `${locale}-u-nu-latn`;
}
