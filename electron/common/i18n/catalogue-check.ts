import type { CatalogueTree } from './catalogue.js';

/**
 * How one language's catalogue compares with English: what it lacks, what it has that English does not, what it
 * left in English, and what it got wrong (a placeholder lost or invented, an array of another length, an empty
 * string). `npm run i18n:check` prints it; the catalogue tests require it to be empty.
 */
export interface CatalogueReport {
  missing: string[];
  extra: string[];
  untranslated: string[];
  problems: string[];
}

/**
 * Words that may stay as in English: the product name and the SI unit symbols everywhere, and per language the
 * few words that language spells as English does. A string is left in English only if other words remain.
 */
export const SAME_IN_EVERY_LANGUAGE: readonly string[] = ['Limber', 'OK', 'min', 'h', 's', 'Ctrl', 'Alt', 'Super', 'Win'];
/** Keycaps as printed on the keyboards, and shown in shortcuts, of languages that keep them in English. */
const ENGLISH_KEYCAPS = ['Enter', 'Tab', 'Home', 'End', 'PageUp', 'PageDown', 'Insert', 'Delete', 'Backspace', 'Shift', 'Control', 'Option', 'Command'];
export const SAME_AS_ENGLISH: { readonly [language: string]: readonly string[] } = {
  de: ['System', 'Control'],
  fr: ['Services', 'minutes', 'Notifications', 'Message', 'Option'],
  es: ['Control', 'Insert'],
  it: ['Backspace'],
  nl: ENGLISH_KEYCAPS,
  pl: ['System', ...ENGLISH_KEYCAPS],
  'pt-BR': ENGLISH_KEYCAPS,
  ja: ENGLISH_KEYCAPS,
  'zh-CN': ENGLISH_KEYCAPS,
  ar: ENGLISH_KEYCAPS,
};

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{\s*([^},\s]+)[^}]*\}\}/g;

type Leaf = string | string[];

function flatten(tree: CatalogueTree, prefix = '', out = new Map<string, Leaf>()): Map<string, Leaf> {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || Array.isArray(value)) out.set(path, value);
    else if (typeof value === 'object' && value !== null) flatten(value, path, out);
  }
  return out;
}

function placeholders(text: string): Set<string> {
  return new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!));
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
const listed = (s: Set<string>) => [...s].map((p) => `{{${p}}}`).join(', ') || 'none';

/**
 * Words in it (any script) besides placeholders and the words allowed to stay, so "12:00", "·",
 * "Limber · {{status}}" or "{{minutes}} min" is not taken for English left untranslated.
 */
function hasWordsIn(language: string): (text: string) => boolean {
  const allowed = [...SAME_IN_EVERY_LANGUAGE, ...(SAME_AS_ENGLISH[language] ?? [])];
  const words = new RegExp(`(?<![\\p{L}])(${allowed.join('|')})(?![\\p{L}])`, 'gu');
  return (text) => /\p{L}{2,}/u.test(text.replace(PLACEHOLDER, '').replace(words, ''));
}

export function compareCatalogue(english: CatalogueTree, catalogue: CatalogueTree, language: string): CatalogueReport {
  const report: CatalogueReport = { missing: [], extra: [], untranslated: [], problems: [] };
  const hasWords = hasWordsIn(language);
  const source = flatten(english);
  const target = flatten(catalogue);
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];

  // Plural keys are compared as groups: English has one and other, Polish one, few, many and other, Japanese other.
  const groups = new Map<string, Map<string, Leaf>>();
  for (const [key, value] of source) {
    const base = key.replace(PLURAL_SUFFIX, '');
    if (base === key) continue;
    if (!groups.has(base)) groups.set(base, new Map());
    groups.get(base)!.set(key, value);
  }
  const pluralBases = new Set(groups.keys());

  for (const [base, forms] of groups) {
    const allowed = new Set([...placeholders([...forms.values()].join(' '))]);
    for (const category of categories) {
      const key = `${base}_${category}`;
      const value = target.get(key);
      if (value === undefined) report.missing.push(key);
      else if (typeof value !== 'string') report.problems.push(`${key}: must be a string`);
      else checkText(key, value, allowed, true);
    }
  }
  for (const key of target.keys()) {
    const base = key.replace(PLURAL_SUFFIX, '');
    if (base !== key && pluralBases.has(base)) {
      if (!categories.includes(key.slice(base.length + 1))) report.extra.push(key);
    } else if (!source.has(key)) report.extra.push(key);
  }

  for (const [key, value] of source) {
    if (pluralBases.has(key.replace(PLURAL_SUFFIX, ''))) continue;
    const own = target.get(key);
    if (own === undefined) {
      report.missing.push(key);
      continue;
    }
    if (Array.isArray(value) !== Array.isArray(own)) {
      report.problems.push(`${key}: must be ${Array.isArray(value) ? 'a list' : 'a string'}, as in English`);
      continue;
    }
    if (Array.isArray(value) && Array.isArray(own)) {
      if (own.length !== value.length) report.problems.push(`${key}: has ${own.length} entries, English has ${value.length}`);
      own.forEach((item, i) => checkText(`${key}.${i}`, item, placeholders(value[i] ?? ''), false));
      if (language !== 'en' && own.some((item, i) => item === value[i] && hasWords(item))) report.untranslated.push(key);
      continue;
    }
    checkText(key, own as string, placeholders(value as string), false);
    if (language !== 'en' && own === value && hasWords(value as string)) report.untranslated.push(key);
  }

  function checkText(key: string, text: string, expected: Set<string>, plural: boolean): void {
    if (text.trim() === '') return void report.problems.push(`${key}: is empty`);
    const found = placeholders(text);
    const unknown = [...found].filter((p) => !expected.has(p));
    if (unknown.length > 0) report.problems.push(`${key}: has ${unknown.map((p) => `{{${p}}}`).join(', ')}, which English does not`);
    // A plural form may leave out {{count}} ("eine Minute"); every other placeholder must be there.
    const needed = new Set([...expected].filter((p) => !(plural && p === 'count')));
    const lost = [...needed].filter((p) => !found.has(p));
    if (lost.length > 0 && !(plural && sameSet(found, needed))) report.problems.push(`${key}: lacks ${lost.map((p) => `{{${p}}}`).join(', ')} (English has ${listed(expected)})`);
  }

  return report;
}
