import { app } from 'electron';
import { AppLanguage, forcedLanguage } from '../common/i18n/app-language.js';
import { CATALOGUES } from '../common/i18n/catalogues.js';
import type { LanguageSetting } from '../common/i18n/languages.js';

/**
 * The app's language from the setting, the system's preferences and LIMBER_LANGUAGE: for the running instance,
 * and for a second launch that only prints `--status`, so both speak alike.
 */
export function startAppLanguage(setting: LanguageSetting, log: (message: string) => void): AppLanguage {
  const forced = forcedLanguage(process.env.LIMBER_LANGUAGE);
  if (forced.problem) log(forced.problem);
  const language = new AppLanguage({ catalogues: CATALOGUES, preferred: systemLanguages(), forced: forced.language });
  language.use(setting);
  return language;
}

/** Most preferred first; Electron answers an empty list on some Linux desktops, where the app locale stands in. */
function systemLanguages(): string[] {
  const preferred = app.getPreferredSystemLanguages();
  return preferred.length > 0 ? preferred : [app.getLocale() || 'en-US'];
}
