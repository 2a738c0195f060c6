import i18next, { type i18n, type TFunction } from 'i18next';
import type { CatalogueTree } from './catalogue.js';
import { textDirection, type PageLanguageCode } from './languages.js';

/** Turns a key (typed from resources/locales/en.json) and its values into words in the active language. */
export type Translate = TFunction;

/** One language's words, and how its dates, numbers and layout go. */
export interface Translator {
  readonly language: PageLanguageCode;
  /** BCP 47 locale for `Intl` (decides 24-hour or AM/PM, digits, separators). */
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
  readonly t: Translate;
  /** The i18next instance, for react-i18next's provider. */
  readonly i18n: i18n;
}

/**
 * A translator over one catalogue, with another (English) behind it for any key the first lacks. Pages get a
 * single catalogue that main has already completed with English, so they pass no fallback.
 *
 * Each translator is its own i18next instance, initialised synchronously from catalogues in memory: nothing is
 * fetched, and main can hold one per language without them sharing state.
 */
export function createTranslator(
  language: PageLanguageCode,
  catalogue: CatalogueTree,
  options: { locale?: string; fallback?: CatalogueTree } = {},
): Translator {
  const instance = i18next.createInstance();
  const resources: Record<string, { translation: CatalogueTree }> = { [language]: { translation: catalogue } };
  if (options.fallback && language !== 'en') resources.en = { translation: options.fallback };
  void instance.init({
    lng: language,
    fallbackLng: options.fallback ? 'en' : false,
    resources,
    initAsync: false,
    // React escapes what it renders, and main's text goes to the tray and notifications, never into HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
    returnEmptyString: false,
    // i18next's `language-REGION` plural lookups use Intl.PluralRules, which knows pt-BR and zh-CN as they are.
    load: 'currentOnly',
  });
  return { language, locale: options.locale ?? language, dir: textDirection(language), t: instance.t, i18n: instance };
}
