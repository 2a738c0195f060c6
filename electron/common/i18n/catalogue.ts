import type english from '../../../resources/locales/en.json';

/**
 * The shape of a catalogue: English's, since English is the source. Every other language has the same keys
 * (test/resources/catalogues.test.ts), except that plural keys carry that language's own CLDR categories.
 */
export type Catalogue = typeof english;

/** A catalogue as read from a file before it is checked: nested objects of strings and arrays of strings. */
export interface CatalogueTree {
  [key: string]: string | string[] | CatalogueTree;
}
