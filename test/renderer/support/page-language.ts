import { AppLanguage, type PageLanguage } from '../../../electron/common/i18n/app-language.js';
import { CATALOGUES } from '../../../electron/common/i18n/catalogues.js';
import type { PageLanguageCode } from '../../../electron/common/i18n/languages.js';
import type { Translate, Translator } from '../../../electron/common/i18n/translator.js';

const appIn = (language: PageLanguageCode, preferred: readonly string[]) => new AppLanguage({ catalogues: CATALOGUES, preferred, forced: language });

/** What main's `i18n:get` answers a page for this language (British English unless a test says otherwise). */
export function pageLanguage(language: PageLanguageCode = 'en', preferred: readonly string[] = ['en-GB']): PageLanguage {
  return appIn(language, preferred).page();
}

/** Main's translator in this language: what builds its break plans. */
export function mainTranslator(language: PageLanguageCode = 'en', preferred: readonly string[] = ['en-GB']): Translator {
  return appIn(language, preferred).translator;
}

/**
 * The words a page in this language shows, read from the catalogue (completed from English as main completes it),
 * so a test written against them holds whatever a translator improves and fails if the words never arrive.
 */
export function catalogueWords(language: PageLanguageCode = 'en'): Translate {
  return mainTranslator(language).t;
}
