import { AppLanguage, type PageLanguage } from '../../../electron/common/i18n/app-language.js';
import { CATALOGUES } from '../../../electron/common/i18n/catalogues.js';
import type { PageLanguageCode } from '../../../electron/common/i18n/languages.js';

/** What main's `i18n:get` answers a page for this language (British English unless a test says otherwise). */
export function pageLanguage(language: PageLanguageCode = 'en', preferred: readonly string[] = ['en-GB']): PageLanguage {
  return new AppLanguage({ catalogues: CATALOGUES, preferred, forced: language }).page();
}
