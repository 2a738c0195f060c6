import type { ExternalLinkId } from '../../../electron/common/app-origin.js';
import type { Translate } from '../../../electron/common/i18n/translator.js';
import sources from '../../../resources/content/sources.json' with { type: 'json' };
import { parseLines, type Block } from './markdown.js';

/**
 * The "Why breaks help" page's content: the text from the page's catalogue (`content.whyBreaks` and
 * `content.safety`, one Markdown block per line, in the reader's language), the sources from resources/content.
 * test/resources checks every language: every claim cited as in English, every citation a listed source, and
 * every source complete with its id on the link allowlist at the same address.
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

/** A text the catalogue keeps as lines; none at all (a damaged catalogue) is an empty page, not a crash. */
function linesOf(t: Translate, key: 'content.whyBreaks' | 'content.safety'): string[] {
  const lines: unknown = t(key, { returnObjects: true });
  return Array.isArray(lines) ? lines.filter((line): line is string => typeof line === 'string') : [];
}

export function whyBreaksBlocks(t: Translate): Block[] {
  return parseLines(linesOf(t, 'content.whyBreaks'));
}

export function safetyBlocks(t: Translate): Block[] {
  return parseLines(linesOf(t, 'content.safety'));
}
