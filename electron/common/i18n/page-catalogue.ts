import type { CatalogueTree } from './catalogue.js';

/**
 * The catalogue a page is given: its language's, completed from English key by key, so the page holds exactly
 * one catalogue and never shows a raw key. Exercises are left out: main puts their words into each break plan
 * in the plan's language, and no page needs all of them at once.
 */
export function completeCatalogue(catalogue: CatalogueTree, english: CatalogueTree, language = 'en'): CatalogueTree {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories as string[];
  return complete(catalogue, english, categories);
}

const PLURAL = /^(.*)_(zero|one|two|few|many|other)$/;

function complete(catalogue: CatalogueTree, english: CatalogueTree, categories: readonly string[]): CatalogueTree {
  const out: CatalogueTree = {};
  for (const [key, value] of Object.entries(english)) {
    const own = catalogue[key];
    if (isTree(value)) out[key] = complete(isTree(own) ? own : {}, value, categories);
    else if (own !== undefined && !isTree(own) && sameKind(own, value)) out[key] = own;
    else out[key] = ownOther(catalogue, key) ?? value;
  }
  // Plural forms English does not have (few, many, two, zero) are the language's own, not extras.
  for (const [key, value] of Object.entries(catalogue)) if (!(key in out) && typeof value === 'string') out[key] = value;
  // A form the language needs but its file lacks would show as a raw key: its own "other" stands in, else English's.
  for (const key of Object.keys(english)) {
    const base = PLURAL.exec(key)?.[1];
    if (base === undefined) continue;
    const other = out[`${base}_other`];
    for (const category of categories) if (!(`${base}_${category}` in out) && typeof other === 'string') out[`${base}_${category}`] = other;
  }
  return out;
}

export function pageCatalogue(catalogue: CatalogueTree, english: CatalogueTree, language = 'en'): CatalogueTree {
  const complete = completeCatalogue(catalogue, english, language);
  const content = complete.content;
  if (isTree(content)) {
    const { exercises: _exercises, ...rest } = content;
    complete.content = rest;
  }
  return complete;
}

/** The language's own "other" form of a plural key, which reads better than English in a form it lacks. */
function ownOther(catalogue: CatalogueTree, key: string): string | undefined {
  const base = PLURAL.exec(key)?.[1];
  const other = base === undefined ? undefined : catalogue[`${base}_other`];
  return typeof other === 'string' ? other : undefined;
}

function isTree(value: unknown): value is CatalogueTree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameKind(a: unknown, b: unknown): boolean {
  return Array.isArray(a) === Array.isArray(b);
}
