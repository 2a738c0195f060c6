import type { CatalogueTree } from './catalogue.js';
import { toDisposable, type Disposable } from '../disposable.js';
import {
  LANGUAGES,
  PSEUDO_LANGUAGE,
  isLanguage,
  resolveLanguage,
  resolveLocale,
  type Language,
  type LanguageSetting,
  type PageLanguageCode,
} from './languages.js';
import { pageCatalogue } from './page-catalogue.js';
import { pseudoCatalogue } from './pseudo.js';
import { createTranslator, type Translator } from './translator.js';

/** What a page is told about its language: the one catalogue it needs, and how to lay itself out. */
export interface PageLanguage {
  language: PageLanguageCode;
  locale: string;
  dir: 'ltr' | 'rtl';
  messages: CatalogueTree;
}

export interface AppLanguageOptions {
  catalogues: { readonly [L in Language]: CatalogueTree };
  /** The system's preferred languages, most preferred first (`app.getPreferredSystemLanguages()`). */
  preferred: readonly string[];
  /**
   * A language forced from outside (LIMBER_LANGUAGE), for tests and screenshots: a supported code or the
   * pseudo-language. It wins over the setting, so a test can see any language without touching the user's file.
   */
  forced?: PageLanguageCode | null;
}

/**
 * The language the app speaks now, and the one place that hears it change. The setting decides, the system's
 * preferences fill in for "system", and every listener (the tray, open pages) is told at once when the outcome
 * changes, so a switch in Settings needs no restart.
 */
export class AppLanguage {
  private setting: LanguageSetting = 'system';
  private translatorNow: Translator;
  private readonly listeners = new Set<(translator: Translator) => void>();
  private readonly pseudo: CatalogueTree | null;

  constructor(private readonly options: AppLanguageOptions) {
    this.pseudo = options.forced === PSEUDO_LANGUAGE ? pseudoCatalogue(options.catalogues.en) : null;
    this.translatorNow = this.build(this.chosen());
  }

  get translator(): Translator {
    return this.translatorNow;
  }

  /** The user's setting changed (or was read at start). True when the language spoken changed with it. */
  use(setting: LanguageSetting): boolean {
    this.setting = setting;
    const next = this.chosen();
    if (next === this.translatorNow.language) return false;
    this.translatorNow = this.build(next);
    for (const listener of [...this.listeners]) listener(this.translatorNow);
    return true;
  }

  onDidChange(listener: (translator: Translator) => void): Disposable {
    this.listeners.add(listener);
    return toDisposable(() => this.listeners.delete(listener));
  }

  /** What the "System language" choice gives now: the first of the system's preferences Limber speaks. */
  get systemLanguage(): Language {
    return resolveLanguage('system', this.options.preferred);
  }

  /** The page's share: one catalogue, completed from English. */
  page(): PageLanguage {
    const { language, locale, dir } = this.translatorNow;
    return { language, locale, dir, messages: pageCatalogue(this.catalogueOf(language), this.options.catalogues.en, language === PSEUDO_LANGUAGE ? 'en' : language) };
  }

  private chosen(): PageLanguageCode {
    return this.options.forced ?? resolveLanguage(this.setting, this.options.preferred);
  }

  private catalogueOf(language: PageLanguageCode): CatalogueTree {
    return language === PSEUDO_LANGUAGE ? this.pseudo! : this.options.catalogues[language];
  }

  private build(language: PageLanguageCode): Translator {
    return createTranslator(language, this.catalogueOf(language), {
      locale: resolveLocale(language, this.options.preferred),
      fallback: this.options.catalogues.en,
    });
  }
}

/** LIMBER_LANGUAGE, checked: a supported code or the pseudo-language, else null (with the reason for the log). */
export function forcedLanguage(value: string | undefined): { language: PageLanguageCode | null; problem: string | null } {
  if (value === undefined || value === '') return { language: null, problem: null };
  if (isLanguage(value) || value === PSEUDO_LANGUAGE) return { language: value, problem: null };
  return { language: null, problem: `LIMBER_LANGUAGE must be one of ${[...LANGUAGES, PSEUDO_LANGUAGE].join(', ')}; ignoring "${value.slice(0, 40)}"` };
}

