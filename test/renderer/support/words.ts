import type { PageLanguageCode } from '../../../electron/common/i18n/languages.js';
import { createTranslator } from '../../../electron/common/i18n/translator.js';
import { wordsFor, type Words } from '../../../renderer/settings/words.js';
import { pageLanguage } from './page-language.js';

/** The settings window's words as a page in this language gets them (British English unless a test says). */
export function wordsIn(language: PageLanguageCode = 'en', preferred?: readonly string[]): Words {
  const page = pageLanguage(language, preferred);
  const { t, locale, dir } = createTranslator(page.language, page.messages, { locale: page.locale });
  return wordsFor(t, locale, dir);
}
