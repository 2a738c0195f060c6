/**
 * The little Markdown the catalogues' long texts use (`content.whyBreaks`, `content.safety`): one block per line,
 * `#` to `###` headings, paragraphs, `- ` list items, `**strong**` and `*emphasis*`. It becomes plain data that
 * React renders as text, so nothing a translation says can ever become markup. Anything outside the subset stays
 * as the characters it was written with.
 */

export interface Span {
  text: string;
  style?: 'strong' | 'em';
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; spans: Span[] }
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'list'; items: Span[][] };

const HEADING = /^(#{1,3}) (.*)$/;
const ITEM = /^- (.*)$/;
const EMPHASIS = /\*\*([^*]+)\*\*|\*([^*]+)\*/g;

export function parseSpans(text: string): Span[] {
  const spans: Span[] = [];
  let at = 0;
  for (const match of text.matchAll(EMPHASIS)) {
    if (match.index > at) spans.push({ text: text.slice(at, match.index) });
    spans.push(match[1] !== undefined ? { text: match[1], style: 'strong' } : { text: match[2]!, style: 'em' });
    at = match.index + match[0].length;
  }
  if (at < text.length) spans.push({ text: text.slice(at) });
  return spans;
}

/** The blocks of a text given one block per line; list items that follow one another make one list. */
export function parseLines(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let list: { kind: 'list'; items: Span[][] } | null = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const heading = HEADING.exec(line);
    const item = ITEM.exec(line);
    if (item) {
      if (!list) blocks.push((list = { kind: 'list', items: [] }));
      list.items.push(parseSpans(item[1]!));
      continue;
    }
    list = null;
    if (heading) blocks.push({ kind: 'heading', level: heading[1]!.length as 1 | 2 | 3, spans: parseSpans(heading[2]!) });
    else blocks.push({ kind: 'paragraph', spans: parseSpans(line) });
  }
  return blocks;
}
