import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { PageLanguage } from '../../electron/common/i18n/app-language.js';
import { createTranslator, type Translator } from '../../electron/common/i18n/translator.js';
import type { LimberApi } from '../../electron/common/ipc-contract.js';

/**
 * Gives the page its words. Main sends the one catalogue the page speaks (asked for before React starts, so the
 * first render is already in the user's language), and a new one when the user switches language; the page then
 * re-renders in it at once, keeping its place. `<html lang dir>` follow, so screen readers pronounce the text in
 * its language and right-to-left languages mirror the layout.
 */

/** Asked for as the page's script starts, alongside loading the rest of it. */
export function loadPageLanguage(api: LimberApi): Promise<PageLanguage> {
  return api.invoke('i18n:get');
}

function translatorFor(page: PageLanguage): Translator {
  document.documentElement.lang = page.language;
  document.documentElement.dir = page.dir;
  return createTranslator(page.language, page.messages, { locale: page.locale });
}

export function PageI18n({ api, initial, children }: { api: LimberApi; initial: PageLanguage; children: ReactNode }) {
  const [translator, setTranslator] = useState<Translator>(() => translatorFor(initial));

  useEffect(() => api.onLanguageChanged((page) => setTranslator(translatorFor(page))), [api]);

  return (
    <TranslatorContext.Provider value={translator}>
      <I18nextProvider i18n={translator.i18n}>{children}</I18nextProvider>
    </TranslatorContext.Provider>
  );
}

const TranslatorContext = createContext<Translator | null>(null);

/** The page's locale (for Intl: dates, times, numbers) and direction, as main chose them. */
export function useLocale(): { locale: string; dir: 'ltr' | 'rtl' } {
  const translator = useContext(TranslatorContext);
  return { locale: translator?.locale ?? 'en', dir: translator?.dir ?? 'ltr' };
}
