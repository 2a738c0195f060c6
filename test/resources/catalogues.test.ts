import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareCatalogue } from '../../electron/common/i18n/catalogue-check.js';
import { CATALOGUES } from '../../electron/common/i18n/catalogues.js';
import { LANGUAGES } from '../../electron/common/i18n/languages.js';

/*
 * Every language says everything English says, with the same placeholders, its own CLDR plural forms and no
 * string left in English (beyond SAME_IN_EVERY_LANGUAGE). `npm run i18n:check` prints the same report in full.
 */

const localesDir = new URL('../../resources/locales/', import.meta.url);

describe('the message catalogues', () => {
  it('are one file per language Limber offers, and nothing else', () => {
    const files = readdirSync(localesDir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...LANGUAGES].sort());
  });

  it('English has no empty string and no placeholder typo', () => {
    expect(compareCatalogue(CATALOGUES.en, CATALOGUES.en, 'en')).toEqual({ missing: [], extra: [], untranslated: [], problems: [] });
  });

  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${language} has every key, its own plural forms and English's placeholders, with nothing left in English`, () => {
      expect(compareCatalogue(CATALOGUES.en, CATALOGUES[language], language)).toEqual({ missing: [], extra: [], untranslated: [], problems: [] });
    });
  }

  it('the check has teeth: a lost placeholder, a missing plural form and an untranslated line are each found', () => {
    const english = { a: 'Pause for {{minutes}} min', b_one: '{{count}} move', b_other: '{{count}} moves', c: 'Stretch now' };
    const polish = { a: 'Pauza', b_one: '{{count}} ruch', b_other: '{{count}} ruchu', c: 'Stretch now', d: 'x' };
    expect(compareCatalogue(english, polish, 'pl')).toEqual({
      missing: ['b_few', 'b_many'],
      extra: ['d'],
      untranslated: ['c'],
      problems: ['a: lacks {{minutes}} (English has {{minutes}})'],
    });
  });
});

describe('words for codes', () => {
  it('English names every quiet signal, every source a desktop reads it from, and every reason one cannot tell', async () => {
    const { QUIET_REASONS, QUIET_SOURCES } = await import('../../electron/common/quiet-moments.js');
    const quiet = (CATALOGUES.en as { settings: { quiet: Record<string, Record<string, unknown>> } }).settings.quiet;
    for (const reason of QUIET_REASONS) expect(quiet.signal![reason], reason).toMatchObject({ label: expect.any(String), hint: expect.any(String) });
    for (const source of QUIET_SOURCES) expect(quiet.sources![source], source).toEqual(expect.any(String));
    const codes = [
      'not-read-yet', 'no-session-bus', 'bus-gone', 'no-capture-device', 'processes-unreadable', 'wayland', 'not-x11', 'no-active-window',
      'x-display-gone', 'windows-fullscreen-unknown', 'windows-presentation-unknown', 'windows-focus-assist-unpublished',
      'windows-privacy-unlisted', 'mac-no-input-device', 'mac-window-list-unreadable', 'mac-focus-unreadable', 'no-owner', 'no-answer',
      'bad-value', 'x-display-unreachable',
    ] satisfies Array<import('../../electron/common/quiet-moments.js').SignalUnavailable['code']>;
    expect(Object.keys(quiet.why!).sort()).toEqual([...codes].sort());
  });
});
