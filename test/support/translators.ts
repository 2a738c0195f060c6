import { CATALOGUES } from '../../electron/common/i18n/catalogues.js';
import type { Language } from '../../electron/common/i18n/languages.js';
import { createTranslator, type Translate, type Translator } from '../../electron/common/i18n/translator.js';

/** A language as main speaks it: its own catalogue, English behind it for any key the translators have not reached. */
export function translatorFor(language: Language, locale?: string): Translator {
  return createTranslator(language, CATALOGUES[language], { locale: locale ?? language, fallback: CATALOGUES.en });
}

/** English words, for the tests that read English. */
export const en: Translate = translatorFor('en', 'en-GB').t;

/** A key's words as a language's catalogue has them, or English's while the translators have not reached it. */
export function catalogueText(language: Language, key: string, values: Record<string, unknown> = {}): string {
  return (translatorFor(language).t as unknown as (key: string, values: object) => string)(key, values);
}
