import { describe, expect, it } from 'vitest';
import { AppLanguage, forcedLanguage } from '../../../electron/common/i18n/app-language.js';
import type { CatalogueTree } from '../../../electron/common/i18n/catalogue.js';
import { CATALOGUES } from '../../../electron/common/i18n/catalogues.js';
import { LANGUAGES, type Language } from '../../../electron/common/i18n/languages.js';
import { completeCatalogue, pageCatalogue } from '../../../electron/common/i18n/page-catalogue.js';
import { pseudoCatalogue, pseudoText } from '../../../electron/common/i18n/pseudo.js';
import { createTranslator } from '../../../electron/common/i18n/translator.js';

const english: CatalogueTree = { thing: { moves_one: '{{count}} move', moves_other: '{{count}} moves' }, hello: 'Hello, {{name}}' };
const polish: CatalogueTree = {
  thing: { moves_one: '{{count}} ruch', moves_few: '{{count}} ruchy', moves_many: '{{count}} ruchów', moves_other: '{{count}} ruchu' },
};

describe('a translator', () => {
  it('uses the language’s own plural categories', () => {
    const { t } = createTranslator('pl', polish, { fallback: english });
    const say = t as unknown as (key: string, options?: object) => string;
    expect([1, 2, 5, 22, 1.5].map((count) => say('thing.moves', { count }))).toEqual(['1 ruch', '2 ruchy', '5 ruchów', '22 ruchy', '1.5 ruchu']);
  });

  it('falls back to English for a key the language lacks, interpolating the same values', () => {
    const { t } = createTranslator('pl', polish, { fallback: english });
    expect((t as unknown as (key: string, options?: object) => string)('hello', { name: 'Ala' })).toBe('Hello, Ala');
  });
});

describe('what a page is given', () => {
  it('is one catalogue, completed from English, with the language’s extra plural forms kept', () => {
    const complete = completeCatalogue(polish, english);
    expect(complete).toEqual({
      thing: { moves_one: '{{count}} ruch', moves_other: '{{count}} ruchu', moves_few: '{{count}} ruchy', moves_many: '{{count}} ruchów' },
      hello: 'Hello, {{name}}',
    });
  });

  it('fills a plural form the language needs but lacks with its own "other", so no page ever shows a raw key', () => {
    const arabic = completeCatalogue({ thing: { moves_other: '{{count}} حركة' } }, english, 'ar');
    const { t } = createTranslator('ar', arabic);
    const say = t as unknown as (key: string, options?: object) => string;
    expect([0, 1, 2, 3, 11, 100].map((count) => say('thing.moves', { count }))).toEqual(['0 حركة', '1 حركة', '2 حركة', '3 حركة', '11 حركة', '100 حركة']);
  });

  it('leaves out the exercises, which come inside each break plan', () => {
    const page = pageCatalogue({}, { content: { exercises: { walk: { name: 'Walk' } }, routines: { r: { name: 'R' } } } });
    expect(page).toEqual({ content: { routines: { r: { name: 'R' } } } });
  });
});

describe('the app’s language', () => {
  const catalogues = Object.fromEntries(LANGUAGES.map((l) => [l, l === 'en' ? CATALOGUES.en : {}])) as Record<Language, CatalogueTree>;

  it('changes when the setting does, and tells its listeners once', () => {
    const language = new AppLanguage({ catalogues, preferred: ['de-DE'] });
    const heard: string[] = [];
    const listening = language.onDidChange((t) => heard.push(t.language));
    expect(language.translator.language).toBe('de');
    expect(language.use('system')).toBe(false);
    expect(language.use('ja')).toBe(true);
    expect(language.use('ja')).toBe(false);
    expect(language.use('de')).toBe(true);
    listening.dispose();
    language.use('ar');
    expect(heard).toEqual(['ja', 'de']);
    expect(language.page()).toMatchObject({ language: 'ar', dir: 'rtl' });
  });

  it('is forced by LIMBER_LANGUAGE over the setting, and refuses anything else with a reason', () => {
    expect(forcedLanguage('de')).toEqual({ language: 'de', problem: null });
    expect(forcedLanguage(undefined)).toEqual({ language: null, problem: null });
    expect(forcedLanguage('klingon').problem).toMatch(/^LIMBER_LANGUAGE must be one of en, de, .*en-XA; ignoring "klingon"$/);
    const language = new AppLanguage({ catalogues, preferred: ['de-DE'], forced: 'en-XA' });
    expect(language.use('fr')).toBe(false);
    expect(language.translator.language).toBe('en-XA');
  });
});

describe('the pseudo-language', () => {
  it('accents every letter, grows by about 40 % and brackets the text', () => {
    const text = 'Stretch now';
    const pseudo = pseudoText(text);
    expect(pseudo).toMatch(/^\[Šţŕéţçĥ ñöŵ ·+\]$/);
    expect(pseudo.length / text.length).toBeGreaterThanOrEqual(1.35);
  });

  it('keeps placeholders, Markdown markers and citations as they are', () => {
    expect(pseudoText('Pause for {{minutes}} min')).toContain('{{minutes}}');
    expect(pseudoText('## Why every 30 minutes')).toMatch(/^## \[/);
    expect(pseudoText('- It helps. (Diaz et al. 2017)')).toMatch(/^- \[.*\(Diaz et al\. 2017\)/);
    expect(pseudoCatalogue({ a: ['one'], b: { c: 'two' } })).toEqual({ a: [pseudoText('one')], b: { c: pseudoText('two') } });
  });
});
