import type { CatalogueTree } from './catalogue.js';

/**
 * The catalogue a page is given: its language's, completed from English key by key, so the page holds exactly
 * one catalogue and never shows a raw key. Exercises are left out: main puts their words into each break plan
 * in the plan's language, and no page needs all of them at once.
 */
export function completeCatalogue(catalogue: CatalogueTree, english: CatalogueTree): CatalogueTree {
  const out: CatalogueTree = {};
  for (const [key, value] of Object.entries(english)) {
    const own = catalogue[key];
    if (isTree(value)) out[key] = completeCatalogue(isTree(own) ? own : {}, value);
    else out[key] = own !== undefined && !isTree(own) && sameKind(own, value) ? own : value;
  }
  // Plural forms English does not have (few, many, two, zero) are the language's own, not extras.
  for (const [key, value] of Object.entries(catalogue)) if (!(key in out) && typeof value === 'string') out[key] = value;
  return out;
}

export function pageCatalogue(catalogue: CatalogueTree, english: CatalogueTree): CatalogueTree {
  const complete = completeCatalogue(catalogue, english);
  const content = complete.content;
  if (isTree(content)) {
    const { exercises: _exercises, ...rest } = content;
    complete.content = rest;
  }
  return complete;
}

function isTree(value: unknown): value is CatalogueTree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameKind(a: unknown, b: unknown): boolean {
  return Array.isArray(a) === Array.isArray(b);
}
