import type { ExternalLinkId } from '../../../electron/common/app-origin.js';
import sources from '../../../resources/content/sources.json' with { type: 'json' };
import safetyText from '../../../resources/content/safety.md?raw';
import whyBreaksText from '../../../resources/content/why-breaks.md?raw';
import { parseMarkdown } from './markdown.js';

/**
 * The "Why breaks help" page's content, built into the page from resources/content. test/resources checks the
 * files: every claim cited, every source complete and its id on the link allowlist with the same address.
 */

export interface Source {
  /** Its id on the allowlist of external links, which is how the page asks main to open it. */
  id: ExternalLinkId;
  /** How the text cites it, such as "Diaz et al. 2017". */
  cite: string;
  authors: string;
  year: number;
  title: string;
  journal: string;
  /** Volume, issue and pages, or a date. */
  details: string;
  url: string;
}

export const SOURCES = sources as readonly Source[];
export const WHY_BREAKS = parseMarkdown(whyBreaksText);
export const SAFETY = parseMarkdown(safetyText);
